/**
 * A consistent slice of a knowledge base around some concepts, so the Markdown handbook (which renders a
 * whole knowledge base) can honour the topic, level and concept filters.
 *
 * @module
 */
import { expectKnowledgeBaseData, invalidTypeError, type Concept, type KnowledgeBaseData, type Topic } from '@cloudvirt/core';

/**
 * The part of a knowledge base that concerns the selected concepts:
 * - the concepts, in knowledge-base order;
 * - their topics and those topics' ancestors (so the topic tree keeps its shape);
 * - the relations whose two ends are selected;
 * - the comparisons with at least two selected subjects, reduced to those subjects;
 * - the responsibility matrix reduced to the selected models and layers;
 * - the pack identity as it is (the slice is still that pack: same ids, names and licence).
 *
 * Links to concepts outside the slice are left to the renderer (the Markdown handbook prints them as text).
 *
 * @param data The whole knowledge base.
 * @param selected The concepts to keep.
 * @returns Knowledge-base data holding only what concerns them. Without a filter (every concept selected)
 *   the result equals the input.
 * @throws {TypeError} When `data` is not knowledge-base data or `selected` not an array of concepts.
 */
export function sliceKnowledgeBase(data: KnowledgeBaseData, selected: readonly Concept[]): KnowledgeBaseData {
  expectKnowledgeBaseData('knowledge base argument of sliceKnowledgeBase', data);
  if (!Array.isArray(selected)) throw invalidTypeError('`selected` argument of sliceKnowledgeBase', selected, 'an array of concepts (such as `kb.concepts.filter(…)`)');
  const index = selected.findIndex((concept: unknown) => concept === null || typeof concept !== 'object' || typeof (concept as { id?: unknown }).id !== 'string');
  if (index !== -1) throw invalidTypeError(`item ${index} of the \`selected\` argument of sliceKnowledgeBase`, selected[index], 'a concept (an object with an `id`)');
  const ids = new Set(selected.map((concept) => concept.id));
  if (data.concepts.every((concept) => ids.has(concept.id))) return data;
  const topicsById = new Map(data.topics.map((topic) => [topic.id, topic]));
  const topicIds = new Set<string>();
  for (const concept of selected) {
    let topic: Topic | undefined = topicsById.get(concept.topic);
    while (topic !== undefined && !topicIds.has(topic.id)) {
      topicIds.add(topic.id);
      topic = topic.parent === undefined ? undefined : topicsById.get(topic.parent);
    }
  }
  const comparisons = data.comparisons
    .filter((comparison) => comparison.subjects.filter((subject) => ids.has(subject)).length >= 2)
    .map((comparison) => ({
      ...comparison,
      subjects: comparison.subjects.filter((subject) => ids.has(subject)),
      cells: comparison.cells.filter((cell) => ids.has(cell.subject)),
    }));
  for (const comparison of comparisons) {
    let topic: Topic | undefined = topicsById.get(comparison.topic);
    while (topic !== undefined && !topicIds.has(topic.id)) {
      topicIds.add(topic.id);
      topic = topic.parent === undefined ? undefined : topicsById.get(topic.parent);
    }
  }
  const matrix = data.responsibilityMatrix;
  return {
    topics: data.topics.filter((topic) => topicIds.has(topic.id)),
    concepts: data.concepts.filter((concept) => ids.has(concept.id)),
    relations: data.relations.filter((relation) => ids.has(relation.from) && ids.has(relation.to)),
    comparisons,
    responsibilityMatrix: {
      ...matrix,
      layers: matrix.layers.filter((layer) => ids.has(layer)),
      models: matrix.models.filter((model) => ids.has(model)),
      cells: matrix.cells.filter((cell) => ids.has(cell.model) && ids.has(cell.layer)),
    },
    ...(data.pack === undefined ? {} : { pack: data.pack }),
  };
}
