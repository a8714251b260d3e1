/**
 * Breadcrumb trails of topic and concept pages.
 *
 * @module
 */
import type { Concept, Locale } from '@cloudvirt/core';
import type { SiteContext } from '../context.js';
import { homeCrumb, type Crumb } from '../html/components.js';
import { pagePath } from '../urls.js';

/** The breadcrumb trail of a topic page: home, then each ancestor topic, then the topic. */
export function topicCrumbs(context: SiteContext, locale: Locale, topicId: string): Crumb[] {
  const kb = context.kb;
  const trail: Crumb[] = [];
  for (let id: string | undefined = topicId; id !== undefined; ) {
    const topic = kb.getTopic(id);
    trail.unshift({ label: topic.label[locale], path: pagePath(locale, { type: 'topic', id: topic.id }) });
    id = topic.parent;
  }
  return [homeCrumb(context, locale), ...trail];
}

/**
 * The breadcrumb trail of a concept page: home, the chain of broader concepts (following each concept's
 * first broader relation, as the JSON-LD adapter's `BreadcrumbList` does), then the concept.
 */
export function conceptCrumbs(context: SiteContext, locale: Locale, concept: Concept): Crumb[] {
  const kb = context.kb;
  const chain: Concept[] = [];
  const seen = new Set([concept.id]);
  for (let parent = kb.broader(concept.id)[0]; parent !== undefined && !seen.has(parent.id); parent = kb.broader(parent.id)[0]) {
    chain.unshift(parent);
    seen.add(parent.id);
  }
  return [
    homeCrumb(context, locale),
    ...[...chain, concept].map((each) => ({ label: each.label[locale], path: pagePath(locale, { type: 'concept', id: each.id }) })),
  ];
}
