/**
 * Who the site is: its name, tagline, home-page title and introduction, footer line, search example and
 * the note on sources cited by the work the text is based on, in both languages, all from the pack
 * (`content/pack.md`, `kb.pack`). Nothing of one pack is written in the site itself: the CloudVirt site's
 * texts are CloudVirt's pack's.
 *
 * What the pack says, and what the site makes of it:
 *
 * | pack field | the site |
 * |---|---|
 * | `shortName` (else `name`) | the site's name: brand, `og:site_name`, first crumb, `WebSite` name, social cards, the dataset's title |
 * | `name` | the `WebSite`'s alternate name; the home-page title and introduction when the pack has no `site.subject` / `site.intro` |
 * | `site.subject` | "{name}: {subject}" (home-page title, footer) and "{Subject}: a bilingual knowledge base" (tagline) |
 * | `site.intro` | the home page's introduction (and its description) |
 * | `site.searchExample` | the search box's placeholder, followed by `…` (default: three concept labels) |
 * | `description` | the dataset's description (`kb.jsonld`, `kb.ttl`, VoID, the `Dataset` markup); 50–5000 characters |
 * | `basedOn[0]` | "also cited in the Chinese article 《…》" beside a source the work cites too |
 *
 * Content without a pack (hand-built data) gets a neutral name, "Knowledge base" / "知识库".
 *
 * @module
 */
import type { KnowledgeBase, Locale, LocalizedText } from '@cloudvirt/core';
import { packOf, type PackMetadata } from './seo/pack-metadata.js';

/** The site's identity texts in one language. */
export interface SiteIdentityText {
  /** The site's name (the brand). */
  readonly siteName: string;
  /** The line under the name (header, home page, social cards). */
  readonly tagline: string;
  /** The home page's `<title>`. */
  readonly homeTitle: string;
  /** What the pack covers, after the name in the root page's title (the home title without the name). */
  readonly subject: string;
  /** The home page's introduction (also its description). */
  readonly homeIntro: string;
  /** The footer's first line. */
  readonly footerText: string;
  /** The search box's placeholder. */
  readonly searchPlaceholder: string;
  /** The note beside a source that the work the text is based on cites too. */
  readonly basedOnNote: string;
}

/** The site's identity in both languages, and the dataset's name and description. */
export interface SiteIdentity extends Readonly<Record<Locale, SiteIdentityText>> {
  /** The site's name in both languages: the JSON-LD adapter's `title` (`WebSite` name, first crumb, the concept scheme's name). */
  readonly title: LocalizedText;
  /** The dataset's description (50–5000 characters in each language, as Google Dataset Search requires). */
  readonly datasetDescription: LocalizedText;
}

/** The optional parts of a pack the site reads (they are also in `Pack` of `@cloudvirt/core`). */
interface PackSiteFields {
  readonly shortName?: LocalizedText;
  readonly description?: LocalizedText;
  readonly site?: { readonly subject?: LocalizedText; readonly intro?: LocalizedText; readonly searchExample?: LocalizedText };
}

const colon: Readonly<Record<Locale, string>> = { en: ': ', zh: '\uff1a' };
const listSeparator: Readonly<Record<Locale, string>> = { en: ', ', zh: '\u3001' };

function capitalized(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** "also cited in the Chinese article 《…》": the first work the pack is based on, titled in its own language. */
function basedOnNote(pack: PackMetadata | undefined, locale: Locale): string {
  const work = pack?.basedOn[0];
  if (work === undefined) return locale === 'en' ? 'also cited in the work this knowledge base is based on' : '本知识库所依据的作品亦有引用';
  const title = work.title[work.lang];
  const quoted = work.lang === 'zh' ? `《${title}》` : `“${title}”`;
  return locale === 'en' ? `also cited in the ${work.lang === 'zh' ? 'Chinese' : 'English'} article ${quoted}` : `${quoted}一文亦有引用`;
}

function identityText(kb: KnowledgeBase, pack: (PackMetadata & PackSiteFields) | undefined, locale: Locale): SiteIdentityText {
  const fullName = pack?.name[locale] ?? (locale === 'en' ? 'Knowledge base' : '知识库');
  const siteName = pack?.shortName?.[locale] ?? fullName;
  const declaredSubject = pack?.site?.subject?.[locale];
  const subject = declaredSubject ?? fullName;
  const homeTitle = declaredSubject !== undefined || siteName !== fullName ? `${siteName}${colon[locale]}${subject}` : siteName;
  const tagline =
    declaredSubject === undefined
      ? locale === 'en' ? 'A bilingual knowledge base' : '双语知识库'
      : locale === 'en' ? `${capitalized(declaredSubject)}: a bilingual knowledge base` : `${declaredSubject}：双语知识库`;
  const homeIntro =
    pack?.site?.intro?.[locale] ??
    (locale === 'en'
      ? `${fullName}: every concept with its definition, explanation, typed relations and sources, in English and Chinese.`
      : `${fullName}：每个概念都有定义、解释、带类型的关系和来源，中英双语。`);
  const example = pack?.site?.searchExample?.[locale] ?? kb.concepts.slice(0, 3).map((concept) => concept.label[locale]).join(listSeparator[locale]);
  return {
    siteName,
    tagline,
    homeTitle,
    subject,
    homeIntro,
    footerText: locale === 'en' ? `${homeTitle}, in English and Chinese.` : `${homeTitle}，中英双语。`,
    searchPlaceholder: `${example}…`,
    basedOnNote: basedOnNote(pack, locale),
  };
}

/** The dataset description of a pack that declares none. */
function defaultDescription(name: LocalizedText): LocalizedText {
  return {
    en: `${name.en}: a bilingual (English and Chinese) knowledge base, every concept with its definition, aliases and sources and the typed relations between concepts, as a SKOS concept scheme and schema.org DefinedTermSet in JSON-LD and Turtle.`,
    zh: `${name.zh}：中英双语知识库，每个概念都有定义、别名和来源，概念之间有带类型的关系；以SKOS概念体系和schema.org DefinedTermSet的形式提供JSON-LD与Turtle两种格式。`,
  };
}

/**
 * The site's identity, from the knowledge base's pack.
 *
 * @param kb The knowledge base.
 * @returns Its texts in both languages, the site's name and the dataset's description.
 */
export function siteIdentity(kb: KnowledgeBase): SiteIdentity {
  const pack = packOf(kb) as (PackMetadata & PackSiteFields) | undefined;
  const en = identityText(kb, pack, 'en');
  const zh = identityText(kb, pack, 'zh');
  const name: LocalizedText = { en: pack?.name.en ?? en.siteName, zh: pack?.name.zh ?? zh.siteName };
  return {
    en,
    zh,
    title: { en: en.siteName, zh: zh.siteName },
    datasetDescription: pack?.description ?? defaultDescription(name),
  };
}
