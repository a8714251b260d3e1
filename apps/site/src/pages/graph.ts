/**
 * The graph view: the layout is computed here, at build time, and embedded as JSON; the client script
 * (`assets/graph.js`) draws it as SVG. Every relation is also listed as links, so nothing needs
 * JavaScript.
 *
 * @module
 */
import { relationTypeList, relationTypes, type KnowledgeBase, type Locale } from '@cloudvirt/core';
import { serializeJsonLdForScript } from '@cloudvirt/render/jsonld';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { layoutGraph, type PlacedNode } from '../graph/layout.js';
import { breadcrumbs, homeCrumb, section } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { conceptPath, pagePath } from '../urls.js';

/** The data the client script draws. */
export interface GraphData {
  /** Drawing width. */
  readonly width: number;
  /** Drawing height. */
  readonly height: number;
  /** Legend: one entry per top-level topic (index = `group`). */
  readonly groups: readonly string[];
  /** Concepts with their position. */
  readonly nodes: readonly { id: string; label: string; href: string; group: number; x: number; y: number }[];
  /** Relations (node indexes) with the label of their forward direction. */
  readonly edges: readonly { source: number; target: number; label: string }[];
}

/** Layouts already computed (the same for both languages). */
const layouts = new WeakMap<KnowledgeBase, PlacedNode[]>();

/** The top-level topic of a topic. */
function rootTopic(kb: KnowledgeBase, topicId: string): string {
  let topic = kb.getTopic(topicId);
  while (topic.parent !== undefined) topic = kb.getTopic(topic.parent);
  return topic.id;
}

/**
 * Compute the graph data of a language (positions are the same in both languages).
 *
 * @param kb The knowledge base.
 * @param locale Language of the labels.
 */
export function graphData(kb: KnowledgeBase, locale: Locale): GraphData {
  const roots = kb.topics.filter((topic) => topic.parent === undefined);
  const groupOf = (topicId: string): number => roots.findIndex((topic) => topic.id === rootTopic(kb, topicId));
  const width = 1200;
  const height = 900;
  const labelRoom = 200;
  let placed = layouts.get(kb);
  if (placed === undefined) {
    placed = layoutGraph(
      kb.concepts.map((concept) => ({ id: concept.id, group: groupOf(concept.topic) })),
      kb.relations.map((relation) => ({ source: relation.from, target: relation.to })),
      // Labels are drawn to the right of their node: keep room for them on that side.
      { width: width - labelRoom, height },
    );
    layouts.set(kb, placed);
  }
  const index = new Map(kb.concepts.map((concept, position) => [concept.id, position]));
  return {
    width,
    height,
    groups: roots.map((topic) => topic.label[locale]),
    nodes: kb.concepts.map((concept, position) => ({
      id: concept.id,
      label: concept.label[locale],
      href: conceptPath(locale, concept.id),
      group: groupOf(concept.topic),
      x: placed[position]?.x ?? 0,
      y: placed[position]?.y ?? 0,
    })),
    edges: kb.relations.map((relation) => ({
      source: index.get(relation.from) ?? 0,
      target: index.get(relation.to) ?? 0,
      label: relationTypes[relation.type].label[locale],
    })),
  };
}

/**
 * Build the graph page.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function graphPage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const { kb } = context;
  const key = { type: 'graph' } as const;
  const crumbs = [homeCrumb(context, locale), { label: t.graph, path: pagePath(locale, key) }];
  const data = graphData(kb, locale);

  const lists = relationTypeList.map((type) => relationTypes[type]).flatMap((info) => {
    const relations = kb.relations.filter((relation) => relation.type === info.type);
    if (relations.length === 0) return [];
    return [
      h('h3', info.label[locale]),
      h(
        'ul',
        { class: 'relation-list' },
        relations.map((relation) =>
          h('li', [
            h('a', { href: conceptPath(locale, relation.from) }, kb.getConcept(relation.from).label[locale]),
            h('span', { class: 'relation-arrow' }, [' → ', h('span', { class: 'visually-hidden' }, `${info.label[locale]} `)]),
            h('a', { href: conceptPath(locale, relation.to) }, kb.getConcept(relation.to).label[locale]),
          ]),
        ),
      ),
    ];
  });

  return {
    key,
    locale,
    title: t.graph,
    description: t.graphIntro,
    scripts: [context.assets.graphScript],
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', t.graph),
      h('p', { class: 'lead' }, [t.graphIntro, ' ', t.graphRelationCount(kb.concepts.length, kb.relations.length)]),
      h('figure', { class: 'graph-figure' }, [
        h('div', { id: 'graph', class: 'graph', 'data-graph': 'graph-data' }, [h('p', { class: 'graph-fallback' }, t.graphNeedsScript)]),
        h('figcaption', [
          t.graphFigure,
          ' ',
          h('span', { class: 'visually-hidden' }, `${t.graphLegend}:`),
          h(
            'ul',
            { class: 'graph-legend' },
            data.groups.map((label, group) => h('li', [h('span', { class: `swatch group-${group}`, 'aria-hidden': 'true' }), label])),
          ),
        ]),
      ]),
      h('script', { type: 'application/json', id: 'graph-data' }, serializeJsonLdForScript(data)),
      section('all-relations', t.graphListHeading, lists),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title: t.graph,
        description: t.graphIntro,
        type: 'CollectionPage',
        crumbs,
      }),
    ],
  };
}
