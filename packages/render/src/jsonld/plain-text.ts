/**
 * Stored Markdown (explanations, descriptions) → plain text for RDF literals: concept links keep
 * their text, raw HTML is dropped, soft line breaks become spaces, blocks are separated by blank
 * lines and list items by newlines.
 *
 * @module
 */
import { invalidTypeError } from '@cloudvirt/core';
import type { Nodes } from 'mdast';
import { memoText, type RenderMemo } from '../anki/render-memo.js';
import { explanationToMdast } from '../shared/explanation.js';

/** The memo part of plain texts; bump the number when the conversion changes. */
const plainTextPart = 'jsonld-plain-text-1';

/** The memo of the {@link withJsonLdMemo} call running now, if any. */
let activeMemo: RenderMemo | undefined;

/** The graphs built in the {@link withJsonLdMemo} call running now, by data object and options. */
let activeGraphs: WeakMap<object, Map<string, unknown>> | undefined;

/**
 * Within a {@link withJsonLdMemo} call, the value `build` made for the same data object and options
 * earlier in that call (`kb.jsonld` and `kb.ttl` write one graph); elsewhere `build()`.
 *
 * @param data The knowledge base (by identity: it does not change within one synchronous call).
 * @param options The options (by their JSON).
 * @param build Builds the value (an immutable graph).
 */
export function reuseInJsonLdScope<T>(data: object, options: unknown, build: () => T): T {
  if (activeGraphs === undefined) return build();
  const key = JSON.stringify(options ?? null);
  let byOptions = activeGraphs.get(data);
  if (byOptions === undefined) {
    byOptions = new Map();
    activeGraphs.set(data, byOptions);
  }
  if (byOptions.has(key)) return byOptions.get(key) as T;
  const value = build();
  byOptions.set(key, value);
  return value;
}

/**
 * Run a synchronous rendering of this module (`toJsonLdDataset`, `toTurtle`, `buildDatasetGraph`…) with
 * a memo of the plain texts it converts from stored Markdown (explanations, descriptions: the costly
 * part of a dataset), so a build reuses the texts of records an earlier build converted; within the call
 * the dataset graph of one knowledge base and options is built once (`kb.jsonld` and `kb.ttl` share it).
 * The memo is in effect only while `render` runs; the output is the same with or without it.
 *
 * @param memo The memo (see `RenderMemo`).
 * @param render The rendering (synchronous).
 * @returns What `render` returns.
 * @throws {TypeError} When `memo` has no `text` method or `render` is not a function.
 * @example
 * ```ts
 * const turtle = withJsonLdMemo(memo, () => toTurtle(kb, { baseIri }));
 * ```
 */
export function withJsonLdMemo<T>(memo: RenderMemo, render: () => T): T {
  if (typeof (memo as Partial<RenderMemo> | null)?.text !== 'function') throw invalidTypeError('`memo` argument of withJsonLdMemo', memo, 'a render memo (an object with a `text` method)');
  if (typeof render !== 'function') throw invalidTypeError('`render` argument of withJsonLdMemo', render, 'the rendering to run (a function)');
  const outer = [activeMemo, activeGraphs] as const;
  activeMemo = memo;
  activeGraphs = new WeakMap();
  try {
    return render();
  } finally {
    [activeMemo, activeGraphs] = outer;
  }
}

/**
 * The plain text of stored Markdown (a pure function of the text, kept in the memo of
 * {@link withJsonLdMemo} when one is in effect).
 *
 * @param markdown The Markdown source.
 * @returns Text without markup (may be empty).
 */
export function markdownToPlainText(markdown: string): string {
  return memoText(activeMemo, plainTextPart, 'text', () => markdown, () => textOf(explanationToMdast(markdown, () => null)).trim());
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // A soft line break inside a paragraph is a space when rendered.
      return node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'definition':
    case 'footnoteReference':
    case 'footnoteDefinition':
    case 'thematicBreak':
    case 'image':
    case 'imageReference':
      return '';
    case 'root':
    case 'blockquote':
    case 'listItem':
      return joinBlocks(node.children, '\n\n');
    case 'list':
      return joinBlocks(node.children, '\n');
    case 'table':
      return joinBlocks(node.children, '\n');
    case 'tableRow':
      return node.children.map(textOf).join(' | ');
    default:
      return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
  }
}

function joinBlocks(children: readonly Nodes[], separator: string): string {
  return children
    .map(textOf)
    .filter((text) => text.trim() !== '')
    .join(separator);
}
