/**
 * Finding Chromium for the browser tests: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. Without one
 * the tests are skipped with a note, unless `CI=true` or `REQUIRE_BROWSER=1`, where a missing browser
 * fails the run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium flags used by every browser test (and the Lighthouse script). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Path of a Chromium executable, or `null`. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** True when a missing browser must fail the tests instead of skipping them. */
export function browserRequired(): boolean {
  return process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1';
}

/** The line printed when the browser tests are skipped. */
export const skipNote =
  'Browser tests skipped: no Chromium found (set CHROME_PATH, or install it: apt-get update && apt-get install -y chromium).';

/**
 * Launch headless Chromium.
 *
 * @throws {Error} When no Chromium is installed.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(skipNote.replace('Browser tests skipped', 'Browser tests cannot run'));
  return chromium.launch({ executablePath, args: chromiumFlags });
}
