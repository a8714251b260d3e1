/**
 * The heading anchors of the Markdown handbook (`handbook-{lang}.md`) for every concept, topic and
 * comparison, read from the handbook's own table of contents (`handbookToMdast`). Anchors are GitHub
 * heading slugs, so they follow the labels; the identity lock notices when a label edit moves one.
 *
 * @module
 */
import type { KnowledgeBaseData, Locale, Topic } from '@cloudvirt/core';
import { hasResponsibilityMatrix, levels } from '@cloudvirt/core';
import { handbookToMdast } from '@cloudvirt/render/markdown';
import type { List, ListItem, Nodes } from 'mdast';

/** The anchor of one record in a handbook. */
export interface HandbookAnchor {
  /** `['concept', 'kvm']`, `['topic', 'cloud-basics']`, `['comparison', 'cloud-types']`, `['matrix']`, `['glossary']`. */
  readonly record: readonly string[];
  /** The heading slug, without `#`. */
  readonly anchor: string;
  /** The link text in the table of contents (the heading's text). */
  readonly text: string;
}

/** Text content of an mdast node. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** The link of a table-of-contents item and its nested list. */
function readItem(item: ListItem | undefined, expected: string, where: string): { anchor: string; text: string; list: List | undefined } {
  const paragraph = item?.children[0];
  const link = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (link?.type !== 'link' || !link.url.startsWith('#')) {
    throw new Error(`The handbook's table of contents has no link for ${where}, expected an item linking to its heading.`);
  }
  const text = textOf(link);
  if (text !== expected) {
    throw new Error(`The handbook's table of contents lists \`${text}\` where ${where} (\`${expected}\`) was expected; its structure changed.`);
  }
  const nested = item?.children[1];
  return { anchor: link.url.slice(1), text, list: nested?.type === 'list' ? nested : undefined };
}

/**
 * Every record's anchor in the handbook of one language.
 *
 * @param kb The knowledge base.
 * @param lang The handbook's language.
 * @returns Anchors of concepts, topics, comparisons, the matrix and the glossary.
 * @throws {Error} When the table of contents does not have the documented structure.
 */
export function handbookAnchors(kb: KnowledgeBaseData, lang: Locale): HandbookAnchor[] {
  const tree = handbookToMdast(kb, { lang });
  const toc = tree.children.find((node): node is List => node.type === 'list');
  if (toc === undefined) throw new Error('The handbook has no table of contents (a list after the title).');
  const anchors: HandbookAnchor[] = [];
  const topicIds = new Set(kb.topics.map((topic) => topic.id));
  const childrenOf = (parent: string | undefined): Topic[] =>
    kb.topics.filter((topic) => (parent === undefined ? topic.parent === undefined || !topicIds.has(topic.parent) : topic.parent === parent));

  const visitTopic = (topic: Topic, item: ListItem | undefined): void => {
    const read = readItem(item, topic.label[lang], `topic \`${topic.id}\``);
    anchors.push({ record: ['topic', topic.id], anchor: read.anchor, text: read.text });
    const concepts = kb.concepts.filter((concept) => concept.topic === topic.id).sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level));
    const children = childrenOf(topic.id);
    const items = read.list?.children ?? [];
    concepts.forEach((concept, index) => {
      const conceptItem = readItem(items[index], concept.label[lang], `concept \`${concept.id}\``);
      anchors.push({ record: ['concept', concept.id], anchor: conceptItem.anchor, text: conceptItem.text });
    });
    children.forEach((child, index) => visitTopic(child, items[concepts.length + index]));
  };

  const roots = childrenOf(undefined);
  roots.forEach((topic, index) => visitTopic(topic, toc.children[index]));
  let next = roots.length;
  if (kb.comparisons.length > 0) {
    const section = toc.children[next++];
    const list = section?.children[1];
    kb.comparisons.forEach((comparison, index) => {
      const read = readItem(list?.type === 'list' ? list.children[index] : undefined, comparison.title[lang], `comparison \`${comparison.id}\``);
      anchors.push({ record: ['comparison', comparison.id], anchor: read.anchor, text: read.text });
    });
  }
  // Note: like the handbook itself, a matrix without a model or a layer has no section.
  if (hasResponsibilityMatrix(kb.responsibilityMatrix)) {
    const matrix = readItem(toc.children[next++], kb.responsibilityMatrix.title[lang], 'the responsibility matrix');
    anchors.push({ record: ['matrix'], anchor: matrix.anchor, text: matrix.text });
  }
  const glossaryItem = toc.children[next];
  const glossaryLink = glossaryItem?.children[0]?.type === 'paragraph' ? glossaryItem.children[0].children[0] : undefined;
  if (glossaryLink?.type !== 'link') throw new Error("The handbook's table of contents ends without the glossary.");
  anchors.push({ record: ['glossary'], anchor: glossaryLink.url.slice(1), text: textOf(glossaryLink) });
  return anchors;
}
