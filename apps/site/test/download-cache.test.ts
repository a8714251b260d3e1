/**
 * The download cache (`src/download-cache.ts`): downloads written with the cache of earlier builds (every
 * file: the decks, their CSV, the handbooks, kb.jsonld, kb.ttl, the VoID description) are the same bytes
 * as downloads written without a cache, after an edit of one concept, a rename and a deletion, and with a
 * corrupt cache; after the edit only the edited concept's parts are rendered again. The practice data and
 * the download decks share one plan per deck.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBase } from '@cloudvirt/core';
import { loadPack } from '@cloudvirt/core/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadCache, clearDeckPlans, deckPlansMade, type DownloadCacheStats } from '../src/download-cache.js';
import { writeDownloads } from '../src/downloads.js';
import { practiceData } from '../src/practice/data.js';
import { listFiles } from './helpers/site-files.js';
import { miniPack, whiteTea } from './helpers/tea-pack.js';

/** The parts of the cache (one file each). */
const parts = ['anki-comparison-fields-1', 'anki-concept-fields-1', 'anki-package-1', 'anki-relation-fields-1', 'jsonld-plain-text-1', 'markdown-blocks-1', 'markdown-section-1'];

const siteUrl = 'https://tea.example/';

let work = '';
let content = '';
let cacheDir = '';
let run = 0;

/** The pack as it is now. */
async function currentKb(): Promise<KnowledgeBase> {
  return (await loadPack(content)).kb;
}

/** Write the downloads with the shared cache (warm) and without one (cold); the warm cache's statistics. */
async function writeBoth(): Promise<{ stats: DownloadCacheStats; warmDir: string; coldDir: string }> {
  const kb = await currentKb();
  run++;
  const warmDir = join(work, `warm-${run}`);
  const coldDir = join(work, `cold-${run}`);
  const cache = DownloadCache.open(cacheDir);
  // Each build plans its decks (the plans are shared within a build, see the last test).
  clearDeckPlans();
  await writeDownloads(warmDir, { kb, siteUrl, cache });
  clearDeckPlans();
  await writeDownloads(coldDir, { kb, siteUrl });
  return { stats: cache.stats, warmDir, coldDir };
}

/** Expect two download trees to hold the same files with the same bytes. */
function expectSameTree(warmDir: string, coldDir: string): void {
  const files = listFiles(coldDir);
  expect(listFiles(warmDir)).toEqual(files);
  const different = files.filter((file) => !readFileSync(join(warmDir, file)).equals(readFileSync(join(coldDir, file))));
  expect(different).toEqual([]);
  // The decks (3 .apkg, 3 CSV), 2 handbooks, kb.jsonld, kb.ttl and the VoID description.
  expect(files.filter((file) => !file.startsWith('.well-known/') && /\.(apkg|csv|md|jsonld|ttl)$/u.test(file))).toHaveLength(10);
  expect(files.filter((file) => file.startsWith('.well-known/void')).length).toBeGreaterThan(0);
}

/** The parts rendered in a build, over every part. */
function rendered(stats: DownloadCacheStats): number {
  return Object.values(stats).reduce((sum, part) => sum + part.rendered, 0);
}

/** The parts reused in a build, over every part. */
function reused(stats: DownloadCacheStats): number {
  return Object.values(stats).reduce((sum, part) => sum + part.reused, 0);
}

