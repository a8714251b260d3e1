/**
 * Every file of the site (pages, sitemap, robots.txt, assets) as a list of root-relative paths with a
 * render function. Eleventy writes them (see `eleventy.ts`); tests can render any of them directly.
 *
 * @module
 */
import { locales, type Locale } from '@cloudvirt/core';
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
import { redirectPage, redirectPath } from './pages/redirect.js';
import { notFoundPage, rootPage } from './pages/standalone.js';
import { robotsTxt, sitemapXml } from './seo/sitemap.js';
import type { PageKey } from './urls.js';
import { conceptIriPath, conceptSchemePath, pagePath } from './urls.js';

/** One output file. */
export interface SiteFile {
  /** Root-relative URL path (`/en/concepts/kvm/` is written as `en/concepts/kvm/index.html`). */
  readonly path: string;
  /** Produce the content. */
  readonly render: () => string;
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
    { type: 'matrix' },
    ...kb.topics.map((topic): PageKey => ({ type: 'topic', id: topic.id })),
    ...usedKinds(context).map((kind): PageKey => ({ type: 'kind', id: kind })),
    { type: 'glossary' },
    { type: 'downloads' },
    { type: 'graph' },
    { type: 'search' },
  ];
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
  }
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
    { path: '/404.html', render: () => renderStandalone(context, notFoundPage()) },
  ];
  for (const key of keys) {
    for (const locale of locales) {
      files.push({ path: pagePath(locale, key), render: () => renderPage(context, pageDocument(context, locale, key)) });
    }
  }
  files.push({ path: conceptSchemePath, render: () => renderStandalone(context, conceptSchemePage(context)) });
  for (const concept of context.kb.concepts) {
    files.push({ path: conceptIriPath(concept.id), render: () => renderStandalone(context, conceptIriPage(context, concept)) });
  }
  for (const redirect of context.redirects) {
    for (const locale of locales) {
      files.push({ path: redirectPath(redirect, locale), render: () => renderStandalone(context, redirectPage(context, redirect, locale)) });
    }
  }
  files.push(
    { path: '/sitemap.xml', render: () => sitemapXml(context.siteUrl, keys.filter((key) => key.type !== 'search')) },
    { path: '/robots.txt', render: () => robotsTxt(context.siteUrl) },
    ...assets.map((asset) => ({ path: asset.path, render: () => asset.content })),
  );
  return files;
}
