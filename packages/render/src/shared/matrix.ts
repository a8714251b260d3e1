/**
 * Whether a pack has a responsibility matrix. The matrix is optional: a pack without one carries an
 * empty matrix (no models, no layers) or, in hand-built data, none at all. Every adapter asks this one question before rendering it.
 *
 * @module
 */
import type { ResponsibilityMatrix } from '@cloudvirt/core';

/**
 * Whether the matrix is there to render: at least one model and one layer.
 *
 * @param matrix The knowledge base's `responsibilityMatrix` (possibly absent in hand-built data).
 * @returns `true` when it has a model and a layer (a table with at least one cell).
 */
export function hasResponsibilityMatrix(matrix: ResponsibilityMatrix | undefined): matrix is ResponsibilityMatrix {
  return matrix !== undefined && matrix.models.length > 0 && matrix.layers.length > 0;
}
