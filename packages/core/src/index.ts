/**
 * `@cloudvirt/core`: cloud computing vs. virtualization as a typed, bilingual knowledge base.
 *
 * @packageDocumentation
 */
import { data } from './generated/data.js';
import { createTrustedKnowledgeBase } from './knowledge-base.js';

export type {
  Comparison,
  ComparisonCell,
  ComparisonDimension,
  Concept,
  ConceptKind,
  ConceptMatch,
  KnowledgeBaseData,
  Pack,
  PackAgent,
  PackBasis,
  PackLicense,
  PackSite,
  Level,
  LocalizedList,
  LocalizedText,
  Locale,
  Manager,
  Relation,
  RelationType,
  RelationTypeInfo,
  ResponsibilityCell,
  ResponsibilityMatrix,
  SkosMapping,
  Source,
  Topic,
  WikipediaLinks,
} from './model.js';
export { conceptKinds, languageTags, levels, locales } from './model.js';
export { relationTypeList, relationTypes } from './relation-types.js';
export { commonNounKinds, conceptKindLabels, conceptKindPluralLabels, levelLabels, managerLabels } from './vocabulary-labels.js';
export type {
  ComparisonIdOf,
  ConceptIdOf,
  ConceptsByTopicOptions,
  KnowledgeBase,
  KnowledgeBaseLookups,
  LocalizedKnowledgeBase,
  LocalizedRelatedConcept,
  RelatedConcept,
  RelationDirection,
  ServiceModelIdOf,
  StackLayerIdOf,
  TopicIdOf,
} from './knowledge-base.js';
export { createKnowledgeBase, expectKnowledgeBaseData } from './knowledge-base.js';
export type { KnowledgeBaseProblem, KnowledgeBaseRuleId } from './validate.js';
export { KnowledgeBaseValidationError, knowledgeBaseRuleIds, validateKnowledgeBase } from './validate.js';
export type {
  LocalizedComparison,
  LocalizedComparisonCell,
  LocalizedComparisonDimension,
  LocalizedConcept,
  LocalizedRelation,
  LocalizedResponsibilityCell,
  LocalizedResponsibilityMatrix,
  LocalizedSource,
  LocalizedTopic,
} from './localized.js';
export { learningOrder } from './learning-order.js';
export { hasResponsibilityMatrix } from './matrix.js';
export { normalizeTerm } from './normalize.js';
export { editDistance, languageAliases, suggest } from './suggest.js';
export type { ArgumentError, ArgumentErrorCode, UnknownValueOptions } from './messages.js';
export { checkOptionKeys, describeValue, expectOneOf, expectString, expectStringArray, invalidTypeError, quoteList, unknownValueError } from './messages.js';
export type { ComparisonId, ConceptId, ServiceModelId, StackLayerId, TopicId } from './generated/data.js';
export { comparisonIds, conceptIds, topicIds } from './generated/data.js';

/** The bundled knowledge base, compiled from the package's content; each index is built on first use. */
export const kb = createTrustedKnowledgeBase(data);

/** Every concept of the bundled knowledge base, by topic order, then level, then id. */
export const concepts = kb.concepts;
/** Every relation of the bundled knowledge base, as authored (forward direction only). */
export const relations = kb.relations;
/** Every comparison table of the bundled knowledge base. */
export const comparisons = kb.comparisons;
/** Who manages which stack layer under each service model. */
export const responsibilityMatrix = kb.responsibilityMatrix;
/** The topic tree, parents before children. */
export const topics = kb.topics;

/**
 * The concept with this id (bound {@link KnowledgeBase.getConcept} of {@link kb}).
 * Unknown literal ids fail to compile; unknown ids at runtime throw a RangeError with a suggestion.
 */
export const getConcept = kb.getConcept;
/** Whether a string is a concept id of the bundled knowledge base (narrows it to {@link ConceptId}). */
export const hasConcept = kb.hasConcept;
/** The concept whose label or alias (either language) matches, ignoring case, width, spaces and punctuation. */
export const findConcept = kb.findConcept;
/** Every relation touching a concept, both directions, with the label to read it by. */
export const related = kb.related;
/** Who (`provider`, `customer`, `shared`) manages a stack layer under a service model. */
export const whoManages = kb.whoManages;
/** The bundled knowledge base in one language: every bilingual text becomes a string. */
export const localize = kb.localize;
