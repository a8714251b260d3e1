/**
 * The order in which new cards should be studied: fundamentals first, every concept after its
 * prerequisites, otherwise the knowledge base's own order.
 *
 * @module
 */
import { learningOrder, type Concept } from '@cloudvirt/core';

/**
 * Ranks concepts for study: a topological order of the prerequisite graph that always takes the
 * available concept with the lowest level, then the earliest position in the knowledge base.
 * Prerequisites outside the list are ignored; a cycle is broken at its lowest-ranked concept.
 *
 * @param concepts Concepts in knowledge-base order.
 * @returns Rank (0 = study first) per concept id.
 */
export function studyRanks(concepts: readonly Concept[]): Map<string, number> {
  return new Map(learningOrder(concepts).map((concept, rank) => [concept.id, rank]));
}
