/**
 * The order in which new cards should be studied: fundamentals first, every concept after its
 * prerequisites, otherwise the knowledge base's own order.
 *
 * @module
 */
import type { Concept, Level } from '@cloudvirt/core';
import { levels } from '@cloudvirt/core';

/**
 * Ranks concepts for study: a topological order of the prerequisite graph that always takes the
 * available concept with the lowest level, then the earliest position in the knowledge base.
 * Prerequisites outside the list are ignored; a cycle is broken at its lowest-ranked concept.
 *
 * @param concepts Concepts in knowledge-base order.
 * @returns Rank (0 = study first) per concept id.
 */
export function studyRanks(concepts: readonly Concept[]): Map<string, number> {
  const levelRank = (level: Level): number => levels.indexOf(level);
  const position = new Map(concepts.map((concept, index) => [concept.id, index]));
  const compare = (a: Concept, b: Concept): number => levelRank(a.level) - levelRank(b.level) || position.get(a.id)! - position.get(b.id)!;
  const pending = new Map(concepts.map((concept) => [concept.id, new Set(concept.prerequisites.filter((id) => position.has(id) && id !== concept.id))]));
  const remaining = [...concepts].sort(compare);
  const ranks = new Map<string, number>();
  while (remaining.length > 0) {
    let index = remaining.findIndex((concept) => pending.get(concept.id)!.size === 0);
    if (index === -1) index = 0;
    const [next] = remaining.splice(index, 1) as [Concept];
    ranks.set(next.id, ranks.size);
    for (const waiting of pending.values()) waiting.delete(next.id);
  }
  return ranks;
}
