/**
 * The display names of the closed vocabulary — concept kinds, levels and who manages a stack layer — in
 * both languages. They live here once: the Markdown handbooks, the Anki decks, the JSON-LD vocabulary and
 * the site read them from this module. Relation types carry their labels with the rest of their
 * definition, in `relationTypes` (`label`, `inverseLabel`).
 *
 * The vocabulary is fixed: a knowledge pack cannot declare kinds, levels or managers of its own in this
 * version (the compiler's `unknown-kind` rule says so), so every pack is labelled from this one place.
 *
 * @module
 */
import type { ConceptKind, Level, LocalizedText, Manager } from './model.js';

/** Display name of each concept kind (`Deployment model`, `部署模式`…), in both languages. */
export const conceptKindLabels: Readonly<Record<ConceptKind, LocalizedText>> = {
  concept: { en: 'Concept', zh: '概念' },
  'deployment-model': { en: 'Deployment model', zh: '部署模式' },
  'service-model': { en: 'Service model', zh: '服务类型' },
  'stack-layer': { en: 'Stack layer', zh: '技术栈层次' },
  technique: { en: 'Technique', zh: '技术' },
  'abstraction-level': { en: 'Abstraction level', zh: '抽象层次' },
  'architecture-model': { en: 'Architecture model', zh: '结构模型' },
  component: { en: 'Component', zh: '组件' },
  architecture: { en: 'Architecture', zh: '体系结构' },
  capability: { en: 'Capability', zh: '功能' },
  product: { en: 'Product', zh: '产品' },
  provider: { en: 'Provider', zh: '提供商' },
  organization: { en: 'Organization', zh: '组织' },
};

/** Plural display name of each concept kind (a heading over every concept of the kind); Chinese has no plural. */
export const conceptKindPluralLabels: Readonly<Record<ConceptKind, LocalizedText>> = {
  concept: { en: 'Concepts', zh: '概念' },
  'deployment-model': { en: 'Deployment models', zh: '部署模式' },
  'service-model': { en: 'Service models', zh: '服务类型' },
  'stack-layer': { en: 'Stack layers', zh: '技术栈层次' },
  technique: { en: 'Techniques', zh: '技术' },
  'abstraction-level': { en: 'Abstraction levels', zh: '抽象层次' },
  'architecture-model': { en: 'Architecture models', zh: '结构模型' },
  component: { en: 'Components', zh: '组件' },
  architecture: { en: 'Architectures', zh: '体系结构' },
  capability: { en: 'Capabilities', zh: '功能' },
  product: { en: 'Products', zh: '产品' },
  provider: { en: 'Providers', zh: '提供商' },
  organization: { en: 'Organizations', zh: '组织' },
};

/**
 * The kinds whose concepts' English labels are common nouns ("Virtualization"), written in lower case in
 * the middle of a sentence ("… is an example of paravirtualization"). The other kinds (`architecture`,
 * `product`, `provider`, `organization`) name things (x86, KVM, AWS, NIST) whose case never changes.
 */
export const commonNounKinds: readonly ConceptKind[] = [
  'concept',
  'deployment-model',
  'service-model',
  'stack-layer',
  'technique',
  'abstraction-level',
  'architecture-model',
  'component',
  'capability',
];

/** Display name of each level (`Fundamental`, `基础`…), in both languages. */
export const levelLabels: Readonly<Record<Level, LocalizedText>> = {
  fundamental: { en: 'Fundamental', zh: '基础' },
  intermediate: { en: 'Intermediate', zh: '中级' },
  advanced: { en: 'Advanced', zh: '高级' },
};

/** Display name of who manages a stack layer in the responsibility matrix, in both languages. */
export const managerLabels: Readonly<Record<Manager, LocalizedText>> = {
  provider: { en: 'Provider', zh: '提供商' },
  customer: { en: 'Customer', zh: '用户' },
  shared: { en: 'Shared', zh: '共同管理' },
};
