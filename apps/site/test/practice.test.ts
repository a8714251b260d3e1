/**
 * The practice page in a real browser (playwright-core + Debian Chromium), on the built site: a round of
 * reviews by keyboard alone and one by touch, the progress surviving a reload, the due count, export
 * and import of the progress (and a bad file refused with a clear message), axe on the page, and
 * "Download my deck": the `.apkg` built in the browser, opened with sql.js (schema, scheduling, revlog)
 * and imported with real Anki code (../shared/tools/anki-real: a fresh collection, and one that already
 * studied the site's deck).
 * Every wait is a hang guard, never a timed assertion.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * The real-Anki tool (Anki 2.1.16's importer) and the Python it runs on: `ANKI_REAL` (a folder holding
 * run_real_anki.sh), else /work/shared/tools/anki-real — not a path relative to the checkout, since CI
 * tests a fresh clone in a temporary folder; `ANKI_LEGACY_PYTHON`, else /usr/bin/python3, as the tool
 * itself. Skipped with a note naming what is missing; with `CI=true` (`.ci/run` installs Debian
 * python3-decorator) a missing module fails the run, and so does a missing tool with `REQUIRE_ANKI_REAL=1`.
 */
const ankiReal = resolve(process.env.ANKI_REAL ?? '/work/shared/tools/anki-real');
const ankiPython = process.env.ANKI_LEGACY_PYTHON ?? '/usr/bin/python3';
const ankiRealMissing = !existsSync(join(ankiReal, 'run_real_anki.sh'))
  ? `no ${join(ankiReal, 'run_real_anki.sh')} (set ANKI_REAL to the anki-real folder)`
  : spawnSync(ankiPython, ['-c', 'import decorator'], { stdio: 'ignore' }).status !== 0
    ? `${ankiPython} cannot import the module decorator (apt-get install -y python3-decorator)`
    : null;
const ankiRealRequired = process.env.REQUIRE_ANKI_REAL === '1' || (process.env.CI === 'true' && existsSync(ankiReal));
if (ankiRealMissing !== null && !ankiRealRequired) console.log(`Real-Anki checks skipped: ${ankiRealMissing}.`);

/** sql.js and fflate, as render (which writes the packages) depends on them. */
const fromRender = createRequire(createRequire(import.meta.url).resolve('@cloudvirt/render/anki'));

interface StoredProgress {
  format: string;
  cards: Record<string, { guid: string; ord: number; scope: string; card: { due: string; state: number; reps: number; scheduled_days: number }; log: { rating: number }[] }>;
  introduced: Record<string, number>;
}

