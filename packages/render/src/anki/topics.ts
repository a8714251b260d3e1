/**
 * Topic selection, shared by every deck builder and by `@cloudvirt/flashcards`: which topic a value names
 * (its id, or its English or Chinese label, compared with core's `normalizeTerm`), and which topics a
 * selection covers (the topics given and all their sub-topics).
 *
 * What a topic selection selects (one rule for the `.apkg`, the CSV, `--list` and `--dry-run`): the
 * concepts of those topics; the comparison cells whose subject is one of them; the responsibility-matrix
 * cells whose service model is one of them (all nine layers of it: "who manages the OS in PaaS?" is a
 * question about PaaS, filed in the service model's deck); and the relations whose two ends are.
 *
 * @module
 */
import { expectString, expectStringArray, invalidTypeError, normalizeTerm, type KnowledgeBaseData, type Topic } from '@cloudvirt/core';

/**
 * Check the knowledge-base argument of a topic helper: an object with a `topics` array.
 *
 * @param fn The function's name, for messages.
 * @param kb The value received.
 * @throws {TypeError} When it is not an object with a `topics` array.
 */
function checkTopicsArgument(fn: string, kb: unknown): void {
  const topics: unknown = kb !== null && typeof kb === 'object' ? (kb as { topics?: unknown }).topics : undefined;
  if (!Array.isArray(topics)) throw invalidTypeError(`knowledge base argument of ${fn}`, kb, 'an object with a `topics` array (such as `kb` from @cloudvirt/core)');
}

/**
 * The topic a value names: a topic id, or an English or Chinese topic label, ignoring case, width,
 * spaces and punctuation the way core's `findConcept` does (`Service models`, `service-models` and
 * `云计算服务类型` all name `service-models`).
 *
 * @param kb The knowledge base.
 * @param value A topic id or label.
 * @returns The topic, or `undefined` when no topic has that id or label.
 * @throws {TypeError} When `kb` has no `topics` array or `value` is not a string.
 */
export function findAnkiTopic(kb: Pick<KnowledgeBaseData, 'topics'>, value: string): Topic | undefined {
  checkTopicsArgument('findAnkiTopic', kb);
  expectString('`value` argument of findAnkiTopic', value, 'a topic id or label (a string)');
  const exact = kb.topics.find((topic) => topic.id === value);
  if (exact !== undefined) return exact;
  const wanted = normalizeTerm(value);
  return kb.topics.find((topic) => [topic.id, topic.label.en, topic.label.zh].some((term) => normalizeTerm(term) === wanted));
}

/**
 * Topic ids for topic ids or labels: each value that names a topic (see {@link findAnkiTopic}) becomes
 * its id; a value that names none is kept as given, for the caller's validation to report.
 *
 * @param kb The knowledge base.
 * @param values Topic ids or labels.
 * @returns The ids, duplicates removed, in the order given.
 * @throws {TypeError} When `kb` has no `topics` array or `values` is not an array of strings.
 */
export function resolveAnkiTopics(kb: Pick<KnowledgeBaseData, 'topics'>, values: readonly string[]): string[] {
  checkTopicsArgument('resolveAnkiTopics', kb);
  expectStringArray('`values` argument of resolveAnkiTopics', values, 'topic ids or labels');
  return [...new Set(values.map((value) => findAnkiTopic(kb, value)?.id ?? value))];
}

/**
 * The topics and all their descendants.
 *
 * @param kb The knowledge base.
 * @param ids Topic ids.
 * @returns The ids plus every sub-topic id, at any depth.
 * @throws {TypeError} When `kb` has no `topics` array or `ids` is not an array of strings.
 */
export function withAnkiSubtopics(kb: Pick<KnowledgeBaseData, 'topics'>, ids: readonly string[]): Set<string> {
  checkTopicsArgument('withAnkiSubtopics', kb);
  expectStringArray('`ids` argument of withAnkiSubtopics', ids, 'topic ids');
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const topic of kb.topics) {
      if (topic.parent !== undefined && out.has(topic.parent) && !out.has(topic.id)) {
        out.add(topic.id);
        grew = true;
      }
    }
  }
  return out;
}
