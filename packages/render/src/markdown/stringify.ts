/**
 * mdast → Markdown text with remark-stringify and remark-gfm (tables, footnotes). One processor,
 * fixed options, so the same tree always gives the same bytes.
 *
 * @module
 */
import { invalidTypeError } from '@cloudvirt/core';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, listItemIndent: 'one', rule: '-' })
  .freeze();

/**
 * Serialize an mdast tree as GitHub-flavoured Markdown. Text is escaped by remark-stringify, so
 * `<`, `[`, `*`, `|`… in content never turn into markup.
 *
 * @param tree The document.
 * @returns Markdown ending with one newline.
 * @throws {TypeError} When `tree` is not an mdast root (such as the result of `conceptToMdast`).
 */
export function stringifyMarkdown(tree: Root): string {
  const given: unknown = tree;
  if (given === null || typeof given !== 'object' || (given as { type?: unknown }).type !== 'root' || !Array.isArray((given as { children?: unknown }).children)) {
    throw invalidTypeError('`tree` argument of stringifyMarkdown', given, "an mdast root (an object with `type: 'root'` and `children`, such as the result of conceptToMdast)");
  }
  return processor.stringify(tree);
}
