/**
 * Every file of the site (pages, sitemap, robots.txt, assets) as a list of root-relative paths with a
 * render function. Eleventy writes them (see `eleventy.ts`); tests can render any of them directly.
 *
 * @module
 */
import { hasResponsibilityMatrix, locales, type Locale } from '@cloudvirt/core';
import type { AssetFile } from './assets.js';
import type { SiteContext } from './context.js';
import { renderPage, renderStandalone, type PageDocument } from './html/document.js';
import { comparisonPage } from './pages/comparison.js';
import { conceptPage } from './pages/concept.js';
import { conceptIriPage, conceptSchemePage } from './pages/concept-iri.js';
import { downloadsPage } from './pages/downloads.js';
import { glossaryPage } from './pages/glossary.js';
import { graphPage } from './pages/graph.js';
import { homePage, usedKinds } from './pages/home.js';
import { kindPage, topicPage } from './pages/indexes.js';
import { matrixPage } from './pages/matrix.js';
import { searchPage } from './pages/search.js';
import { practiceFiles, practicePage } from './pages/practice.js';
import { redirectPage, redirectPath } from './pages/redirect.js';
import { resourcePage } from './pages/resource.js';
import { notFoundPage, rootPage } from './pages/standalone.js';
import { readsEveryConceptText } from './page-cache.js';
import { vocabularyOf, vocabularyPage } from './pages/vocabulary.js';
import { resourceIndex } from './seo/resources.js';
import { robotsTxt, sitemapXml } from './seo/sitemap.js';
import type { PageKey } from './urls.js';
import { pagePath, resourceFiles } from './urls.js';

/** One output file. */
export interface SiteFile {
  /** Root-relative URL path (`/en/concepts/kvm/` is written as `en/concepts/kvm/index.html`). */
  readonly path: string;
  /** Produce the content. */
  readonly render: () => string;
  /** Not worth the page cache (`page-cache.ts`): the content is at hand, rendering it costs nothing. */
  readonly uncached?: boolean;
}

/**
 * Every localized page of the site, in a stable order (each exists in both languages).
 *
 * @param context The site context.
 */
export function pageKeys(context: SiteContext): PageKey[] {
  const { kb } = context;
  return [
    { type: 'home' },
    ...kb.concepts.map((concept): PageKey => ({ type: 'concept', id: concept.id })),
    ...kb.comparisons.map((comparison): PageKey => ({ type: 'comparison', id: comparison.id })),
    ...(hasResponsibilityMatrix(kb.responsibilityMatrix) ? [{ type: 'matrix' } as const] : []),
    ...kb.topics.map((topic): PageKey => ({ type: 'topic', id: topic.id })),
    ...usedKinds(context).map((kind): PageKey => ({ type: 'kind', id: kind })),
    { type: 'glossary' },
    { type: 'downloads' },
    { type: 'graph' },
    { type: 'search' },
    { type: 'practice' },
  ];
}

/**
 * When a localized page last changed: its record's `updated` (concept, comparison, matrix); for a topic,
 * the latest of its concepts and comparisons; for the pages that list everything, the latest of all.
 *
 * @param context The site context.
 * @param key Which page.
 */
export function lastModified(context: SiteContext, key: PageKey): string {
  const { kb } = context;
  const latest = (dates: readonly string[]): string => dates.reduce((max, date) => (date > max ? date : max), kb.responsibilityMatrix.updated);
  switch (key.type) {
    case 'concept':
      return kb.getConcept(key.id).updated;
    case 'comparison':
      return kb.getComparison(key.id).updated;
    case 'matrix':
      return kb.responsibilityMatrix.updated;
    case 'topic': {
      const dates = [...kb.concepts.filter((c) => c.topic === key.id).map((c) => c.updated), ...kb.comparisons.filter((c) => c.topic === key.id).map((c) => c.updated)];
      return dates.length === 0 ? latest([...kb.concepts.map((c) => c.updated)]) : dates.reduce((max, date) => (date > max ? date : max));
    }
    default:
      return latest([...kb.concepts.map((c) => c.updated), ...kb.comparisons.map((c) => c.updated)]);
  }
}

/**
 * The page document of a localized page.
 *
 * @param context The site context.
 * @param locale The language.
 * @param key Which page.
 */
export function pageDocument(context: SiteContext, locale: Locale, key: PageKey): PageDocument {
  const { kb } = context;
  switch (key.type) {
    case 'home':
      return homePage(context, locale);
    case 'concept':
      return conceptPage(context, kb.getConcept(key.id), locale);
    case 'comparison':
      return comparisonPage(context, kb.getComparison(key.id), locale);
    case 'matrix':
      return matrixPage(context, locale);
    case 'topic':
      return topicPage(context, kb.getTopic(key.id), locale);
    case 'kind':
      return kindPage(context, key.id, locale);
    case 'glossary':
      return glossaryPage(context, locale);
    case 'downloads':
      return downloadsPage(context, locale);
    case 'graph':
      return graphPage(context, locale);
    case 'search':
      return searchPage(context, locale);
    case 'practice':
      return practicePage(context, locale);
  }
}

