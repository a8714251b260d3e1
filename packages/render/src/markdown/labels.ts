/**
 * Fixed interface strings of the Markdown adapter (section names, kinds, levels, managers), in both
 * languages. Content text comes from the knowledge base; only these labels live in code.
 *
 * @module
 */
import type { ConceptKind, Level, LocalizedText, Manager } from '@cloudvirt/core';

/** Section and field names used by the Markdown adapter. */
export const markdownLabels = {
  contents: { en: 'Contents', zh: '目录' },
  comparisons: { en: 'Comparisons', zh: '对比' },
  glossary: { en: 'Glossary', zh: '术语表' },
  examples: { en: 'Examples', zh: '示例' },
  relations: { en: 'Relations', zh: '关系' },
  prerequisites: { en: 'Prerequisites', zh: '前置知识' },
  alsoKnownAs: { en: 'Also known as', zh: '别称' },
  sources: { en: 'Sources', zh: '来源' },
  notes: { en: 'Notes', zh: '说明' },
  concept: { en: 'Concept', zh: '概念' },
  term: { en: 'Term', zh: '术语' },
  layer: { en: 'Layer', zh: '层次' },
  inChinese: { en: 'in Chinese', zh: '中文' },
  chinese: { en: 'Chinese', zh: '中文' },
  english: { en: 'English', zh: '英文' },
  inEnglish: { en: 'in English', zh: '英文' },
  handbookTitle: { en: 'Cloud Computing and Virtualization Handbook', zh: '云计算与虚拟化手册' },
  otherInitial: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, LocalizedText>;

/** Display names of the concept kinds. */
export const kindLabels: Readonly<Record<ConceptKind, LocalizedText>> = {
  concept: { en: 'Concept', zh: '概念' },
  'deployment-model': { en: 'Deployment model', zh: '部署模型' },
  'service-model': { en: 'Service model', zh: '服务模型' },
  'stack-layer': { en: 'Stack layer', zh: 'IT 栈层次' },
  technique: { en: 'Technique', zh: '技术手段' },
  'abstraction-level': { en: 'Abstraction level', zh: '抽象层次' },
  'architecture-model': { en: 'Architecture model', zh: '架构模型' },
  component: { en: 'Component', zh: '组件' },
  architecture: { en: 'Architecture', zh: '体系结构' },
  capability: { en: 'Capability', zh: '能力' },
  product: { en: 'Product', zh: '产品' },
  provider: { en: 'Provider', zh: '提供商' },
  organization: { en: 'Organization', zh: '组织' },
};

/** Display names of the levels. */
export const levelLabels: Readonly<Record<Level, LocalizedText>> = {
  fundamental: { en: 'Fundamental', zh: '基础' },
  intermediate: { en: 'Intermediate', zh: '进阶' },
  advanced: { en: 'Advanced', zh: '高级' },
};

/** Display names of who manages a stack layer. */
export const managerLabels: Readonly<Record<Manager, LocalizedText>> = {
  provider: { en: 'Provider', zh: '服务商' },
  customer: { en: 'Customer', zh: '用户' },
  shared: { en: 'Shared', zh: '共同管理' },
};
