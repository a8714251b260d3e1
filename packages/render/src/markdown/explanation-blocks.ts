/**
 * Markdown text stored in the knowledge base (explanations, comparison and matrix descriptions)
 * → mdast blocks that fit inside a larger document.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import type { Nodes, RootContent } from 'mdast';
import { conceptLinkScheme, explanationToMdast } from '../shared/explanation.js';
import { walk, type MarkdownContext } from './context.js';

/**
 * Parse stored Markdown into blocks for a document:
 * - `concept:` links resolve later like every other concept link (unknown ids become plain text);
 * - raw HTML is dropped (as the site's HTML output does), so no HTML reaches the Markdown;
 * - headings are shifted so the shallowest one sits just below `parentDepth` (they nest under the
 *   section they appear in);
 * - footnote and link-reference identifiers get `scope` as prefix, so two explanations in one
 *   handbook cannot capture each other's references.
 *
 * @param context The document being built.
 * @param markdown The stored Markdown.
 * @param lang Its language (the language of the pages its links point to).
 * @param parentDepth Depth of the heading the blocks belong to.
 * @param scope Unique prefix for identifiers, e.g. `kvm-en`.
 * @returns Block content.
 */
export function storedMarkdownBlocks(context: MarkdownContext, markdown: string, lang: Locale, parentDepth: number, scope: string): RootContent[] {
  const tree = explanationToMdast(markdown, (id) => (context.kb.concepts.has(id) ? `${conceptLinkScheme}${id}` : null));
  removeHtml(tree);
  let shallowest = 6;
  walk(tree, (node) => {
    if (node.type === 'heading') shallowest = Math.min(shallowest, node.depth);
  });
  walk(tree, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth - shallowest + parentDepth + 1) as typeof node.depth;
    if ('identifier' in node && typeof node.identifier === 'string') {
      node.identifier = `${scope}-${node.identifier}`;
      node.label = node.identifier;
    }
    if ('position' in node) delete node.position;
  });
  context.adoptExplanationLinks(tree, lang);
  return tree.children;
}

function removeHtml(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!;
    if (child.type === 'html') {
      children.splice(index, 1);
      continue;
    }
    removeHtml(child);
    // A paragraph that held only HTML would serialize as nothing; drop it too.
    if (child.type === 'paragraph' && child.children.every((c) => c.type === 'text' && c.value.trim() === '')) children.splice(index, 1);
  }
}
