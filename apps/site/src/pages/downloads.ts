/**
 * The downloads page: every file written by `writeDownloads`, with format, size and description, and a
 * link to the list of concept IRIs.
 *
 * @module
 */
import { languageTags, type Locale } from '@cloudvirt/core';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, homeCrumb, scrollableTable } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { downloadsPageJsonLd } from '../seo/jsonld-adapter.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { conceptSchemePath, pagePath } from '../urls.js';

/**
 * Build the downloads page.
 *
 * @param context The site context (its `downloads` list the files).
 * @param locale The page language.
 */
export function downloadsPage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const key = { type: 'downloads' } as const;
  const crumbs = [homeCrumb(context, locale), { label: t.downloads, path: pagePath(locale, key) }];
  const table = h('table', { class: 'downloads-table' }, [
    h('caption', t.downloads),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, t.downloadsFile),
        h('th', { scope: 'col' }, t.downloadsFormat),
        h('th', { scope: 'col' }, t.downloadsSize),
        h('th', { scope: 'col' }, t.downloadsDescription),
      ]),
    ]),
    h(
      'tbody',
      context.downloads.map((file) =>
        h('tr', [
          h('th', { scope: 'row' }, [
            h(
              'a',
              {
                href: file.path,
                type: file.mediaType,
                download: '',
                ...(file.lang === undefined ? {} : { hreflang: languageTags[file.lang] }),
              },
              file.path.slice(file.path.lastIndexOf('/') + 1),
            ),
          ]),
          h('td', file.format),
          h('td', { class: 'number' }, t.bytes(file.size)),
          h('td', [
            file.description[locale],
            ...(file.deck === undefined ? [] : [h('br'), h('span', { class: 'note' }, t.deckCounts(file.deck.notes, file.deck.cards))]),
          ]),
        ]),
      ),
    ),
  ]);
  return {
    key,
    locale,
    title: t.downloads,
    description: t.downloadsIntro,
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', t.downloads),
      h('p', { class: 'lead' }, t.downloadsIntro),
      scrollableTable(t.downloads, table),
      h('p', [`${t.downloadsIris}${t.colon}`, h('a', { href: conceptSchemePath }, t.conceptIrisTitle)]),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title: t.downloads,
        description: t.downloadsIntro,
        type: 'WebPage',
        crumbs,
      }),
      // Dataset Search reads the Dataset on the page that offers its files, too.
      downloadsPageJsonLd(context, locale),
    ],
  };
}
