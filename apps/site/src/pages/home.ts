/**
 * The home page of a language: what the project is, the start-here learning path by level, topics,
 * comparisons, the matrix and the kinds of concepts.
 *
 * @module
 */
import { conceptKinds, hasResponsibilityMatrix, type Locale, type Topic } from '@cloudvirt/core';
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { comparisonList, conceptList, section } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { learningPathByLevel } from '../learning-path.js';
import { homePageJsonLd } from '../seo/jsonld-adapter.js';
import { pagePath } from '../urls.js';
import { voidPaths } from '../void-description.js';
import { practiceLink } from './practice.js';

/** The nested list of topics (children under their parent), with concept counts. */
export function topicTree(context: SiteContext, locale: Locale, parent?: string): Element | null {
  const t = ui[locale];
  const children = context.kb.topics.filter((topic: Topic) => topic.parent === parent);
  if (children.length === 0) return null;
  return h(
    'ul',
    { class: parent === undefined ? 'topic-tree' : undefined },
    children.map((topic) => {
      const count = context.kb.conceptsByTopic(topic.id, { includeSubtopics: true }).length;
      return h('li', [
        h('a', { href: pagePath(locale, { type: 'topic', id: topic.id }) }, topic.label[locale]),
        ' ',
        h('span', { class: 'count' }, t.countInParentheses(count)),
        h('span', { class: 'topic-description' }, topic.description[locale]),
        topicTree(context, locale, topic.id),
      ]);
    }),
  );
}

/** The kinds that have at least one concept, in display order. */
export function usedKinds(context: SiteContext): typeof conceptKinds {
  return conceptKinds.filter((kind) => context.kb.concepts.some((concept) => concept.kind === kind));
}

/**
 * Build the home page of a language.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function homePage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const identity = context.identity[locale];
  const { kb } = context;
  const path = learningPathByLevel(kb.concepts);
  const startHere = section('start-here', t.startHere, [
    h('p', t.startHereIntro),
    ...path.flatMap((group) => [
      h('h3', { id: `level-${group.level}` }, t.learningLevel(t.levels[group.level], group.concepts.length)),
      conceptList(group.concepts, locale, true),
    ]),
  ]);

  const matrixItems = hasResponsibilityMatrix(kb.responsibilityMatrix) ? [h('li', [h('a', { href: pagePath(locale, { type: 'matrix' }) }, kb.responsibilityMatrix.title[locale])])] : [];
  const comparisons =
    kb.comparisons.length + matrixItems.length === 0 ? null : section('comparisons', t.allComparisons, [comparisonList(kb.comparisons, locale, matrixItems)]);

  const kinds = section('kinds', t.browseKinds, [
    h(
      'ul',
      { class: 'inline-list' },
      usedKinds(context).map((kind) => h('li', [h('a', { href: pagePath(locale, { type: 'kind', id: kind }) }, t.kindsPlural[kind])])),
    ),
  ]);

  const outputs = h('p', [
    t.homeOutputs,
    h('a', { href: pagePath(locale, { type: 'downloads' }) }, t.downloads),
    locale === 'zh' ? '（' : ' (',
    h('a', { href: voidPaths.iri }, t.datasetDescription),
    locale === 'zh' ? '）' : ')',
    t.sentenceEnd,
  ]);

  return {
    key: { type: 'home' },
    locale,
    title: identity.siteName,
    description: identity.homeIntro,
    main: [
      h('div', { class: 'intro' }, [h('h1', [identity.siteName, h('span', { class: 'subtitle' }, identity.tagline)]), h('p', { class: 'lead' }, identity.homeIntro), outputs, practiceLink(locale)]),
      h('div', { class: 'home-columns' }, [
        startHere,
        h('div', [section('topics', t.browseTopics, [topicTree(context, locale)]), comparisons, kinds]),
      ]),
    ],
    jsonLd: homePageJsonLd(context, locale),
  };
}
