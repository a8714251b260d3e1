/**
 * Options of the Markdown adapter and how concept links are resolved.
 *
 * @module
 */
import type { Locale, LocalizedText } from '@cloudvirt/core';

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
  /** Title of the handbook (the `#` heading). Default "Cloud Computing and Virtualization Handbook". */
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
export function resolveMarkdownOptions(options: MarkdownOptions | undefined, defaultLinks: MarkdownLinks): ResolvedMarkdownOptions {
  const lang = options?.lang ?? 'en';
  if (!markdownLanguages.includes(lang)) {
    throw new TypeError(`Unexpected \`lang\` ${JSON.stringify(lang)}, expected one of ${markdownLanguages.map((l) => `'${l}'`).join(', ')}.`);
  }
  const links = options?.links ?? defaultLinks;
  if (links !== 'anchor') {
    if (typeof links !== 'object' || typeof links.pattern !== 'string' || !links.pattern.includes('{id}')) {
      throw new TypeError(
        `Unexpected \`links\` ${JSON.stringify(links)}, expected 'anchor' or { pattern } with an \`{id}\` placeholder.\nhint: for example { pattern: '${defaultConceptUrlPattern}' }.`,
      );
    }
  }
  const baseUrl = options?.baseUrl;
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new TypeError(`Unexpected \`baseUrl\` ${JSON.stringify(baseUrl)}, expected an absolute URL such as 'https://cloudvirt.example/'.`);
  }
  return { lang, links, baseUrl };
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
