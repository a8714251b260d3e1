/**
 * Fixed interface strings of the Markdown adapter (section and field names), in both languages. Content
 * text comes from the knowledge base, and the vocabulary's labels (concept kinds, levels, managers) from
 * `@cloudvirt/core` (`conceptKindLabels`, `levelLabels`, `managerLabels`); only these labels live here.
 *
 * @module
 */
import type { LocalizedText } from '@cloudvirt/core';

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
