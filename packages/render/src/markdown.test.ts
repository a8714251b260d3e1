import type { KnowledgeBaseData } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { miniKb } from '../test/fixtures/mini-kb.js';
import { markdownProblems, normalizeTree, parseMarkdown } from '../test/helpers/markdown.js';
import {
  comparisonToMarkdown,
  comparisonToMdast,
  conceptToMdast,
  glossaryToMarkdown,
  glossaryToMdast,
  handbookToMdast,
  matrixToMarkdown,
  matrixToMdast,
  stringifyMarkdown,
  toMarkdownConcept,
  toMarkdownHandbook,
  type MarkdownLanguage,
} from './markdown.js';

const languages: MarkdownLanguage[] = ['en', 'zh', 'bilingual'];
const sourceUrls = new Set([
  ...miniKb.concepts.flatMap((c) => c.sources.map((s) => s.url)),
  ...miniKb.comparisons.flatMap((c) => c.sources.map((s) => s.url)),
  ...miniKb.responsibilityMatrix.sources.map((s) => s.url),
]);

function withConcept(id: string, patch: Partial<KnowledgeBaseData['concepts'][number]>): KnowledgeBaseData {
  return { ...miniKb, concepts: miniKb.concepts.map((concept) => (concept.id === id ? { ...concept, ...patch } : concept)) };
}

describe('@cloudvirt/render/markdown', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('./markdown.js')).sort()).toEqual([
      'HeadingSlugger',
      'comparisonToMarkdown',
      'comparisonToMdast',
      'conceptToMdast',
      'defaultConceptUrlPattern',
      'githubSlug',
      'glossaryToMarkdown',
      'glossaryToMdast',
      'handbookToMdast',
      'markdownLabels',
      'matrixToMarkdown',
      'matrixToMdast',
      'stringifyMarkdown',
      'toMarkdownConcept',
      'toMarkdownHandbook',
    ]);
  });
});

