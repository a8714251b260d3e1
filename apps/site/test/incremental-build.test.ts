/**
 * The page cache (`src/page-cache.ts`): a warm build, which takes every page it can from the cache of
 * earlier builds, writes the same bytes as a cold build without a cache (every file of the output tree:
 * pages, downloads, search index, social cards), after an edit of one concept, a rename with its
 * migration and a deletion; and after an edit it re-renders only the pages that read the edited text
 * (and re-indexes the search only when an HTML file changed).
 */
import { readFileSync, statSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBase } from '@cloudvirt/core';
import { loadPack } from '@cloudvirt/core/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteResult, type Migration } from '../src/build-site.js';
import { listFiles } from './helpers/site-files.js';
import { miniPack, whiteTea } from './helpers/tea-pack.js';

const siteUrl = 'https://tea.example/';

let work = '';
let content = '';
let cacheDir = '';
let run = 0;

/** The pack as it is now. */
async function currentKb(): Promise<KnowledgeBase> {
  return (await loadPack(content)).kb;
}

/** Build with the shared cache (warm) and without a cache (cold) into two new folders. */
async function buildBoth(migrations: readonly Migration[] = []): Promise<{ warm: BuildSiteResult; cold: BuildSiteResult }> {
  const data = await currentKb();
  run++;
  const warm = await buildSite({ outDir: join(work, `warm-${run}`), data, siteUrl, migrations, cacheDir });
  const cold = await buildSite({ outDir: join(work, `cold-${run}`), data, siteUrl, migrations, cacheDir: null });
  return { warm, cold };
}

/** Every file of an output tree, by path, as bytes. */
function tree(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file))]));
}

