// Time to first card on the practice page, on a throttled phone: headless Chromium (playwright-core) with
// the CPU slowed 4× (Emulation.setCPUThrottlingRate) and Lighthouse's slow-4G network (150 ms RTT,
// 1.6 Mbit/s down, 750 kbit/s up; Network.emulateNetworkConditions), a 412×823 touch screen, a cold cache
// each run, the built site served gzip-compressed (scripts/gzip-proxy.mjs). For each page it times
//   ready: navigation → the practice script has run (the Start button works),
//   card:  tap on Start → the first card's question is shown (the scope's card file fetched and planned),
// the bytes transferred until the page's load event, and the gzip size of the card file Start fetched;
// median of 5 runs. The service worker is blocked: the network emulation of the page's DevTools session
// does not slow a worker's own fetches, and a first visit gains nothing from it. Informational, not a test.
//
//   pnpm --filter @cloudvirt/site build && pnpm exec tsx scripts/practice-first-card.mjs   (in apps/site)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';
import { gzipProxy } from './gzip-proxy.mjs';

const siteDir = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = ['/en/practice/', '/en/practice/?topic=virtualization', '/zh/practice/?topic=cloud-computing'];
const runs = 5;
const guard = { timeout: 180_000 };

if (!existsSync(`${siteDir}en/practice/index.html`)) {
  console.error(`No built site in ${siteDir}: run \`pnpm --filter @cloudvirt/site build\` first.`);
  process.exit(1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Bytes over the wire so far (navigation and every resource the page fetched itself). */
const transferred = (page) =>
  page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0));

const files = await serveStatic(siteDir);
const server = await gzipProxy(files.origin);
const browser = await launchChromium();
const rows = [];
try {
  for (const path of pages) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75, serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const started = performance.now();
      await page.goto(server.origin + path, { waitUntil: 'commit', ...guard });
      await page.waitForSelector('#practice-noscript[hidden]', { state: 'attached', ...guard });
      const ready = performance.now() - started;
      await page.waitForLoadState('load', guard);
      const before = await transferred(page);
      const fetched = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/practice/')) fetched.push(pathname);
      });
      const tapped = performance.now();
      await page.locator('#practice-start').tap(guard);
      await page.waitForSelector('#practice-card[data-state="question"]', guard);
      const card = performance.now() - tapped;
      const cards = fetched.reduce((sum, file) => sum + gzipSync(readFileSync(`${siteDir}${file.slice(1)}`), { level: 6 }).length, 0);
      samples.push({ ready, card, before, cards });
      await context.close();
    }
    rows.push({
      page: path,
      'ready ms': Math.round(median(samples.map((sample) => sample.ready))),
      'Start → card ms': Math.round(median(samples.map((sample) => sample.card))),
      'ready + card ms': Math.round(median(samples.map((sample) => sample.ready + sample.card))),
      'page KB (gz)': Math.round(median(samples.map((sample) => sample.before)) / 102.4) / 10,
      'cards KB (gz)': Math.round(median(samples.map((sample) => sample.cards)) / 102.4) / 10,
    });
  }
} finally {
  await browser.close();
  await server.close();
  await files.close();
}
console.log(`Practice page, time to first card: 4× CPU, slow 4G, gzip, cold cache, median of ${runs}`);
console.table(rows);
