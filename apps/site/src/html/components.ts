/**
 * Small building blocks shared by several pages: breadcrumbs, concept lists, badges, sources and
 * scrollable tables.
 *
 * @module
 */
import { languageTags, type Comparison, type Concept, type Locale, type Source, type Topic } from '@cloudvirt/core';
import type { Element } from 'hast';
import { h, type Child } from 'hastscript';
import { otherLocale, ui } from '../i18n.js';
import type { SiteContext } from '../context.js';
import { conceptPath, pagePath } from '../urls.js';

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Visible text. */
  readonly label: string;
  /** Root-relative path. */
  readonly path: string;
}

/** The breadcrumb trail (the last crumb is the current page). */
export function breadcrumbs(locale: Locale, crumbs: readonly Crumb[]): Element {
  return h('nav', { class: 'breadcrumbs', 'aria-label': ui[locale].breadcrumb }, [
    h(
      'ol',
      crumbs.map((crumb, index) =>
        h('li', [
          index === crumbs.length - 1
            ? h('a', { href: crumb.path, 'aria-current': 'page' }, crumb.label)
            : h('a', { href: crumb.path }, crumb.label),
        ]),
      ),
    ),
  ]);
}

/**
 * The first crumb of every trail: the home page, named by the site's name (as the brand and the
 * `BreadcrumbList` of the JSON-LD adapter name it).
 */
export function homeCrumb(context: SiteContext, locale: Locale): Crumb {
  return { label: context.identity[locale].siteName, path: pagePath(locale, { type: 'home' }) };
}

/** The term in the other language, marked with its language (`<span lang="en">Hypervisor</span>`). */
export function otherTerm(concept: Concept, locale: Locale): Element {
  const other = otherLocale(locale);
  return h('span', { class: 'other-term', lang: languageTags[other] }, concept.label[other]);
}

/**
 * A list of concepts: link, the term in the other language and the definition (shown, so the links
 * need no preview).
 *
 * @param concepts The concepts, in display order.
 * @param locale Page language.
 * @param ordered `ol` instead of `ul` (learning paths).
 */
export function conceptList(concepts: readonly Concept[], locale: Locale, ordered = false): Element {
  return h(
    ordered ? 'ol' : 'ul',
    { class: 'concept-list' },
    concepts.map((concept) =>
      h('li', [
        h('span', { class: 'concept-list-term' }, [
          h('a', { href: conceptPath(locale, concept.id) }, concept.label[locale]),
          ' ',
          otherTerm(concept, locale),
        ]),
        ' ',
        h('span', { class: 'concept-list-definition' }, concept.definition[locale]),
      ]),
    ),
  );
}

/** Topic, kind and level of a concept (topic and kind link to their index pages). */
export function conceptBadges(concept: Concept, topic: Topic, locale: Locale): Element {
  const t = ui[locale];
  return h('p', { class: 'badges' }, [
    h('span', { class: 'badge' }, [
      `${t.topic}${t.colon}`,
      h('a', { href: pagePath(locale, { type: 'topic', id: topic.id }) }, topic.label[locale]),
    ]),
    h('span', { class: 'badge' }, [
      `${t.kind}${t.colon}`,
      h('a', { href: pagePath(locale, { type: 'kind', id: concept.kind }) }, t.kinds[concept.kind]),
    ]),
    h('span', { class: `badge level-${concept.level}` }, `${t.level}${t.colon}${t.levels[concept.level]}`),
  ]);
}

/** A list of sources, with the language of each cited page (and a note on those the pack's source work cites too). */
export function sourceList(context: SiteContext, sources: readonly Source[], locale: Locale): Element {
  return h(
    'ol',
    { class: 'sources' },
    sources.map((source) => {
      const note: Child[] = source.fromSeed ? [' ', h('span', { class: 'source-note' }, `(${context.identity[locale].basedOnNote})`)] : [];
      return h('li', h('a', { href: source.url, hreflang: languageTags[source.lang], rel: 'external' }, source.title[locale]), ...note);
    }),
  );
}

/**
 * Links to comparison pages, optionally followed by more items (the matrix on the home page).
 *
 * @param comparisons The comparisons, in display order.
 * @param locale Page language.
 * @param extra Further list items.
 */
export function comparisonList(comparisons: readonly Comparison[], locale: Locale, extra: Element[] = []): Element {
  return h('ul', [
    ...comparisons.map((comparison) =>
      h('li', [h('a', { href: pagePath(locale, { type: 'comparison', id: comparison.id }) }, comparison.title[locale])]),
    ),
    ...extra,
  ]);
}

/** A section with a heading (`h2` with an id, so it can be linked to). */
export function section(id: string, heading: string, children: Child[], properties: Record<string, string> = {}): Element {
  return h('section', { 'aria-labelledby': id, ...properties }, h('h2', { id }, heading), ...children);
}

/** A table inside a focusable, labelled region that scrolls horizontally on small screens. */
export function scrollableTable(label: string, table: Element): Element {
  return h('section', { class: 'table-wrap', 'aria-label': label, tabindex: 0 }, [table]);
}
