/**
 * The hostile content corpus (test/fixtures/hostile) through the compiler and every output: Markdown,
 * the JSON-LD dataset and Turtle, the page JSON-LD blocks, the explanation HTML, the Anki packages and
 * text files — parsed back with real parsers, and rendered in Chromium with a sentinel.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { explanationToHast } from '@cloudvirt/render';
import { ankiLanguages, planAnkiDeck, toAnkiCsv, toAnkiPackage } from '@cloudvirt/render/anki';
import { conceptPageJsonLd, homePageJsonLd, serializeJsonLdForScript, toJsonLdDataset, toTurtle } from '@cloudvirt/render/jsonld';
import { comparisonToMarkdown, glossaryToMarkdown, matrixToMarkdown, toMarkdownConcept, toMarkdownHandbook } from '@cloudvirt/render/markdown';
import { buildSite } from '@cloudvirt/site/build';
import { toHtml } from 'hast-util-to-html';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRequired, browserSkipNote, findChromium, launchChromium, runSentinel } from '../browser.js';
import { parseAnkiText, readApkg } from '../outputs/anki.js';
import { jsonLdTriples, tripleLine, turtleTriples } from '../outputs/rdf.js';
import { compileHostilePack, runCompiler, type CompiledPack } from './compile-pack.js';
import { siteSentinel } from './site-sentinel.js';
import { htmlInjections, isSafeUrl, markdownInjections } from './injections.js';

/** Characters and strings that make a text hostile. */
const hostileMarker = /[<>&"'`\u0000\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\p{Extended_Pictographic}|javascript:|\{\{|\]\]>/u;

/** Every string of a knowledge base. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** An HTML document holding `body` (as the site and Anki would show it). */
function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>hostile</title></head><body>${body}</body></html>`;
}

let pack: CompiledPack;
let data: KnowledgeBaseData;

beforeAll(async () => {
  pack = await compileHostilePack();
  data = pack.data;
  const texts = strings(data).filter((text) => hostileMarker.test(text));
  console.log(`hostile corpus: ${texts.length} hostile texts (of ${strings(data).length}) in ${data.concepts.length} concepts, ${data.topics.length} topics, ${data.comparisons.length} comparison, the matrix; compiled in ${pack.seconds.toFixed(1)} s`);
}, 300_000);

afterAll(async () => {
  await pack?.cleanup();
});

describe('the content compiler (hostile pack)', () => {
  it('should compile the hostile text verbatim (it is text, not markup)', () => {
    const concept = data.concepts.find((candidate) => candidate.id === 'script-injection');
    expect(concept?.label.en).toBe('Script injection </script><script>window.__pwned=1</script>');
    expect(concept?.aliases.zh.join(' ')).toContain('line\u2028separator paragraph\u2029separator');
    expect(concept?.definition.zh).toContain('nul\u0000char');
    expect(data.concepts.find((candidate) => candidate.id === 'very-long-label')?.label.en.length).toBeGreaterThan(1400);
    expect(strings(data).filter((text) => hostileMarker.test(text)).length).toBeGreaterThan(60);
  });

  it('should refuse raw HTML in an explanation with a positioned body-structure error', async () => {
    const dir = path.join(pack.dir, 'raw-html');
    await mkdir(path.join(dir, 'concepts'), { recursive: true });
    await cp(path.join(pack.dir, 'content'), dir, { recursive: true });
    await writeFile(path.join(dir, 'concepts', 'raw.md'), '---\nkind: concept\n---\n\n# en\n\n<script>window.__pwned=1</script>\n\n# zh\n\n<img src=x onerror="window.__pwned=2">\n');
    const run = await runCompiler(dir, path.join(pack.dir, 'raw-out'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/7:1-7:\d+ +error +Unexpected raw HTML `<script>window.__pwned=1<\/script>`, expected Markdown +body-structure/u);
    expect(run.stderr).toMatch(/11:1-11:\d+ +error +Unexpected raw HTML `<img/u);
  }, 240_000);
});

