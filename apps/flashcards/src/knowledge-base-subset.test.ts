import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { sliceKnowledgeBase } from './knowledge-base-subset.js';

describe('sliceKnowledgeBase', () => {
  it('should return the knowledge base itself when every concept is selected', () => {
    expect(sliceKnowledgeBase(kb, kb.concepts)).toBe(kb);
  });

  for (const topic of ['vmm-structures', 'service-models', 'cloud-computing']) {
    it(`should keep a consistent slice around the ${topic} concepts`, () => {
      const selected = kb.concepts.filter((concept) => concept.topic === topic || kb.topics.find((t) => t.id === concept.topic)?.parent === topic);
      const slice = sliceKnowledgeBase(kb, selected);
      const ids = new Set(slice.concepts.map((concept) => concept.id));
      const topicIds = new Set(slice.topics.map((t) => t.id));
      expect([...ids].sort()).toEqual(selected.map((concept) => concept.id).sort());
      for (const concept of slice.concepts) expect(topicIds).toContain(concept.topic);
      for (const t of slice.topics) if (t.parent !== undefined) expect(topicIds).toContain(t.parent);
      for (const relation of slice.relations) expect(ids.has(relation.from) && ids.has(relation.to)).toBe(true);
      expect(slice.relations.length).toBe(kb.relations.filter((relation) => ids.has(relation.from) && ids.has(relation.to)).length);
      for (const comparison of slice.comparisons) {
        expect(comparison.subjects.length).toBeGreaterThanOrEqual(2);
        for (const cell of comparison.cells) expect(comparison.subjects).toContain(cell.subject);
        expect(comparison.cells.length).toBe(comparison.subjects.length * comparison.dimensions.length);
        expect(topicIds).toContain(comparison.topic);
      }
      const matrix = slice.responsibilityMatrix;
      for (const cell of matrix.cells) expect(matrix.models.includes(cell.model) && matrix.layers.includes(cell.layer)).toBe(true);
      expect(matrix.cells.length).toBe(matrix.models.length * matrix.layers.length);
      // Still the same pack: the adapters derive their ids and names from it.
      expect(slice.pack).toBe(kb.pack);
    });
  }

  it('should keep the matrix only for selected models and layers', () => {
    const slice = sliceKnowledgeBase(
      kb,
      kb.concepts.filter((concept) => concept.id === kb.responsibilityMatrix.models[0] || (kb.responsibilityMatrix.layers as readonly string[]).includes(concept.id)),
    );
    expect(slice.responsibilityMatrix.models).toEqual([kb.responsibilityMatrix.models[0]]);
    expect(slice.responsibilityMatrix.layers).toEqual(kb.responsibilityMatrix.layers);
  });
});
