/**
 * The whole knowledge base as one Markdown handbook: title, table of contents, topics in order
 * (sub-topics nested) with their concepts by level, every comparison, the responsibility matrix
 * and the glossary index. A pack without comparisons or without a matrix (no models or layers) gets
 * neither section nor table-of-contents entry for them. Sources are footnotes, shared by every section that cites them.
 *
 * @module
 */
import { packLicenseNotice } from '../shared/pack-notice.js';
import { packIdentityOf } from '../shared/pack-identity.js';
import { packTexts } from '../shared/published-before-packs.js';
import { hasResponsibilityMatrix, levels, type Concept, type KnowledgeBaseData, type Pack, type Topic } from '@cloudvirt/core';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { conceptSection } from './concept.js';
import { conceptAnchorKey, MarkdownContext, paragraph, plain } from './context.js';
import { glossaryAnchorKey, glossarySection } from './glossary.js';
import { markdownLabels } from './labels.js';
import { checkMarkdownArguments, type MarkdownHandbookOptions } from './options.js';
import { stringifyMarkdown } from './stringify.js';
import { memoText, type RenderMemo } from '../anki/render-memo.js';
import { comparisonAnchorKey, comparisonSection, matrixAnchorKey, matrixSection } from './tables.js';

const comparisonsAnchorKey = 'comparisons';

interface TopicNode {
  readonly topic: Topic;
  readonly depth: number;
  readonly concepts: readonly Concept[];
  readonly children: TopicNode[];
}

/**
 * The handbook as mdast. Links between concepts point at their headings unless `links` says otherwise.
 *
 * @param data The knowledge base.
 * @param options Language, title (default: the pack's handbook title, its name for a pack other than CloudVirt), link mode (default `'anchor'`), base URL.
 * @returns The finalized mdast root.
 * @throws {TypeError} When the knowledge base has no pack identity (`pack`).
 * @throws {RangeError} When a concept's topic is not one of the topics.
 */
export function handbookToMdast(data: KnowledgeBaseData, options?: MarkdownHandbookOptions): Root {
  return handbookDocument('handbookToMdast', data, options);
}

function handbookDocument(fn: string, data: KnowledgeBaseData, options: MarkdownHandbookOptions | undefined, memo?: RenderMemo): Root {
  const context = new MarkdownContext(data, checkMarkdownArguments(fn, data, options, 'anchor', true), memo);
  const pack = packIdentityOf(fn, data);
  const tree = topicTree(data);
  const children: RootContent[] = [
    context.heading(1, context.text(options?.title ?? packTexts(pack).handbookTitle)),
    ...(data.pack === undefined ? [] : licenseParagraphs(context, data.pack)),
    context.heading(2, context.text(markdownLabels.contents)),
    tableOfContents(context, tree),
  ];
  const visit = (node: TopicNode): void => {
    children.push(context.heading(node.depth, context.text(node.topic.label), topicAnchorKey(node.topic.id)));
    children.push(...context.paragraphs(node.topic.description));
    for (const concept of node.concepts) children.push(...conceptSection(context, concept, node.depth + 1));
    node.children.forEach(visit);
  };
  tree.forEach(visit);
  if (data.comparisons.length > 0) {
    children.push(context.heading(2, context.text(markdownLabels.comparisons), comparisonsAnchorKey));
    for (const comparison of data.comparisons) children.push(...comparisonSection(context, comparison, 3));
  }
  if (hasResponsibilityMatrix(data.responsibilityMatrix)) children.push(...matrixSection(context, 2));
  children.push(...glossarySection(context, 2));
  return context.finalizeDocument({ type: 'root', children });
}

/** The pack's licence line, one paragraph per language, with the licence URL as a link (GFM would autolink it anyway). */
function licenseParagraphs(context: MarkdownContext, pack: Pack): Paragraph[] {
  const url = pack.license.url;
  return context.paragraphs(packLicenseNotice(pack)).map((node) => {
    const children = node.children.flatMap((child): PhrasingContent[] => {
      if (child.type !== 'text' || !child.value.includes(url)) return [child];
      const [before = '', ...after] = child.value.split(url);
      const link: PhrasingContent = { type: 'link', url, children: [plain(url)] };
      return [...(before === '' ? [] : [plain(before)]), link, ...(after.join(url) === '' ? [] : [plain(after.join(url))])];
    });
    return paragraph(...children);
  });
}

