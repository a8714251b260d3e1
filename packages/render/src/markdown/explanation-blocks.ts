/**
 * Markdown text stored in the knowledge base (explanations, comparison and matrix descriptions)
 * → mdast blocks that fit inside a larger document.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import type { Nodes, Root, RootContent } from 'mdast';
import { sha256, toHex } from '../anki/hash.js';
import { memoText } from '../anki/render-memo.js';
import { conceptLinkScheme, explanationToMdast } from '../shared/explanation.js';
import { walk, type MarkdownContext } from './context.js';

/** The memo part of parsed stored Markdown; bump the number when the parse or its clean-up changes. */
const blocksPart = 'markdown-blocks-1';

/** Per document, a digest of the concept ids it knows (the links the parse resolves). */
const knownDigests = new WeakMap<MarkdownContext, string>();

/** Stored Markdown as mdast, concept links resolved, raw HTML and positions removed. */
function parseStored(context: MarkdownContext, markdown: string): Root {
  const tree = explanationToMdast(markdown, (id) => (context.kb.concepts.has(id) ? `${conceptLinkScheme}${id}` : null));
  removeHtml(tree);
  walk(tree, (node) => {
    if ('position' in node) delete node.position;
  });
  return tree;
}

/**
 * {@link parseStored} through the document's memo: the parse reads the text and which concept ids
 * exist, so those are its input (a JSON round trip of mdast keeps every node; no node holds `undefined`
 * once positions are gone).
 */
function storedTree(context: MarkdownContext, markdown: string, scope: string): Root {
  const memo = context.memo;
  if (memo === undefined) return parseStored(context, markdown);
  let known = knownDigests.get(context);
  if (known === undefined) {
    known = toHex(sha256(JSON.stringify([...context.kb.concepts.keys()].sort())));
    knownDigests.set(context, known);
  }
  const text = memoText(memo, blocksPart, `markdown:${scope}`, () => JSON.stringify([known, markdown]), () => JSON.stringify(parseStored(context, markdown)));
  return JSON.parse(text) as Root;
}

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
  const tree = storedTree(context, markdown, scope);
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
