/**
 * Whether a knowledge base has a responsibility matrix to show. The matrix is optional: a pack without
 * one carries an empty matrix (no models, no layers) or, in hand-built data, none at all. Every adapter
 * (handbook, dataset, site) asks this one question before rendering it.
 *
 * @module
 */
import type { ResponsibilityMatrix } from './model.js';

/**
 * Whether the matrix is there to render: at least one model and one layer.
 *
 * @param matrix A knowledge base's `responsibilityMatrix` (possibly absent in hand-built data).
 * @returns `true` when it has a model and a layer (a table with at least one cell).
 * @example
 *   hasResponsibilityMatrix(kb.responsibilityMatrix); // true for the bundled knowledge base
 */
export function hasResponsibilityMatrix(matrix: ResponsibilityMatrix | undefined): matrix is ResponsibilityMatrix {
  return typeof matrix === 'object' && matrix !== null && Array.isArray(matrix.models) && Array.isArray(matrix.layers) && matrix.models.length > 0 && matrix.layers.length > 0;
}
