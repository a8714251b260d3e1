/**
 * Load every page of a built site in Chromium (served from its folder), press every button and click every
 * script-capable link, and read the sentinel `window.__pwned` that any injected script would set.
 *
 * @module
 */
import type { Browser } from 'playwright-core';
import { serveFolder } from '../browser.js';
import { listFiles } from '../determinism/tree.js';
import { htmlInjections } from './injections.js';

/** What the run found. */
export interface SiteSentinelReport {
  /** Pages loaded. */
  readonly pages: number;
  /** Buttons pressed. */
  readonly buttons: number;
  /** Every problem: a page where the sentinel fired, a dialog opened, or the HTML holds executable markup. */
  readonly problems: readonly string[];
}

/**
 * Check a built site.
 *
 * @param browser Chromium.
 * @param dir The site's output folder.
 * @param origin The origin to serve it under (the site URL without the trailing `/`).
 * @returns Pages, buttons and problems.
 */
export async function siteSentinel(browser: Browser, dir: string, origin: string): Promise<SiteSentinelReport> {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const problems: string[] = [];
  const pages = (await listFiles(dir)).filter((file) => file.endsWith('.html'));
  let buttons = 0;
  for (const file of pages) {
    for (const problem of htmlInjections(await readFile(path.join(dir, file), 'utf8'))) {
      if (problem.startsWith('<script> element') && !problem.includes('__pwned')) continue; // the site's own scripts
      problems.push(`${file}: ${problem}`);
    }
  }
  const context = await browser.newContext();
  try {
    for (const file of pages) {
      const page = await context.newPage();
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await serveFolder(page, dir, origin);
      const pathname = `/${file.replace(/index\.html$/u, '')}`;
      await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
      const result = await page.evaluate(async () => {
        let pressed = 0;
        // Note: forms are not submitted and links not followed; only what runs in this page counts.
        document.addEventListener('submit', (event) => event.preventDefault(), true);
        for (const button of [...document.querySelectorAll<HTMLButtonElement>('button[type="button"], button[popovertarget]')]) {
          button.click();
          pressed++;
        }
        for (const anchor of [...document.querySelectorAll('a')]) {
          if (anchor.protocol === 'javascript:' || anchor.protocol === 'data:' || anchor.protocol === 'vbscript:') anchor.click();
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { pressed, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
      });
      buttons += result.pressed;
      if (result.pwned !== undefined) problems.push(`${pathname}: window.__pwned = ${String(result.pwned)}`);
      if (dialogs > 0) problems.push(`${pathname}: ${dialogs} dialog(s) opened`);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return { pages: pages.length, buttons, problems };
}
