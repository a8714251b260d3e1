/**
 * Index pages: one per topic (with its subtopics and concepts by level) and one per kind of concept.
 *
 * @module
 */
import { levels, type ConceptKind, type Locale, type Topic } from '@cloudvirt/core';
import { h, type Child } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, comparisonList, conceptList, homeCrumb, section } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { pagePath } from '../urls.js';
import { topicCrumbs } from './crumbs.js';
import { topicTree } from './home.js';
import { practiceLink } from './practice.js';

/**
 * Build a topic page.
 *
 * @param context The site context.
 * @param topic The topic.
 * @param locale The page language.
 */
export function topicPage(context: SiteContext, topic: Topic, locale: Locale): PageDocument {
  const t = ui[locale];
  const { kb } = context;
  const key = { type: 'topic', id: topic.id } as const;
  const crumbs = topicCrumbs(context, locale, topic.id);
  const concepts = kb.conceptsByTopic(topic.id);
  const subtopics = topicTree(context, locale, topic.id);
  const comparisons = kb.comparisons.filter((comparison) => comparison.topic === topic.id);
  const byLevel: Child[] = levels.flatMap((level) => {
    const group = concepts.filter((concept) => concept.level === level);
    return group.length === 0 ? [] : [h('h3', t.levels[level]), conceptList(group, locale)];
  });
  const title = topic.label[locale];
  return {
    key,
    locale,
    title,
    description: topic.description[locale],
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', title),
      h('p', { class: 'lead' }, topic.description[locale]),
      practiceLink(locale, topic.id),
      subtopics === null ? null : section('subtopics', t.subtopics, [subtopics]),
      concepts.length === 0 ? null : section('concepts', t.conceptsInTopic, byLevel),
      comparisons.length === 0
        ? null
        : section('comparisons', t.allComparisons, [
            comparisonList(comparisons, locale),
          ]),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title,
        description: topic.description[locale],
        type: 'CollectionPage',
        crumbs,
      }),
    ],
  };
}

/**
 * Build a kind page.
 *
 * @param context The site context.
 * @param kind The kind.
 * @param locale The page language.
 */
export function kindPage(context: SiteContext, kind: ConceptKind, locale: Locale): PageDocument {
  const t = ui[locale];
  const key = { type: 'kind', id: kind } as const;
  const title = t.kindsPlural[kind];
  const crumbs = [homeCrumb(context, locale), { label: title, path: pagePath(locale, key) }];
  const concepts = context.kb.concepts.filter((concept) => concept.kind === kind);
  const description = t.kindDescription(t.kinds[kind], concepts.length);
  return {
    key,
    locale,
    title,
    description,
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', title),
      h('p', { class: 'lead' }, t.conceptCount(concepts.length)),
      concepts.length === 0 ? h('p', t.noConcepts) : conceptList(concepts, locale),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title,
        description,
        type: 'CollectionPage',
        crumbs,
      }),
    ],
  };
}