describe('Markdown outputs (hostile pack)', () => {
  it('should hold no raw HTML and no script URL in any document, in any language', () => {
    const documents: [string, string][] = [];
    for (const lang of ['en', 'zh', 'bilingual'] as const) {
      documents.push([`handbook ${lang}`, toMarkdownHandbook(data, { lang })]);
      documents.push([`glossary ${lang}`, glossaryToMarkdown(data, { lang })]);
      documents.push([`matrix ${lang}`, matrixToMarkdown(data, { lang })]);
      for (const comparison of data.comparisons) documents.push([`comparison ${lang}`, comparisonToMarkdown(data, comparison.id, { lang })]);
      for (const concept of data.concepts) documents.push([`concept ${concept.id} ${lang}`, toMarkdownConcept(data, concept.id, { lang, baseUrl: 'https://cloudvirt.example/' })]);
    }
    for (const [name, markdown] of documents) expect(markdownInjections(markdown), name).toEqual([]);
    const handbook = toMarkdownHandbook(data, { lang: 'en' });
    expect(handbook).toContain('Script injection \\</script>\\<script>window.\\_\\_pwned=1\\</script>');
  });
});

describe('JSON-LD outputs (hostile pack)', () => {
  it('should give a dataset that expands offline and converts to the same triples as the Turtle', async () => {
    const dataset = `${JSON.stringify(toJsonLdDataset(data), null, 2)}\n`;
    const fromJsonLd = await jsonLdTriples(dataset);
    const fromTurtle = turtleTriples(toTurtle(data));
    expect(fromJsonLd.length).toBeGreaterThan(100);
    expect(new Set(fromJsonLd.map(tripleLine))).toEqual(new Set(fromTurtle.map(tripleLine)));
    const iris = fromJsonLd.flatMap((triple) => [triple.subject, triple.predicate, ...(triple.objectIri === undefined ? [] : [triple.objectIri])]);
    expect(iris.filter((iri) => !isSafeUrl(iri))).toEqual([]);
    expect(fromJsonLd.some((triple) => triple.value.includes('</script><script>window.__pwned=1</script>'))).toBe(true);
  });

  it('should keep every page block inside its script element and equal to the data', () => {
    const blocks = [
      ...data.concepts.flatMap((concept) => (['en', 'zh'] as const).map((lang) => conceptPageJsonLd(data, concept.id, { lang }))),
      homePageJsonLd(data, { lang: 'en' }),
      homePageJsonLd(data, { lang: 'zh' }),
    ];
    for (const block of blocks) {
      const text = serializeJsonLdForScript(block);
      expect(text).not.toMatch(/<\/?script|<!--|\u2028|\u2029/iu);
      const html = page(`<script type="application/ld+json">${text}</script><p id="after">after</p>`);
      expect(htmlInjections(html)).toEqual([]);
      expect(JSON.parse(text)).toEqual(block);
    }
  });
});

