/**
 * Both adapters over the full bundled knowledge base of `@cloudvirt/core` (built from its content).
 */
import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { conceptIri, conceptPageJsonLd, serializeJsonLdForScript, toJsonLdDataset, toTurtle } from '../src/jsonld.js';
import { comparisonToMarkdown, handbookToMdast, stringifyMarkdown, toMarkdownConcept, type MarkdownLanguage } from '../src/markdown.js';
import { jsonLdToTriples, turtleToTriples, validateDataset } from './helpers/jsonld.js';
import { markdownProblems, normalizeTree, parseMarkdown } from './helpers/markdown.js';

const languages: MarkdownLanguage[] = ['en', 'zh', 'bilingual'];

// Note: these render 108 concepts many times; under a parallel run they need more than the default 5 s.
describe('the bundled knowledge base', { timeout: 60_000 }, () => {
  it('should be the real one, not a fixture', () => {
    expect(kb.concepts.length).toBeGreaterThan(50);
    expect(kb.comparisons.length).toBeGreaterThan(0);
  });

  it.each(languages)('should render a handbook that re-parses to the same tree with every anchor resolved (%s)', (lang) => {
    const tree = handbookToMdast(kb, { lang });
    const markdown = stringifyMarkdown(tree);
    const parsed = parseMarkdown(markdown);
    expect(markdownProblems(parsed)).toEqual([]);
    expect(normalizeTree(parsed.tree)).toEqual(normalizeTree(tree));
    const labels = kb.concepts.map((concept) => (lang === 'zh' ? concept.label.zh : lang === 'en' ? concept.label.en : null));
    for (const label of labels) if (label !== null) expect(parsed.headings.some((h) => h.text === label)).toBe(true);
    const comparisonTables = parsed.tables.slice(0, kb.comparisons.length);
    comparisonTables.forEach((table, index) => {
      const comparison = kb.comparisons[index]!;
      expect([table.children.length, table.children[0]!.children.length]).toEqual([comparison.subjects.length + 1, comparison.dimensions.length + 1]);
    });
    const matrix = parsed.tables[kb.comparisons.length]!;
    expect([matrix.children.length, matrix.children[0]!.children.length]).toEqual([kb.responsibilityMatrix.layers.length + 1, kb.responsibilityMatrix.models.length + 1]);
  });

  it('should render every concept and comparison on its own without dangling links or raw HTML', () => {
    for (const concept of kb.concepts) {
      for (const lang of languages) expect(markdownProblems(parseMarkdown(toMarkdownConcept(kb, concept.id, { lang, links: 'anchor' })))).toEqual([]);
    }
    for (const comparison of kb.comparisons) expect(markdownProblems(parseMarkdown(comparisonToMarkdown(kb, comparison.id)))).toEqual([]);
  });

  it('should produce a dataset that passes the JSON-LD and SKOS checks, with the same graph as Turtle', async () => {
    const dataset = toJsonLdDataset(kb);
    const report = await validateDataset(dataset, 'https://cloudvirt.example/vocab#');
    expect(report.problems).toEqual([]);
    expect(turtleToTriples(toTurtle(kb))).toEqual(report.triples);
    expect(await jsonLdToTriples(dataset)).toEqual(report.triples);
  });

  it('should give every concept page a safe script block naming the dataset IRI', () => {
    for (const concept of kb.concepts) {
      for (const lang of ['en', 'zh'] as const) {
        const block = conceptPageJsonLd(kb, concept.id, { lang });
        const json = serializeJsonLdForScript(block);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(block);
        expect(block['@graph'][2]['@id']).toBe(conceptIri(concept.id));
      }
    }
  });
});
