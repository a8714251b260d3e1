/**
 * Explanations and introductions (Markdown in the knowledge base) as hast, through the shared renderer
 * of `@cloudvirt/render`: `concept:` links point to concept pages and get a definition preview button,
 * headings move one level down (the page already has its `h1`/`h2`), tables scroll on small screens.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import { explanationToHast } from '@cloudvirt/render';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { conceptPath } from '../urls.js';
import type { PreviewCollector } from './previews.js';

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5'];

/**
 * Render Markdown from the knowledge base as hast content.
 *
 * @param markdown The Markdown source.
 * @param locale Language of the page (concept links point to pages in this language).
 * @param previews Where concept links register their previews.
 * @param tableLabel Accessible name of scrollable table regions (numbered: "Explanation, table 1").
 * @returns The rendered block content.
 */
export function renderMarkdown(markdown: string, locale: Locale, previews: PreviewCollector, tableLabel: string): ElementContent[] {
  const linked = new Map<string, string>();
  const root: Root = explanationToHast(markdown, (id) => {
    const path = conceptPath(locale, id);
    linked.set(path, id);
    return path;
  });
  let tables = 0;
  const nextTableLabel = (): string => `${tableLabel} (${++tables})`;
  return transformChildren(root.children, linked, previews, nextTableLabel);
}

function transformChildren(
  children: readonly RootContent[],
  linked: ReadonlyMap<string, string>,
  previews: PreviewCollector,
  tableLabel: () => string,
): ElementContent[] {
  const result: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'doctype') continue;
    if (child.type !== 'element') {
      result.push(child);
      continue;
    }
    const element: Element = { ...child, children: transformChildren(child.children, linked, previews, tableLabel) };
    const headingLevel = headingTags.indexOf(element.tagName);
    if (headingLevel !== -1) element.tagName = `h${Math.max(headingLevel + 2, 3)}`;
    const href = element.tagName === 'a' ? element.properties.href : undefined;
    const conceptId = typeof href === 'string' ? linked.get(href) : undefined;
    if (conceptId !== undefined) {
      element.properties = { ...element.properties, className: ['concept-link'], dataConcept: conceptId };
      result.push(element, previews.button(conceptId));
    } else if (element.tagName === 'table') {
      result.push(h('section', { class: 'table-wrap', 'aria-label': tableLabel(), tabindex: 0 }, [element]));
    } else {
      result.push(element);
    }
  }
  return result;
}
