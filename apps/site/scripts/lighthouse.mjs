// Lighthouse 12 on the built site: home, a concept page, the matrix page and the practice page, in both
// languages, served gzip-compressed as a real host serves them (scripts/gzip-proxy.mjs; --no-gzip for the
// raw files). Prints the four category scores and the page weight of each. Run `pnpm build` first.
//
//   pnpm --filter @cloudvirt/site lighthouse            (mobile emulation, Lighthouse's default)
//   pnpm --filter @cloudvirt/site lighthouse --desktop
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';
import { gzipProxy } from './gzip-proxy.mjs';

const siteDir = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = ['/en/', '/en/concepts/hypervisor/', '/en/matrix/', '/en/practice/', '/zh/', '/zh/concepts/hosted-model/', '/zh/matrix/', '/zh/practice/'];
const desktop = process.argv.includes('--desktop');
const gzip = !process.argv.includes('--no-gzip');

if (!existsSync(`${siteDir}index.html`)) {
  console.error(`No built site in ${siteDir}: run \`pnpm --filter @cloudvirt/site build\` first.`);
  process.exit(1);
}
const executablePath = findChromium();
if (executablePath === null) {
  console.error('No Chromium found: set CHROME_PATH or run `apt-get update && apt-get install -y chromium`.');
  process.exit(1);
}

/** A free local TCP port. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Start headless Chromium with a DevTools port (as chrome-launcher does) and wait until it answers. */
async function startChromium(port, profile) {
  const child = spawn(executablePath, ['--headless=new', ...chromiumFlags, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`Chromium (${executablePath}) did not open its DevTools port ${port} within 10 s.`);
}

const files = await serveStatic(siteDir);
const server = gzip ? await gzipProxy(files.origin) : files;
const port = await freePort();
const profile = mkdtempSync(join(tmpdir(), 'cloudvirt-lighthouse-'));
const chromiumProcess = await startChromium(port, profile);
const rows = [];
try {
  for (const path of pages) {
    const result = await lighthouse(
      server.origin + path,
      { port, output: 'json', logLevel: 'error', ...(desktop ? { formFactor: 'desktop', screenEmulation: { disabled: true } } : {}) },
      desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined,
    );
    if (result?.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      'weight KB': Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 102.4) / 10,
      requests: audits['network-requests']?.details?.items?.length ?? 0,
    });
    if (score('performance') < 100) {
      const metric = (id) => audits[id]?.displayValue ?? '?';
      console.log(
        `  ${path}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
          `CLS ${metric('cumulative-layout-shift')}, Speed Index ${metric('speed-index')}`,
      );
    }
    const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
    for (const audit of failing) {
      const reasons = (audit.details?.items ?? []).map((item) => item.reason ?? item.node?.snippet ?? '').filter(Boolean);
      console.log(`  ${path}: ${audit.id} — ${audit.title}${reasons.length > 0 ? ` (${reasons.slice(0, 3).join('; ')})` : ''}`);
    }
  }
} finally {
  // Wait for Chromium to exit before removing its profile: it writes into it until it is gone.
  const exited = chromiumProcess.exitCode !== null ? Promise.resolve() : new Promise((resolveExit) => chromiumProcess.once('exit', resolveExit));
  chromiumProcess.kill();
  await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 10_000))]);
  if (server !== files) await server.close();
  await files.close();
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`lighthouse: could not remove the Chromium profile ${profile}: ${error.message}`);
  }
}
console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} scores${gzip ? ' (gzip)' : ''}`);
console.table(rows);
