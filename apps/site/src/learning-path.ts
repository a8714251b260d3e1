/**
 * The "start here" order: fundamentals first, and every concept after the concepts it lists as
 * prerequisites.
 *
 * @module
 */
import { levels, type Concept, type Level } from '@cloudvirt/core';

/**
 * Order concepts for learning: by level (fundamental → advanced), and within the whole order every
 * prerequisite before the concepts that need it (a stable topological sort: among the concepts ready to
 * come next, the lowest level first, then knowledge-base order). Prerequisites that form a cycle or
 * point outside the list are ignored for ordering.
 *
 * @param concepts The concepts, in knowledge-base order.
 * @returns The same concepts in learning order.
 */
export function learningPath<C extends Concept>(concepts: readonly C[]): C[] {
  const position = new Map(concepts.map((concept, index) => [concept.id, index]));
  const rank = (concept: C): number => levels.indexOf(concept.level) * concepts.length + (position.get(concept.id) ?? 0);
  const waitingFor = new Map<string, Set<string>>();
  for (const concept of concepts) {
    waitingFor.set(concept.id, new Set(concept.prerequisites.filter((id) => id !== concept.id && position.has(id))));
  }
  const done = new Set<string>();
  const result: C[] = [];
  while (result.length < concepts.length) {
    const pending = concepts.filter((concept) => !done.has(concept.id));
    const ready = pending.filter((concept) => [...(waitingFor.get(concept.id) ?? [])].every((id) => done.has(id)));
    // A cycle leaves nothing ready: break it at the lowest-ranked pending concept.
    const candidates = ready.length > 0 ? ready : pending;
    const next = candidates.reduce((best, concept) => (rank(concept) < rank(best) ? concept : best));
    done.add(next.id);
    result.push(next);
  }
  return result;
}

/**
 * The learning path split by level (a concept stays in its own level's group).
 *
 * @param concepts The concepts, in knowledge-base order.
 */
export function learningPathByLevel<C extends Concept>(concepts: readonly C[]): { level: Level; concepts: C[] }[] {
  const path = learningPath(concepts);
  return levels
    .map((level) => ({ level, concepts: path.filter((concept) => concept.level === level) }))
    .filter((group) => group.concepts.length > 0);
}
