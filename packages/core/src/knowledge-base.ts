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
import { checkOptionKeys, expectOneOf, expectString, invalidTypeError, unknownValueError } from './messages.js';
import { normalizeTerm } from './normalize.js';
import { relationTypeList, relationTypes } from './relation-types.js';
import { validateKnowledgeBase } from './validate.js';
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

/**
 * The concept id type of a knowledge base: the literal union for the bundled `kb`, `string` for one built
 * from untyped data. Render and flashcards type their id arguments with it.
 */
export type ConceptIdOf<K extends KnowledgeBaseData> = K['concepts'][number]['id'];
/** The topic id type of a knowledge base (see {@link ConceptIdOf}). */
export type TopicIdOf<K extends KnowledgeBaseData> = K['topics'][number]['id'];
/** The comparison id type of a knowledge base (see {@link ConceptIdOf}). */
export type ComparisonIdOf<K extends KnowledgeBaseData> = K['comparisons'][number]['id'];
/** The responsibility-matrix model id type of a knowledge base (see {@link ConceptIdOf}). */
export type ServiceModelIdOf<K extends KnowledgeBaseData> = K['responsibilityMatrix']['models'][number];
/** The responsibility-matrix layer id type of a knowledge base (see {@link ConceptIdOf}). */
export type StackLayerIdOf<K extends KnowledgeBaseData> = K['responsibilityMatrix']['layers'][number];

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
 * `C` concept, `R` related concept, `T` topic, `X` comparison, `M` responsibility cell; `ModelKey` and
 * `LayerKey` are the responsibility matrix's model and layer ids.
 *
 * Every lookup checks its arguments: a wrong type throws a `TypeError`, an unknown id or value a
 * `RangeError` naming what was received and expected, with a did-you-mean (see `messages.ts`).
 */
export interface KnowledgeBaseLookups<
  Id extends string,
  TopicKey extends string,
  ComparisonKey extends string,
  C,
  R,
  T,
  X,
  M,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
> {
  /**
   * The concept with this id.
   *
   * @throws {TypeError} When `id` is not a string.
   * @throws {RangeError} When no concept has this id (the message suggests the closest id, or the concept
   *   {@link findConcept} finds when `id` is a label or alias).
   */
  getConcept(id: Id): C;
  /** Whether a concept has this id; narrows an arbitrary string to the id type. */
  hasConcept(id: string): id is Id;
  /**
   * The concept whose English or Chinese label or alias (or id) matches `text` after {@link normalizeTerm}
   * (case, width, whitespace and punctuation are ignored), or `undefined`.
   *
   * @throws {TypeError} When `text` is not a string.
   */
  findConcept(text: string): C | undefined;
  /**
   * Every relation touching the concept, both directions: outgoing edges first (as authored), then
   * incoming ones. Pass `type` to keep one relation type.
   *
   * @throws {RangeError} When no concept has this id, or `type` is not a relation type.
   */
  related(id: Id, type?: RelationType): readonly R[];
  /**
   * Who manages `layer` under `model` in the responsibility matrix.
   *
   * @throws {RangeError} When `model` is not a matrix model or `layer` not a matrix layer.
   */
  whoManages(model: ModelKey, layer: LayerKey): Manager;
  /**
   * The responsibility-matrix cell for `model` × `layer`, with its note if any.
   *
   * @throws {RangeError} When `model` is not a matrix model or `layer` not a matrix layer.
   */
  responsibility(model: ModelKey, layer: LayerKey): M;
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
   * @throws {TypeError} When `options` has an unknown key or `includeSubtopics` is not a boolean.
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
export interface LocalizedKnowledgeBase<
  Id extends string = string,
  TopicKey extends string = string,
  ComparisonKey extends string = string,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
> extends KnowledgeBaseLookups<
    Id,
    TopicKey,
    ComparisonKey,
    LocalizedConcept<Id, TopicKey>,
    LocalizedRelatedConcept<Id, TopicKey>,
    LocalizedTopic<TopicKey>,
    LocalizedComparison<Id, ComparisonKey, TopicKey>,
    LocalizedResponsibilityCell<ModelKey, LayerKey>,
    ModelKey,
    LayerKey
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
  readonly responsibilityMatrix: LocalizedResponsibilityMatrix<Id, ModelKey, LayerKey>;
}

/** A knowledge base: its data plus indexed lookups. Every method is bound, so it can be destructured. */
export interface KnowledgeBase<
  Id extends string = string,
  TopicKey extends string = string,
  ComparisonKey extends string = string,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
> extends KnowledgeBaseData<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>,
    KnowledgeBaseLookups<
      Id,
      TopicKey,
      ComparisonKey,
      Concept<Id, TopicKey>,
      RelatedConcept<Id, TopicKey>,
      Topic<TopicKey>,
      Comparison<Id, ComparisonKey, TopicKey>,
      ResponsibilityCell<ModelKey, LayerKey>,
      ModelKey,
      LayerKey
    > {
  /**
   * A view of the knowledge base in one language: every bilingual text becomes a string, and the same
   * lookups return the per-locale records. Views are built once per locale and cached.
   *
   * @throws {RangeError} When `locale` is not `en` or `zh` (the message names both).
   */
  localize(locale: Locale): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>;
}