describe('Anki outputs (hostile pack)', () => {
  it('should write packages that open, hold every planned note, and have no executable field', async () => {
    for (const lang of ankiLanguages) {
      const plan = planAnkiDeck(data, { lang, cardKinds: ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'] });
      const { bytes } = await toAnkiPackage(data, { lang, cardKinds: plan.cardKinds });
      const content = await readApkg(bytes);
      expect(content.integrity).toBe('ok');
      expect(content.notes.map((note) => note.guid).sort()).toEqual(plan.notes.map((note) => note.guid).sort());
      for (const note of content.notes) {
        for (const field of note.fields) expect(htmlInjections(field, true), `${lang} ${note.guid}`).toEqual([]);
      }
      for (const [id, description] of content.deckDescriptions) expect(htmlInjections(description, true), `deck ${id} description`).toEqual([]);
      const csv = parseAnkiText(toAnkiCsv(data, { lang, cardKinds: plan.cardKinds }));
      expect(csv.rows.map((row) => row.guid).sort()).toEqual(plan.notes.map((note) => note.guid).sort());
      // Note: the note type, deck, GUID and tags columns are plain text to Anki; the field columns after them are HTML.
      const firstField = Math.max(...['notetype column', 'deck column', 'guid column', 'tags column'].map((name) => Number(csv.headers.get(name) ?? 0)));
      expect(firstField).toBe(4);
      for (const row of csv.rows) for (const column of row.columns.slice(firstField)) expect(htmlInjections(column, true)).toEqual([]);
    }
  });
});

describe('explanation HTML (hostile pack; what the site shows)', () => {
  it('should render explanations with no script, handler or script URL', () => {
    for (const concept of data.concepts) {
      for (const lang of ['en', 'zh'] as const) {
        const html = toHtml(explanationToHast(concept.explanation[lang], (id) => `/${lang}/concepts/${id}/`));
        expect(htmlInjections(html, true), `${concept.id} ${lang}`).toEqual([]);
      }
    }
  });
});

describe('in Chromium (hostile pack)', () => {
  const chromium = findChromium();
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (chromium === null) {
      console.log(browserSkipNote);
      if (browserRequired()) throw new Error(`${browserSkipNote} CI=true or REQUIRE_BROWSER=1 requires it.`);
      return;
    }
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(chromium === null && !browserRequired())('should build a site from the hostile pack where no page executes anything', async () => {
    if (browser === undefined) throw new Error('Chromium did not start.');
    const root = await mkdtemp(path.join(tmpdir(), 'cloudvirt-hostile-site-'));
    try {
      const outDir = path.join(root, 'dist');
      // The site's build hook (`@cloudvirt/site/build`), with every part: downloads and search index too.
      const built = await buildSite({ outDir, data: pack.data, siteUrl: 'https://cloudvirt.example/', quiet: true });
      const report = await siteSentinel(browser, outDir, 'https://cloudvirt.example');
      console.log(`hostile site: ${built.pageCount} pages built in ${(built.milliseconds / 1000).toFixed(1)} s, ${report.pages} loaded, ${report.buttons} buttons pressed`);
      expect(report.problems).toEqual([]);
      expect(report.pages).toBe(built.pageCount);
      expect(report.pages).toBeGreaterThan(20);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 420_000);

  it.skipIf(chromium === null && !browserRequired())('should execute nothing from explanations, JSON-LD blocks or Anki fields (sentinel window.__pwned)', async () => {
    if (browser === undefined) throw new Error('Chromium did not start.');
    const parts: string[] = [];
    for (const concept of data.concepts) {
      for (const lang of ['en', 'zh'] as const) {
        parts.push(`<section>${toHtml(explanationToHast(concept.explanation[lang], (id) => `/${lang}/concepts/${id}/`))}</section>`);
        parts.push(`<script type="application/ld+json">${serializeJsonLdForScript(conceptPageJsonLd(data, concept.id, { lang }))}</script>`);
      }
    }
    let fields = 0;
    for (const lang of ankiLanguages) {
      const { bytes } = await toAnkiPackage(data, { lang, cardKinds: ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'] });
      for (const note of (await readApkg(bytes)).notes) {
        for (const field of note.fields) {
          parts.push(`<div class="field">${field}</div>`);
          fields++;
        }
      }
    }
    // Control: the sentinel does fire when markup is injected, so a quiet run means something.
    const control = await runSentinel(await browser.newPage(), page('<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">x</a>'));
    expect(control.pwned).toBeDefined();

    const result = await runSentinel(await browser.newPage(), page(parts.join('\n')));
    console.log(`browser: ${parts.length} fragments (${fields} Anki fields), ${result.clicked} script links clicked, sentinel ${String(result.pwned)}`);
    expect(result).toEqual({ pwned: undefined, scriptLinks: 0, clicked: 0, dialogs: 0 });
  }, 300_000);
});
