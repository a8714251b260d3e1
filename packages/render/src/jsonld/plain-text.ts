/**
 * Stored Markdown (explanations, descriptions) → plain text for RDF literals: concept links keep
 * their text, raw HTML is dropped, soft line breaks become spaces, blocks are separated by blank
 * lines and list items by newlines.
 *
 * @module
 */
import type { Nodes } from 'mdast';
import { explanationToMdast } from '../shared/explanation.js';

/**
 * The plain text of stored Markdown.
 *
 * @param markdown The Markdown source.
 * @returns Text without markup (may be empty).
 */
export function markdownToPlainText(markdown: string): string {
  return textOf(explanationToMdast(markdown, () => null)).trim();
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
