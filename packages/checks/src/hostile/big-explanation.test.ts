/**
 * A 5 MB explanation (generated into a copy of the hostile pack) through the compiler and every output,
 * in bounded time, with every output still valid: the Markdown parses without raw HTML, the dataset
 * expands offline and matches the Turtle, the Anki package opens, the text file parses.
 */
import path from 'node:path';
import { explanationToHast } from '@cloudvirt/render';
import { planAnkiDeck, toAnkiCsv, toAnkiPackage } from '@cloudvirt/render/anki';
import { toJsonLdDataset, toTurtle } from '@cloudvirt/render/jsonld';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnkiText, readApkg } from '../outputs/anki.js';
import { jsonLdTriples, tripleLine, turtleTriples } from '../outputs/rdf.js';
import { bigExplanation } from './big-text.js';
import { compileHostilePack, replaceInFile, type CompiledPack } from './compile-pack.js';
import { htmlInjections, markdownInjections } from './injections.js';

/** 5 MB (UTF-8 bytes) of Markdown. */
const size = 5_000_000;
/** Hang guard per output: generous, about 10× what the 2-core machine needs. */
const boundSeconds = 60;

let pack: CompiledPack;
let explanation = '';
const timings: string[] = [];

/** Run `make`, check it stays within the bound, and log the time. */
async function timed<T>(what: string, make: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await make();
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${what} ${seconds.toFixed(1)} s`);
  expect(seconds, `${what} took ${seconds.toFixed(1)} s`).toBeLessThan(boundSeconds);
  return value;
}

beforeAll(async () => {
  pack = await compileHostilePack(async (contentDir) => {
    await replaceInFile(path.join(contentDir, 'concepts', 'big-explanation.md'), 'Placeholder: the test writes 5 MB here.', bigExplanation(size));
  });
  timings.push(`compile ${pack.seconds.toFixed(1)} s`);
  explanation = pack.data.concepts.find((concept) => concept.id === 'big-explanation')?.explanation.en ?? '';
}, 420_000);

afterAll(async () => {
  console.log(`5 MB explanation (${Buffer.byteLength(explanation)} bytes): ${timings.join(', ')}`);
  await pack?.cleanup();
});

describe('a 5 MB explanation', { timeout: 180_000 }, () => {
  it('should compile whole', () => {
    expect(Buffer.byteLength(explanation)).toBeGreaterThanOrEqual(size - 10);
    expect(pack.seconds).toBeLessThan(boundSeconds);
  });

  it('should give a handbook that parses with no raw HTML or script URL', async () => {
    const handbook = await timed('handbook', () => toMarkdownHandbook(pack.data, { lang: 'en' }));
    expect(handbook.length).toBeGreaterThan(size);
    expect(await timed('handbook parse', () => markdownInjections(handbook))).toEqual([]);
  });

  it('should give a dataset that expands offline and equals the Turtle', async () => {
    const dataset = await timed('kb.jsonld', () => JSON.stringify(toJsonLdDataset(pack.data)));
    const turtle = await timed('kb.ttl', () => toTurtle(pack.data));
    const fromJsonLd = await timed('jsonld toRDF', () => jsonLdTriples(dataset));
    const fromTurtle = await timed('n3 parse', () => turtleTriples(turtle));
    expect(new Set(fromJsonLd.map(tripleLine))).toEqual(new Set(fromTurtle.map(tripleLine)));
    expect(fromJsonLd.some((triple) => triple.value.length > size / 2)).toBe(true);
  });

  it('should give an Anki package that opens and a text file that parses', async () => {
    const plan = planAnkiDeck(pack.data, { lang: 'en' });
    const { bytes } = await timed('apkg', () => toAnkiPackage(pack.data, { lang: 'en' }));
    const content = await readApkg(bytes);
    expect(content.integrity).toBe('ok');
    expect(content.notes.length).toBe(plan.notes.length);
    const csv = await timed('csv', () => toAnkiCsv(pack.data, { lang: 'en' }));
    expect(parseAnkiText(csv).rows.length).toBe(plan.notes.length);
  });

  it('should render as HTML with no executable markup', async () => {
    const html = await timed('html', () => toHtml(explanationToHast(explanation, (id) => `/en/concepts/${id}/`)));
    expect(html.length).toBeGreaterThan(size);
    expect(await timed('html parse', () => htmlInjections(html, true))).toEqual([]);
  });
});
