/**
 * A 5 MB explanation (generated into a copy of the hostile pack) through the compiler and every output,
 * with every output still valid: the Markdown parses without raw HTML, the dataset expands offline and
 * matches the Turtle, the Anki package opens, the text file parses.
 *
 * Note: no time is asserted here (a loaded 2-core machine took 97 s where an idle one takes 10): the
 * timeouts below are hang guards only. How fast each output is lives in `pnpm bench` (the `big-text`
 * benchmark of apps/bench, with its goals); this file logs its timings for reference.
 */
import path from 'node:path';
import { explanationToHast } from '@cloudvirt/render';
import { ankiDeckPlanToCsv, planAnkiDeck, writeAnkiPackage } from '@cloudvirt/render/anki';
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
let pack: CompiledPack;
let explanation = '';
const timings: string[] = [];

/** Run `make` and log how long it took (for reference only: nothing is asserted about time). */
async function timed<T>(what: string, make: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await make();
  timings.push(`${what} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

beforeAll(async () => {
  pack = await compileHostilePack(async (contentDir) => {
    await replaceInFile(path.join(contentDir, 'concepts', 'big-explanation.md'), 'Placeholder: the test writes 5 MB here.', bigExplanation(size));
  });
  timings.push(`compile ${pack.seconds.toFixed(1)} s`);
  explanation = pack.data.concepts.find((concept) => concept.id === 'big-explanation')?.explanation.en ?? '';
}, 900_000);

afterAll(async () => {
  console.log(`5 MB explanation (${Buffer.byteLength(explanation)} bytes): ${timings.join(', ')}`);
  await pack?.cleanup();
});

// Hang guards only, about 5× the slowest run on a loaded 2-core machine (the handbook test took 130 s there).
describe('a 5 MB explanation', { timeout: 600_000 }, () => {
  it('should compile whole', () => {
    expect(Buffer.byteLength(explanation)).toBeGreaterThanOrEqual(size - 10);
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
    // One plan for both files (the same notes toAnkiPackage and toAnkiCsv write: render's tests pin that).
    const plan = await timed('anki plan', () => planAnkiDeck(pack.data, { lang: 'en' }));
    const { bytes } = await timed('apkg', () => writeAnkiPackage({ notes: plan.notes, decks: plan.decks }));
    const content = await readApkg(bytes);
    expect(content.integrity).toBe('ok');
    expect(content.notes.length).toBe(plan.notes.length);
    const csv = await timed('csv', () => ankiDeckPlanToCsv(plan));
    expect(parseAnkiText(csv).rows.length).toBe(plan.notes.length);
  });

  it('should render as HTML with no executable markup', async () => {
    const html = await timed('html', () => toHtml(explanationToHast(explanation, (id) => `/en/concepts/${id}/`)));
    expect(html.length).toBeGreaterThan(size);
    expect(await timed('html parse', () => htmlInjections(html, true))).toEqual([]);
  });
});
