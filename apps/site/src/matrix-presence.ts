/**
 * Whether the site has a responsibility-matrix page. The matrix is optional: a pack whose matrix has no
 * model or no layer gets no matrix page, no navigation link and no home-page entry for it.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';

/**
 * Whether the knowledge base has a matrix to show (at least one model and one layer).
 *
 * @param kb The knowledge base.
 * @returns `true` when the site gets a matrix page.
 */
export function hasMatrixPage(kb: Pick<KnowledgeBaseData, 'responsibilityMatrix'>): boolean {
  const matrix = kb.responsibilityMatrix as KnowledgeBaseData['responsibilityMatrix'] | undefined;
  return matrix !== undefined && matrix.models.length > 0 && matrix.layers.length > 0;
}
