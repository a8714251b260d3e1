/**
 * The responsibility matrix: who manages each stack layer (rows, top of the stack first) under each
 * model (columns). Every cell says its value in words (colour only repeats it); notes are footnotes.
 * Row and column highlighting on hover/focus is added by the site script as an enhancement.
 *
 * @module
 */
import type { Locale, Manager } from '@cloudvirt/core';
import { h, type Child } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, homeCrumb, scrollableTable, section, sourceList } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { renderMarkdown } from '../html/markdown.js';
import { PreviewCollector } from '../html/previews.js';
import { ui } from '../i18n.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { pagePath } from '../urls.js';

const managerSymbols: Readonly<Record<Manager, string>> = { provider: '●', customer: '○', shared: '◐' };

/**
 * Build the matrix page.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function matrixPage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const { kb } = context;
  const matrix = kb.responsibilityMatrix;
  const previews = new PreviewCollector(context, locale);
  const key = { type: 'matrix' } as const;
  const title = matrix.title[locale];
  const crumbs = [homeCrumb(context, locale), { label: title, path: pagePath(locale, key) }];
  const notes: { id: string; text: string; model: string; layer: string }[] = [];

  const cellContent = (model: string, layer: string): Child[] => {
    const cell = kb.responsibility(model, layer);
    const content: Child[] = [
      h('span', { class: 'manager-symbol', 'aria-hidden': 'true' }, managerSymbols[cell.manager]),
      ' ',
      t.managers[cell.manager],
    ];
    if (cell.note !== undefined) {
      const id = `note-${model}-${layer}`;
      notes.push({ id, text: cell.note[locale], model, layer });
      content.push(h('sup', [h('a', { href: `#${id}`, id: `ref-${model}-${layer}`, class: 'note-ref' }, String(notes.length))]));
    }
    return content;
  };

  // The stack reads top (applications) to bottom (networking), as the usual diagrams show it.
  const layers = [...matrix.layers].reverse();
  const table = h('table', { class: 'matrix-table', 'data-matrix': '' }, [
    h('caption', title),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, t.matrixLayer),
        ...matrix.models.map((model, column) => h('th', { scope: 'col', 'data-column': column + 1 }, previews.link(model))),
      ]),
    ]),
    h(
      'tbody',
      layers.map((layer) =>
        h('tr', [
          h('th', { scope: 'row' }, previews.link(layer)),
          ...matrix.models.map((model, column) => {
            const manager = kb.whoManages(model, layer);
            return h('td', { class: `manager manager-${manager}`, 'data-column': column + 1 }, ...cellContent(model, layer));
          }),
        ]),
      ),
    ),
  ]);

  const legend = h('dl', { class: 'matrix-legend' }, [
    ...(['provider', 'customer', 'shared'] as const).flatMap((manager) => [
      h('dt', { class: `manager manager-${manager}` }, [
        h('span', { class: 'manager-symbol', 'aria-hidden': 'true' }, managerSymbols[manager]),
        ' ',
        t.managers[manager],
      ]),
      h('dd', t.managerDescriptions[manager]),
    ]),
  ]);

  const noteList =
    notes.length === 0
      ? null
      : section('notes', t.matrixNotes, [
          h(
            'ol',
            { class: 'matrix-notes' },
            notes.map((note) =>
              h('li', { id: note.id }, [
                h('strong', `${kb.getConcept(note.model).label[locale]} × ${kb.getConcept(note.layer).label[locale]}${t.colon}`),
                note.text,
                ' ',
                h('a', { href: `#ref-${note.model}-${note.layer}`, class: 'note-back' }, [
                  h('span', { 'aria-hidden': 'true' }, '↩'),
                  h('span', { class: 'visually-hidden' }, t.backToTable),
                ]),
              ]),
            ),
          ),
        ]);

  return {
    key,
    locale,
    title,
    description: t.matrixIntroShort,
    main: [
      breadcrumbs(locale, crumbs),
      h('article', { class: 'matrix', 'data-pagefind-body': '' }, [
        h('h1', { 'data-pagefind-weight': '10' }, title),
        ...renderMarkdown(matrix.description[locale], locale, previews, title),
        section('legend', t.matrixLegend, [legend]),
        scrollableTable(title, table),
        noteList,
        section('sources', t.sources, [sourceList(context, matrix.sources, locale)], { 'data-pagefind-ignore': 'all' }),
        previews.popovers(),
      ]),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title,
        description: t.matrixIntroShort,
        type: 'WebPage',
        crumbs,
      }),
    ],
  };
}