/**
 * The handbook as Markdown (GFM).
 *
 * @param data The knowledge base.
 * @param options Language, title (default: the pack's handbook title, its name for a pack other than CloudVirt), link mode (default `'anchor'`), base URL.
 * @param memo Where the stored Markdown parsed by earlier builds is kept (see `RenderMemo`); the
 *   handbook is the same with or without one.
 * @returns Markdown ending with one newline.
 * @throws {TypeError} When the knowledge base has no pack identity (`pack`).
 * @throws {RangeError} When a concept's topic is not one of the topics.
 */
export function toMarkdownHandbook(data: KnowledgeBaseData, options?: MarkdownHandbookOptions, memo?: RenderMemo): string {
  const tree = handbookDocument('toMarkdownHandbook', data, options, memo);
  return memo === undefined ? stringifyMarkdown(tree) : stringifyBySection(tree, memo);
}

/** The memo part of a stringified handbook section; bump the number when the serializer's options change. */
const sectionPart = 'markdown-section-1';

/**
 * The finalized handbook as Markdown, section by section through the memo: the top-level blocks are cut
 * before each heading, each run is serialized as a root of its own (its input: its mdast, links and
 * slugs already resolved) and the runs are joined by a blank line. That is the whole tree's text:
 * remark-stringify separates top-level blocks by a blank line unless two lists (or a list and indented
 * code) meet, which never happens across a heading, and a heading ends the run of list bullets.
 */
function stringifyBySection(tree: Root, memo: RenderMemo): string {
  const runs: RootContent[][] = [];
  for (const child of tree.children) {
    if (child.type === 'heading' || runs.length === 0) runs.push([child]);
    else runs.at(-1)!.push(child);
  }
  const texts = runs.map((children) => {
    const section: Root = { type: 'root', children };
    const first = children[0]!;
    const id = first.type === 'heading' ? String(first.data?.hProperties?.id ?? '') : '';
    return memoText(memo, sectionPart, `section:${id}`, () => JSON.stringify(section), () => stringifyMarkdown(section)).replace(/\n$/u, '');
  });
  return texts.length === 0 ? stringifyMarkdown(tree) : `${texts.join('\n\n')}\n`;
}

function topicAnchorKey(id: string): string {
  return `topic:${id}`;
}

/** Topics as a forest (children in data order), each with its concepts ordered by level, then data order. */
function topicTree(data: KnowledgeBaseData): TopicNode[] {
  const topicIds = new Set(data.topics.map((topic) => topic.id));
  const byTopic = new Map<string, Concept[]>();
  for (const concept of data.concepts) {
    if (!topicIds.has(concept.topic)) {
      throw new RangeError(`Concept \`${concept.id}\` has topic \`${concept.topic}\`, expected one of the knowledge base's topics (${[...topicIds].join(', ')}).`);
    }
    byTopic.set(concept.topic, [...(byTopic.get(concept.topic) ?? []), concept]);
  }
  const build = (topic: Topic, depth: number, seen: ReadonlySet<string>): TopicNode => ({
    topic,
    depth,
    concepts: [...(byTopic.get(topic.id) ?? [])].sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level)),
    children: data.topics
      .filter((child) => child.parent === topic.id && !seen.has(child.id))
      .map((child) => build(child, Math.min(depth + 1, 5), new Set([...seen, child.id]))),
  });
  return data.topics.filter((topic) => topic.parent === undefined || !topicIds.has(topic.parent)).map((topic) => build(topic, 2, new Set([topic.id])));
}

function tableOfContents(context: MarkdownContext, tree: readonly TopicNode[]): List {
  const topicItem = (node: TopicNode): ListItem =>
    item(context.anchorLink(topicAnchorKey(node.topic.id), context.text(node.topic.label)), [
      ...node.concepts.map((concept) => item(context.anchorLink(conceptAnchorKey(concept.id), context.text(concept.label)))),
      ...node.children.map(topicItem),
    ]);
  const data = context.kb.data;
  const matrix = data.responsibilityMatrix;
  return list([
    ...tree.map(topicItem),
    ...(data.comparisons.length > 0
      ? [
          item(
            context.anchorLink(comparisonsAnchorKey, context.text(markdownLabels.comparisons)),
            data.comparisons.map((comparison) => item(context.anchorLink(comparisonAnchorKey(comparison.id), context.text(comparison.title)))),
          ),
        ]
      : []),
    ...(hasResponsibilityMatrix(matrix) ? [item(context.anchorLink(matrixAnchorKey, context.text(matrix.title)))] : []),
    item(context.anchorLink(glossaryAnchorKey, context.text(markdownLabels.glossary))),
  ]);
}

function item(link: ReturnType<MarkdownContext['anchorLink']>, children: ListItem[] = []): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(link), ...(children.length > 0 ? [list(children)] : [])] };
}

function list(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}
