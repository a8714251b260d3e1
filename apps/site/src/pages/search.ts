/**
 * The search page. The form works without JavaScript (it submits `?q=` here); the results come from
 * Pagefind's index of the page's language, loaded by `assets/search.js`. Without JavaScript the page
 * points to the glossary.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, homeCrumb } from '../html/components.js';
import { searchForm, type PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { pagePath } from '../urls.js';

/**
 * Build the search page.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function searchPage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const key = { type: 'search' } as const;
  const crumbs = [homeCrumb(context, locale), { label: t.search, path: pagePath(locale, key) }];
  return {
    key,
    locale,
    title: t.search,
    description: t.searchIntro,
    scripts: [context.assets.searchScript],
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', t.search),
      h('p', { class: 'lead' }, t.searchIntro),
      searchForm(context, locale, 'search-page-q', t.search),
      h('p', { class: 'search-noscript', id: 'search-noscript' }, [
        t.searchNeedsScript,
        ' ',
        h('a', { href: pagePath(locale, { type: 'glossary' }) }, t.glossary),
      ]),
      h('div', {
        id: 'search-results',
        class: 'search-results',
        'aria-live': 'polite',
        'data-loading': t.searchLoading,
        'data-empty': t.searchNoResults,
        'data-results-for': t.searchResultsFor,
      }),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title: t.search,
        description: t.searchIntro,
        type: 'WebPage',
        crumbs,
      }),
    ],
  };
}
