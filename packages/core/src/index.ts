/**
 * `@cloudvirt/core`: cloud computing vs. virtualization as a typed, bilingual knowledge base.
 *
 * @packageDocumentation
 */
export type {
  Comparison,
  ComparisonCell,
  ComparisonDimension,
  Concept,
  ConceptKind,
  KnowledgeBaseData,
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
