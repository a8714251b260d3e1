import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from './index.js';
import { hasResponsibilityMatrix } from './matrix.js';

describe('hasResponsibilityMatrix', () => {
  it('should answer true for the bundled matrix and false for an empty, partial or missing one', () => {
    expect(hasResponsibilityMatrix(responsibilityMatrix)).toBe(true);
    expect(hasResponsibilityMatrix({ ...responsibilityMatrix, models: [], layers: [], cells: [] })).toBe(false);
    expect(hasResponsibilityMatrix({ ...responsibilityMatrix, layers: [] })).toBe(false);
    expect(hasResponsibilityMatrix(undefined)).toBe(false);
  });
});
