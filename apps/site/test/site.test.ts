/**
 * The built site as files: the URL scheme, language twins and alternates, valid HTML, no broken
 * internal link, sitemap and robots, the concept IRI pages and the redirects (kept out of the sitemap
 * and the search index), no external requests, and the same bytes on every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { conceptKinds, kb, languageTags, locales } from '@cloudvirt/core';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../src/build-site.js';
import type { HtmlElement } from 'html-validate';
import { testMigrations, testRedirects } from './fixtures/migrations.js';
import { fileOfUrlPath, htmlPages, listFiles, parseHtml, type BuiltPage } from './helpers/site-files.js';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
let pages: BuiltPage[] = [];
const documents = new Map<string, HtmlElement>();

beforeAll(async () => {
  pages = htmlPages(siteDir);
  for (const page of pages) documents.set(page.path, await parseHtml(page.html, page.file));
});

/** The parsed document of a page. */
const documentOf = (page: BuiltPage): HtmlElement => {
  const doc = documents.get(page.path);
  if (doc === undefined) throw new Error(`no parsed document for ${page.path}`);
  return doc;
};

/** Localized pages (under /en/ or /zh/), without the redirect pages of the fixture migrations. */
const localized = (): BuiltPage[] => pages.filter((page) => /^\/(en|zh)\//.test(page.path) && !(page.path in testRedirects));

/** The landing pages of the concept IRIs (`/concepts/`, `/concepts/{id}.html` and its copy `/concepts/{id}/`). */
const iriPages = (): BuiltPage[] => pages.filter((page) => page.path.startsWith('/concepts/'));

/** Pages at the other IRIs of the dataset (tables and their parts, topics, relations, vocabularies): see linked-data.test.ts. */
const isOtherResourcePage = (path: string): boolean => /^\/(comparisons|topics|relations|responsibility-matrix|vocab|dataset)[/.]/u.test(path);

/** The URL path a page answers: `/concepts/kvm.html` is served at `/concepts/kvm` (clean URLs). */
const servedAt = (path: string): string => path.replace(/\.html$/u, '');

/** The value of an attribute of the first element a selector finds. */
const attribute = (doc: HtmlElement, selector: string, name: string): string | null => doc.querySelector(selector)?.getAttributeValue(name) ?? null;

describe('buildSite', () => {
  it('should write every page of the URL scheme in both languages', () => {
    const expected = ['/', '/404.html'];
    for (const lang of locales) {
      expected.push(`/${lang}/`, `/${lang}/matrix/`, `/${lang}/glossary/`, `/${lang}/downloads/`, `/${lang}/graph/`, `/${lang}/search/`, `/${lang}/practice/`);
      for (const concept of kb.concepts) expected.push(`/${lang}/concepts/${concept.id}/`);
      for (const comparison of kb.comparisons) expected.push(`/${lang}/comparisons/${comparison.id}/`);
      for (const topic of kb.topics) expected.push(`/${lang}/topics/${topic.id}/`);
      for (const kind of conceptKinds) if (kb.concepts.some((concept) => concept.kind === kind)) expected.push(`/${lang}/kinds/${kind}/`);
    }
    expected.push('/concepts/', ...kb.concepts.flatMap((concept) => [`/concepts/${concept.id}.html`, `/concepts/${concept.id}/`]), ...Object.keys(testRedirects));
    expected.push('/.well-known/void.html');
    expect(pages.map((page) => page.path).filter((path) => !isOtherResourcePage(path)).sort()).toEqual(expected.sort());
    for (const file of ['kb.jsonld', 'kb.ttl', 'sitemap.xml', 'robots.txt', 'downloads/handbook-en.md', 'downloads/handbook-zh.md', 'pagefind/pagefind.js']) {
      expect(existsSync(join(siteDir, file)), file).toBe(true);
    }
  });

  it('should mark every page with its language and link it to its twin in the other language', () => {
    for (const page of localized()) {
      const lang = page.path.startsWith('/zh/') ? 'zh' : 'en';
      const other = lang === 'en' ? 'zh' : 'en';
      const twin = page.path.replace(/^\/(en|zh)\//, `/${other}/`);
      const doc = documentOf(page);
      expect(doc.querySelector('html')?.getAttributeValue('lang'), page.path).toBe(languageTags[lang]);
      const switchLink = doc.querySelector('.lang-switch a');
      expect(switchLink?.getAttributeValue('href'), page.path).toBe(twin);
      expect(switchLink?.getAttributeValue('hreflang')).toBe(languageTags[other]);
      expect(existsSync(join(siteDir, fileOfUrlPath(twin))), `twin of ${page.path}`).toBe(true);

      expect(doc.querySelector('link[rel="canonical"]')?.getAttributeValue('href')).toBe(new URL(page.path.slice(1), siteUrl).href);
      const alternates = new Map(
        doc.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttributeValue('hreflang'), link.getAttributeValue('href')]),
      );
      expect([...alternates.keys()].sort(), page.path).toEqual(['en', 'x-default', 'zh-Hans']);
      for (const href of alternates.values()) {
        expect(href?.startsWith(siteUrl), href ?? '').toBe(true);
        expect(existsSync(join(siteDir, fileOfUrlPath(`/${(href ?? '').slice(siteUrl.length)}`))), href ?? '').toBe(true);
      }
      expect(doc.querySelector('link[rel="alternate"][type="application/ld+json"]')?.getAttributeValue('href')).toBe('/kb.jsonld');
      expect(doc.querySelector('meta[property="og:url"]')?.getAttributeValue('content')).toBe(alternates.get(languageTags[lang]));
      expect(doc.querySelector('meta[name="description"]')?.getAttributeValue('content')?.length ?? 0, page.path).toBeGreaterThan(10);
    }
  });

  it('should pass html-validate (recommended rules) on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(2 * kb.concepts.length);
  }, 900_000); // a hang guard: ~960 pages on 2 loaded cores

  it('should have no broken internal link (linkinator)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: siteDir,
      recurse: true,
      linksToSkip: ['^https?://(?!127\\.0\\.0\\.1|localhost)'],
      // The IRIs of the dataset are extensionless (`/concepts/kvm` is `concepts/kvm.html`), as static hosts serve them.
      cleanUrls: true,
      // Note: modest concurrency plus retries of connection errors: with 50 parallel requests on 2 busy
      // cores, linkinator's local server dropped connections (status 0) for pages that do exist.
      concurrency: 8,
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 500,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status ?? 0} ${link.url} (from ${link.parent ?? '?'})`);
    expect(broken).toEqual([]);
    // The crawl really went through the site: every page was reached.
    // Linkinator reports local URLs as paths under the folder it serves.
    const reached = new Set(
      result.links
        .filter((link) => link.state === 'OK' && link.url.startsWith(siteDir))
        .map((link) => (link.url.slice(siteDir.length) || '/').split('?')[0]),
    );
    for (const page of [...localized(), ...iriPages().filter((each) => !each.path.endsWith('/') || each.path === '/concepts/')]) {
      expect(reached.has(servedAt(page.path)), page.path).toBe(true);
    }
  });

  it('should list every localized page in the sitemap with its alternates, and point robots.txt to it', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')).toBe(true);
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
    const expected = [siteUrl, ...localized().filter((page) => !page.path.endsWith('/search/')).map((page) => new URL(page.path.slice(1), siteUrl).href)];
    expect(locs.sort()).toEqual(expected.sort());
    expect(sitemap.match(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g)?.length).toBe(locs.length);
    expect(sitemap.match(/<xhtml:link rel="alternate" hreflang="zh-Hans"/g)?.length).toBe(locs.length);
    // Neither the concept IRI pages nor the redirects.
    expect(locs.filter((loc) => loc.startsWith(`${siteUrl}concepts/`) || new URL(loc).pathname in testRedirects)).toEqual([]);
    const robots = readFileSync(join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  });

  it('should serve every concept IRI of the dataset as a bilingual landing page that points to both concept pages', () => {
    expect(iriPages()).toHaveLength(2 * kb.concepts.length + 1);
    for (const concept of kb.concepts) {
      const page = pages.find((each) => each.path === `/concepts/${concept.id}.html`);
      if (page === undefined) throw new Error(`no landing page for the IRI of ${concept.id}`);
      const doc = documentOf(page);
      const en = new URL(`en/concepts/${concept.id}/`, siteUrl).href;
      const zh = new URL(`zh/concepts/${concept.id}/`, siteUrl).href;
      expect(attribute(doc, 'meta[name="robots"]', 'content'), page.path).toBe('noindex');
      expect(attribute(doc, 'link[rel="canonical"]', 'href')).toBe(en);
      expect(attribute(doc, 'link[rel="alternate"][hreflang="en"]', 'href')).toBe(en);
      expect(attribute(doc, 'link[rel="alternate"][hreflang="zh-Hans"]', 'href')).toBe(zh);
      expect(attribute(doc, 'link[rel="alternate"][type="application/ld+json"]', 'href')).toBe(`/concepts/${concept.id}.jsonld`);
      expect(attribute(doc, 'link[rel="alternate"][type="text/turtle"]', 'href')).toBe(`/concepts/${concept.id}.ttl`);
      expect(doc.querySelector('code')?.textContent).toBe(`${siteUrl}concepts/${concept.id}`);
      for (const lang of locales) {
        const section = doc.querySelector(`main section[lang="${languageTags[lang]}"]`);
        expect(section?.querySelector('.definition')?.textContent, `${page.path} ${lang}`).toBe(concept.definition[lang]);
        expect(section?.querySelector('a')?.getAttributeValue('href')).toBe(`/${lang}/concepts/${concept.id}/`);
        expect(section?.querySelector('a')?.textContent).toContain(concept.label[lang]);
      }
      expect(doc.querySelector('h1')?.textContent).toContain(concept.label.en);
      expect(doc.querySelector('h1')?.textContent).toContain(concept.label.zh);
    }
    const scheme = documentOf(iriPages().find((page) => page.path === '/concepts/') ?? pages[0]!);
    expect(attribute(scheme, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(scheme.querySelectorAll('ul.concept-iris a').map((link) => link.getAttributeValue('href'))).toEqual(kb.concepts.map((concept) => `/concepts/${concept.id}`));
  });

  it('should redirect the old paths of renamed records in both languages: instant refresh, canonical link and a visible link', () => {
    expect(Object.keys(testRedirects)).toHaveLength(12);
    for (const [from, to] of Object.entries(testRedirects)) {
      const page = pages.find((each) => each.path === from);
      if (page === undefined) throw new Error(`no redirect page at ${from}`);
      const doc = documentOf(page);
      expect(attribute(doc, 'meta[http-equiv="refresh"]', 'content'), from).toBe(`0; url=${to}`);
      expect(attribute(doc, 'link[rel="canonical"]', 'href'), from).toBe(new URL(to.slice(1), siteUrl).href);
      expect(attribute(doc, 'meta[name="robots"]', 'content'), from).toBe('noindex');
      expect(doc.querySelector('main a')?.getAttributeValue('href'), from).toBe(to);
      expect(doc.querySelector('html')?.getAttributeValue('lang')).toBe(from.startsWith('/zh/') ? 'zh-Hans' : 'en');
      expect(existsSync(join(siteDir, fileOfUrlPath(to))), to).toBe(true);
    }
    const renamed = documentOf(pages.find((page) => page.path === '/zh/concepts/vmm/') ?? pages[0]!);
    expect(renamed.querySelector('main a')?.textContent).toBe(kb.getConcept('virtual-machine-monitor').label.zh);
  });

  it('should index the concept, comparison and matrix pages for search, and nothing else', () => {
    const urls = listFiles(join(siteDir, 'pagefind', 'fragment')).map((file) => {
      const text = gunzipSync(readFileSync(join(siteDir, 'pagefind', 'fragment', file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    const expected = locales.flatMap((lang) => [
      ...kb.concepts.map((concept) => `/${lang}/concepts/${concept.id}/`),
      ...kb.comparisons.map((comparison) => `/${lang}/comparisons/${comparison.id}/`),
      `/${lang}/matrix/`,
    ]);
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('should make no request to another origin (no CDN, no web font)', () => {
    for (const page of pages) {
      for (const element of documentOf(page).querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
        const url = element.getAttributeValue('src') ?? element.getAttributeValue('href') ?? '';
        const rel = element.getAttributeValue('rel') ?? '';
        if (rel === 'canonical' || rel === 'alternate') continue;
        expect(url, `${page.path}: ${url}`).toMatch(/^\/(?!\/)/);
      }
    }
    for (const file of listFiles(join(siteDir, 'assets'))) {
      const text = readFileSync(join(siteDir, 'assets', file), 'utf8');
      expect(text, file).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\/|fetch\(\s*['"]https?:/);
    }
  });

  it('should produce byte-identical output when built again', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-again-'));
    try {
      const again = join(root, 'dist');
      await buildSite({ outDir: again, siteUrl, migrations: testMigrations });
      const digest = (dir: string): Record<string, string> =>
        Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
      const first = digest(siteDir);
      expect(Object.keys(first).length).toBeGreaterThan(pages.length);
      expect(digest(again)).toEqual(first);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
