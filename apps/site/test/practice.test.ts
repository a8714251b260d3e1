/**
 * The practice page in a real browser (playwright-core + Debian Chromium), on the built site: a round of
 * reviews by keyboard alone and one by touch, the progress surviving a reload, the due count, export
 * and import of the progress (and a bad file refused with a clear message), and axe on the page.
 * Every wait is a hang guard, never a timed assertion.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserRequired, findChromium, launchChromium, skipNote } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const siteDir = inject('siteDir');
const chromiumPath = findChromium();
if (chromiumPath === null && !browserRequired()) console.log(skipNote);

/** Hang guard of every wait. */
const guard = { timeout: 60_000 };
const storageKey = 'cloudvirt-practice:cloudvirt';

interface StoredProgress {
  format: string;
  cards: Record<string, { guid: string; ord: number; scope: string; card: { due: string; state: number; reps: number }; log: { rating: number }[] }>;
  introduced: Record<string, number>;
}

describe.runIf(chromiumPath !== null)('the practice page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let scratch: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    scratch = await mkdtemp(join(tmpdir(), 'cloudvirt-practice-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  async function open(path: string, target: BrowserContext = desktop): Promise<Page> {
    const page = await target.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: console ${message.text()}`);
    });
    await page.goto(server.origin + path);
    return page;
  }

  const stored = async (page: Page): Promise<StoredProgress> =>
    JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), storageKey)) ?? 'null') as StoredProgress;
  const waitState = (page: Page, wanted: string): Promise<unknown> => page.waitForSelector(`#practice-card[data-state="${wanted}"]`, guard);
  const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');

  it('should run a round of reviews by keyboard alone, as in Anki', async () => {
    const page = await open('/en/practice/?topic=virtualization-basics');
    expect(await page.inputValue('#practice-topic')).toBe('virtualization-basics');
    expect(await page.getAttribute('#practice-card', 'aria-live')).toBe('polite');
    // Keyboard only: the limit field, then Enter submits the form.
    await page.focus('#practice-new-limit');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const seen: string[] = [];
    const ratings = ['1', '4', '4', '4'];
    for (const rating of ratings) {
      await waitState(page, 'question');
      seen.push((await page.getAttribute('#practice-card', 'data-card'))!);
      expect(await page.textContent('#practice-card')).toMatch(/^Question: /u);
      expect(await focusedId(page)).toBe('practice-show');
      await page.keyboard.press('Space');
      await waitState(page, 'answer');
      expect(await page.textContent('#practice-card')).toMatch(/^Answer: /u);
      // Good has the focus, as Space/Enter means Good on Anki's answer side; each button shows its interval.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rating'))).toBe('3');
      expect(await page.locator('.practice-interval').allTextContents()).toEqual([expect.stringMatching(/m$/u), expect.any(String), expect.any(String), expect.stringMatching(/d$/u)]);
      await page.keyboard.press(rating);
    }
    await waitState(page, 'done');
    // Three new cards; the first, failed with Again, came back after the other two.
    expect(new Set(seen).size).toBe(3);
    expect(seen[3]).toBe(seen[0]);
    const progress = await stored(page);
    expect(Object.keys(progress.cards).sort()).toEqual([...new Set(seen)].sort());
    expect(progress.cards[seen[0]!]!.log.map((log) => log.rating)).toEqual([1, 4]);
    expect(Object.values(progress.cards).every((entry) => entry.card.state === 2 && entry.scope === 'virtualization')).toBe(true);
    expect(Object.values(progress.introduced)).toEqual([3]);
    await page.close();
  });

  it('should keep the progress over a reload: the day’s new cards are used up and nothing is due', async () => {
    const page = await open('/en/practice/?topic=virtualization-basics');
    expect(await page.inputValue('#practice-new-limit')).toBe('3');
    await page.click('#practice-start');
    await waitState(page, 'done');
    expect(await page.textContent('#practice-card')).toContain('New cards today: 0 left.');
    expect(await page.getAttribute('[data-due-scope="virtualization"]', 'data-due')).toBe('0');
    await page.reload();
    expect(Object.keys((await stored(page)).cards)).toHaveLength(3);
    await page.close();
  });

  it('should count a card whose review is due, and show it first', async () => {
    const page = await open('/en/practice/');
    const progress = await stored(page);
    const [key, entry] = Object.entries(progress.cards)[1]!;
    entry.card.due = new Date(Date.now() - 86_400_000).toISOString();
    await page.evaluate(([name, value]) => window.localStorage.setItem(name!, value!), [storageKey, JSON.stringify(progress)]);
    await page.reload();
    await page.waitForSelector('[data-due-scope="virtualization"][data-due="1"]', guard);
    expect(await page.textContent('[data-due-scope="virtualization"]')).toBe('1 due');
    expect(await page.getAttribute('[data-due-scope="cloud-computing"]', 'data-due')).toBe('0');
    await page.selectOption('#practice-topic', 'virtualization');
    await page.fill('#practice-new-limit', '3');
    await page.click('#practice-start');
    await waitState(page, 'question');
    expect(await page.getAttribute('#practice-card', 'data-card')).toBe(key);
    expect(await page.textContent('#practice-counts')).toBe('New 0 · Learning 0 · Review 1');
    await page.close();
  });

  it('should export the progress as a JSON file and import it into another browser, refusing a bad file', async () => {
    const page = await open('/en/practice/');
    const [download] = await Promise.all([page.waitForEvent('download', guard), page.click('#practice-export')]);
    const file = join(scratch, download.suggestedFilename());
    expect(download.suggestedFilename()).toMatch(/^cloudvirt-practice-progress-\d{4}-\d{2}-\d{2}\.json$/u);
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as StoredProgress;
    expect(exported.format).toBe('cloudvirt-practice-progress');
    expect(exported).toEqual(await stored(page));
    expect(await page.textContent('#practice-status')).toBe('Progress of 3 cards exported.');
    await page.close();

    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await open('/zh/practice/', other);
    expect(await stored(fresh)).toBeNull();
    const bad = join(scratch, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...exported, format: 'anki' }));
    await fresh.setInputFiles('#practice-import', bad);
    await fresh.waitForSelector('#practice-error:not(:empty)', guard);
    expect(await fresh.textContent('#practice-error')).toBe('无法导入该文件：format is "anki", expected "cloudvirt-practice-progress".');
    expect(await stored(fresh)).toBeNull();
    await fresh.setInputFiles('#practice-import', file);
    await fresh.waitForSelector('#practice-status:not(:empty)', guard);
    expect(await fresh.textContent('#practice-status')).toBe('已导入 3 张卡片的进度。');
    expect(await fresh.textContent('#practice-error')).toBe('');
    expect(await stored(fresh)).toEqual(exported);
    expect(await fresh.getAttribute('[data-due-scope="virtualization"]', 'data-due')).toBe('1');
    await other.close();
  });

  it('should run a round of reviews by touch on a phone, in Chinese', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await open('/zh/practice/?topic=service-models', phone);
    await page.fill('#practice-new-limit', '2');
    await page.locator('#practice-start').tap();
    for (let round = 0; round < 2; round++) {
      await waitState(page, 'question');
      expect(await page.textContent('#practice-card')).toMatch(/^问题：/u);
      await page.locator('#practice-show').tap();
      await waitState(page, 'answer');
      expect(await page.textContent('#practice-card')).toMatch(/^答案：/u);
      await page.locator('#practice-ratings [data-rating="4"]').tap();
    }
    await waitState(page, 'done');
    const progress = await stored(page);
    expect(Object.values(progress.cards).map((entry) => [entry.scope, entry.card.reps])).toEqual([
      ['cloud-computing', 1],
      ['cloud-computing', 1],
    ]);
    await phone.close();
  });

  it.each([
    ['/en/practice/', 'light'],
    ['/zh/practice/', 'dark'],
  ] as const)('should find no axe violation on %s (%s), before and during a review', async (path, colorScheme) => {
    const themed = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await open(path, themed);
    const scan = async (): Promise<string[]> =>
      (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(await scan()).toEqual([]);
    await page.selectOption('#practice-topic', 'virtualization');
    await page.click('#practice-start');
    await waitState(page, 'question');
    await page.click('#practice-show');
    await waitState(page, 'answer');
    expect(await scan()).toEqual([]);
    await themed.close();
  });

  it('should be linked from home, topic and concept pages', async () => {
    const page = await open('/en/topics/service-models/');
    await page.getByRole('link', { name: 'Practise this topic' }).click();
    await page.waitForURL(/\/en\/practice\/\?topic=service-models$/u, guard);
    expect(await page.inputValue('#practice-topic')).toBe('service-models');
    await page.goto(`${server.origin}/zh/concepts/kvm/`);
    await page.getByRole('link', { name: '练习本主题' }).click();
    await page.waitForURL(/\/zh\/practice\/\?topic=/u, guard);
    await page.goto(`${server.origin}/en/`);
    expect(await page.getByRole('link', { name: 'Practise with flashcards' }).getAttribute('href')).toBe('/en/practice/');
    await page.close();
  });
});
