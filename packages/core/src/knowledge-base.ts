/**
 * The query API: {@link createKnowledgeBase} indexes {@link KnowledgeBaseData} once (Maps) and answers
 * lookups in O(1) (or O(answer size)).
 *
 * @module
 */
import type {
  Comparison,
  Concept,
  KnowledgeBaseData,
  Locale,
  LocalizedText,
  Manager,
  Relation,
  RelationType,
  ResponsibilityCell,
  Topic,
} from './model.js';
import { locales } from './model.js';
import { normalizeTerm } from './normalize.js';
import { relationTypes } from './relation-types.js';
import { suggest } from './suggest.js';
import type {
  LocalizedComparison,
  LocalizedConcept,
  LocalizedRelation,
  LocalizedResponsibilityCell,
  LocalizedResponsibilityMatrix,
  LocalizedTopic,
} from './localized.js';
import {
  localizeComparison,
  localizeConcept,
  localizeRelation,
  localizeResponsibilityMatrix,
  localizeTopic,
} from './localized.js';

/** Which way a relation points, seen from the concept you asked about. */
export type RelationDirection = 'outgoing' | 'incoming';

/** One neighbour of a concept, as returned by {@link KnowledgeBase.related}. */
export interface RelatedConcept<Id extends string = string, TopicKey extends string = string> {
  /** The relation as authored (`from` —`type`→ `to`). */
  readonly relation: Relation<Id>;
  /** `outgoing` when the concept you asked about is `relation.from`, `incoming` when it is `relation.to`. */
  readonly direction: RelationDirection;
  /** The concept at the other end. */
  readonly concept: Concept<Id, TopicKey>;
  /** How to read the edge from the concept you asked about: the type's label, or its inverse label for incoming edges. */
  readonly label: LocalizedText;
}

/** A neighbour in a per-locale view, as returned by {@link LocalizedKnowledgeBase.related}. */
export interface LocalizedRelatedConcept<Id extends string = string, TopicKey extends string = string> {
  /** The relation as authored. */
  readonly relation: LocalizedRelation<Id>;
  /** `outgoing` or `incoming`, seen from the concept you asked about. */
  readonly direction: RelationDirection;
  /** The concept at the other end. */
  readonly concept: LocalizedConcept<Id, TopicKey>;
  /** How to read the edge from the concept you asked about, in the view's locale. */
  readonly label: string;
}

/** Options of {@link KnowledgeBase.conceptsByTopic}. */
export interface ConceptsByTopicOptions {
  /** Also return the concepts of every descendant topic (default `false`). */
  readonly includeSubtopics?: boolean;
}

/**
 * The lookups both the bilingual knowledge base and its per-locale views offer. Type parameters:
 * `C` concept, `R` related concept, `T` topic, `X` comparison, `M` responsibility cell.
 */
