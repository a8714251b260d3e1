import type { Concept, Level } from '@cloudvirt/core';
import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { learningPath, learningPathByLevel } from './learning-path.js';

const concept = (id: string, level: Level, prerequisites: string[] = []): Concept => ({
  id,
  kind: 'concept',
  topic: 't',
  level,
  label: { en: id, zh: id },
  aliases: { en: [], zh: [] },
  definition: { en: id, zh: id },
  explanation: { en: id, zh: id },
  examples: [],
  prerequisites,
  sources: [],
  wikipedia: {},
  updated: '2026-11-26',
});

describe('learningPath', () => {
  it('should put fundamentals first and every prerequisite before the concepts that need it', () => {
    const concepts = [concept('c', 'advanced', ['b']), concept('b', 'fundamental', ['a']), concept('a', 'intermediate'), concept('d', 'fundamental')];
    expect(learningPath(concepts).map((each) => each.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('should survive a prerequisite cycle and unknown prerequisites', () => {
    const concepts = [concept('x', 'fundamental', ['y', 'nowhere']), concept('y', 'fundamental', ['x'])];
    expect(learningPath(concepts).map((each) => each.id)).toEqual(['x', 'y']);
  });

  it('should order the bundled knowledge base so that no concept comes before its prerequisites', () => {
    const path = learningPath(kb.concepts);
    expect(path).toHaveLength(kb.concepts.length);
    const position = new Map(path.map((each, index) => [each.id, index]));
    for (const each of path) for (const prerequisite of each.prerequisites) expect(position.get(prerequisite)).toBeLessThan(position.get(each.id) ?? -1);
    expect(learningPathByLevel(kb.concepts).map((group) => group.level)).toEqual(['fundamental', 'intermediate', 'advanced']);
  });
});
