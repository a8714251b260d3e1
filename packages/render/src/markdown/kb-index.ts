/**
 * Small lookup tables over plain {@link KnowledgeBaseData}, so adapters work for any content pack
 * without the core query API.
 *
 * @module
 */
import type { Comparison, Concept, KnowledgeBaseData, Relation, Topic } from '@cloudvirt/core';
import { expectString, unknownValueError } from '@cloudvirt/core';

/** Maps by id over a knowledge base, built once per render. */
export interface KbIndex {
  /** The data the index was built from. */
  readonly data: KnowledgeBaseData;
  /** Concepts by id. */
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Topics by id. */
  readonly topics: ReadonlyMap<string, Topic>;
  /** Comparisons by id. */
  readonly comparisons: ReadonlyMap<string, Comparison>;
  /** Relations whose `from` is the key, in data order. */
  readonly outgoing: ReadonlyMap<string, readonly Relation[]>;
  /** Relations whose `to` is the key, in data order. */
  readonly incoming: ReadonlyMap<string, readonly Relation[]>;
}

/**
 * Index a knowledge base by id.
 *
 * @param data The knowledge base.
 * @returns Lookup maps.
 */
export function indexKnowledgeBase(data: KnowledgeBaseData): KbIndex {
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const relation of data.relations) {
    push(outgoing, relation.from, relation);
    push(incoming, relation.to, relation);
  }
  return {
    data,
    concepts: new Map(data.concepts.map((concept) => [concept.id, concept])),
    topics: new Map(data.topics.map((topic) => [topic.id, topic])),
    comparisons: new Map(data.comparisons.map((comparison) => [comparison.id, comparison])),
    outgoing,
    incoming,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Look up a record by id or throw an error that says what exists.
 *
 * @param map The records by id.
 * @param id The requested id.
 * @param what What kind of record it is (`concept`, `comparison`…), for the message.
 * @returns The record.
 * @throws {RangeError} When `id` is not in `map`.
 */
export function requireRecord<T>(map: ReadonlyMap<string, T>, id: unknown, what: string): T {
  expectString(`${what} id`, id, `a ${what} id (a string)`);
  const record = map.get(id);
  if (record !== undefined) return record;
  throw unknownValueError(`${what} id`, id, [...map.keys()], { plural: `${what} ids of the knowledge base` });
}
