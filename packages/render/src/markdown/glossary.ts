/**
 * The glossary index: every concept with its English and Chinese terms and aliases, grouped A–Z by
 * the English term. The order is stable and needs no pinyin or locale collation: lowercase code-point
 * order of the English term, then the id.
 *
 * @module
 */
import type { Concept, KnowledgeBaseData, Locale } from '@cloudvirt/core';
import type { Root, RootContent } from 'mdast';
import { MarkdownContext, plain } from './context.js';
import { markdownLabels } from './labels.js';
import { checkMarkdownArguments, defaultConceptUrlPattern, type MarkdownOptions } from './options.js';
import { stringifyMarkdown } from './stringify.js';
import { row, table } from './tables.js';

/** The anchor key of the glossary's heading. */
export const glossaryAnchorKey = 'glossary';

/**
 * Concepts in glossary order, grouped by the initial of the English term (`A`…`Z`, then one group
 * for terms starting with anything else).
 *
 * @param concepts The concepts.
 * @returns Groups in order; `initial` is `null` for the "other" group.
 */
export function glossaryGroups(concepts: readonly Concept[]): { initial: string | null; concepts: Concept[] }[] {
  const sorted = [...concepts].sort((a, b) => compare(sortKey(a.label.en), sortKey(b.label.en)) || compare(a.id, b.id));
  const groups = new Map<string | null, Concept[]>();
  for (const concept of sorted) {
    const first = sortKey(concept.label.en).charAt(0);
    const initial = /^[a-z]$/.test(first) ? first.toUpperCase() : null;
    const group = groups.get(initial);
    if (group) group.push(concept);
    else groups.set(initial, [concept]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compare(a, b)))
    .map(([initial, members]) => ({ initial, concepts: members }));
}

/**
 * The glossary section: a heading, then one sub-heading and one table per initial.
 * Columns: the term in the first rendered language (linked), the term in the other language, aliases.
 *
 * @param context The document being built.
 * @param depth Depth of the glossary heading.
 * @returns Blocks.
 */
export function glossarySection(context: MarkdownContext, depth: number): RootContent[] {
  const [first, second]: [Locale, Locale] = context.primary === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  const languageName = { en: markdownLabels.english, zh: markdownLabels.chinese };
  const header = row([
    [plain(context.options.lang === 'bilingual' ? context.text(languageName.en) : context.text(markdownLabels.term))],
    [plain(context.text(languageName[second]))],
    [plain(context.text(markdownLabels.alsoKnownAs))],
  ]);
  const blocks: RootContent[] = [context.heading(depth, context.text(markdownLabels.glossary), glossaryAnchorKey)];
  for (const group of glossaryGroups(context.kb.data.concepts)) {
    blocks.push(context.heading(depth + 1, group.initial ?? context.text(markdownLabels.otherInitial)));
    const rows = group.concepts.map((concept) =>
      row([
        [context.conceptLink(concept.id, [plain(concept.label[first])], first)],
        [plain(concept.label[second])],
        [plain([...new Set([...concept.aliases.en, ...concept.aliases.zh])].join(', '))],
      ]),
    );
    blocks.push(table(header, rows));
  }
  return blocks;
}

/**
 * The glossary as a standalone Markdown document (mdast).
 *
 * @param data The knowledge base.
 * @param options Language, link mode (default: site pages), base URL.
 * @returns The finalized mdast root.
 */
export function glossaryToMdast(data: KnowledgeBaseData, options?: MarkdownOptions): Root {
  return glossaryDocument('glossaryToMdast', data, options);
}

function glossaryDocument(fn: string, data: KnowledgeBaseData, options: MarkdownOptions | undefined): Root {
  const context = new MarkdownContext(data, checkMarkdownArguments(fn, data, options, { pattern: defaultConceptUrlPattern }));
  return context.finalizeDocument({ type: 'root', children: glossarySection(context, 1) });
}

/**
 * The glossary as a standalone Markdown document with one GFM table per initial.
 *
 * @param data The knowledge base.
 * @param options Language, link mode (default: site pages), base URL.
 * @returns Markdown (GFM).
 */
export function glossaryToMarkdown(data: KnowledgeBaseData, options?: MarkdownOptions): string {
  return stringifyMarkdown(glossaryDocument('glossaryToMarkdown', data, options));
}

function sortKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