/** Check that an id argument is a string: `what` is `concept id`, `topic id`…. */
function expectId(what: string, value: unknown): asserts value is string {
  expectString(what, value, `a ${what} (a string)`);
}

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

/** Push `value` onto the list stored under `key`, creating it. */
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
 * The data is checked first with {@link validateKnowledgeBase} (every problem at once, with the content
 * compiler's rule ids), except for data already known to be valid: the bundled data and knowledge bases
 * returned by this function.
 *
 * @param data
 *   Knowledge-base data (the output of the content compiler, or built by hand), or a knowledge base.
 * @returns
 *   The knowledge base: the data plus bound lookup methods.
 * @throws {KnowledgeBaseValidationError} When the data breaks a rule (see `validateKnowledgeBase`).
 * `comparisons` and `responsibilityMatrix` are optional, as in a pack without them: when absent, the
 * knowledge base gets `comparisons: []` and the empty matrix (no layers, models, cells or sources; empty
 * title and description), which every adapter reads as "no matrix" (`hasResponsibilityMatrix`).
 *
 * @throws {TypeError} When `data` is not an object with `topics`, `concepts` and `relations` (arrays),
 *   or has a `comparisons` that is not an array or a `responsibilityMatrix` that is not an object.
 * @example
 *   const kb = createKnowledgeBase(data);
 *   kb.findConcept('VMM')?.id; // 'virtual-machine-monitor'
 */
export function createKnowledgeBase<
  Id extends string,
  TopicKey extends string,
  ComparisonKey extends string,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
>(data: KnowledgeBaseData<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>): KnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey> {
  const complete = withOptionalMembers(data);
  expectKnowledgeBaseData('argument of createKnowledgeBase', complete);
  if (!validData.has(data)) validateKnowledgeBase(complete);
  return createTrustedKnowledgeBase(complete);
}

/**
 * The data with its optional members filled in: `comparisons: []` and the empty responsibility matrix when
 * absent (hand-built or JSON data of a pack without them). Anything else is returned as is.
 */
function withOptionalMembers<D>(data: D): D {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  if (record['comparisons'] !== undefined && record['responsibilityMatrix'] !== undefined) return data;
  const emptyMatrix = { title: { en: '', zh: '' }, description: { en: '', zh: '' }, layers: [], models: [], cells: [], sources: [], updated: '' };
  return { ...record, comparisons: record['comparisons'] ?? [], responsibilityMatrix: record['responsibilityMatrix'] ?? emptyMatrix } as D;
}

/** Data known to be valid: the bundled data and every knowledge base built here (a knowledge base is data too). */
const validData = new WeakSet<object>();

/**
 * {@link createKnowledgeBase} without validation, for data known to be valid (the bundled data, which the
 * content compiler checked). Internal: not exported from the package.
 *
 * @param data Valid knowledge-base data.
 * @returns The knowledge base.
 * @internal
 */
export function createTrustedKnowledgeBase<
  Id extends string,
  TopicKey extends string,
  ComparisonKey extends string,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
>(data: KnowledgeBaseData<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>): KnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey> {
  expectKnowledgeBaseData('argument of createKnowledgeBase', data);
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
  const cellByKey = lazy(() => new Map<string, ResponsibilityCell<ModelKey, LayerKey>>(matrix.cells.map((cell) => [`${cell.model}\u0000${cell.layer}`, cell])));

  const findConcept = (text: string): C | undefined => {
    expectString('text of findConcept', text, 'a label, alias or id (a string)');
    return conceptById().get(text) ?? conceptByTerm().get(normalizeTerm(text));
  };
  const getConcept = (id: Id): C => {
    expectId('concept id', id);
    const concept = conceptById().get(id);
    if (concept !== undefined) return concept;
    const found = findConcept(id);
    throw unknownValueError(
      'concept id',
      id,
      data.concepts.map((known) => known.id),
      found === undefined
        ? { plural: 'concept ids' }
        : {
            plural: 'concept ids',
            guess: found.id,
            hint: `\`${id}\` is a label or alias of \`${found.id}\`: getConcept takes ids, findConcept(${JSON.stringify(id)}) looks concepts up by label or alias`,
          },
    );
  };
  const hasConcept = (id: string): id is Id => typeof id === 'string' && conceptById().has(id);

  const related = (id: Id, type?: RelationType): RelatedConcept<Id, TopicKey>[] => {
    getConcept(id);
    if (type !== undefined) expectOneOf('relation type', type, relationTypeList);
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

  const responsibility = (model: ModelKey, layer: LayerKey): ResponsibilityCell<ModelKey, LayerKey> => {
    expectOneOf('responsibility-matrix model', model, matrix.models, { hint: matrixHint(model, layer) });
    expectOneOf('responsibility-matrix layer', layer, matrix.layers, { hint: matrixHint(layer, model) });
    const cell = cellByKey().get(`${model}\u0000${layer}`);
    if (cell !== undefined) return cell;
    throw new RangeError(`Unexpected responsibility matrix without a cell for \`${model}\` × \`${layer}\`, expected one cell per model and layer`);
  };
  // Note: a layer passed as the model (or the reverse) is the likeliest mistake; say so.
  const matrixHint = (value: string, other: string): string | undefined =>
    (matrix.layers as readonly string[]).includes(value) && (matrix.models as readonly string[]).includes(other)
      ? 'The model comes first: whoManages(model, layer)'
      : undefined;
  const whoManages = (model: ModelKey, layer: LayerKey): Manager => responsibility(model, layer).manager;

  const getTopic = (id: TopicKey): Topic<TopicKey> => {
    expectId('topic id', id);
    const topic = topicIndex().byId.get(id);
    if (topic !== undefined) return topic;
    const byLabel = data.topics.find((known) => normalizeTerm(known.label.en) === normalizeTerm(id) || normalizeTerm(known.label.zh) === normalizeTerm(id));
    throw unknownValueError(
      'topic id',
      id,
      data.topics.map((known) => known.id),
      byLabel === undefined ? { plural: 'topic ids' } : { plural: 'topic ids', guess: byLabel.id, hint: `\`${id}\` is the label of topic \`${byLabel.id}\`; lookups take ids` },
    );
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
    checkOptionKeys('conceptsByTopic options', options, ['includeSubtopics']);
    if (options?.includeSubtopics !== undefined && typeof options.includeSubtopics !== 'boolean') {
      throw invalidTypeError('`includeSubtopics` option of conceptsByTopic', options.includeSubtopics, 'a boolean');
    }
    if (options?.includeSubtopics !== true) return [...(topicIndex().concepts.get(topic) ?? [])];
    const wanted = descendants(topic);
    return data.concepts.filter((concept) => wanted.has(concept.topic));
  };

  const getComparison = (id: ComparisonKey): X => {
    expectId('comparison id', id);
    const comparison = comparisonIndex().byId.get(id);
    if (comparison === undefined) throw unknownValueError('comparison id', id, data.comparisons.map((known) => known.id), { plural: 'comparison ids' });
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

  const base: Omit<KnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>, 'localize'> = {
    topics: data.topics,
    concepts: data.concepts,
    relations: data.relations,
    comparisons: data.comparisons,
    responsibilityMatrix: data.responsibilityMatrix,
    ...(data.pack === undefined ? {} : { pack: data.pack }),
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

  const views = new Map<Locale, LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>>();
  const localize = (locale: Locale): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey> => {
    expectOneOf('locale', locale, locales);
    let view = views.get(locale);
    if (view === undefined) {
      view = createLocalizedView(base, locale);
      views.set(locale, view);
    }
    return view;
  };

  const knowledgeBase = { ...base, localize };
  validData.add(knowledgeBase);
  return knowledgeBase;
}

/** Build the per-locale view of `base`, delegating every lookup to it and mapping results by identity. */
function createLocalizedView<Id extends string, TopicKey extends string, ComparisonKey extends string, ModelKey extends Id, LayerKey extends Id>(
  base: Omit<KnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey>, 'localize'>,
  locale: Locale,
): LocalizedKnowledgeBase<Id, TopicKey, ComparisonKey, ModelKey, LayerKey> {
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
  const cells = new Map<ResponsibilityCell<ModelKey, LayerKey>, LocalizedResponsibilityCell<ModelKey, LayerKey>>(
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

/** The top-level keys of {@link KnowledgeBaseData}. */
const dataKeys = ['topics', 'concepts', 'relations', 'comparisons', 'responsibilityMatrix'] as const;

/**
 * Check that an argument is knowledge-base data: an object with the five arrays or objects the compiler
 * emits (a {@link KnowledgeBase} is one too). The records themselves are trusted (the compiler validated
 * them). Every function of render and flashcards that takes a knowledge base checks it with this.
 *
 * @param what
 *   Which argument, for the message (`knowledge base argument of toAnkiPackage`).
 * @param data
 *   The value received.
 * @throws {TypeError} When `what` is not a string, or `data` is not an object or lacks one of the five members.
 */
export function expectKnowledgeBaseData(what: string, data: unknown): asserts data is KnowledgeBaseData {
  expectString('`what` argument of expectKnowledgeBaseData', what, 'a description of the argument (a string, such as "knowledge base argument of toAnkiPackage")');
  const expected = `knowledge-base data (an object with ${dataKeys.map((key) => `\`${key}\``).join(', ')}, such as \`kb\` from @cloudvirt/core)`;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalidTypeError(what, data, expected);
  const record = data as Record<string, unknown>;
  for (const key of dataKeys) {
    const value = record[key];
    const ok = key === 'responsibilityMatrix' ? value !== null && typeof value === 'object' && !Array.isArray(value) : Array.isArray(value);
    if (!ok) throw invalidTypeError(`\`${key}\` of the ${what}`, value, key === 'responsibilityMatrix' ? 'an object' : 'an array', `Expected ${expected}`);
  }
}
