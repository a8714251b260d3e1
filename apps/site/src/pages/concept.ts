/**
 * One page per concept: term in both languages, aliases, kind and level, definition, explanation,
 * examples, typed relations in both directions grouped by label, comparisons, prerequisites, sources and
 * Wikipedia links.
 *
 * @module
 */
import { languageTags, locales, type Concept, type Locale } from '@cloudvirt/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, comparisonList, conceptBadges, otherTerm, section, sourceList } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { renderMarkdown } from '../html/markdown.js';
import { PreviewCollector } from '../html/previews.js';
import { ui } from '../i18n.js';
import { conceptPageJsonLd } from '../seo/jsonld-adapter.js';
import { pagePath } from '../urls.js';
import { firstSentence } from './comparison.js';
import { conceptCrumbs } from './crumbs.js';
import { practiceLink } from './practice.js';

/** Relations of a concept, grouped by how they read from it ("is an example of", "has example"…). */
function relationGroups(context: SiteContext, concept: Concept, locale: Locale, previews: PreviewCollector): Element | null {
  const groups = new Map<string, ElementContent[]>();
  for (const entry of context.kb.related(concept.id)) {
    const label = entry.label[locale];
    const items = groups.get(label) ?? [];
    const note = entry.relation.note;
    items.push(
      h('li', [
        ...previews.link(entry.concept.id),
        ...(note === undefined ? [] : [h('span', { class: 'relation-note' }, note[locale])]),
      ]),
    );
    groups.set(label, items);
  }
  if (groups.size === 0) return null;
  return h(
    'dl',
    { class: 'relations' },
    [...groups].flatMap(([label, items]) => [h('dt', label), h('dd', [h('ul', items)])]),
  );
}

/**
 * Build the page document of a concept.
 *
 * @param context The site context.
 * @param concept The concept.
 * @param locale The page language.
 */
export function conceptPage(context: SiteContext, concept: Concept, locale: Locale): PageDocument {
  const t = ui[locale];
  const { kb } = context;
  const previews = new PreviewCollector(context, locale);
  const key = { type: 'concept', id: concept.id } as const;
  const crumbs = conceptCrumbs(context, locale, concept);

  const aliases = concept.aliases[locale];
  const header = h('header', { class: 'concept-header' }, [
    h('h1', { 'data-pagefind-weight': '10' }, [
      h('span', { 'data-pagefind-meta': 'title' }, concept.label[locale]),
      ' ',
      otherTerm(concept, locale),
    ]),
    aliases.length === 0
      ? null
      : h('p', { class: 'aliases', 'data-pagefind-weight': '8' }, [
          `${t.aliases}${t.colon}`,
          h('span', { 'data-pagefind-meta': 'aliases' }, aliases.join(t.listSeparator)),
        ]),
    conceptBadges(concept, kb.getTopic(concept.topic), locale),
  ]);

  const definition = section('definition', t.definition, [
    h('p', { class: 'definition', 'data-pagefind-weight': '4' }, concept.definition[locale]),
  ]);
  const explanation = section('explanation', t.explanation, renderMarkdown(concept.explanation[locale], locale, previews, t.explanation));
  const examples =
    concept.examples.length === 0
      ? null
      : section('examples', t.examples, [h('ul', concept.examples.map((example) => h('li', example[locale])))]);

  const relations = relationGroups(context, concept, locale, previews);
  const comparisons = kb.comparisonsOf(concept.id);
  const ignore = { 'data-pagefind-ignore': 'all' };
  const related: (Element | null)[] = [
    relations === null ? null : section('relations', t.relations, [h('p', { class: 'note' }, t.relationsIntro), relations], ignore),
    comparisons.length === 0
      ? null
      : section(
          'comparisons',
          t.comparisons,
          [
            comparisonList(comparisons, locale),
          ],
          ignore,
        ),
    section(
      'prerequisites',
      t.prerequisites,
      concept.prerequisites.length === 0
        ? [h('p', t.noPrerequisites)]
        : [h('ul', concept.prerequisites.map((id) => h('li', previews.link(id))))],
      ignore,
    ),
    section('sources', t.sources, [sourceList(context, concept.sources, locale)], ignore),
    wikipediaSection(concept, locale),
    practiceLink(locale, concept.topic),
    h('p', { class: 'updated', ...ignore }, [`${t.updated}${t.colon}`, h('time', { datetime: concept.updated }, concept.updated)]),
  ];

  const article = h('article', { class: 'concept', 'data-pagefind-body': '' }, [
    header,
    definition,
    explanation,
    examples,
    ...related,
    previews.popovers(),
  ]);

  return {
    key,
    locale,
    title: concept.label[locale],
    description: concept.definition[locale],
    // A short definition is filled with the explanation's first sentence in the search result.
    moreDescription: [firstSentence(concept.explanation[locale])],
    ogType: 'article',
    main: [breadcrumbs(locale, crumbs), article],
    jsonLd: conceptPageJsonLd(context, concept, locale),
  };
}

/** Links to the Wikipedia articles in both languages, where they exist. */
function wikipediaSection(concept: Concept, locale: Locale): Element | null {
  const t = ui[locale];
  const links = locales.flatMap((lang) => {
    const url = concept.wikipedia[lang];
    return url === undefined
      ? []
      : [h('li', [h('a', { href: url, hreflang: languageTags[lang], rel: 'external' }, `${t.wikipediaIn[lang]}`)])];
  });
  if (links.length === 0) return null;
  return section('wikipedia', t.wikipedia, [h('ul', links)], { 'data-pagefind-ignore': 'all' });
}