/** The records rendered again, per part (parts without a record rendered left out). */
function renderedRecords(stats: DownloadCacheStats): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(stats).flatMap(([part, value]) => (value.rendered > 0 ? [[part, value.renderedRecords]] : [])));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cloudvirt-download-cache-'));
  content = join(work, 'pack');
  cacheDir = join(work, 'cache');
  await cp(miniPack, content, { recursive: true });
  await writeFile(join(content, 'concepts', 'white-tea.md'), whiteTea);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('download cache', () => {
  it('a first build renders every part; a second with nothing changed takes every part from the cache, same bytes', async () => {
    const first = await writeBoth();
    expect(reused(first.stats)).toBe(0);
    expect(rendered(first.stats)).toBeGreaterThan(12);
    // Note fields, whole packages, parsed and stringified handbook Markdown, dataset plain texts.
    expect(Object.keys(first.stats).sort()).toEqual(parts);
    expect(first.stats['anki-package-1']!.rendered).toBe(3);
    expectSameTree(first.warmDir, first.coldDir);
    const second = await writeBoth();
    expect(rendered(second.stats)).toBe(0);
    expect(reused(second.stats)).toBe(rendered(first.stats));
    expectSameTree(second.warmDir, second.coldDir);
  });

  it('after an edit of one concept renders only its parts again, with the same bytes as without a cache', async () => {
    const file = join(content, 'concepts', 'green-tea.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\n# zh\n', '\nGreen tea is steamed or pan-fired to stop the enzymes.\n\n# zh\n'));
    const { stats, warmDir, coldDir } = await writeBoth();
    expectSameTree(warmDir, coldDir);
    // Its notes in each deck, and the packages of the two decks that show English (the Chinese deck is
    // unchanged); its English explanation in the English handbook (parsed, and its section); the plain
    // text of its English explanation in the dataset (once: kb.ttl uses kb.jsonld's graph).
    const { 'anki-package-1': packages, ...rest } = renderedRecords(stats);
    expect(rest).toEqual({
      'anki-concept-fields-1': ['concept:green-tea'],
      'markdown-blocks-1': ['markdown:green-tea-en'],
      'markdown-section-1': ['section:green-tea'],
      'jsonld-plain-text-1': ['text'],
    });
    expect(packages).toHaveLength(2);
    expect(packages!.some((record) => record.includes('中文'))).toBe(false);
    expect(stats['anki-package-1']!.reused).toBe(1);
    expect(stats['jsonld-plain-text-1']!.rendered).toBe(1);
    expect(rendered(stats)).toBeLessThan(reused(stats));
    expect(readFileSync(join(warmDir, 'downloads', 'handbook-en.md'), 'utf8')).toContain('steamed or pan-fired');
  });

  it('after a rename writes the same bytes as without a cache', async () => {
    await rename(join(content, 'concepts', 'black-tea.md'), join(content, 'concepts', 'dark-tea.md'));
    const pattern = /(?<![\w-])black-tea(?![\w-])/gu;
    for (const name of [join('concepts', 'green-tea.md'), join('comparisons', 'green-vs-black-tea.md')]) {
      const file = join(content, name);
      await writeFile(file, (await readFile(file, 'utf8')).replace(pattern, 'dark-tea'));
    }
    const { stats, warmDir, coldDir } = await writeBoth();
    expectSameTree(warmDir, coldDir);
    expect(readFileSync(join(warmDir, 'kb.ttl'), 'utf8')).toContain('dark-tea');
    // The set of concept ids changed (links resolve against it): every note's fields are rendered again.
    expect(stats['anki-concept-fields-1']!.reused).toBe(0);
  });

  it('after a deletion writes the same bytes as without a cache', async () => {
    await rm(join(content, 'concepts', 'white-tea.md'));
    const { warmDir, coldDir } = await writeBoth();
    expectSameTree(warmDir, coldDir);
    expect(readFileSync(join(warmDir, 'kb.jsonld'), 'utf8')).not.toContain('white-tea');
  });

  it('a corrupt or truncated cache file is rendered again, with the same bytes', async () => {
    const folder = join(cacheDir, 'downloads');
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    expect(names).toEqual(parts.map((part) => `${part}.json`));
    await writeFile(join(folder, 'anki-concept-fields-1.json'), '{"format":1,"code":"');
    await writeFile(join(folder, 'jsonld-plain-text-1.json'), 'not json');
    const { stats, warmDir, coldDir } = await writeBoth();
    expectSameTree(warmDir, coldDir);
    expect(stats['anki-concept-fields-1']!.reused).toBe(0);
    expect(stats['anki-concept-fields-1']!.rendered).toBeGreaterThan(0);
    expect(stats['jsonld-plain-text-1']!.reused).toBe(0);
    expect(stats['markdown-blocks-1']!.rendered).toBe(0);
    expect(stats['anki-package-1']!.rendered).toBe(0);
    // The next build finds them whole again.
    expect(rendered((await writeBoth()).stats)).toBe(0);
  });

  it('plans each deck once for the download decks and the practice data', async () => {
    const kb = await currentKb();
    clearDeckPlans();
    const before = deckPlansMade();
    await writeDownloads(join(work, 'plans'), { kb, siteUrl });
    expect(deckPlansMade() - before).toBe(3);
    const data = practiceData(kb);
    expect(data.length).toBeGreaterThan(0);
    expect(deckPlansMade() - before).toBe(3);
  });
});