export interface KnowledgeBaseLookups<Id extends string, TopicKey extends string, ComparisonKey extends string, C, R, T, X, M> {
  /**
   * The concept with this id.
   *
   * @throws {RangeError} When no concept has this id (the message suggests the closest id).
   */
  getConcept(id: Id): C;
  /** Whether a concept has this id; narrows an arbitrary string to the id type. */
  hasConcept(id: string): id is Id;
  /**
   * The concept whose English or Chinese label or alias (or id) matches `text` after {@link normalizeTerm}
   * (case, width, whitespace and punctuation are ignored), or `undefined`.
   */
  findConcept(text: string): C | undefined;
  /**
   * Every relation touching the concept, both directions: outgoing edges first (as authored), then
   * incoming ones. Pass `type` to keep one relation type.
   *
   * @throws {RangeError} When no concept has this id.
   */
  related(id: Id, type?: RelationType): readonly R[];
  /**
   * Who manages `layer` under `model` in the responsibility matrix.
   *
   * @throws {RangeError} When `model` is not a matrix model or `layer` not a matrix layer.
   */
  whoManages(model: Id, layer: Id): Manager;
  /**
   * The responsibility-matrix cell for `model` × `layer`, with its note if any.
   *
   * @throws {RangeError} When `model` is not a matrix model or `layer` not a matrix layer.
   */
  responsibility(model: Id, layer: Id): M;
  /**
   * The topic with this id.
   *
   * @throws {RangeError} When no topic has this id.
   */
  getTopic(id: TopicKey): T;
  /**
   * The concepts of a topic, in knowledge-base order; with `includeSubtopics`, also those of its descendants.
   *
   * @throws {RangeError} When no topic has this id.
   */
  conceptsByTopic(topic: TopicKey, options?: ConceptsByTopicOptions): readonly C[];
  /**
   * The comparison with this id.
   *
   * @throws {RangeError} When no comparison has this id.
   */
  getComparison(id: ComparisonKey): X;
  /**
   * The comparisons in which the concept is a subject.
   *
   * @throws {RangeError} When no concept has this id.
   */
  comparisonsOf(id: Id): readonly X[];
  /**
   * The concepts stated to be examples of this one (`x example-of id`).
   *
   * @throws {RangeError} When no concept has this id.
   */
  examplesOf(id: Id): readonly C[];
  /**
   * The more general concepts: targets of the concept's `skos:broader` relations (`is-a`, `example-of`,
   * `part-of`, `subset-of`).
   *
   * @throws {RangeError} When no concept has this id.
   */
  broader(id: Id): readonly C[];
  /**
   * The more specific concepts: sources of `skos:broader` relations pointing at this concept.
   *
   * @throws {RangeError} When no concept has this id.
   */
  narrower(id: Id): readonly C[];
}

/** A per-locale view of a knowledge base (see {@link KnowledgeBase.localize}). */
export interface LocalizedKnowledgeBase<Id extends string = string, TopicKey extends string = string, ComparisonKey extends string = string>
  extends KnowledgeBaseLookups<
    Id,
    TopicKey,
    ComparisonKey,
    LocalizedConcept<Id, TopicKey>,
    LocalizedRelatedConcept<Id, TopicKey>,
    LocalizedTopic<TopicKey>,
    LocalizedComparison<Id, ComparisonKey, TopicKey>,
    LocalizedResponsibilityCell<Id>
  > {
  /** The language of every text in this view. */
  readonly locale: Locale;
  /** Topics, in display order. */
  readonly topics: readonly LocalizedTopic<TopicKey>[];
  /** Concepts, in knowledge-base order. */
  readonly concepts: readonly LocalizedConcept<Id, TopicKey>[];
  /** Relations as authored. */
  readonly relations: readonly LocalizedRelation<Id>[];
  /** Comparison tables. */
  readonly comparisons: readonly LocalizedComparison<Id, ComparisonKey, TopicKey>[];
  /** The responsibility matrix. */
  readonly responsibilityMatrix: LocalizedResponsibilityMatrix<Id>;
}

/** A knowledge base: its data plus indexed lookups. Every method is bound, so it can be destructured. */
export interface KnowledgeBase<Id extends string = string, TopicKey extends string = string, ComparisonKey extends string = string>
  extends KnowledgeBaseData<Id, TopicKey, ComparisonKey>,
    KnowledgeBaseLookups<
      Id,
      TopicKey,
      ComparisonKey,
      Concept<Id, TopicKey>,
      RelatedConcept<Id, TopicKey>,
      Topic<TopicKey>,
      Comparison<Id, ComparisonKey, TopicKey>,
      ResponsibilityCell<Id>
    > {
  /**
   * A view of the knowledge base in one language: every bilingual text becomes a string, and the same
   * lookups return the per-locale records. Views are built once per locale and cached.
   *
   * @throws {RangeError} When `locale` is not `en` or `zh`.
   */
  localize(locale: Locale): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey>;
}

