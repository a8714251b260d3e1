import type { Concept } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { studyRanks } from './study-order.js';

const base = miniKb.concepts[0]!;
const concept = (id: string, level: Concept['level'], prerequisites: string[] = []): Concept => ({ ...base, id, level, prerequisites });

describe('studyRanks', () => {
  it('should put fundamentals first and every concept after its prerequisites', () => {
    const ranks = studyRanks([concept('adv', 'advanced'), concept('b', 'fundamental', ['c']), concept('c', 'intermediate'), concept('a', 'fundamental')]);
    expect([...ranks.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual(['a', 'c', 'b', 'adv']);
  });

  it('should ignore unknown prerequisites and break cycles deterministically', () => {
    const ranks = studyRanks([concept('x', 'fundamental', ['y', 'ghost']), concept('y', 'fundamental', ['x'])]);
    expect(ranks).toEqual(new Map([['x', 0], ['y', 1]]));
  });
});
