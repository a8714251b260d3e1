/**
 * A pack without a responsibility matrix and without comparisons (both are optional): every adapter
 * renders it cleanly, with no section, entry, note or node for what the pack does not have.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { ankiCardKinds, planAnkiDeck, toAnkiPackage, type AnkiLanguage } from '../src/anki.js';
import { conceptPageJsonLd, datasetPageJsonLd, homePageJsonLd, jsonLdScriptElement, toJsonLdDataset, toTurtle } from '../src/jsonld.js';
import { matrixToMarkdown, matrixToMdast, toMarkdownHandbook, type MarkdownLanguage } from '../src/markdown.js';
import { hasResponsibilityMatrix } from '@cloudvirt/core';
import { miniKb } from './fixtures/mini-kb.js';
import { noMatrixKb } from './fixtures/no-matrix-kb.js';
import { validateDataset } from './helpers/jsonld.js';
import { markdownProblems, parseMarkdown, textOf } from './helpers/markdown.js';

const markdownLanguages: MarkdownLanguage[] = ['en', 'zh', 'bilingual'];
const ankiLanguages: AnkiLanguage[] = ['en', 'zh', 'bilingual'];
const withoutMatrix = { ...noMatrixKb, comparisons: miniKb.comparisons };

describe('hasResponsibilityMatrix', () => {
  it('should need at least one model and one layer', () => {
    expect(hasResponsibilityMatrix(miniKb.responsibilityMatrix)).toBe(true);
    expect(hasResponsibilityMatrix(noMatrixKb.responsibilityMatrix)).toBe(false);
    expect(hasResponsibilityMatrix({ ...miniKb.responsibilityMatrix, models: [] })).toBe(false);
    expect(hasResponsibilityMatrix({ ...miniKb.responsibilityMatrix, layers: [] })).toBe(false);
    expect(hasResponsibilityMatrix(undefined)).toBe(false);
  });
});

describe('a pack without matrix and comparisons: Markdown handbook', () => {
  for (const lang of markdownLanguages) {
    it(`should have no matrix or comparison section, heading, table or contents entry (${lang})`, () => {
      const markdown = toMarkdownHandbook(noMatrixKb, { lang });
      const parsed = parseMarkdown(markdown);
      expect(markdownProblems(parsed)).toEqual([]);
      expect(parsed.headings.filter((heading) => heading.text.trim() === '')).toEqual([]);
      expect(markdown).not.toMatch(/^#+\s*$/m);
      expect(markdown).not.toMatch(/^\s*[-*]\s*(\[\]\(#\))?\s*$/m);
      expect(parsed.links).not.toContain('#');
      // The only tables are the glossary's three-column ones.
      expect(parsed.tables.map((table) => table.children[0]?.children.length)).toEqual(parsed.tables.map(() => 3));
      const headings = parsed.headings.map((heading) => heading.text);
      for (const title of [miniKb.responsibilityMatrix.title.en, miniKb.responsibilityMatrix.title.zh, 'Comparisons', '对比', miniKb.comparisons[0]!.title.en]) {
        expect(headings.some((heading) => heading.includes(title))).toBe(false);
      }
      const contents = parsed.tree.children.find((node) => node.type === 'list');
      expect(contents).toBeDefined();
      const entries = textOf(contents!);
      expect(entries).toContain(lang === 'zh' ? '术语表' : 'Glossary');
      expect(entries).not.toMatch(/Comparisons|对比/);
    });
  }

  it('should still render the matrix of a pack that has one, and comparisons without a matrix (the checks can fail)', () => {
    const full = parseMarkdown(toMarkdownHandbook(miniKb, { lang: 'en' }));
    expect(full.headings.map((heading) => heading.text)).toContain(miniKb.responsibilityMatrix.title.en);
    const comparisonsOnly = parseMarkdown(toMarkdownHandbook(withoutMatrix, { lang: 'en' }));
    expect(markdownProblems(comparisonsOnly)).toEqual([]);
    const headings = comparisonsOnly.headings.map((heading) => heading.text);
    expect(headings).toContain('Comparisons');
    expect(headings).not.toContain(miniKb.responsibilityMatrix.title.en);
    expect(headings.filter((heading) => heading.trim() === '')).toEqual([]);
  });

  it('should refuse a standalone matrix document with a clear error, not an empty table', () => {
    expect(() => matrixToMarkdown(noMatrixKb, { lang: 'en' })).toThrow(/matrixToMarkdown: the knowledge base has no responsibility matrix .*expected at least one model and one layer/);
    expect(() => matrixToMdast(noMatrixKb, { lang: 'zh' })).toThrow(/matrixToMdast: the knowledge base has no responsibility matrix/);
  });
});

describe('a pack without matrix and comparisons: Anki', () => {
  for (const lang of ankiLanguages) {
    it(`should plan every card kind with zero responsibility and comparison notes (${lang})`, () => {
      const plan = planAnkiDeck(noMatrixKb, { lang, cardKinds: ankiCardKinds });
      const kinds = new Set(plan.notes.map((note) => note.kind));
      expect(kinds.has('responsibility')).toBe(false);
      expect(kinds.has('comparison')).toBe(false);
      expect(kinds.has('definition')).toBe(true);
      expect(plan.notes.length).toBe(planAnkiDeck(miniKb, { lang, cardKinds: ankiCardKinds }).notes.filter((note) => note.kind !== 'responsibility' && note.kind !== 'comparison').length);
      expect(planAnkiDeck(noMatrixKb, { lang, cardKinds: ['responsibility', 'comparison'] }).notes).toEqual([]);
    });
  }

  it('should build a package when only responsibility and comparison cards are asked for', async () => {
    const { summary } = await toAnkiPackage(noMatrixKb, { lang: 'en', cardKinds: ['definition', 'responsibility', 'comparison'] });
    expect(summary.byKind.responsibility?.notes ?? 0).toBe(0);
    expect(summary.byKind.comparison?.notes ?? 0).toBe(0);
    expect(summary.notes).toBe(noMatrixKb.concepts.length);
  });

  it('should say how to find an inconsistent reference, without naming a function core does not have', () => {
    const broken = { ...miniKb, responsibilityMatrix: { ...miniKb.responsibilityMatrix, layers: ['servers', 'no-such-layer'] } };
    expect(() => planAnkiDeck(broken, { lang: 'en', cardKinds: ['responsibility'] })).toThrow(/Unknown concept `no-such-layer`.*\n.*content compiler/);
    expect(() => planAnkiDeck(broken, { lang: 'en', cardKinds: ['responsibility'] })).not.toThrow(/validate it with/);
  });
});

describe('a pack without matrix and comparisons: JSON-LD', () => {
  const BASE = 'https://cloudvirt.example/';

  it('should pass the dataset checks with no matrix, comparison or table nodes', async () => {
    const dataset = toJsonLdDataset(noMatrixKb);
    const report = await validateDataset(dataset, `${BASE}vocab#`);
    expect(report.problems).toEqual([]);
    const ids = dataset['@graph'].map((node) => String(node.id));
    expect(ids.filter((id) => id.includes('responsibility-matrix') || id.includes('/comparisons/'))).toEqual([]);
    // The vocabulary still defines kbd:Row and friends; no node is one.
    const tableTypes = new Set(['kbd:ResponsibilityMatrix', 'kbd:Comparison', 'kbd:Row', 'kbd:Column', 'kbd:Cell']);
    const types = dataset['@graph'].flatMap((node) => [node.type].flat().map(String));
    expect(types.filter((type) => tableTypes.has(type))).toEqual([]);
    expect(toJsonLdDataset(miniKb)['@graph'].flatMap((node) => [node.type].flat().map(String)).filter((type) => tableTypes.has(type)).length).toBeGreaterThan(5);
    expect(report.triples.filter((triple) => triple.startsWith(`<${BASE}responsibility-matrix`) || triple.startsWith(`<${BASE}comparisons/`))).toEqual([]);
    expect(toTurtle(noMatrixKb)).not.toContain('responsibility-matrix');
  });

  it('should still write the matrix node of a pack that has one (the check can fail)', () => {
    expect(toJsonLdDataset(miniKb)['@graph'].some((node) => String(node.id) === `${BASE}responsibility-matrix`)).toBe(true);
  });

  it('should write page markup that serializes to one script element per page', () => {
    const blocks = [
      conceptPageJsonLd(noMatrixKb, 'kvm', { lang: 'en' }),
      homePageJsonLd(noMatrixKb, { lang: 'zh' }),
      datasetPageJsonLd(noMatrixKb, { lang: 'en' }),
    ];
    for (const block of blocks) {
      const html = toHtml(jsonLdScriptElement(block));
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).not.toContain('responsibility-matrix');
    }
  });
});
