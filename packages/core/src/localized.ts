/**
 * Per-locale records: the model types with every {@link LocalizedText} replaced by a plain string
 * (and every {@link LocalizedList} by a list of strings), plus the functions that build them.
 *
 * @module
 */
import type {
  Comparison,
  ComparisonCell,
  ComparisonDimension,
  Concept,
  ConceptKind,
  Level,
  Locale,
  LocalizedText,
  Manager,
  Relation,
  RelationType,
  ResponsibilityCell,
  ResponsibilityMatrix,
  Source,
  Topic,
  WikipediaLinks,
} from './model.js';

/** A {@link Source} in one locale: `title` is a string. */
export interface LocalizedSource {
  /** Absolute https URL. */
  readonly url: string;
  /** Title of the cited page in the view's locale. */
  readonly title: string;
  /** Language of the cited page itself. */
  readonly lang: Locale;
  /** True when the link comes from the seed article. */
  readonly fromSeed: boolean;
}

/** A {@link Concept} in one locale. */
export interface LocalizedConcept<Id extends string = string, TopicKey extends string = string> {
  /** Stable kebab-case id. */
  readonly id: Id;
  /** What sort of thing it is. */
  readonly kind: ConceptKind;
  /** The topic it belongs to. */
  readonly topic: TopicKey;
  /** How advanced it is. */
  readonly level: Level;
  /** The preferred term. */
  readonly label: string;
  /** Other names in this locale. */
  readonly aliases: readonly string[];
  /** Short plain-text definition. */
  readonly definition: string;
  /** Longer explanation as Markdown (`[text](concept:id)` links to other concepts). */
  readonly explanation: string;
  /** Examples that are not concepts of their own. */
  readonly examples: readonly string[];
  /** Concepts to learn first. */
  readonly prerequisites: readonly Id[];
  /** Where the definition and explanation come from. */
  readonly sources: readonly LocalizedSource[];
  /** Matching Wikipedia articles in both languages, if any (unchanged: links are not translations). */
  readonly wikipedia: WikipediaLinks;
  /** Date (YYYY-MM-DD) the record last changed. */
  readonly updated: string;
}

/** A {@link Relation} in one locale: `note` is a string. */
export interface LocalizedRelation<Id extends string = string> {
  /** The subject concept. */
  readonly from: Id;
  /** The relation type. */
  readonly type: RelationType;
  /** The object concept. */
  readonly to: Id;
  /** Optional qualification of this edge. */
  readonly note?: string;
}

/** A {@link Topic} in one locale. */
export interface LocalizedTopic<TopicKey extends string = string> {
  /** Stable kebab-case id. */
  readonly id: TopicKey;
  /** Parent topic id, if this is a sub-topic. */
  readonly parent?: TopicKey;
  /** Display name. */
  readonly label: string;
  /** One-sentence description. */
  readonly description: string;
}

/** A {@link ComparisonDimension} in one locale. */
export interface LocalizedComparisonDimension {
  /** Stable kebab-case id, unique within its comparison. */
  readonly id: string;
  /** Display name of the dimension. */
  readonly label: string;
}

/** A {@link ComparisonCell} in one locale. */
export interface LocalizedComparisonCell<Id extends string = string> {
  /** The compared concept (row). */
  readonly subject: Id;
  /** The dimension id (column). */
  readonly dimension: string;
  /** The cell text. */
  readonly text: string;
}

/** A {@link Comparison} in one locale. */
export interface LocalizedComparison<Id extends string = string, ComparisonKey extends string = string, TopicKey extends string = string> {
  /** Stable kebab-case id. */
  readonly id: ComparisonKey;
  /** The topic it belongs to. */
  readonly topic: TopicKey;
  /** Title. */
  readonly title: string;
  /** Introduction as Markdown. */
  readonly description: string;
  /** The compared concepts, in row order. */
  readonly subjects: readonly Id[];
  /** The dimensions, in column order. */
  readonly dimensions: readonly LocalizedComparisonDimension[];
  /** Every cell, subject-major. */
  readonly cells: readonly LocalizedComparisonCell<Id>[];
  /** Where the comparison comes from. */
  readonly sources: readonly LocalizedSource[];
  /** Date (YYYY-MM-DD) the content last changed. */
  readonly updated: string;
}

/** A {@link ResponsibilityCell} in one locale. */
export interface LocalizedResponsibilityCell<ModelKey extends string = string, LayerKey extends string = ModelKey> {
  /** The service model (or on-premises) concept id. */
  readonly model: ModelKey;
  /** The stack layer concept id. */
  readonly layer: LayerKey;
  /** Who manages that layer under that model. */
  readonly manager: Manager;
  /** Optional explanation of this cell. */
  readonly note?: string;
}

/** The {@link ResponsibilityMatrix} in one locale. */
export interface LocalizedResponsibilityMatrix<Id extends string = string, ModelKey extends Id = Id, LayerKey extends Id = Id> {
  /** Title of the matrix. */
  readonly title: string;
  /** Introduction as Markdown. */
  readonly description: string;
  /** Stack layers, bottom to top. */
  readonly layers: readonly LayerKey[];
  /** Models (columns): on-premises, then the service models. */
  readonly models: readonly ModelKey[];
  /** Every model × layer cell, model-major. */
  readonly cells: readonly LocalizedResponsibilityCell<ModelKey, LayerKey>[];
  /** Where the assignments come from. */
  readonly sources: readonly LocalizedSource[];
  /** Date (YYYY-MM-DD) the content last changed. */
  readonly updated: string;
}

