/**
 * `sitemap.xml` (with `xhtml:link` language alternates and `lastmod` from the records' `updated` dates,
 * so the bytes depend on the content only) and `robots.txt`.
 *
 * @module
 */
import { languageTags, locales } from '@cloudvirt/core';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrl, filePaths, pagePath, type PageKey } from '../urls.js';

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

function element(tagName: string, properties: Record<string, string>, children: Element['children'] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The sitemap of every localized page (each with its alternate in the other language) plus the
 * language chooser (with the home pages' alternates).
 *
 * @param siteUrl Base URL.
 * @param keys Every localized page (each exists in both languages).
 * @param lastModified The date (YYYY-MM-DD) a page last changed, or `undefined` for none (the root entry takes the latest).
 * @returns The XML text.
 */
export function sitemapXml(siteUrl: string, keys: readonly PageKey[], lastModified: (key: PageKey) => string | undefined = () => undefined): string {
  const lastmod = (date: string | undefined): Element[] => (date === undefined ? [] : [element('lastmod', {}, [{ type: 'text', value: date }])]);
  const latest = keys.map(lastModified).reduce<string | undefined>((max, date) => (date !== undefined && (max === undefined || date > max) ? date : max), undefined);
  const alternates = (key: PageKey): Element[] => [
    ...locales.map((locale) =>
      element('xhtml:link', { rel: 'alternate', hreflang: languageTags[locale], href: absoluteUrl(siteUrl, pagePath(locale, key)) }),
    ),
    element('xhtml:link', { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(siteUrl, key.type === 'home' ? '/' : pagePath('en', key)) }),
  ];
  const urls: Element[] = [element('url', {}, [element('loc', {}, [{ type: 'text', value: siteUrl }]), ...lastmod(latest), ...alternates({ type: 'home' })])];
  for (const key of keys) {
    for (const locale of locales) {
      urls.push(element('url', {}, [element('loc', {}, [{ type: 'text', value: absoluteUrl(siteUrl, pagePath(locale, key)) }]), ...lastmod(lastModified(key)), ...alternates(key)]));
    }
  }
  const tree: Root = {
    type: 'root',
    children: [
      element('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' }, urls),
    ],
  };
  return `${xmlDeclaration}${toHtml(tree, { space: 'svg', closeEmptyElements: true })}\n`;
}

/**
 * `robots.txt`: everything may be crawled; points to the sitemap.
 *
 * @param siteUrl Base URL.
 */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, filePaths.sitemap)}\n`;
}
