/**
 * One page per comparison: its introduction and a table (subjects as rows, dimensions as columns).
 *
 * @module
 */
import type { Comparison, Locale } from '@cloudvirt/core';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, scrollableTable, section, sourceList } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { renderMarkdown } from '../html/markdown.js';
import { PreviewCollector } from '../html/previews.js';
import { ui } from '../i18n.js';
import { fitDescription } from '../seo/head-text.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { pagePath } from '../urls.js';
import { topicCrumbs } from './crumbs.js';

/**
 * Build the page document of a comparison.
 *
 * @param context The site context.
 * @param comparison The comparison.
 * @param locale The page language.
 */
export function comparisonPage(context: SiteContext, comparison: Comparison, locale: Locale): PageDocument {
  const t = ui[locale];
  const previews = new PreviewCollector(context, locale);
  const key = { type: 'comparison', id: comparison.id } as const;
  const title = comparison.title[locale];
  const crumbs = [...topicCrumbs(context, locale, comparison.topic), { label: title, path: pagePath(locale, key) }];
  const cell = new Map(comparison.cells.map((entry) => [`${entry.subject}\u0000${entry.dimension}`, entry.text[locale]]));

  const table = h('table', { class: 'comparison-table' }, [
    h('caption', title),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, t.comparisonSubject),
        ...comparison.dimensions.map((dimension) => h('th', { scope: 'col' }, dimension.label[locale])),
      ]),
    ]),
    h(
      'tbody',
      comparison.subjects.map((subject) =>
        h('tr', [
          h('th', { scope: 'row' }, previews.link(subject)),
          ...comparison.dimensions.map((dimension) => h('td', cell.get(`${subject}\u0000${dimension.id}`) ?? '')),
        ]),
      ),
    ),
  ]);

  const description = comparison.description[locale];
  const intro = renderMarkdown(description, locale, previews, title);
  const subjects = comparison.subjects.map((id) => context.kb.getConcept(id).label[locale]);
  // What a search result shows: the table's first sentence, then what it compares along which columns.
  const summary = locale === 'zh' ? `对比表：从${comparison.dimensions.length}个方面比较${subjects.join('、')}` : `A table comparing ${subjects.join(', ')} on ${comparison.dimensions.length} points`;
  const metaDescription = fitDescription(locale, [firstSentence(description) || title, summary]);
  return {
    key,
    locale,
    title,
    description: metaDescription,
    ogType: 'article',
    main: [
      breadcrumbs(locale, crumbs),
      h('article', { class: 'comparison', 'data-pagefind-body': '' }, [
        h('h1', { 'data-pagefind-weight': '10' }, title),
        ...intro,
        scrollableTable(title, table),
        section('sources', t.sources, [sourceList(context, comparison.sources, locale)], { 'data-pagefind-ignore': 'all' }),
        previews.popovers(),
      ]),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title,
        description: metaDescription,
        type: 'WebPage',
        crumbs,
      }),
    ],
  };
}

/**
 * The first sentence of a Markdown text, without Markdown syntax (for meta descriptions).
 *
 * @param markdown Markdown source.
 */
export function firstSentence(markdown: string): string {
  const plain = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^.*?(?:[.!?](?=\s|$)|[\u3002\uff01\uff1f])/u.exec(plain);
  return (match?.[0] ?? plain).slice(0, 300);
}
