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
 * | practice | `/{lang}/practice/` (its card data: `/practice/{deck language}/{topic}.json`) |
 *
 * Outside the two language trees, every IRI the dataset mints under `SITE_URL` resolves on a plain static
 * host to a bilingual page that describes it, with its JSON-LD and Turtle beside it (see
 * {@link resourceFiles} and {@link staticHostFile}): concepts (`/concepts/{id}` → `concepts/{id}.html`),
 * the concept scheme (`/concepts/` → `concepts/index.html`), topics, comparisons and their rows, columns
 * and cells, the responsibility matrix and its parts, noted relations, and the two vocabularies
 * (`/vocab#term` → the element `id="term"` of `vocab.html`). The old paths of renamed records
 * (`migrations.json`) are redirect pages.
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
  | { readonly type: 'search' }
  | { readonly type: 'practice' };

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
    case 'practice':
      return `/${locale}/${key.type}/`;
  }
}

/** Shorthand for the path of a concept page. */
export function conceptPath(locale: Locale, id: string): string {
  return pagePath(locale, { type: 'concept', id });
}

/**
 * The root-relative path of a concept IRI (`{SITE_URL}concepts/{id}`, see `kbIris` of
 * `@cloudvirt/render/jsonld`): static hosts serve it from `concepts/{id}.html` (see {@link staticHostFile}).
 *
 * @param id Concept id.
 * @returns e.g. `/concepts/kvm`.
 */
export function conceptIriPath(id: string): string {
  return `${conceptSchemePath}${id}`;
}

/**
 * The file a plain static host serves for a root-relative URL path, which is what "an IRI resolves" means
 * for this site: a path ending in `/` is served from its `index.html`; a path whose last segment has an
 * extension (`/kb.jsonld`) from that file; any other path `P` from `P.html` ("clean URLs": GitHub Pages,
 * Netlify, Cloudflare Pages, Vercel and Firebase with `cleanUrls`, nginx with `try_files $uri $uri.html $uri/`).
 * The fragment of an IRI names the element with that `id` in the file. The site never writes both `P.html`
 * and `P/index.html`, so hosts that would redirect `P` to `P/` serve the same page either way.
 *
 * @param path Root-relative URL path (query and fragment are ignored).
 * @returns The file path relative to the output folder, e.g. `concepts/kvm.html`.
 */
export function staticHostFile(path: string): string {
  const clean = (path.split(/[?#]/u)[0] ?? '').replace(/^\//u, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return /\.[a-z0-9]+$/iu.test(clean.slice(clean.lastIndexOf('/') + 1)) ? clean : `${clean}.html`;
}

/** Where a resource of the dataset lives on the site. */
export interface ResourceFiles {
  /** Root-relative URL path of the resource's document IRI (`/concepts/kvm`, `/vocab`, `/concepts/`). */
  readonly path: string;
  /** The page's output path (`/concepts/kvm.html`, `/concepts/` for a folder index). */
  readonly page: string;
  /** The JSON-LD copy beside it (`/concepts/kvm.jsonld`, `/concepts/index.jsonld`). */
  readonly jsonld: string;
  /** The Turtle copy beside it (`/concepts/kvm.ttl`, `/concepts/index.ttl`). */
  readonly turtle: string;
}

/**
 * The files of a resource document of the dataset (an IRI under the base, without fragment).
 *
 * @param siteUrl Normalized base URL.
 * @param iri The document IRI.
 * @returns Its path, page and machine-readable copies.
 * @throws {RangeError} When the IRI is not under the base URL or has a fragment.
 */
export function resourceFiles(siteUrl: string, iri: string): ResourceFiles {
  if (!iri.startsWith(siteUrl) || iri.includes('#')) throw new RangeError(`Unexpected resource IRI <${iri}>, expected an IRI under ${siteUrl} without fragment.`);
  const path = `/${iri.slice(siteUrl.length)}`;
  const stem = path.endsWith('/') ? `${path}index` : path;
  return { path, page: path.endsWith('/') ? path : `${path}.html`, jsonld: `${stem}.jsonld`, turtle: `${stem}.ttl` };
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
      `Unexpected base URL (--base-url, SITE_URL or the pack's baseIri) \`${value}\`, expected an absolute http(s) URL such as https://example.org/`,
      { cause: error },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Unexpected base URL protocol \`${url.protocol}\` in \`${value}\`, expected http: or https:`);
  }
  if (url.search !== '' || url.hash !== '' || url.pathname !== '/') {
    throw new TypeError(
      `Unexpected path, query or fragment in the base URL (--base-url, SITE_URL or the pack's baseIri) \`${value}\`, expected the root of a host ` +
        '(e.g. https://example.org/): pages link to each other with root-relative paths such as /en/',
    );
  }
  return url.href;
}

/** The default base URL of content without a pack (and without `SITE_URL`). */
export const defaultSiteUrl = 'https://cloudvirt.example/';

/**
 * The default base URL of a knowledge base when neither an option nor `SITE_URL` gives one: its pack's
 * `baseIri`, else `https://{pack id}.example/` (`https://cloudvirt.example/` for the CloudVirt pack),
 * else {@link defaultSiteUrl} for content without a pack.
 *
 * @param kb The knowledge base (its `pack`).
 */
export function defaultSiteUrlOf(kb: { readonly pack?: { readonly id: string; readonly baseIri?: string } }): string {
  const pack = kb.pack;
  if (pack === undefined) return defaultSiteUrl;
  return pack.baseIri ?? `https://${pack.id}.example/`;
}

/**
 * The absolute URL of a root-relative path under the site's base URL.
 *
 * @param siteUrl Normalized base URL (see {@link normalizeSiteUrl}).
 * @param path Root-relative path, starting with `/`.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
