/**
 * The Markdown handbook of a selection: the Markdown adapter's handbook over a slice of the knowledge base.
 *
 * @module
 */
import type { Concept, KnowledgeBaseData, LocalizedText } from '@cloudvirt/core';
import { sliceKnowledgeBase } from './knowledge-base-subset.js';
import type { DeckLanguage } from './selection.js';

/** What a Markdown export holds. */
export interface MarkdownContentCounts {
  /** Concepts (each has its own section). */
  readonly concepts: number;
  /** Topics, parents included. */
  readonly topics: number;
  /** Comparison tables. */
  readonly comparisons: number;
  /** Whether the responsibility matrix is included (it needs at least one selected model and layer). */
  readonly matrix: boolean;
}

/**
 * What the handbook of a selection will hold, without rendering it.
 *
 * @param data The whole knowledge base.
 * @param selected The concepts selected.
 * @returns The counts.
 */
export function countMarkdownContent(data: KnowledgeBaseData, selected: readonly Concept[]): MarkdownContentCounts {
  const slice = sliceKnowledgeBase(data, selected);
  return {
    concepts: slice.concepts.length,
    topics: slice.topics.length,
    comparisons: slice.comparisons.length,
    matrix: slice.responsibilityMatrix.models.length > 0 && slice.responsibilityMatrix.layers.length > 0,
  };
}

/** The few mdast fields the pruning below reads (structural, so no mdast types are needed). */
interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  identifier?: string;
  depth?: number;
  data?: { hProperties?: Record<string, unknown> };
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function isMatrixTitle(text: string, title: LocalizedText, lang: DeckLanguage): boolean {
  return lang === 'bilingual' ? text.includes(title.en) && text.includes(title.zh) : text === title[lang];
}

function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | undefined) => void, parent?: MdNode): void {
  visit(node, parent);
  for (const child of [...(node.children ?? [])]) walk(child, visit, node);
}

/**
 * Remove the responsibility-matrix section (heading to the next heading of the same or a higher level),
 * its table-of-contents entry and the footnotes only it cited. Used when the selection holds no model or
 * no layer, so the matrix would be an empty table.
 */
function removeMatrixSection(tree: MdNode, title: LocalizedText, lang: DeckLanguage): void {
  const children = tree.children ?? [];
  const start = children.findIndex((node) => node.type === 'heading' && isMatrixTitle(plainText(node), title, lang));
  if (start === -1) return;
  const heading = children[start]!;
  const depth = heading.depth ?? 2;
  let end = start + 1;
  while (end < children.length) {
    const node = children[end]!;
    if ((node.type === 'heading' && (node.depth ?? 1) <= depth) || node.type === 'footnoteDefinition') break;
    end++;
  }
  const id = heading.data?.hProperties?.['id'];
  children.splice(start, end - start);
  if (typeof id === 'string') {
    walk(tree, (node, parent) => {
      if (node.type !== 'listItem' || parent?.children === undefined) return;
      const link = node.children?.[0]?.children?.[0];
      if (link?.type === 'link' && link.url === `#${id}`) parent.children.splice(parent.children.indexOf(node), 1);
    });
  }
  const cited = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'footnoteReference' && node.identifier !== undefined) cited.add(node.identifier);
  });
  tree.children = children.filter((node) => node.type !== 'footnoteDefinition' || (node.identifier !== undefined && cited.has(node.identifier)));
}

/**
 * The Markdown handbook (the Markdown adapter's `handbookToMdast`) of the selected concepts: their topics,
 * the comparisons between them, the parts of the responsibility matrix they cover and the glossary.
 * With every concept selected it is exactly the adapter's `toMarkdownHandbook(kb, { lang })`.
 *
 * @param data The whole knowledge base.
 * @param selected The concepts selected.
 * @param lang Language(s) to render.
 * @returns Markdown ending with one newline.
 */
export async function toSelectionHandbook(data: KnowledgeBaseData, selected: readonly Concept[], lang: DeckLanguage): Promise<string> {
  const { handbookToMdast, stringifyMarkdown } = await import('@cloudvirt/render/markdown');
  const slice = sliceKnowledgeBase(data, selected);
  const tree = handbookToMdast(slice, { lang });
  const matrix = slice.responsibilityMatrix;
  if (matrix.models.length === 0 || matrix.layers.length === 0) removeMatrixSection(tree as unknown as MdNode, matrix.title, lang);
  return stringifyMarkdown(tree);
}