/** Pick one language of a {@link LocalizedText}, keeping `undefined` as is. */
function pick(text: LocalizedText, locale: Locale): string;
function pick(text: LocalizedText | undefined, locale: Locale): string | undefined;
function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
  return text === undefined ? undefined : text[locale];
}

/**
 * A {@link Source} in one locale.
 *
 * @param source
 *   The bilingual source.
 * @param locale
 *   The language to keep.
 * @returns
 *   The source with a string `title`.
 */
export function localizeSource(source: Source, locale: Locale): LocalizedSource {
  return { url: source.url, title: source.title[locale], lang: source.lang, fromSeed: source.fromSeed };
}

/**
 * A {@link Concept} in one locale.
 *
 * @param concept
 *   The bilingual concept.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose texts are strings.
 */
export function localizeConcept<Id extends string, TopicKey extends string>(
  concept: Concept<Id, TopicKey>,
  locale: Locale,
): LocalizedConcept<Id, TopicKey> {
  return {
    id: concept.id,
    kind: concept.kind,
    topic: concept.topic,
    level: concept.level,
    label: concept.label[locale],
    aliases: concept.aliases[locale],
    definition: concept.definition[locale],
    explanation: concept.explanation[locale],
    examples: concept.examples.map((example) => example[locale]),
    prerequisites: concept.prerequisites,
    sources: concept.sources.map((source) => localizeSource(source, locale)),
    wikipedia: concept.wikipedia,
    updated: concept.updated,
  };
}

/**
 * A {@link Relation} in one locale.
 *
 * @param relation
 *   The bilingual relation.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose note (if any) is a string.
 */
export function localizeRelation<Id extends string>(relation: Relation<Id>, locale: Locale): LocalizedRelation<Id> {
  const note = pick(relation.note, locale);
  return { from: relation.from, type: relation.type, to: relation.to, ...(note === undefined ? {} : { note }) };
}

/**
 * A {@link Topic} in one locale.
 *
 * @param topic
 *   The bilingual topic.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose texts are strings.
 */
export function localizeTopic<TopicKey extends string>(topic: Topic<TopicKey>, locale: Locale): LocalizedTopic<TopicKey> {
  return {
    id: topic.id,
    ...(topic.parent === undefined ? {} : { parent: topic.parent }),
    label: topic.label[locale],
    description: topic.description[locale],
  };
}

/**
 * A {@link Comparison} in one locale.
 *
 * @param comparison
 *   The bilingual comparison.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose texts are strings.
 */
export function localizeComparison<Id extends string, ComparisonKey extends string, TopicKey extends string>(
  comparison: Comparison<Id, ComparisonKey, TopicKey>,
  locale: Locale,
): LocalizedComparison<Id, ComparisonKey, TopicKey> {
  return {
    id: comparison.id,
    topic: comparison.topic,
    title: comparison.title[locale],
    description: comparison.description[locale],
    subjects: comparison.subjects,
    dimensions: comparison.dimensions.map(
      (dimension: ComparisonDimension): LocalizedComparisonDimension => ({ id: dimension.id, label: dimension.label[locale] }),
    ),
    cells: comparison.cells.map(
      (cell: ComparisonCell<Id>): LocalizedComparisonCell<Id> => ({
        subject: cell.subject,
        dimension: cell.dimension,
        text: cell.text[locale],
      }),
    ),
    sources: comparison.sources.map((source) => localizeSource(source, locale)),
    updated: comparison.updated,
  };
}

/**
 * A {@link ResponsibilityCell} in one locale.
 *
 * @param cell
 *   The bilingual cell.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose note (if any) is a string.
 */
export function localizeResponsibilityCell<ModelKey extends string, LayerKey extends string>(
  cell: ResponsibilityCell<ModelKey, LayerKey>,
  locale: Locale,
): LocalizedResponsibilityCell<ModelKey, LayerKey> {
  const note = pick(cell.note, locale);
  return { model: cell.model, layer: cell.layer, manager: cell.manager, ...(note === undefined ? {} : { note }) };
}

/**
 * The {@link ResponsibilityMatrix} in one locale.
 *
 * @param matrix
 *   The bilingual matrix.
 * @param locale
 *   The language to keep.
 * @returns
 *   A new record whose texts are strings.
 */
export function localizeResponsibilityMatrix<Id extends string, ModelKey extends Id, LayerKey extends Id>(
  matrix: ResponsibilityMatrix<Id, ModelKey, LayerKey>,
  locale: Locale,
): LocalizedResponsibilityMatrix<Id, ModelKey, LayerKey> {
  return {
    title: matrix.title[locale],
    description: matrix.description[locale],
    layers: matrix.layers,
    models: matrix.models,
    cells: matrix.cells.map((cell) => localizeResponsibilityCell(cell, locale)),
    sources: matrix.sources.map((source) => localizeSource(source, locale)),
    updated: matrix.updated,
  };
}
