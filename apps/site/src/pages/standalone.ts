/**
 * The two pages outside the language trees: the language chooser at `/` (two plain links, no redirect,
 * no JavaScript) and `/404.html` (both languages, links to both home pages and both search pages).
 *
 * @module
 */
import { languageTags, locales } from '@cloudvirt/core';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { searchForm, type StandaloneDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { homePageJsonLd } from '../seo/jsonld-adapter.js';
import { pagePath } from '../urls.js';

/**
 * The language chooser at `/`.
 *
 * @param context The site context.
 */
export function rootPage(context: SiteContext): StandaloneDocument {
  // Both languages within a search result's 60 characters: the Chinese part without the brand again.
  const { identity } = context;
  const title = `${identity.en.homeTitle} · ${identity.zh.subject}`;
  return {
    title,
    description: `${identity.en.homeIntro} ${identity.zh.homeIntro}`,
    canonicalPath: '/',
    main: [
      h('h1', identity.en.siteName),
      h(
        'ul',
        { class: 'language-chooser' },
        locales.map((locale) =>
          h('li', { lang: languageTags[locale] }, [
            h('a', { href: pagePath(locale, { type: 'home' }), hreflang: languageTags[locale] }, [
              h('span', { class: 'language-name' }, ui[locale].languageName),
              h('span', { class: 'language-tagline' }, identity[locale].tagline),
            ]),
            h('p', identity[locale].homeIntro),
          ]),
        ),
      ),
    ],
    // The same WebSite / DefinedTermSet / Dataset block as the English home page.
    jsonLd: homePageJsonLd(context, 'en'),
  };
}

/**
 * The "page not found" page (served by the host for unknown paths; every link is root-relative).
 *
 * @param context The site context.
 */
export function notFoundPage(context: SiteContext): StandaloneDocument {
  return {
    title: `${ui.en.notFoundTitle} · ${ui.zh.notFoundTitle}`,
    description: ui.en.notFoundText,
    canonicalPath: null,
    main: locales.map((locale) => {
      const t = ui[locale];
      return h('section', { lang: languageTags[locale], 'aria-labelledby': `not-found-${locale}` }, [
        h(locale === 'en' ? 'h1' : 'h2', { id: `not-found-${locale}` }, t.notFoundTitle),
        h('p', t.notFoundText),
        h('ul', { class: 'inline-list' }, [
          h('li', [h('a', { href: pagePath(locale, { type: 'home' }) }, t.home)]),
          h('li', [h('a', { href: pagePath(locale, { type: 'glossary' }) }, t.glossary)]),
        ]),
        searchForm(context, locale, `not-found-q-${locale}`, t.searchLabel),
      ]);
    }),
    jsonLd: [],
  };
}