/** Expect two output trees to hold the same files with the same bytes. */
function expectSameTree(warmDir: string, coldDir: string): void {
  const warm = tree(warmDir);
  const cold = tree(coldDir);
  expect([...warm.keys()]).toEqual([...cold.keys()]);
  const different = [...cold].filter(([file, bytes]) => !warm.get(file)?.equals(bytes)).map(([file]) => file);
  expect(different).toEqual([]);
  expect(cold.size).toBeGreaterThan(20);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cloudvirt-incremental-'));
  content = join(work, 'pack');
  cacheDir = join(work, 'cache');
  await cp(miniPack, content, { recursive: true });
  await writeFile(join(content, 'concepts', 'white-tea.md'), whiteTea);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('incremental site build (page cache)', () => {
  it('a second build with nothing changed takes every file from the cache and writes the same bytes', async () => {
    const data = await currentKb();
    const first = await buildSite({ outDir: join(work, 'first'), data, siteUrl, cacheDir });
    expect(first.cache.reused).toBe(0);
    expect(first.cache.rendered).toBeGreaterThan(20);
    const { warm, cold } = await buildBoth();
    expect(warm.cache).toMatchObject({ rendered: 0, reused: first.cache.rendered, renderedPaths: [], searchIndexReused: true });
    expect(first.cache.searchIndexReused).toBe(false);
    expect(cold.cache.reused).toBe(0);
    expectSameTree(join(work, `warm-${run}`), join(work, `cold-${run}`));
  });

  it('after an edit of one concept re-renders only its pages and the downloads page, with the same bytes as a cold build', async () => {
    const file = join(content, 'concepts', 'green-tea.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\n# zh\n', '\nGreen tea is steamed or pan-fired to stop the enzymes.\n\n# zh\n'));
    const { warm, cold } = await buildBoth();
    expectSameTree(join(work, `warm-${run}`), join(work, `cold-${run}`));
    expect(warm.cache.rendered + warm.cache.reused + warm.cache.uncached).toBe(cold.cache.rendered);
    // The concept's two pages (en, zh) read its explanation, the two downloads pages the sizes of the
    // files (which the edit changes), and the resource pages show the dataset's documents (built from
    // every concept's text). No other page reads the edited text.
    const rendered = warm.cache.renderedPaths;
    expect(rendered).toEqual(expect.arrayContaining(['/en/concepts/green-tea/', '/zh/concepts/green-tea/', '/en/downloads/', '/zh/downloads/']));
    const localized = rendered.filter((path) => /^\/(en|zh)\//u.test(path));
    expect(localized.sort()).toEqual(['/en/concepts/green-tea/', '/en/downloads/', '/zh/concepts/green-tea/', '/zh/downloads/']);
    expect(warm.cache.rendered).toBeLessThan(warm.cache.reused);
    // The concept's pages changed, so Pagefind indexed the site again.
    expect(warm.cache.searchIndexReused).toBe(false);
    const html = readFileSync(join(work, `warm-${run}`, 'en', 'concepts', 'green-tea', 'index.html'), 'utf8');
    expect(html).toContain('steamed or pan-fired');
  });

  it('after a rename with its migration writes the same bytes as a cold build', async () => {
    await rename(join(content, 'concepts', 'black-tea.md'), join(content, 'concepts', 'dark-tea.md'));
    const pattern = /(?<![\w-])black-tea(?![\w-])/gu;
    for (const name of [join('concepts', 'green-tea.md'), join('comparisons', 'green-vs-black-tea.md')]) {
      const file = join(content, name);
      await writeFile(file, (await readFile(file, 'utf8')).replace(pattern, 'dark-tea'));
    }
    const migrations: Migration[] = [{ group: 'concept', from: 'black-tea', to: 'dark-tea', date: '2026-12-02', reason: 'test: renamed' }];
    const { warm } = await buildBoth(migrations);
    expectSameTree(join(work, `warm-${run}`), join(work, `cold-${run}`));
    expect(readFileSync(join(work, `warm-${run}`, 'en', 'concepts', 'black-tea', 'index.html'), 'utf8')).toContain('/en/concepts/dark-tea/');
    expect(warm.cache.rendered).toBeGreaterThan(0);
  });

  it('after a deletion writes the same bytes as a cold build', async () => {
    await rm(join(content, 'concepts', 'white-tea.md'));
    const migrations: Migration[] = [
      { group: 'concept', from: 'black-tea', to: 'dark-tea', date: '2026-12-02', reason: 'test: renamed' },
      { group: 'concept', from: 'white-tea', to: null, date: '2026-12-02', reason: 'test: retired' },
    ];
    await buildBoth(migrations);
    expectSameTree(join(work, `warm-${run}`), join(work, `cold-${run}`));
  });

  it('without downloads, the resource pages take the dataset\'s plain texts from the download cache, with the same bytes', async () => {
    const data = await currentKb();
    const ownCache = join(work, 'cache-no-downloads');
    const options = { data, siteUrl, downloads: false, search: false } as const;
    await buildSite({ ...options, outDir: join(work, 'texts-first'), cacheDir: ownCache });
    const texts = join(ownCache, 'downloads', 'jsonld-plain-text-1.json');
    const stored = JSON.parse(readFileSync(texts, 'utf8')) as { entries: Record<string, string> };
    expect(Object.keys(stored.entries).length).toBeGreaterThan(3);
    const written = statSync(texts).mtimeMs;
    await buildSite({ ...options, outDir: join(work, 'texts-warm'), cacheDir: ownCache });
    await buildSite({ ...options, outDir: join(work, 'texts-cold'), cacheDir: null });
    // Every text came from the cache (none rendered, none dropped), so the file was not written again.
    expect(statSync(texts).mtimeMs).toBe(written);
    expectSameTree(join(work, 'texts-warm'), join(work, 'texts-cold'));
  });

  it('an appended sentence reaches the page when the cache holds the old one (no stale page)', async () => {
    await appendFile(join(content, 'concepts', 'oxidation.md'), '\nA sentence added at the end.\n');
    const { warm } = await buildBoth([
      { group: 'concept', from: 'black-tea', to: 'dark-tea', date: '2026-12-02', reason: 'test: renamed' },
      { group: 'concept', from: 'white-tea', to: null, date: '2026-12-02', reason: 'test: retired' },
    ]);
    expectSameTree(join(work, `warm-${run}`), join(work, `cold-${run}`));
    expect(readFileSync(join(work, `warm-${run}`, 'zh', 'concepts', 'oxidation', 'index.html'), 'utf8')).toContain('A sentence added at the end.');
    expect(warm.cache.renderedPaths).toContain('/zh/concepts/oxidation/');
    expect(warm.cache.renderedPaths).not.toContain('/en/concepts/green-tea/');
  });
});
