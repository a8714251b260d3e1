import { describe, expect, it } from 'vitest';
import { learningOrder } from './learning-order.js';
import type { Concept, Level } from './model.js';
import { data } from './generated/data.js';

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

describe('learningOrder', () => {
  it('should put fundamentals first and every prerequisite before the concepts that need it', () => {
    const concepts = [concept('c', 'advanced', ['b']), concept('b', 'fundamental', ['a']), concept('a', 'intermediate'), concept('d', 'fundamental')];
    expect(learningOrder(concepts).map((each) => each.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('should break a cycle at its lowest-ranked concept and ignore unknown prerequisites', () => {
    const concepts = [concept('x', 'intermediate', ['y', 'nowhere']), concept('y', 'intermediate', ['x']), concept('z', 'fundamental', ['z'])];
    expect(learningOrder(concepts).map((each) => each.id)).toEqual(['z', 'x', 'y']);
    expect(learningOrder([])).toEqual([]);
  });
});

/** The first, quadratic version of `learningOrder` (apps/site's learning path and render's study ranks), kept verbatim to pin the order of the heap version. */
function learningPathBefore<C extends Concept>(concepts: readonly C[]): C[] {
  const levelsInOrder: readonly Level[] = ['fundamental', 'intermediate', 'advanced'];
  const position = new Map(concepts.map((each, index) => [each.id, index]));
  const rank = (each: C): number => levelsInOrder.indexOf(each.level) * concepts.length + (position.get(each.id) ?? 0);
  const waitingFor = new Map<string, Set<string>>();
  for (const each of concepts) waitingFor.set(each.id, new Set(each.prerequisites.filter((id) => id !== each.id && position.has(id))));
  const done = new Set<string>();
  const result: C[] = [];
  while (result.length < concepts.length) {
    const pending = concepts.filter((each) => !done.has(each.id));
    const ready = pending.filter((each) => [...(waitingFor.get(each.id) ?? [])].every((id) => done.has(id)));
    const candidates = ready.length > 0 ? ready : pending;
    const next = candidates.reduce((best, each) => (rank(each) < rank(best) ? each : best));
    done.add(next.id);
    result.push(next);
  }
  return result;
}

describe('learningOrder (order pinned)', () => {
  it('should give the order of the original algorithm on random graphs with cycles, self-loops and unknown ids', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const levelList: Level[] = ['fundamental', 'intermediate', 'advanced'];
    for (let round = 0; round < 30; round++) {
      const size = 1 + Math.floor(random() * 120);
      const concepts = Array.from({ length: size }, (_, index) =>
        concept(
          `c${index}`,
          levelList[Math.floor(random() * 3)]!,
          Array.from({ length: Math.floor(random() * 4) }, () => (random() < 0.05 ? 'nowhere' : `c${Math.floor(random() * size)}`)),
        ),
      );
      expect(learningOrder(concepts).map((each) => each.id)).toEqual(learningPathBefore(concepts).map((each) => each.id));
    }
    expect(learningOrder(data.concepts).map((each) => each.id)).toEqual(learningPathBefore(data.concepts).map((each) => each.id));
  });
});
