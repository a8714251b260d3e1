/**
 * The practice progress over a rebuild of the site (real Chromium, real builds of the tea fixture pack):
 * review every card of the pack, edit one concept's definition, rebuild the site into the same folder,
 * reload — the progress is still there, every reviewed card is still the same card (keyed by note GUID and
 * card ordinal), and the edited card shows the new text. Every wait is a hang guard, never a timed assertion.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '@cloudvirt/core/compiler';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/build-site.js';
import { browserRequired, findChromium, launchChromium, skipNote } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const chromiumPath = findChromium();
if (chromiumPath === null && !browserRequired()) console.log(skipNote);

const miniPack = fileURLToPath(new URL('./fixtures/mini-pack/content/', import.meta.url));
const guard = { timeout: 60_000 };
const storageKey = 'cloudvirt-practice:tea-basics';
const oldDefinition = 'The browning of tea leaves when their cells are broken and their enzymes react with air.';
const newDefinition = 'The browning of rolled tea leaves as their enzymes meet the oxygen of the air.';

describe.runIf(chromiumPath !== null)('the practice progress over a rebuild with an edited concept', () => {
  let work = '';
  let content = '';
  let outDir = '';
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];

  /** Build the site of the content copy into `outDir` (replacing it), without downloads or search. */
  const build = async (): Promise<void> => {
    const { kb } = await loadPack(content);
    await buildSite({ outDir, data: kb, siteUrl: 'https://tea.example/', downloads: false, search: false, cacheDir: null, quiet: true });
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cloudvirt-practice-rebuild-'));
    content = join(work, 'content');
    outDir = join(work, 'site');
    await cp(miniPack, content, { recursive: true });
    await build();
    server = await serveStatic(outDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work !== '') await rm(work, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  const next = (page: Page): Promise<string | null> =>
    page.waitForSelector('#practice-card[data-state="question"], #practice-card[data-state="done"]', guard).then(() => page.getAttribute('#practice-card', 'data-state'));

  /** Show and rate every card the session offers; the text of each answer side, by card key. */
  async function reviewAll(page: Page, rating: string): Promise<Map<string, string>> {
    const answers = new Map<string, string>();
    while ((await next(page)) === 'question') {
      const key = (await page.getAttribute('#practice-card', 'data-card'))!;
      await page.keyboard.press('Space');
      await page.waitForSelector('#practice-card[data-state="answer"]', guard);
      answers.set(key, (await page.textContent('#practice-card')) ?? '');
      await page.keyboard.press(rating);
    }
    return answers;
  }

  const storedKeys = async (page: Page): Promise<string[]> =>
    Object.keys((JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), storageKey)) ?? '{"cards":{}}') as { cards: object }).cards).sort();

  it('should keep the progress, find every reviewed card again and show the edited text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console ${message.text()}`);
    });
    await page.goto(`${server.origin}/en/practice/`);
    await page.fill('#practice-new-limit', '999');
    await page.click('#practice-start');
    const before = await reviewAll(page, '4');
    expect(before.size).toBeGreaterThan(3);
    expect([...before.values()].some((text) => text.includes(oldDefinition))).toBe(true);
    const reviewed = await storedKeys(page);
    expect(reviewed).toEqual([...before.keys()].sort());

    // One concept's English definition edited, the site rebuilt into the same folder.
    const file = join(content, 'concepts', 'oxidation.md');
    const source = await readFile(file, 'utf8');
    expect(source).toContain(oldDefinition);
    await writeFile(file, source.replace(oldDefinition, newDefinition));
    await build();

    // Every reviewed card made due (as if days had passed), then a reload of the rebuilt page.
    await page.evaluate((key) => {
      const progress = JSON.parse(window.localStorage.getItem(key)!) as { cards: Record<string, { card: { due: string } }> };
      for (const entry of Object.values(progress.cards)) entry.card.due = new Date(Date.now() - 86_400_000).toISOString();
      window.localStorage.setItem(key, JSON.stringify(progress));
    }, storageKey);
    await page.reload();
    expect(await storedKeys(page)).toEqual(reviewed);
    expect(await page.getAttribute('[data-due-scope="tea"]', 'data-due')).toBe(String(reviewed.length));
    await page.click('#practice-start');
    await page.waitForSelector('#practice-card[data-state="question"]', guard);
    // Every stored card is a card of the rebuilt data: all of them due for review, none new.
    expect(await page.textContent('#practice-counts')).toBe(`New 0 · Learning 0 · Review ${reviewed.length}`);
    const after = await reviewAll(page, '3');
    expect([...after.keys()].sort()).toEqual(reviewed);
    const texts = [...after.values()];
    expect(texts.some((text) => text.includes(newDefinition))).toBe(true);
    expect(texts.some((text) => text.includes(oldDefinition))).toBe(false);
    await context.close();
  });
});
