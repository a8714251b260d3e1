/**
 * `@cloudvirt/render/markdown`: the knowledge base as Markdown. Every output is an mdast tree
 * serialized with remark-stringify + remark-gfm (tables, footnotes), never hand-built strings.
 *
 * - {@link toMarkdownHandbook}: the whole handbook (table of contents, topics, concepts by level,
 *   comparisons, responsibility matrix, glossary), with links between concepts as heading anchors.
 * - {@link toMarkdownConcept}, {@link comparisonToMarkdown}, {@link matrixToMarkdown},
 *   {@link glossaryToMarkdown}: one part as a standalone document.
 * - The `…ToMdast` variants return the finalized tree instead of text.
 *
 * Languages: `lang: 'en' | 'zh' | 'bilingual'`. Links: `links: 'anchor' | { pattern }`.
 *
 * @packageDocumentation
 */
export { conceptToMdast, toMarkdownConcept } from './markdown/concept.js';
export { glossaryToMarkdown, glossaryToMdast } from './markdown/glossary.js';
export { handbookToMdast, toMarkdownHandbook } from './markdown/handbook.js';
export { markdownLabels } from './markdown/labels.js';
export type { RenderMemo } from './anki/render-memo.js';
export {
  defaultConceptUrlPattern,
  type MarkdownHandbookOptions,
  type MarkdownLanguage,
  type MarkdownLinks,
  type MarkdownOptions,
} from './markdown/options.js';
export { githubSlug, HeadingSlugger } from './markdown/slug.js';
export { stringifyMarkdown } from './markdown/stringify.js';
export { comparisonToMarkdown, comparisonToMdast, matrixToMarkdown, matrixToMdast } from './markdown/tables.js';
