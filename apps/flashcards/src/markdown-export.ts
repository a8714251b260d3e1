/**
 * The Markdown handbook of a selection: the Markdown adapter's handbook over a slice of the knowledge base.
 *
 * @module
 */
import type { Concept, KnowledgeBaseData } from '@cloudvirt/core';
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

/**
 * The Markdown handbook (the Markdown adapter's `toMarkdownHandbook`) of the selected concepts: their topics,
 * the comparisons between them, the parts of the responsibility matrix they cover and the glossary.
 * With every concept selected it is exactly the adapter's `toMarkdownHandbook(kb, { lang })`.
 *
 * @param data The whole knowledge base.
 * @param selected The concepts selected.
 * @param lang Language(s) to render.
 * @returns Markdown ending with one newline.
 */
export async function toSelectionHandbook(data: KnowledgeBaseData, selected: readonly Concept[], lang: DeckLanguage): Promise<string> {
  const { toMarkdownHandbook } = await import('@cloudvirt/render/markdown');
  // A slice without a selected model or layer has an empty matrix, which the handbook leaves out.
  return toMarkdownHandbook(sliceKnowledgeBase(data, selected), { lang });
}