describe('toMarkdownHandbook', () => {
  it.each(languages)('should re-parse to the tree it was built from (%s)', (lang) => {
    const tree = handbookToMdast(miniKb, { lang });
    const markdown = stringifyMarkdown(tree);
    expect(markdown).toBe(toMarkdownHandbook(miniKb, { lang }));
    expect(normalizeTree(parseMarkdown(markdown).tree)).toEqual(normalizeTree(tree));
  });

  it.each(languages)('should resolve every #anchor, footnote and table (%s)', (lang) => {
    const parsed = parseMarkdown(toMarkdownHandbook(miniKb, { lang }));
    expect(markdownProblems(parsed)).toEqual([]);
    expect(parsed.links.filter((link) => link.startsWith('#')).length).toBeGreaterThan(miniKb.concepts.length);
  });

  it('should have the title, contents, topics, one heading per concept, comparisons, matrix and glossary', () => {
    const { headings } = parseMarkdown(toMarkdownHandbook(miniKb));
    expect(headings.slice(0, 2).map((h) => [h.depth, h.text])).toEqual([
      [1, 'Cloud Computing and Virtualization Handbook'],
      [2, 'Contents'],
    ]);
    const topicDepth = (id: string): number => (miniKb.topics.find((t) => t.id === id)?.parent ? 3 : 2);
    for (const topic of miniKb.topics) expect(headings).toContainEqual(expect.objectContaining({ depth: topicDepth(topic.id), text: topic.label.en }));
    for (const concept of miniKb.concepts) {
      expect(headings.filter((h) => h.text === concept.label.en && h.depth === topicDepth(concept.topic) + 1)).toHaveLength(1);
    }
    expect(headings).toContainEqual(expect.objectContaining({ depth: 2, text: 'Comparisons' }));
    for (const comparison of miniKb.comparisons) expect(headings).toContainEqual(expect.objectContaining({ depth: 3, text: comparison.title.en }));
    expect(headings).toContainEqual(expect.objectContaining({ depth: 2, text: miniKb.responsibilityMatrix.title.en }));
    expect(headings.at(-1)?.depth).toBe(3);
    expect(headings).toContainEqual(expect.objectContaining({ depth: 2, text: 'Glossary' }));
  });

  it('should point concept links at the heading of that concept', () => {
    const parsed = parseMarkdown(toMarkdownHandbook(miniKb));
    const slugOf = (label: string) => parsed.headings.filter((h) => h.text === label && h.depth > 2).map((h) => h.slug);
    expect(slugOf('Paravirtualization')).toEqual(['paravirtualization']);
    // the topic "Virtualization" comes first and takes the plain slug; the concept gets `-1`
    expect(slugOf('Virtualization')).toEqual(['virtualization-1']);
    const markdown = toMarkdownHandbook(miniKb);
    expect(markdown).toContain('Xen is an example of [Paravirtualization](#paravirtualization)');
    expect(markdown).toContain('**Prerequisites:** [Virtualization](#virtualization-1)');
  });

  it('should order the concepts of a topic by level', () => {
    const { headings } = parseMarkdown(toMarkdownHandbook(miniKb));
    const order = miniKb.concepts.map((c) => ({ c, at: headings.findIndex((h) => h.text === c.label.en && h.depth > 2) }));
    const levelRank = { fundamental: 0, intermediate: 1, advanced: 2 };
    for (const topic of miniKb.topics) {
      const ranks = order.filter(({ c }) => c.topic === topic.id).sort((a, b) => a.at - b.at).map(({ c }) => levelRank[c.level]);
      expect(ranks).toEqual([...ranks].sort());
    }
  });

  it('should render every comparison, the matrix and the glossary as tables', () => {
    const { tables } = parseMarkdown(toMarkdownHandbook(miniKb));
    const comparison = miniKb.comparisons[0]!;
    const matrix = miniKb.responsibilityMatrix;
    const shapes = tables.map((t) => [t.children.length, t.children[0]!.children.length]);
    expect(shapes[0]).toEqual([comparison.subjects.length + 1, comparison.dimensions.length + 1]);
    expect(shapes[1]).toEqual([matrix.layers.length + 1, matrix.models.length + 1]);
    const glossary = shapes.slice(2);
    expect(glossary.every(([, columns]) => columns === 3)).toBe(true);
    expect(glossary.reduce((sum, [rows]) => sum + rows! - 1, 0)).toBe(miniKb.concepts.length);
  });

  it('should cite each source once, as a footnote', () => {
    const parsed = parseMarkdown(toMarkdownHandbook(miniKb));
    expect(parsed.footnoteDefinitions).toHaveLength(sourceUrls.size);
    expect(parsed.footnoteReferences.length).toBeGreaterThan(sourceUrls.size);
  });

  it('should put both languages side by side when bilingual', () => {
    const markdown = toMarkdownHandbook(miniKb, { lang: 'bilingual' });
    const { headings } = parseMarkdown(markdown);
    expect(headings[0]?.text).toBe('Cloud Computing and Virtualization Handbook · 云计算与虚拟化手册');
    expect(headings.map((h) => h.text)).toContain('Virtual machine monitor · 虚拟机监控器');
    expect(headings.map((h) => h.text)).toContain('Xen');
    const vmm = miniKb.concepts.find((c) => c.id === 'virtual-machine-monitor')!;
    expect(markdown.indexOf(vmm.definition.en)).toBeLessThan(markdown.indexOf(vmm.definition.zh));
    expect(markdown).toContain('| [Full virtualization · 完全虚拟化](#full-virtualization--完全虚拟化) | No · 否 |');
  });

  it('should link to site pages when given a pattern and base URL', () => {
    const markdown = toMarkdownHandbook(miniKb, { lang: 'zh', links: { pattern: '/{lang}/concepts/{id}/' }, baseUrl: 'https://cloudvirt.example/' });
    const { links } = parseMarkdown(markdown);
    expect(links).toContain('https://cloudvirt.example/zh/concepts/paravirtualization/');
    expect(links.filter((l) => l.startsWith('#')).length).toBeGreaterThan(0); // table of contents
    expect(links.some((l) => l.startsWith('https://cloudvirt.example/en/'))).toBe(false);
  });
});