/** Build the "Unexpected …" RangeError of a failed lookup, with a did-you-mean hint. */
function unknown(what: string, value: string, candidates: readonly string[]): RangeError {
  const [guess] = suggest(value, candidates);
  const hint = guess === undefined ? '' : `; did you mean \`${guess}\`?`;
  return new RangeError(`Unexpected ${what} \`${value}\`, expected one of ${candidates.length} known ids${hint}`);
}

/** Push `value` onto the list stored under `key`, creating it. */
/**
 * A value computed on first use and kept.
 *
 * @param build Computes it.
 * @returns A getter.
 */
function lazy<T>(build: () => T): () => T {
  let value: { readonly built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Index a knowledge base's data for fast lookups.
 *
 * The data is used as is (not copied): the returned object exposes the same arrays. Each index (Map) is
 * built once, on the first lookup that needs it; every lookup is then O(1) plus the size of its answer.
 *
 * @param data
 *   Compiled knowledge-base data (the bundled `data`, or the output of the content compiler).
 * @returns
 *   The knowledge base: the data plus bound lookup methods.
 * @example
 *   const kb = createKnowledgeBase(data);
 *   kb.findConcept('VMM')?.id; // 'virtual-machine-monitor'
 */
export function createKnowledgeBase<Id extends string, TopicKey extends string, ComparisonKey extends string>(
  data: KnowledgeBaseData<Id, TopicKey, ComparisonKey>,
): KnowledgeBase<Id, TopicKey, ComparisonKey> {
  type C = Concept<Id, TopicKey>;
  type X = Comparison<Id, ComparisonKey, TopicKey>;

  // Every index is built on first use, not here: importing the package (which creates the bundled
  // knowledge base) then costs little more than parsing its data, and a lookup pays for its own index
  // once.
  const conceptById = lazy(() => new Map<string, C>(data.concepts.map((concept) => [concept.id, concept])));

  // Labels and aliases first (the compiler guarantees no two concepts share one), ids last.
  const conceptByTerm = lazy(() => {
    const byTerm = new Map<string, C>();
    const addTerm = (term: string, concept: C): void => {
      const key = normalizeTerm(term);
      if (key !== '' && !byTerm.has(key)) byTerm.set(key, concept);
    };
    for (const concept of data.concepts) {
      for (const locale of locales) addTerm(concept.label[locale], concept);
    }
    for (const concept of data.concepts) {
      for (const locale of locales) for (const alias of concept.aliases[locale]) addTerm(alias, concept);
    }
    for (const concept of data.concepts) addTerm(concept.id, concept);
    return byTerm;
  });

  const relationIndex = lazy(() => {
    const outgoing = new Map<string, Relation<Id>[]>();
    const incoming = new Map<string, Relation<Id>[]>();
    for (const relation of data.relations) {
      append(outgoing, relation.from, relation);
      append(incoming, relation.to, relation);
    }
    return { outgoing, incoming };
  });
  const outgoingOf = (id: string): readonly Relation<Id>[] => relationIndex().outgoing.get(id) ?? [];
  const incomingOf = (id: string): readonly Relation<Id>[] => relationIndex().incoming.get(id) ?? [];

  const topicIndex = lazy(() => {
    const byId = new Map<string, Topic<TopicKey>>();
    const children = new Map<string, TopicKey[]>();
    for (const topic of data.topics) {
      byId.set(topic.id, topic);
      if (topic.parent !== undefined) append(children, topic.parent, topic.id);
    }
    const concepts = new Map<string, C[]>();
    for (const concept of data.concepts) append(concepts, concept.topic, concept);
    return { byId, children, concepts };
  });

  const comparisonIndex = lazy(() => {
    const byId = new Map<string, X>();
    const ofConcept = new Map<string, X[]>();
    for (const comparison of data.comparisons) {
      byId.set(comparison.id, comparison);
      for (const subject of new Set(comparison.subjects)) append(ofConcept, subject, comparison);
    }
    return { byId, ofConcept };
  });

  const matrix = data.responsibilityMatrix;
  const cellByKey = lazy(() => new Map<string, ResponsibilityCell<Id>>(matrix.cells.map((cell) => [`${cell.model}\u0000${cell.layer}`, cell])));

  const getConcept = (id: Id): C => {
    const concept = conceptById().get(id);
    if (concept === undefined) throw unknown('concept id', id, data.concepts.map((known) => known.id));
    return concept;
  };
  const hasConcept = (id: string): id is Id => conceptById().has(id);
  const findConcept = (text: string): C | undefined => conceptById().get(text) ?? conceptByTerm().get(normalizeTerm(text));

  const related = (id: Id, type?: RelationType): RelatedConcept<Id, TopicKey>[] => {
    getConcept(id);
    const result: RelatedConcept<Id, TopicKey>[] = [];
    for (const relation of outgoingOf(id)) {
      if (type !== undefined && relation.type !== type) continue;
      result.push({ relation, direction: 'outgoing', concept: getConcept(relation.to), label: relationTypes[relation.type].label });
    }
    for (const relation of incomingOf(id)) {
      if (type !== undefined && relation.type !== type) continue;
      result.push({
        relation,
        direction: 'incoming',
        concept: getConcept(relation.from),
        label: relationTypes[relation.type].inverseLabel,
      });
    }
    return result;
  };

  const responsibility = (model: Id, layer: Id): ResponsibilityCell<Id> => {
    const cell = cellByKey().get(`${model}\u0000${layer}`);
    if (cell !== undefined) return cell;
    if (!matrix.models.includes(model)) throw unknown('responsibility-matrix model', model, matrix.models);
    throw unknown('responsibility-matrix layer', layer, matrix.layers);
  };
  const whoManages = (model: Id, layer: Id): Manager => responsibility(model, layer).manager;

  const getTopic = (id: TopicKey): Topic<TopicKey> => {
    const topic = topicIndex().byId.get(id);
    if (topic === undefined) throw unknown('topic id', id, data.topics.map((known) => known.id));
    return topic;
  };
  const descendants = (id: TopicKey): Set<string> => {
    const found = new Set<string>([id]);
    const queue: TopicKey[] = [id];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const child of topicIndex().children.get(next) ?? []) {
        if (!found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    return found;
  };
  const conceptsByTopic = (topic: TopicKey, options?: ConceptsByTopicOptions): C[] => {
    getTopic(topic);
    if (options?.includeSubtopics !== true) return [...(topicIndex().concepts.get(topic) ?? [])];
    const wanted = descendants(topic);
    return data.concepts.filter((concept) => wanted.has(concept.topic));
  };

  const getComparison = (id: ComparisonKey): X => {
    const comparison = comparisonIndex().byId.get(id);
    if (comparison === undefined) throw unknown('comparison id', id, data.comparisons.map((known) => known.id));
    return comparison;
  };
  const comparisonsOf = (id: Id): X[] => {
    getConcept(id);
    return [...(comparisonIndex().ofConcept.get(id) ?? [])];
  };

  const unique = (list: C[]): C[] => [...new Set(list)];
  const examplesOf = (id: Id): C[] => {
    getConcept(id);
    const sources = incomingOf(id).filter((relation) => relation.type === 'example-of');
    return unique(sources.map((relation) => getConcept(relation.from)));
  };
  const broader = (id: Id): C[] => {
    getConcept(id);
    const edges = outgoingOf(id).filter((relation) => relationTypes[relation.type].skos === 'broader');
    return unique(edges.map((relation) => getConcept(relation.to)));
  };
  const narrower = (id: Id): C[] => {
    getConcept(id);
    const edges = incomingOf(id).filter((relation) => relationTypes[relation.type].skos === 'broader');
    return unique(edges.map((relation) => getConcept(relation.from)));
  };

  const base: Omit<KnowledgeBase<Id, TopicKey, ComparisonKey>, 'localize'> = {
    topics: data.topics,
    concepts: data.concepts,
    relations: data.relations,
    comparisons: data.comparisons,
    responsibilityMatrix: data.responsibilityMatrix,
    getConcept,
    hasConcept,
    findConcept,
    related,
    whoManages,
    responsibility,
    getTopic,
    conceptsByTopic,
    getComparison,
    comparisonsOf,
    examplesOf,
    broader,
    narrower,
  };

  const views = new Map<Locale, LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey>>();
  const localize = (locale: Locale): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey> => {
    if (!locales.includes(locale)) throw unknown('locale', locale, locales);
    let view = views.get(locale);
    if (view === undefined) {
      view = createLocalizedView(base, locale);
      views.set(locale, view);
    }
    return view;
  };

  return { ...base, localize };
}

/** Build the per-locale view of `base`, delegating every lookup to it and mapping results by identity. */
function createLocalizedView<Id extends string, TopicKey extends string, ComparisonKey extends string>(
  base: Omit<KnowledgeBase<Id, TopicKey, ComparisonKey>, 'localize'>,
  locale: Locale,
): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey> {
  type LC = LocalizedConcept<Id, TopicKey>;
  type LX = LocalizedComparison<Id, ComparisonKey, TopicKey>;
  // Every record looked up below comes from `base`, so the Maps always hold it; `?? fail()` documents that.
  const fail = (): never => {
    throw new Error('Internal error: a record of the knowledge base has no localized counterpart');
  };
  const concepts = new Map<Concept<Id, TopicKey>, LC>(base.concepts.map((concept) => [concept, localizeConcept(concept, locale)]));
  const relations = new Map<Relation<Id>, LocalizedRelation<Id>>(
    base.relations.map((relation) => [relation, localizeRelation(relation, locale)]),
  );
  const topics = new Map<Topic<TopicKey>, LocalizedTopic<TopicKey>>(base.topics.map((topic) => [topic, localizeTopic(topic, locale)]));
  const comparisons = new Map<Comparison<Id, ComparisonKey, TopicKey>, LX>(
    base.comparisons.map((comparison) => [comparison, localizeComparison(comparison, locale)]),
  );
  const responsibilityMatrix = localizeResponsibilityMatrix(base.responsibilityMatrix, locale);
  const cells = new Map<ResponsibilityCell<Id>, LocalizedResponsibilityCell<Id>>(
    base.responsibilityMatrix.cells.map((cell, index) => [cell, responsibilityMatrix.cells[index] ?? fail()]),
  );

  const concept = (record: Concept<Id, TopicKey>): LC => concepts.get(record) ?? fail();
  const comparison = (record: Comparison<Id, ComparisonKey, TopicKey>): LX => comparisons.get(record) ?? fail();

  return {
    locale,
    topics: [...topics.values()],
    concepts: [...concepts.values()],
    relations: [...relations.values()],
    comparisons: [...comparisons.values()],
    responsibilityMatrix,
    getConcept: (id) => concept(base.getConcept(id)),
    hasConcept: base.hasConcept,
    findConcept: (text) => {
      const found = base.findConcept(text);
      return found === undefined ? undefined : concept(found);
    },
    related: (id, type) =>
      base.related(id, type).map((entry) => ({
        relation: relations.get(entry.relation) ?? fail(),
        direction: entry.direction,
        concept: concept(entry.concept),
        label: entry.label[locale],
      })),
    whoManages: base.whoManages,
    responsibility: (model, layer) => cells.get(base.responsibility(model, layer)) ?? fail(),
    getTopic: (id) => topics.get(base.getTopic(id)) ?? fail(),
    conceptsByTopic: (topic, options) => base.conceptsByTopic(topic, options).map(concept),
    getComparison: (id) => comparison(base.getComparison(id)),
    comparisonsOf: (id) => base.comparisonsOf(id).map(comparison),
    examplesOf: (id) => base.examplesOf(id).map(concept),
    broader: (id) => base.broader(id).map(concept),
    narrower: (id) => base.narrower(id).map(concept),
  };
}