/**
 * The page and the JSON-LD and Turtle copies of every resource the dataset mints under the base URL, at
 * the paths where its IRI resolves (see `resourceFiles`): concepts and the concept scheme (their own
 * landing pages), the two vocabularies (their ontology pages) and everything else (the resource page).
 *
 * @param context The site context.
 */
export function resourceSiteFiles(context: SiteContext): SiteFile[] {
  const index = resourceIndex(context);
  const concepts = new Map(context.kb.concepts.map((concept) => [index.iris.concept(concept.id), concept]));
  // Every path that holds other resources' paths (`/vocab` for `/vocab/data`): the proper prefixes that
  // end before a `/` of each path.
  const folders = new Set<string>();
  for (const document of index.documents) {
    const path = resourceFiles(context.siteUrl, document.iri).path;
    for (let slash = path.indexOf('/', 1); slash !== -1; slash = path.indexOf('/', slash + 1)) folders.add(path.slice(0, slash));
  }
  return index.documents.flatMap((document): SiteFile[] => {
    const files = resourceFiles(context.siteUrl, document.iri);
    // Note: a host that looks for a folder before trying `.html` redirects `P` to `P/` when the folder
    // exists. So when other resources live under `P/` (a table and its parts, /vocab and /vocab/data),
    // and for concept IRIs (whose folder pages earlier builds wrote), `P/index.html` is the same page.
    const folderCopy = !files.path.endsWith('/') && (concepts.has(document.iri) || folders.has(files.path));
    const concept = concepts.get(document.iri);
    const vocabulary = vocabularyOf(context, document.iri);
    const page = () =>
      document.iri === index.iris.scheme
        ? conceptSchemePage(context)
        : concept !== undefined
          ? conceptIriPage(context, concept)
          : vocabulary !== undefined
            ? vocabularyPage(context, document, vocabulary)
            : resourcePage(context, document);
    // The page cache: the resource and vocabulary pages show data of the documents, which were built once
    // from the whole knowledge base, the concepts' text included (scopeNote, examples, sources), so a
    // cached copy is checked against every concept's text; the concept IRI pages and the concept scheme
    // read the knowledge base itself. The JSON-LD and Turtle copies are the documents as they are (no
    // rendering to save): never cached.
    const fromDocuments = concept === undefined && document.iri !== index.iris.scheme;
    const render = (): string => {
      if (fromDocuments) readsEveryConceptText();
      return renderStandalone(context, page());
    };
    return [
      { path: files.page, render },
      ...(folderCopy ? [{ path: `${files.path}/`, render }] : []),
      { path: files.jsonld, render: () => `${JSON.stringify(document.jsonLd, null, 2)}\n`, uncached: true },
      { path: files.turtle, render: () => document.turtle, uncached: true },
    ];
  });
}

/**
 * Every file of the site except the downloads (written by `writeDownloads`) and the search index
 * (written by Pagefind after the pages): the language chooser and the 404 page, every localized page in
 * both languages, the landing pages of the concept IRIs, the redirects of renamed records, the sitemap,
 * robots.txt and the assets. Only the localized pages are in the sitemap.
 *
 * @param context The site context.
 * @param assets The static assets.
 */
export function siteFiles(context: SiteContext, assets: readonly AssetFile[]): SiteFile[] {
  const keys = pageKeys(context);
  const files: SiteFile[] = [
    { path: '/', render: () => renderStandalone(context, rootPage(context)) },
    { path: '/404.html', render: () => renderStandalone(context, notFoundPage(context)) },
  ];
  for (const key of keys) {
    for (const locale of locales) {
      files.push({ path: pagePath(locale, key), render: () => renderPage(context, pageDocument(context, locale, key)) });
    }
  }
  files.push(...resourceSiteFiles(context), ...practiceFiles(context));
  for (const redirect of context.redirects) {
    for (const locale of locales) {
      files.push({ path: redirectPath(redirect, locale), render: () => renderStandalone(context, redirectPage(context, redirect, locale)) });
    }
  }
  files.push(
    { path: '/sitemap.xml', render: () => sitemapXml(context.siteUrl, keys.filter((key) => key.type !== 'search'), (key) => lastModified(context, key)) },
    { path: '/robots.txt', render: () => robotsTxt(context.siteUrl) },
    ...assets.map((asset) => ({ path: asset.path, render: () => asset.content, uncached: true })),
  );
  return files;
}
