/**
 * The site's URL scheme. Other outputs (the Markdown handbook, the JSON-LD dataset, the decks) link to
 * these paths, so they never change:
 *
 * | page | path |
 * |---|---|
 * | language chooser | `/` |
 * | home | `/{lang}/` |
 * | concept | `/{lang}/concepts/{id}/` |
 * | comparison | `/{lang}/comparisons/{id}/` |
 * | responsibility matrix | `/{lang}/matrix/` |
 * | topic | `/{lang}/topics/{topic}/` |
 * | kind | `/{lang}/kinds/{kind}/` |
 * | glossary | `/{lang}/glossary/` |
 * | downloads | `/{lang}/downloads/` |
 * | graph | `/{lang}/graph/` |
 * | search | `/{lang}/search/` |
 *
 * Outside the two language trees, the concept IRIs of the dataset (`{SITE_URL}concepts/{id}`) and its
 * concept scheme (`{SITE_URL}concepts/`) resolve to small bilingual landing pages (`/concepts/{id}/`,
 * `/concepts/`; static hosts redirect `/concepts/{id}` to the folder), and the old paths of renamed
 * records (`migrations.json`) to redirect pages.
 *
 * @module
 */
import type { ConceptKind, Locale } from '@cloudvirt/core';

/** Identifies one page independently of its language, so the language switch can point to its twin. */
export type PageKey =
  | { readonly type: 'home' }
  | { readonly type: 'concept'; readonly id: string }
  | { readonly type: 'comparison'; readonly id: string }
  | { readonly type: 'matrix' }
  | { readonly type: 'topic'; readonly id: string }
  | { readonly type: 'kind'; readonly id: ConceptKind }
  | { readonly type: 'glossary' }
  | { readonly type: 'downloads' }
  | { readonly type: 'graph' }
  | { readonly type: 'search' };

/** The kinds of localized page, in the order the site lists them. */
export type PageType = PageKey['type'];

/**
 * The root-relative path of a page in one language (always starts and ends with `/`).
 *
 * @param locale The page language.
 * @param key Which page.
 * @returns e.g. `/zh/concepts/kvm/`.
 */
export function pagePath(locale: Locale, key: PageKey): string {
  switch (key.type) {
    case 'home':
      return `/${locale}/`;
    case 'concept':
      return `/${locale}/concepts/${key.id}/`;
    case 'comparison':
      return `/${locale}/comparisons/${key.id}/`;
    case 'topic':
      return `/${locale}/topics/${key.id}/`;
    case 'kind':
      return `/${locale}/kinds/${key.id}/`;
    case 'matrix':
    case 'glossary':
    case 'downloads':
    case 'graph':
    case 'search':
      return `/${locale}/${key.type}/`;
  }
}

/** Shorthand for the path of a concept page. */
export function conceptPath(locale: Locale, id: string): string {
  return pagePath(locale, { type: 'concept', id });
}

/**
 * The root-relative path of the landing page of a concept IRI (`{SITE_URL}concepts/{id}`, see
 * `kbIris` of `@cloudvirt/render/jsonld`). The page is a folder index, so `/concepts/{id}/` serves it and
 * static hosts redirect the IRI itself (`/concepts/{id}`, no final slash) to it.
 *
 * @param id Concept id.
 * @returns e.g. `/concepts/kvm/`.
 */
export function conceptIriPath(id: string): string {
  return `${conceptSchemePath}${id}/`;
}

/** The root-relative path of the concept scheme IRI (`{SITE_URL}concepts/`): the list of concept IRIs. */
export const conceptSchemePath = '/concepts/';

/** Root-relative paths of the files every page links to. */
export const filePaths = {
  /** The JSON-LD dataset. */
  jsonld: '/kb.jsonld',
  /** The same graph as Turtle. */
  turtle: '/kb.ttl',
  /** The sitemap. */
  sitemap: '/sitemap.xml',
  /** The folder of downloadable files. */
  downloads: '/downloads/',
} as const;

/**
 * Check and normalize the site's base URL (`SITE_URL`): an absolute http(s) URL of a host's root, ending in `/`.
 *
 * @param value The configured base URL.
 * @returns The URL as a string ending in `/`.
 * @throws {TypeError} When `value` is not an absolute http(s) URL.
 */
export function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new TypeError(
      `Unexpected SITE_URL \`${value}\`, expected an absolute http(s) URL such as https://cloudvirt.example/`,
      { cause: error },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Unexpected SITE_URL protocol \`${url.protocol}\`, expected http: or https:`);
  }
  if (url.search !== '' || url.hash !== '' || url.pathname !== '/') {
    throw new TypeError(
      `Unexpected path, query or fragment in SITE_URL \`${value}\`, expected the root of a host ` +
        '(e.g. https://cloudvirt.example/): pages link to each other with root-relative paths such as /en/',
    );
  }
  return url.href;
}

/** The default base URL when `SITE_URL` is not set. */
export const defaultSiteUrl = 'https://cloudvirt.example/';

/**
 * The absolute URL of a root-relative path under the site's base URL.
 *
 * @param siteUrl Normalized base URL (see {@link normalizeSiteUrl}).
 * @param path Root-relative path, starting with `/`.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
