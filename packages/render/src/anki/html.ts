/**
 * Building field HTML as hast trees. Every string enters a tree as a text node (or a cleaned
 * attribute value) and is escaped when the tree is serialized, so no text can become markup.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import { languageTags } from '@cloudvirt/core';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { explanationToHast, isElement } from '../shared/explanation.js';
import { cleanText } from './text.js';

/**
 * A text node holding cleaned text in which `{{`/`}}` are broken up (see {@link defuseBraces}), so no
 * knowledge-base text can ever form an Anki cloze.
 */
export function text(value: string): Text {
  return { type: 'text', value: defuseBraces(cleanText(value)) };
}

/**
 * A text node with our own cloze markers: the caller must have defused the knowledge-base text in it
 * before adding `{{c1::…}}`.
 */
export function clozeText(value: string): Text {
  return { type: 'text', value: cleanText(value) };
}

/** Properties this module sets on elements. */
export interface ElementProps {
  /** CSS classes. */
  readonly className?: readonly string[];
  /** A locale (becomes the BCP 47 `lang` attribute). */
  readonly locale?: Locale;
  /** Link target (only http(s) is kept). */
  readonly href?: string;
}

/**
 * An element with cleaned properties.
 *
 * @param tagName HTML tag.
 * @param props Classes, locale, link.
 * @param children Child nodes.
 */
export function element(tagName: string, props: ElementProps, children: readonly ElementContent[]): Element {
  const properties: Element['properties'] = {};
  if (props.className !== undefined && props.className.length > 0) properties['className'] = [...props.className];
  if (props.locale !== undefined) properties['lang'] = languageTags[props.locale];
  if (props.href !== undefined && isSafeUrl(props.href)) properties['href'] = cleanText(props.href);
  return { type: 'element', tagName, properties, children: [...children] };
}

/** Only absolute http(s) URLs become links; anything else (e.g. `javascript:`) stays plain text. */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/**
 * Serializes nodes to field HTML (empty string for no nodes).
 *
 * @param nodes The field content.
 * @returns HTML with all text escaped.
 */
export function toFieldHtml(nodes: readonly ElementContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] as RootContent[] };
  return toHtml(root);
}

/**
 * A Markdown explanation as cleaned hast nodes: links to known concepts become bold text, other
 * `concept:` links plain text, only http(s) links survive, images become their alt text, raw HTML
 * is dropped (by the shared renderer), and all text is cleaned.
 *
 * @param markdown The explanation.
 * @param isKnownConcept Whether a `concept:` id exists in the knowledge base.
 * @returns Block-level nodes.
 */
export function explanationNodes(markdown: string, isKnownConcept: (id: string) => boolean): ElementContent[] {
  const root = explanationToHast(cleanText(markdown), (id) => (isKnownConcept(id) ? `concept:${id}` : null));
  return sanitize(root.children as ElementContent[]);
}

function sanitize(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [text(node.value)];
    if (!isElement(node)) return [];
    const children = sanitize(node.children);
    switch (node.tagName) {
      case 'a': {
        const href = String(node.properties['href'] ?? '');
        if (href.startsWith('concept:')) return [element('b', { className: ['cv-ref'] }, children)];
        if (isSafeUrl(href)) return [element('a', { href }, children)];
        return children;
      }
      case 'img':
        return [text(String(node.properties['alt'] ?? ''))];
      case 'input':
      case 'script':
      case 'style':
      case 'iframe':
        return [];
      default: {
        const properties: Record<string, string | number | string[]> = {};
        for (const key of ['className', 'align', 'start', 'colSpan', 'rowSpan']) {
          const value = node.properties[key];
          if (typeof value === 'string') properties[key] = cleanText(value);
          else if (typeof value === 'number') properties[key] = value;
          else if (Array.isArray(value)) properties[key] = value.map((item) => cleanText(String(item)));
        }
        return [{ type: 'element', tagName: node.tagName, properties, children }];
      }
    }
  });
}

/**
 * The plain text of nodes (what a reader sees), with `<br>` as a space.
 *
 * @param nodes hast nodes.
 * @returns Concatenated text.
 */
export function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : isElement(node) ? (node.tagName === 'br' ? ' ' : textOf(node.children)) : '')).join('');
}

/**
 * Rewrites text so it cannot contain Anki cloze markers (`{{c1::…}}`): a zero-width space goes
 * between doubled braces.
 *
 * @param value Text.
 * @returns Text without `{{` or `}}`.
 */
export function defuseBraces(value: string): string {
  return value.replace(/\{(?=\{)/g, '{\u200b').replace(/\}(?=\})/g, '}\u200b');
}
