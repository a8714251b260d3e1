import { createKnowledgeBase, locales } from '@cloudvirt/core';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { hostileKb, payload } from '../test/fixtures/hostile-kb.js';
import { parseHtml } from '../test/helpers/site-files.js';
import { loadAssets } from './assets.js';
import type { SiteContext } from './context.js';
import { siteIdentity } from './site-identity.js';
import { pageKeys, siteFiles } from './site.js';

const kb = createKnowledgeBase(hostileKb);
const assets = loadAssets();
const context: SiteContext = {
  kb,
  identity: siteIdentity(kb),
  siteUrl: 'https://example.org/',
  assets: assets.urls,
  downloads: [],
  // Redirect pages name their target: one renamed concept, one retired comparison.
  redirects: [
    { group: 'concept', from: 'old-alpha', to: 'alpha' },
    { group: 'comparison', from: 'old-comparison', to: null },
  ],
};

describe('siteFiles', () => {
  const files = siteFiles(context, assets.files);
  const pages = files.filter((file) => file.path.endsWith('/') || file.path.endsWith('.html'));

  it('should render every page type of a knowledge base in both languages', () => {
    const keys = pageKeys(context);
    expect(keys.map((key) => key.type)).toEqual([
      'home',
      ...kb.concepts.map(() => 'concept'),
      'comparison',
      'matrix',
      'topic',
      'kind',
      'kind',
      'kind',
      'kind',
      'glossary',
      'downloads',
      'graph',
      'search',
      'practice',
    ]);
    const iriPages = pages.filter((file) => file.path.startsWith('/concepts/')).map((file) => file.path);
    // Each concept IRI's page at concepts/{id}.html, and the same page as the folder index concepts/{id}/.
    expect([...iriPages].sort()).toEqual(['/concepts/', ...kb.concepts.flatMap((concept) => [`/concepts/${concept.id}.html`, `/concepts/${concept.id}/`])].sort());
    const resourcePages = pages.filter((file) => /^\/(comparisons|topics|relations|responsibility-matrix|vocab|dataset)[/.]/u.test(file.path)).map((file) => file.path);
    expect(resourcePages).toEqual(expect.arrayContaining(['/vocab.html', '/vocab/', '/vocab/data.html', '/responsibility-matrix.html', ...kb.topics.map((topic) => `/topics/${topic.id}.html`)]));
    const redirects = pages.filter((file) => file.render().includes('http-equiv="refresh"')).map((file) => file.path);
    expect(redirects).toEqual(['/en/concepts/old-alpha/', '/zh/concepts/old-alpha/', '/en/comparisons/old-comparison/', '/zh/comparisons/old-comparison/']);
    expect(pages).toHaveLength(keys.length * locales.length + 2 + iriPages.length + resourcePages.length + redirects.length);
  });

  it('should keep hostile text inert: valid HTML, no injected element, JSON-LD that parses back to the text', async () => {
    // Titles made of the payload are long on purpose.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    for (const file of pages) {
      const html = file.render();
      const report = await validator.validateString(html, file.path);
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${file.path} ${message.ruleId}: ${message.message}`));
      expect(messages).toEqual([]);
      const doc = await parseHtml(html, file.path);
      for (const script of doc.querySelectorAll('script')) {
        const type = script.getAttributeValue('type');
        // Only the site's own scripts, and JSON data blocks.
        if (type === null) expect(script.getAttributeValue('src')).toMatch(/^\/assets\/[a-z]+\.js\?v=[0-9a-f]{10}$/);
        else expect(['application/ld+json', 'application/json']).toContain(type);
        if (type !== null) {
          expect(script.textContent).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.stringify(JSON.parse(script.textContent))).toBeTruthy();
        }
      }
      expect(doc.querySelectorAll('img, i, iframe, [onerror]'), file.path).toHaveLength(0);
    }
    const concept = files.find((file) => file.path === '/en/concepts/alpha/');
    const html = concept?.render() ?? '';
    expect(html).toContain('&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script>');
    const doc = await parseHtml(html);
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]').map((script) => script.textContent);
    expect(blocks.join('')).toContain('\\u003c/script\\u003e');
    expect(JSON.stringify(blocks.map((block) => JSON.parse(block) as unknown))).toContain(JSON.stringify(payload).slice(1, -1));
  });

  it('should link each relation from both of its concepts, with the reading of its direction', async () => {
    const alpha = await parseHtml(files.find((file) => file.path === '/en/concepts/alpha/')?.render() ?? '');
    const beta = await parseHtml(files.find((file) => file.path === '/en/concepts/beta/')?.render() ?? '');
    const groups = (doc: typeof alpha): string[] =>
      doc.querySelectorAll('dl.relations dt').map((dt) => `${dt.textContent} → ${dt.nextSibling?.querySelector('a')?.getAttributeValue('href')}`);
    expect(groups(beta)).toEqual(['is an example of → /en/concepts/alpha/']);
    expect(groups(alpha)).toEqual(['has example → /en/concepts/beta/']);
  });

  it('should render the sitemap as XML with each page’s lastmod', () => {
    const sitemap = files.find((file) => file.path === '/sitemap.xml')?.render() ?? '';
    expect(sitemap).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset /);
    expect(sitemap).toContain('<loc>https://example.org/zh/concepts/alpha/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="zh-Hans" href="https://example.org/zh/concepts/alpha/" />');
    expect(sitemap).toMatch(/<loc>https:\/\/example\.org\/zh\/concepts\/alpha\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    expect(sitemap).not.toContain('/search/');
  });
});
