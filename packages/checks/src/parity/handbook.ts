/**
 * Parity of the Markdown handbooks (`downloads/handbook-{en,zh}.md`), parsed with remark: every concept
 * under its heading anchor (GitHub slugs, as GitHub renders the file), every relation as links between
 * the two concepts' sections, every comparison and matrix cell in its table.
 *
 * @module
 */
import { managerLabels, type KnowledgeBaseData, type Locale } from '@cloudvirt/core';
import { HeadingSlugger } from '@cloudvirt/render/markdown';
import type { Heading, Nodes, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { handbookAnchors } from '../handbook-anchors.js';
import { Tally, type OutputParity } from './tally.js';

/** Text content of an mdast node. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** Every link URL under a node. */
function linkUrls(node: Nodes): string[] {
  if (node.type === 'link') return [node.url, ...node.children.flatMap(linkUrls)];
  return 'children' in node ? (node.children as Nodes[]).flatMap(linkUrls) : [];
}

/** Collapse whitespace. */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The handbook's sections: each heading's slug, text and the nodes up to the next heading of the same or a higher level. */
function sections(tree: Root): Map<string, { heading: Heading; nodes: RootContent[] }> {
  const slugger = new HeadingSlugger();
  const result = new Map<string, { heading: Heading; nodes: RootContent[] }>();
  const children = tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const slug = slugger.slug(textOf(node));
    const nodes: RootContent[] = [];
    for (const next of children.slice(index + 1)) {
      if (next.type === 'heading' && next.depth <= node.depth) break;
      nodes.push(next);
    }
    result.set(slug, { heading: node, nodes });
  });
  return result;
}

/** A table's rows as cell texts and cell link URLs. */
function tableRows(table: Table): { texts: string[]; links: string[][] }[] {
  return table.children.map((row) => ({ texts: row.children.map((cell) => collapse(textOf(cell))), links: row.children.map(linkUrls) }));
}

/**
 * Check one handbook against the knowledge base.
 *
 * @param kb The knowledge base.
 * @param lang The handbook's language.
 * @param text The handbook's Markdown, or `undefined` when the file is missing.
 * @returns The parity.
 */
export function handbookParity(kb: KnowledgeBaseData, lang: Locale, text: string | undefined): OutputParity {
  const output = `handbook-${lang}.md`;
  const tally = new Tally(output);
  if (text === undefined) {
    tally.fail(`downloads/${output} is missing`);
    return tally.result();
  }
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const bySlug = sections(tree);
  const anchors = new Map(handbookAnchors(kb, lang).map((anchor) => [anchor.record.join('/'), anchor.anchor]));
  const anchorOf = (record: string): string => anchors.get(record) ?? `(no anchor for ${record})`;

  for (const concept of kb.concepts) {
    const anchor = anchorOf(`concept/${concept.id}`);
    const section = bySlug.get(anchor);
    tally.check('concepts', section === undefined ? `${output}: no heading with the anchor #${anchor} (${concept.id})` : undefined);
    tally.check(
      'languages',
      section !== undefined && collapse(textOf(section.heading)) === collapse(concept.label[lang])
        ? undefined
        : `${output}: the heading #${anchor} is not the ${lang} label \`${concept.label[lang]}\``,
    );
  }

  for (const relation of kb.relations) {
    const from = bySlug.get(anchorOf(`concept/${relation.from}`));
    const to = bySlug.get(anchorOf(`concept/${relation.to}`));
    const fromLinks = new Set(from?.nodes.flatMap(linkUrls) ?? []);
    const toLinks = new Set(to?.nodes.flatMap(linkUrls) ?? []);
    const name = `${relation.from} ${relation.type} ${relation.to}`;
    tally.check(
      'relations',
      !fromLinks.has(`#${anchorOf(`concept/${relation.to}`)}`)
        ? `${output}: the section of ${relation.from} does not link to ${relation.to} (${name})`
        : !toLinks.has(`#${anchorOf(`concept/${relation.from}`)}`)
          ? `${output}: the section of ${relation.to} does not link back to ${relation.from} (${name})`
          : undefined,
    );
  }

  for (const comparison of kb.comparisons) {
    const section = bySlug.get(anchorOf(`comparison/${comparison.id}`));
    const table = section?.nodes.find((node): node is Table => node.type === 'table');
    const rows = table === undefined ? [] : tableRows(table);
    const header = rows[0]?.texts ?? [];
    for (const cell of comparison.cells) {
      const row = rows.find((candidate) => candidate.links[0]?.includes(`#${anchorOf(`concept/${cell.subject}`)}`));
      const dimension = comparison.dimensions.find((candidate) => candidate.id === cell.dimension);
      const column = dimension === undefined ? -1 : header.indexOf(collapse(dimension.label[lang]));
      tally.check(
        'cells',
        table === undefined
          ? `${output}: no table under the comparison ${comparison.id}`
          : row === undefined || column < 0 || !(row.texts[column] ?? '').includes(collapse(cell.text[lang]))
            ? `${output}: the cell ${comparison.id} ${cell.subject} × ${cell.dimension} does not hold its text`
            : undefined,
      );
    }
  }

  const matrixSection = bySlug.get(anchorOf('matrix'));
  const matrixTable = matrixSection?.nodes.find((node): node is Table => node.type === 'table');
  const matrixRows = matrixTable === undefined ? [] : tableRows(matrixTable);
  const modelColumns = matrixRows[0]?.links.map((urls) => urls[0]) ?? [];
  for (const cell of kb.responsibilityMatrix.cells) {
    const row = matrixRows.find((candidate) => candidate.links[0]?.includes(`#${anchorOf(`concept/${cell.layer}`)}`));
    const column = modelColumns.indexOf(`#${anchorOf(`concept/${cell.model}`)}`);
    tally.check(
      'cells',
      row === undefined || column < 0 || !(row.texts[column] ?? '').startsWith(managerLabels[cell.manager][lang])
        ? `${output}: the matrix cell ${cell.model} × ${cell.layer} is not "${managerLabels[cell.manager][lang]}"`
        : undefined,
    );
  }
  return tally.result();
}
