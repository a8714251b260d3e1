import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { conceptPageJsonLd, homePageJsonLd, jsonLdScriptElement, serializeJsonLdForScript, toJsonLdDataset, toTurtle } from '../src/jsonld.js';
import { comparisonToMarkdown, glossaryToMarkdown, handbookToMdast, matrixToMarkdown, stringifyMarkdown, toMarkdownConcept, type MarkdownLanguage } from '../src/markdown.js';
import { hostileKb, hostileText } from './fixtures/hostile-kb.js';
import { jsonLdToTriples, turtleToTriples, validateDataset } from './helpers/jsonld.js';
import { markdownProblems, normalizeTree, parseMarkdown } from './helpers/markdown.js';

const kbJson = JSON.stringify(hostileKb);

describe('hostile text', () => {
  it('should reach every kind of text field of the fixture', () => {
    const concept = hostileKb.concepts.find((c) => c.id === 'kvm')!;
    const fields = [
      concept.label.en,
      concept.aliases.zh[0],
      concept.definition.zh,
      concept.explanation.en,
      hostileKb.concepts.find((c) => c.id === 'xen')!.examples[0]!.en,
      hostileKb.relations.find((r) => r.note)!.note!.zh,
      hostileKb.responsibilityMatrix.cells.find((c) => c.note)!.note!.en,
      hostileKb.responsibilityMatrix.title.zh,
      hostileKb.comparisons[0]!.cells[0]!.text.en,
      hostileKb.comparisons[0]!.dimensions[0]!.label.zh,
      hostileKb.comparisons[0]!.description.en,
      hostileKb.topics[0]!.description.en,
      concept.sources[0]!.title.en,
    ];
    for (const field of fields) expect(field).toContain(hostileText);
    expect(kbJson.split(hostileText.slice(0, 20)).length - 1).toBeGreaterThan(100);
  });

  it('should stay inert in page script blocks and parse back to the original', () => {
    for (const block of [conceptPageJsonLd(hostileKb, 'kvm', { lang: 'zh' }), conceptPageJsonLd(hostileKb, 'xen', { lang: 'en' }), homePageJsonLd(hostileKb, { lang: 'en', title: { en: hostileText, zh: hostileText }, description: { en: hostileText, zh: hostileText } })]) {
      const json = serializeJsonLdForScript(block);
      expect(JSON.stringify(block)).toContain('</script>');
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual(block);
      const html = toHtml(jsonLdScriptElement(block));
      const open = '<script type="application/ld+json">';
      expect(html.startsWith(open)).toBe(true);
      expect(html.indexOf('</script')).toBe(html.length - '</script>'.length);
      expect(html.slice(open.length, -'</script>'.length)).toBe(json);
    }
  });

  it.each<MarkdownLanguage>(['en', 'zh', 'bilingual'])('should keep the Markdown structure and contain no raw HTML (%s)', (lang) => {
    const tree = handbookToMdast(hostileKb, { lang });
    const markdown = stringifyMarkdown(tree);
    const parsed = parseMarkdown(markdown);
    expect(parsed.htmlNodes).toBe(0);
    expect(markdownProblems(parsed)).toEqual([]);
    expect(normalizeTree(parsed.tree)).toEqual(normalizeTree(tree));
    expect(parsed.headings.some((h) => h.text.includes('</script><script>alert(1)</script> "quotes" & &amp;'))).toBe(true);
    for (const other of [
      toMarkdownConcept(hostileKb, 'kvm', { lang }),
      comparisonToMarkdown(hostileKb, hostileKb.comparisons[0]!.id, { lang }),
      matrixToMarkdown(hostileKb, { lang }),
      glossaryToMarkdown(hostileKb, { lang }),
    ]) {
      const result = parseMarkdown(other);
      expect(result.htmlNodes).toBe(0);
      expect(markdownProblems(result)).toEqual([]);
    }
  });

  it('should keep the dataset valid through expansion and RDF, with the text intact', async () => {
    const dataset = toJsonLdDataset(hostileKb);
    const report = await validateDataset(dataset, 'https://cloudvirt.example/vocab#');
    expect(report.problems).toEqual([]);
    expect(report.triples).toContain(
      `<https://cloudvirt.example/concepts/kvm> <http://www.w3.org/2004/02/skos/core#prefLabel> ${JSON.stringify(`KVM ${hostileText}`)}@en .`,
    );
    expect(turtleToTriples(toTurtle(hostileKb))).toEqual(await jsonLdToTriples(dataset));
  });
});
