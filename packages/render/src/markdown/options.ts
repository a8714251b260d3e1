/**
 * Options of the Markdown adapter and how concept links are resolved.
 *
 * @module
 */
import { expectString, invalidTypeError, type Locale, type LocalizedText } from '@cloudvirt/core';
import { checkEntryArguments, checkLang } from '../shared/arguments.js';

/** Which language(s) to render: one of the locales, or both side by side. */
export type MarkdownLanguage = Locale | 'bilingual';

/**
 * Where links between concepts point.
 * - `'anchor'`: to the concept's heading in the same document (`#full-virtualization`); links to
 *   concepts that are not in the document become plain text.
 * - `{ pattern }`: to a site page; `{lang}` and `{id}` in the pattern are replaced (`/{lang}/concepts/{id}/`).
 */
export type MarkdownLinks = 'anchor' | { readonly pattern: string };

/** Options shared by every Markdown renderer. */
export interface MarkdownOptions {
  /** Language(s) to render. Default `'en'`. */
  readonly lang?: MarkdownLanguage;
  /** Where concept links point. Default: `'anchor'` for the handbook, {@link defaultConceptUrlPattern} otherwise. */
  readonly links?: MarkdownLinks;
  /** Absolute URL prefixed to pattern links that are not absolute themselves (`https://cloudvirt.example/`). */
  readonly baseUrl?: string;
}

/** Options of the handbook renderer. */
export interface MarkdownHandbookOptions extends MarkdownOptions {
  /** Title of the handbook (the `#` heading). Default: the pack's name ("Cloud Computing and Virtualization Handbook" for CloudVirt, its title before packs). */
  readonly title?: LocalizedText;
}

/** The default URL pattern of concept pages, matching the site: `/{lang}/concepts/{id}/`. */
export const defaultConceptUrlPattern = '/{lang}/concepts/{id}/';

/** Options after validation and defaults. */
export interface ResolvedMarkdownOptions {
  /** Language(s) to render. */
  readonly lang: MarkdownLanguage;
  /** Where concept links point. */
  readonly links: MarkdownLinks;
  /** Base URL for pattern links, if any. */
  readonly baseUrl: string | undefined;
}

const markdownLanguages: readonly MarkdownLanguage[] = ['en', 'zh', 'bilingual'];

/**
 * Validate options and fill in defaults.
 *
 * @param options What the caller passed.
 * @param defaultLinks The link mode when none is given.
 * @returns Complete options.
 * @throws {TypeError} When `lang`, `links` or `baseUrl` is invalid.
 */
export function resolveMarkdownOptions(options: MarkdownOptions | undefined, defaultLinks: MarkdownLinks, fn = 'the Markdown renderer'): ResolvedMarkdownOptions {
  const lang = options?.lang === undefined ? 'en' : checkLang(fn, options.lang, markdownLanguages);
  const links = options?.links ?? defaultLinks;
  if (links !== 'anchor') {
    if (links === null || typeof links !== 'object' || typeof links.pattern !== 'string' || !links.pattern.includes('{id}')) {
      throw invalidTypeError(
        `\`links\` option of ${fn}`,
        typeof links === 'object' && links !== null && typeof links.pattern === 'string' ? links.pattern : links,
        `'anchor' or { pattern } with an \`{id}\` placeholder`,
        `For example { pattern: '${defaultConceptUrlPattern}' }`,
      );
    }
  }
  const baseUrl = options?.baseUrl;
  if (baseUrl !== undefined) {
    expectString(`\`baseUrl\` option of ${fn}`, baseUrl, "an absolute URL such as 'https://cloudvirt.example/'");
    if (!URL.canParse(baseUrl)) throw invalidTypeError(`\`baseUrl\` option of ${fn}`, baseUrl, "an absolute URL such as 'https://cloudvirt.example/'");
  }
  return { lang, links, baseUrl };
}

/** The keys of {@link MarkdownOptions}. */
const markdownOptionKeys: readonly string[] = ['lang', 'links', 'baseUrl'];
/** The keys of {@link MarkdownHandbookOptions}. */
const handbookOptionKeys: readonly string[] = [...markdownOptionKeys, 'title'];

/**
 * Check the arguments of a Markdown entry point and resolve its options.
 *
 * @param fn The function's name, for messages (`toMarkdownConcept`).
 * @param data Its knowledge-base argument.
 * @param options Its options argument.
 * @param defaultLinks The link mode when `links` is not given.
 * @param handbook Whether the options are {@link MarkdownHandbookOptions} (they may hold a `title`).
 * @returns The options with defaults filled in.
 * @throws {TypeError} On a missing knowledge base, an unknown option key, a wrong `links` or `baseUrl`.
 * @throws {RangeError} On an unknown `lang` (with a did-you-mean).
 */
export function checkMarkdownArguments(fn: string, data: unknown, options: unknown, defaultLinks: MarkdownLinks, handbook = false): ResolvedMarkdownOptions {
  checkEntryArguments(fn, data, options, { keys: handbook ? handbookOptionKeys : markdownOptionKeys });
  return resolveMarkdownOptions(options as MarkdownOptions | undefined, defaultLinks, fn);
}

/**
 * The URL of a concept page from a pattern.
 *
 * @param pattern URL pattern with `{lang}` and `{id}` placeholders.
 * @param id Concept id (URL-encoded when substituted).
 * @param lang Page language.
 * @param baseUrl Prefix for relative results.
 * @returns The URL.
 */
export function fillConceptUrlPattern(pattern: string, id: string, lang: Locale, baseUrl: string | undefined): string {
  const path = pattern.replaceAll('{lang}', lang).replaceAll('{id}', encodeURIComponent(id));
  if (baseUrl === undefined || URL.canParse(path)) return path;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
