/**
 * Page markup (schema.org JSON-LD) for pages the JSON-LD adapter has no builder for: indexes, the
 * glossary, the matrix, the graph… A `WebPage` (or `CollectionPage`) with a `BreadcrumbList`, every text
 * tagged with its language, `"@context": "https://schema.org"` only (see `shared/jsonld.md` §1).
 *
 * @module
 */
import { languageTags, type Locale } from '@cloudvirt/core';
import type { SiteContext } from '../context.js';
import type { Crumb } from '../html/components.js';
import { absoluteUrl, pagePath, type PageKey } from '../urls.js';

/** What a generic page's markup describes. */
export interface WebPageJsonLdInput {
  /** Page language. */
  readonly locale: Locale;
  /** Which page. */
  readonly key: PageKey;
  /** Page title. */
  readonly title: string;
  /** Page description. */
  readonly description: string;
  /** `CollectionPage` for lists of concepts, `WebPage` otherwise. */
  readonly type: 'WebPage' | 'CollectionPage';
  /** The breadcrumb trail, home first, the page last. */
  readonly crumbs: readonly Crumb[];
}

/** A language-tagged value object (`{"@value": …, "@language": …}`). */
export function tagged(value: string, locale: Locale): { '@value': string; '@language': string } {
  return { '@value': value, '@language': languageTags[locale] };
}

/**
 * The `BreadcrumbList` of a trail in the shape Google documents (and the JSON-LD adapter writes on
 * concept pages): each `ListItem` with its `position`, its `name` as a plain string (the page's
 * language is the page's `inLanguage`) and its absolute URL as `item`, the page itself included.
 *
 * @param siteUrl Base URL.
 * @param crumbs The trail.
 */
export function breadcrumbJsonLd(siteUrl: string, crumbs: readonly Crumb[]): object {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(siteUrl, crumb.path),
    })),
  };
}

/**
 * The page markup of a generic page: the page, the site it is part of, and its breadcrumbs.
 *
 * @param context The site context (base URL).
 * @param input The page.
 * @returns A JSON-LD document with `"@context": "https://schema.org"`.
 */
export function webPageJsonLd(context: SiteContext, input: WebPageJsonLdInput): object {
  const { siteUrl } = context;
  const url = absoluteUrl(siteUrl, pagePath(input.locale, input.key));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': input.type,
        '@id': `${url}#page`,
        url,
        name: tagged(input.title, input.locale),
        description: tagged(input.description, input.locale),
        inLanguage: languageTags[input.locale],
        // The WebSite node itself is described on the home pages (JSON-LD adapter).
        isPartOf: { '@id': `${siteUrl}#website` },
        breadcrumb: { '@id': `${url}#breadcrumb` },
        // The licence of the text, from the pack (content/pack.md).
        ...(context.kb.pack !== undefined ? { license: context.kb.pack.license.url } : {}),
      },
      { '@id': `${url}#breadcrumb`, ...breadcrumbJsonLd(siteUrl, input.crumbs) },
    ],
  };
}
