/**
 * The "start here" order: fundamentals first, and every concept after the concepts it lists as
 * prerequisites (`learningOrder` of `@cloudvirt/core`).
 *
 * @module
 */
import { learningOrder, levels, type Concept, type Level } from '@cloudvirt/core';

/** Order concepts for learning: `learningOrder` of `@cloudvirt/core`, under the site's name. */
export const learningPath = learningOrder;

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