describe('toMarkdownConcept', () => {
  it('should render definition, explanation, examples, relations both ways and sources', () => {
    const markdown = toMarkdownConcept(miniKb, 'full-virtualization');
    const parsed = parseMarkdown(markdown);
    expect(parsed.headings).toEqual([{ depth: 1, text: 'Full virtualization', slug: 'full-virtualization' }]);
    expect(markdown).toContain('The guest OS runs unmodified and cannot tell it is virtualized.[^source-1]');
    expect(markdown).toContain('Full virtualization is a [Virtualization](/en/concepts/virtualization/)');
    expect(markdown).toContain('Full virtualization has example [Xen](/en/concepts/xen/) — Xen also supports full virtualization.');
    expect(markdown).toContain('Full virtualization contrasts with [Paravirtualization](/en/concepts/paravirtualization/)');
    expect(parsed.footnoteDefinitions).toEqual(['source-1']);
    expect(markdownProblems(parsed)).toEqual([]);
    expect(toMarkdownConcept(miniKb, 'xen')).toContain('- Runs a privileged guest (Dom0).');
  });

  it('should link each language to its own pages when bilingual', () => {
    const markdown = toMarkdownConcept(miniKb, 'xen', { lang: 'bilingual', baseUrl: 'https://cloudvirt.example' });
    expect(markdown).toContain('Xen is an example of [Paravirtualization](https://cloudvirt.example/en/concepts/paravirtualization/)\\\n');
    expect(markdown).toContain('Xen是[类虚拟化](https://cloudvirt.example/zh/concepts/paravirtualization/)的实例');
  });

  it('should keep only the text of links whose target is not in the document in anchor mode', () => {
    const parsed = parseMarkdown(toMarkdownConcept(miniKb, 'xen', { links: 'anchor' }));
    expect(parsed.links.filter((l) => !l.startsWith('http'))).toEqual([]);
    expect(markdownProblems(parsed)).toEqual([]);
  });

  it('should resolve concept links in explanations, drop raw HTML and nest explanation headings', () => {
    const kb = withConcept('kvm', {
      explanation: { en: '## Details\n\nSee [Xen](concept:xen), [ghost](concept:nope) and <b>bold</b>.\n\n<div>block</div>', zh: '参见[Xen](concept:xen)。' },
    });
    const tree = conceptToMdast(kb, 'kvm', { lang: 'en' });
    const markdown = stringifyMarkdown(tree);
    expect(markdown).toContain('\n## Details\n');
    expect(markdown).toContain('See [Xen](/en/concepts/xen/), ghost and bold.');
    expect(markdown).not.toContain('<');
    expect(normalizeTree(parseMarkdown(markdown).tree)).toEqual(normalizeTree(tree));
    const handbook = parseMarkdown(toMarkdownHandbook(kb));
    expect(handbook.headings.find((h) => h.text === 'Details')?.depth).toBe(5);
    expect(markdownProblems(handbook)).toEqual([]);
  });

  it('should throw a RangeError naming the ids and the closest one for an unknown concept', () => {
    expect(() => toMarkdownConcept(miniKb, 'kv')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Unexpected concept id \`kv\`, expected one of \`virtualization\`, \`virtual-machine-monitor\`, \`full-virtualization\`, \`paravirtualization\`, \`xen\`, \`kvm\`, \`cloud-computing\`, \`iaas\`, \`operating-system\`, \`servers\`. Did you mean \`kvm\`?]`,
    );
  });

  it('should throw for invalid options', () => {
    expect(() => toMarkdownConcept(miniKb, 'kvm', { lang: 'fr' as MarkdownLanguage })).toThrow(/Unexpected `lang` option of toMarkdownConcept `fr`, expected one of `en`, `zh`, `bilingual`/);
    expect(() => toMarkdownConcept(miniKb, 'kvm', { links: { pattern: '/concepts/' } })).toThrow(/with an `\{id\}` placeholder/);
    expect(() => toMarkdownConcept(miniKb, 'kvm', { baseUrl: 'cloudvirt.example' })).toThrow(/expected an absolute URL/);
  });
});