describe.runIf(chromiumPath !== null)('the practice page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let scratch: string;
  const errors: string[] = [];
  /** The deck "Download my deck" gave, for the real-Anki test after it. */
  let downloaded: { file: string; progress: StoredProgress; cardCount: number; notes: number } | undefined;

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

  it('should work offline once loaded: a reload without the network still shows the cards', async () => {
    // Its own server, stopped below: offline means no server at all, not only the browser's emulation.
    const own = await serveStatic(siteDir);
    const learner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await learner.newPage();
    page.on('pageerror', (error) => errors.push(`offline: ${error.message}`));
    await page.goto(`${own.origin}/en/practice/?topic=service-models`);
    await page.fill('#practice-new-limit', '2');
    await page.click('#practice-start');
    await waitState(page, 'question');
    const first = await page.getAttribute('#practice-card', 'data-card');
    await page.keyboard.press('Space');
    await waitState(page, 'answer');
    await page.keyboard.press('3');
    await waitState(page, 'question');
    // The worker controls the page and keeps the page, its scripts, its stylesheet and the card data.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, guard);
    const kept = (): Promise<string[]> =>
      page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names.find((name) => name.startsWith('cloudvirt-practice-'))!);
        return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
      });
    await expect.poll(kept, guard).toEqual(expect.arrayContaining(['/en/practice/', '/assets/practice.js', '/assets/site.js', '/assets/site.css', '/practice/en/cloud-computing.json']));
    await own.close();
    await learner.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    expect(await page.inputValue('#practice-topic')).toBe('service-models');
    expect(Object.keys((await stored(page)).cards)).toEqual([first]);
    await page.click('#practice-start');
    await waitState(page, 'question');
    expect(await page.textContent('#practice-card')).toMatch(/^Question: /u);
    expect(await page.textContent('#practice-counts')).toMatch(/^New \d+ · Learning \d+ · Review \d+$/u);
    await learner.close();
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

  it('should build "Download my deck" in the browser, loading the writer only then, and Anki should import it', async () => {
    const learner = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await learner.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(`deck: ${error.message}`));
    await page.goto(`${server.origin}/en/practice/?topic=virtualization-basics`);
    await page.fill('#practice-new-limit', '3');
    await page.click('#practice-start');
    for (const rating of ['1', '4', '3', '4']) {
      await waitState(page, 'question');
      await page.keyboard.press('Space');
      await waitState(page, 'answer');
      await page.keyboard.press(rating);
    }
    // The card rated Good is in its learning steps: it comes back within the learn-ahead limit.
    await waitState(page, 'question');
    // Only the chosen scope's cards were fetched, and nothing of the deck writer yet.
    expect(requested.filter((path) => path.startsWith('/practice/'))).toEqual(['/practice/en/virtualization.json']);
    expect(requested.some((path) => path.includes('practice-deck'))).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download', guard), page.click('#practice-deck')]);
    const file = join(scratch, download.suggestedFilename());
    expect(download.suggestedFilename()).toMatch(/^cloudvirt-practised-\d{4}-\d{2}-\d{2}\.apkg$/u);
    await download.saveAs(file);
    await page.waitForSelector('#practice-status:not(:empty)', guard);
    expect(requested.filter((path) => path.includes('practice-deck') || path.endsWith('.notes.json'))).toEqual(['/assets/practice-deck.js', '/practice/en/virtualization.notes.json']);
    const progress = await stored(page);
    const entries = Object.values(progress.cards);
    const reviews = entries.reduce((sum, entry) => sum + entry.log.length, 0);
    const notes = new Set(entries.map((entry) => entry.guid)).size;
    expect(await page.textContent('#practice-status')).toBe(`Your deck is ready: ${notes} notes, ${entries.length} cards with their scheduling, ${reviews} reviews.`);
    await learner.close();

    // The package as sql.js reads it: schema 11, the practised cards scheduled, one revlog row per review.
    const { unzipSync } = fromRender('fflate') as { unzipSync: (data: Uint8Array) => Record<string, Uint8Array> };
    const initSqlJs = fromRender('sql.js') as () => Promise<{ Database: new (data: Uint8Array) => { exec: (sql: string) => { values: unknown[][] }[]; close: () => void } }>;
    const members = unzipSync(new Uint8Array(await readFile(file)));
    expect(Object.keys(members).sort()).toEqual(['collection.anki2', 'media']);
    const SQL = await initSqlJs();
    const db = new SQL.Database(members['collection.anki2']!);
    const query = (sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];
    expect(query('SELECT ver FROM col')).toEqual([[11]]);
    expect(query('SELECT count() FROM notes')).toEqual([[notes]]);
    // Stored for Anki's second scheduler: col.conf says so, relearning is type 3, learning cards in queue 1.
    expect((JSON.parse(String(query('SELECT conf FROM col')[0]![0])) as { schedVer?: number }).schedVer).toBe(2);
    const cards = new Map(query('SELECT n.guid, c.ord, c.type, c.ivl, c.reps, (SELECT count() FROM revlog r WHERE r.cid = c.id), c.queue FROM cards c JOIN notes n ON c.nid = n.id').map((row) => [`${row[1]}:${row[0]}`, row]));
    for (const [key, entry] of Object.entries(progress.cards)) {
      const row = cards.get(key)!;
      expect(row, key).toBeDefined();
      expect(row[2], key).toBe(entry.card.state);
      expect(row[6], key).toBe(entry.card.state === 2 ? 2 : entry.card.state === 0 ? 0 : 1);
      expect(row[4], key).toBe(entry.card.reps);
      expect(row[5], key).toBe(entry.log.length);
      if (entry.card.state === 2) expect(row[3], key).toBe(Math.max(1, Math.round(entry.card.scheduled_days)));
    }
    expect(query('SELECT count() FROM revlog')).toEqual([[reviews]]);
    db.close();
    downloaded = { file, progress, cardCount: cards.size, notes };
  });

  it.skipIf(ankiRealMissing !== null && !ankiRealRequired)('should import the downloaded deck with real Anki: a fresh collection, and one that already studied', () => {
    if (ankiRealMissing !== null) throw new Error(`Real-Anki checks required here (CI=true or REQUIRE_ANKI_REAL=1) but ${ankiRealMissing}.`);
    if (downloaded === undefined) throw new Error('no downloaded deck: the "Download my deck" test did not get that far');
    const { file, progress, cardCount, notes } = downloaded;
    // Real Anki, a fresh collection (second scheduler): every note and card arrives, every review, review
    // cards with their interval, learning and relearning cards still in learning, with their steps left.
    const env = { ...process.env, ANKI_LEGACY_PYTHON: ankiPython };
    const fresh = spawnSync(join(ankiReal, 'run_real_anki.sh'), [file], { encoding: 'utf8', env });
    expect(fresh.stdout, fresh.stdout + fresh.stderr).toMatch(/^PASS /mu);
    const imported = JSON.parse(execFileSync(ankiPython, [join(dirname(fileURLToPath(import.meta.url)), 'helpers', 'anki-scheduling.py'), join(ankiReal, 'anki-2.1.16'), file], { encoding: 'utf8' })) as {
      schedVer: number;
      cards: { guid: string; ord: number; type: number; queue: number; due: number; left: number; ivl: number; reps: number; revlog: number }[];
    };
    expect(imported.schedVer).toBe(2);
    expect(imported.cards).toHaveLength(cardCount);
    const states = new Set<number>();
    for (const card of imported.cards) {
      const key = `${card.ord}:${card.guid}`;
      const entry = progress.cards[key];
      if (entry === undefined) continue;
      states.add(entry.card.state);
      expect(card.revlog, key).toBe(entry.log.length);
      expect(card.reps, key).toBe(entry.card.reps);
      if (entry.card.state === 2) expect([card.type, card.queue, card.ivl], key).toEqual([2, 2, Math.max(1, Math.round(entry.card.scheduled_days))]);
      // The package says schedVer 2, so Anki 2.1.16 does not move learning cards back to new
      // (mustResetLearning → changeSchedulerVer(2) does nothing): type, queue, due (seconds), steps kept.
      if (entry.card.state === 1 || entry.card.state === 3) {
        expect([card.type, card.queue, card.due, card.left], key).toEqual([entry.card.state, 1, Math.floor(Date.parse(entry.card.due) / 1000), 1001]);
      }
    }
    // The session above left both review and learning cards (rated Easy, and Again / Good).
    expect([...states].sort(), 'states of the practised cards').toEqual(expect.arrayContaining([1, 2]));
    // A collection that already studied the site's deck: nothing added, nothing updated, its reviews kept.
    const studied = spawnSync(join(ankiReal, 'run_real_anki.sh'), [file, join(siteDir, 'downloads', 'cloudvirt-en.apkg')], { encoding: 'utf8', env });
    expect(studied.stdout, studied.stdout + studied.stderr).toMatch(/^PASS update test cloudvirt-en\.apkg: 0 problem\(s\)$/mu);
    // Every note of the practised deck skipped as already there; the collection's own review history kept.
    expect(studied.stdout).toMatch(new RegExp(`import NEW#1 .*Notes skipped, as they're already in your collection: ${notes}["']\\] -> notes=\\d+ .* revlog=(\\d+)`, 'u'));
  });
});
