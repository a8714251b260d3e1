/**
 * Re-parse Markdown output with remark-parse + remark-gfm and summarize what a reader would get:
 * headings with their GitHub anchors, links, tables, footnotes and any raw HTML.
 */
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { HeadingSlugger } from '../../src/markdown/slug.js';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface ParsedMarkdown {
  readonly tree: Root;
  readonly headings: { depth: number; text: string; slug: string }[];
  readonly links: string[];
  readonly tables: Table[];
  htmlNodes: number;
  readonly footnoteReferences: string[];
  readonly footnoteDefinitions: string[];
}

export function parseMarkdown(markdown: string): ParsedMarkdown {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const slugger = new HeadingSlugger();
  const result: ParsedMarkdown = { tree, headings: [], links: [], tables: [], htmlNodes: 0, footnoteReferences: [], footnoteDefinitions: [] };
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = textOf(node);
      result.headings.push({ depth: node.depth, text, slug: slugger.slug(text) });
    }
    if (node.type === 'link') result.links.push(node.url);
    if (node.type === 'table') result.tables.push(node);
    if (node.type === 'html') result.htmlNodes++;
    if (node.type === 'footnoteReference') result.footnoteReferences.push(node.identifier);
    if (node.type === 'footnoteDefinition') result.footnoteDefinitions.push(node.identifier);
  });
  return result;
}

/** Problems a reader would hit: dangling `#anchors`, undefined footnotes, ragged tables, raw HTML. */
export function markdownProblems(parsed: ParsedMarkdown): string[] {
  const problems: string[] = [];
  const slugs = new Set(parsed.headings.map((heading) => heading.slug));
  for (const link of parsed.links) {
    if (link.startsWith('#') && !slugs.has(decodeURIComponent(link.slice(1)))) problems.push(`dangling anchor ${link}`);
  }
  const defined = new Set(parsed.footnoteDefinitions);
  for (const reference of new Set(parsed.footnoteReferences)) if (!defined.has(reference)) problems.push(`undefined footnote ${reference}`);
  for (const definition of defined) if (!parsed.footnoteReferences.includes(definition)) problems.push(`unused footnote ${definition}`);
  for (const table of parsed.tables) {
    const width = table.children[0]?.children.length ?? 0;
    table.children.forEach((row, index) => {
      if (row.children.length !== width) problems.push(`table row ${index} has ${row.children.length} cells, header has ${width}`);
    });
  }
  if (parsed.htmlNodes > 0) problems.push(`${parsed.htmlNodes} raw HTML node(s)`);
  return problems;
}

/** An mdast tree without positions and data, adjacent text merged, empty text removed: what survives serialization. */
export function normalizeTree(node: Nodes): unknown {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'data' || key === 'children') continue;
    if (value === null || value === undefined) continue;
    copy[key] = value;
  }
  if ('children' in node) {
    const children: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const last = children.at(-1);
      if (child.type === 'text' && child.value === '') continue;
      if (child.type === 'text' && last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value + child.value };
      else children.push(child);
    }
    copy.children = children.map(normalizeTree);
  }
  return copy;
}

export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function visit(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, callback);
}