describe('comparisonToMarkdown', () => {
  it.each(languages)('should render a table with a row per subject and a column per dimension (%s)', (lang) => {
    const comparison = miniKb.comparisons[0]!;
    const tree = comparisonToMdast(miniKb, comparison.id, { lang });
    const markdown = comparisonToMarkdown(miniKb, comparison.id, { lang });
    const parsed = parseMarkdown(markdown);
    expect(normalizeTree(parsed.tree)).toEqual(normalizeTree(tree));
    expect(parsed.tables).toHaveLength(1);
    expect(parsed.tables[0]!.children.map((row) => row.children.length)).toEqual(Array(comparison.subjects.length + 1).fill(comparison.dimensions.length + 1));
    expect(markdownProblems(parsed)).toEqual([]);
  });

  it('should throw when a cell is missing', () => {
    const comparison = { ...miniKb.comparisons[0]!, cells: miniKb.comparisons[0]!.cells.slice(1) };
    expect(() => comparisonToMarkdown({ ...miniKb, comparisons: [comparison] }, comparison.id)).toThrow(
      /has no cell for subject `full-virtualization` × dimension `guest-modified`/,
    );
  });
});

describe('matrixToMarkdown', () => {
  it.each(languages)('should render who manages each layer under each model (%s)', (lang) => {
    const matrix = miniKb.responsibilityMatrix;
    const parsed = parseMarkdown(matrixToMarkdown(miniKb, { lang }));
    expect(normalizeTree(parsed.tree)).toEqual(normalizeTree(matrixToMdast(miniKb, { lang })));
    expect(parsed.tables[0]!.children.map((row) => row.children.length)).toEqual(Array(matrix.layers.length + 1).fill(matrix.models.length + 1));
    expect(markdownProblems(parsed)).toEqual([]);
  });

  it('should say who manages each cell and list the notes', () => {
    const markdown = matrixToMarkdown(miniKb);
    expect(markdown).toContain('| [Servers](/en/concepts/servers/) | Provider |');
    expect(markdown).toContain('| [Operating system](/en/concepts/operating-system/) | Customer |');
    expect(markdown).toContain('- *Infrastructure as a service / Operating system:* You patch the OS.');
  });
});

describe('glossaryToMarkdown', () => {
  it.each(languages)('should list every concept once, A–Z by English term (%s)', (lang) => {
    const parsed = parseMarkdown(glossaryToMarkdown(miniKb, { lang }));
    expect(normalizeTree(parsed.tree)).toEqual(normalizeTree(glossaryToMdast(miniKb, { lang })));
    const rows = parsed.tables.flatMap((table) => table.children.slice(1));
    expect(rows).toHaveLength(miniKb.concepts.length);
    const english = rows.map((row) => {
      const cell = row.children[lang === 'zh' ? 1 : 0]!;
      return JSON.stringify(cell).match(/"value":"([^"]*)"/)![1]!.toLowerCase();
    });
    expect(english).toEqual([...english].sort());
    const initials = parsed.headings.slice(1).map((h) => h.text);
    expect(initials).toEqual([...new Set(miniKb.concepts.map((c) => c.label.en[0]!.toUpperCase()))].sort());
  });

  it('should show the Chinese term and every alias', () => {
    expect(glossaryToMarkdown(miniKb)).toContain('| [KVM](/en/concepts/kvm/) | KVM | Kernel-based Virtual Machine, 基于内核的虚拟机 |');
    expect(glossaryToMarkdown(miniKb, { lang: 'zh' })).toContain('| [类虚拟化](/zh/concepts/paravirtualization/) | Paravirtualization | para-virtualization, 半虚拟化 |');
  });
});
