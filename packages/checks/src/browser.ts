/**
 * Chromium for the browser checks: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. Without one the
 * browser tests are skipped with a printed hint, unless `CI=true` or `REQUIRE_BROWSER=1`, where a missing
 * browser fails the run (the same policy as the site's browser tests).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Path of a Chromium executable, or `null`. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((candidate): candidate is string => Boolean(candidate));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** Whether a missing browser fails instead of skipping. */
export function browserRequired(): boolean {
  return process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1';
}

/** The hint printed when the browser tests are skipped. */
export const browserSkipNote = 'Browser checks skipped: no Chromium found (set CHROME_PATH, or install it: apt-get update && apt-get install -y chromium).';

/** Launch headless Chromium (no network needed: pages are set from strings). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(browserSkipNote.replace('Browser checks skipped', 'Browser checks cannot run'));
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
}

/** What a sentinel page run observed. */
export interface SentinelResult {
  /** `window.__pwned` after loading and clicking (undefined when nothing executed). */
  readonly pwned: unknown;
  /** Links whose protocol is `javascript:` (none expected). */
  readonly scriptLinks: number;
  /** Links clicked. */
  readonly clicked: number;
  /** Dialogs opened (`alert` and friends). */
  readonly dialogs: number;
}

/**
 * Load HTML in a page whose requests are all blocked, let any injected script run, click every link
 * (a `javascript:` href would run then), and read the sentinel `window.__pwned`.
 *
 * @param page A fresh page.
 * @param html The document.
 * @returns What happened.
 */
export async function runSentinel(page: Page, html: string): Promise<SentinelResult> {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const anchors = [...document.querySelectorAll('a')];
    let clicked = 0;
    for (const anchor of anchors) {
      // Note: only script-capable URLs are clicked (a javascript: href runs on click); following any other link would leave the page.
      if (anchor.protocol !== 'javascript:' && anchor.protocol !== 'data:' && anchor.protocol !== 'vbscript:') continue;
      anchor.click();
      clicked++;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scriptLinks: anchors.filter((anchor) => anchor.protocol === 'javascript:').length,
      clicked,
    };
  });
  return { ...result, dialogs };
}

/**
 * Serve a folder to a page under an origin, without a server: every request to `origin` is answered from
 * the folder (`/x/` → `x/index.html`); every other request is aborted.
 *
 * @param page The page.
 * @param dir The folder.
 * @param origin E.g. `https://cloudvirt.example`.
 */
export async function serveFolder(page: Page, dir: string, origin: string): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const types: Readonly<Record<string, string>> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/u, '');
    const file = path.join(dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    if (!file.startsWith(dir)) return route.abort();
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: types[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
