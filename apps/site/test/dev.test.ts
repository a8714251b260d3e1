/**
 * The authoring loop (`cloudvirt-site dev`) on a temporary copy of the mini pack: the real dev server over
 * HTTP, and real Chromium (playwright-core + Debian Chromium) for live reload and the error overlay.
 * No timed assertions: every wait polls until the expected state, with a generous hang guard.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayId } from '../src/dev/client.js';
import { SiteGeneration } from '../src/dev/generation.js';
import { startDevServer, type DevServer } from '../src/dev/server.js';
import { siteKnowledgeBase } from '../src/build-site.js';
import { loadAssets } from '../src/assets.js';
import { packageRoot } from '../src/package-root.js';
import { siteFiles } from '../src/site.js';
import { browserRequired, findChromium, launchChromium, skipNote } from './helpers/browser.js';
import { miniPack, whiteTea } from './helpers/tea-pack.js';

const chromiumPath = findChromium();
if (chromiumPath === null && !browserRequired()) console.log(skipNote);

/** Hang guard of every wait (the state is polled; this only stops a test that would never end). */
const hangGuardMs = 90_000;

/** Poll `probe` until it returns a value other than `undefined`/`false`. */
async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + hangGuardMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} (hang guard)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function copyPack(): Promise<{ root: string; content: string }> {
  const root = await mkdtemp(join(tmpdir(), 'cloudvirt-dev-test-'));
  const content = join(root, 'content');
  await cp(miniPack, content, { recursive: true });
  return { root, content };
}

describe('the dev server over HTTP', () => {
  let pack: { root: string; content: string };
  let server: DevServer;
  const logs: string[] = [];

  beforeAll(async () => {
    pack = await copyPack();
    server = await startDevServer({ contentDir: pack.content, port: 0, log: (text) => logs.push(text) });
  });

  afterAll(async () => {
    await server?.close();
    await rm(pack.root, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(new URL(path, `http://127.0.0.1:${server.port}`), { redirect: 'manual' });

  it('should serve every page as the build renders it, with the live-reload client injected', async () => {
    const response = await get('/en/concepts/black-tea/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/<script src="\/__cloudvirt\/dev\.js" data-path="\/en\/concepts\/black-tea\/" data-hash="[\w-]+"><\/script><\/body>/);
    expect((await get('/__cloudvirt/dev.js')).status).toBe(200);
    expect((await get('/en/concepts/black-tea')).headers.get('location')).toBe('/en/concepts/black-tea/');
    expect((await get('/no/such/page/')).status).toBe(404);
    expect((await get('/sitemap.xml')).headers.get('content-type')).toBe('application/xml');
    expect((await get('/assets/site.css')).status).toBe(200);
  });

  it('should render the localized pages exactly as siteFiles does (the fast path is the same page)', async () => {
    const data = (await import('@cloudvirt/core/compiler')).compileContent(pack.content);
    const result = await data;
    if (!result.ok) throw new Error('expected the mini pack to compile');
    const kb = siteKnowledgeBase(result.data);
    const generation = new SiteGeneration(kb, { downloadsDir: join(pack.root, 'downloads-check'), siteUrl: 'https://mini.example/' });
    const files = siteFiles(generation.context, loadAssets().files);
    const pages = files.filter((file) => /^\/(en|zh)\//.test(file.path) && !file.path.endsWith('/downloads/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of [...pages, ...files.filter((file) => file.path === '/' || file.path === '/assets/site.css' || file.path === '/concepts/black-tea.html')]) {
      expect((await generation.render(file.path))?.body, file.path).toBe(file.render());
    }
  });

  it('should make the downloads and the search index when they are asked for', async () => {
    const jsonld = await get('/kb.jsonld');
    expect(jsonld.status).toBe(200);
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json');
    expect(JSON.parse(await jsonld.text())).toHaveProperty('@context');
    expect(await (await get('/downloads/handbook-en.md')).text()).toContain('Black tea');
    expect(await (await get('/en/downloads/')).text()).toContain('/downloads/handbook-en.md');
    const entry = await get('/pagefind/pagefind-entry.json');
    expect(entry.status).toBe(200);
    const languages = (JSON.parse(await entry.text()) as { languages: Record<string, { page_count: number }> }).languages;
    expect(Object.values(languages).reduce((sum, language) => sum + language.page_count, 0)).toBeGreaterThan(0);
    expect((await get('/pagefind/pagefind.js')).status).toBe(200);
  });

  it('should follow an add, a rename and a delete of a concept file', async () => {
    await writeFile(join(pack.content, 'concepts', 'white-tea.md'), whiteTea);
    await until('the added concept page', async () => (await get('/en/concepts/white-tea/')).status === 200);
    expect(await (await get('/en/concepts/white-tea/')).text()).toContain('White tea');
    expect(await (await get('/en/glossary/')).text()).toContain('/en/concepts/white-tea/');

    await rename(join(pack.content, 'concepts', 'white-tea.md'), join(pack.content, 'concepts', 'silver-needle.md'));
    await until('the renamed concept page', async () => (await get('/en/concepts/silver-needle/')).status === 200);
    expect((await get('/en/concepts/white-tea/')).status).toBe(404);

    await rm(join(pack.content, 'concepts', 'silver-needle.md'));
    await until('the deleted concept page to be gone', async () => (await get('/en/concepts/silver-needle/')).status === 404);
    expect(await (await get('/en/glossary/')).text()).not.toContain('silver-needle');
    expect(server.errors).toEqual([]);
  });

  it('should follow saves that replace the file, as editors save (a new file renamed over the old one), again and again', async () => {
    const file = join(pack.content, 'concepts', 'oxidation.md');
    const good = await readFile(file, 'utf8');
    for (const round of [1, 2, 3]) {
      const temporary = join(pack.content, 'concepts', `.oxidation.md.${round}.tmp`);
      await writeFile(temporary, good.replace(/\n# zh\n/, `\nAtomic save number ${round}.\n\n# zh\n`));
      await rename(temporary, file);
      await until(`atomic save ${round}`, async () => (await (await get('/en/concepts/oxidation/')).text()).includes(`Atomic save number ${round}.`));
    }
    await writeFile(file, good);
    await until('the original text', async () => !(await (await get('/en/concepts/oxidation/')).text()).includes('Atomic save number'));
  });

  it('should print the content errors in the compiler voice and keep serving the last good pages', async () => {
    const file = join(pack.content, 'concepts', 'green-tea.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^level: .*$/m, 'level: expert'));
    await until('the error', async () => server.errors.length > 0);
    expect(server.errors.map((message) => message.ruleId)).toContain('unknown-level');
    expect(logs.join('\n')).toMatch(/concepts\/green-tea\.md\n\s+\d+:\d+-\d+:\d+\s+error\s+Unexpected level `expert`/);
    expect(logs.join('\n')).toContain('serving the last good state');
    expect((await get('/en/concepts/green-tea/')).status).toBe(200);
    await writeFile(file, good);
    await until('the fix', async () => server.errors.length === 0);
  });
});

describe('startDevServer on content that does not compile yet', () => {
  it('should answer 503 with the client (its overlay lists the errors), then serve the pages once fixed', async () => {
    const pack = await copyPack();
    const topics = join(pack.content, 'topics.md');
    const good = await readFile(topics, 'utf8');
    await writeFile(topics, `${good}\n- {broken`);
    const server = await startDevServer({ contentDir: pack.content, port: 0, log: () => undefined });
    try {
        const first = await fetch(`http://127.0.0.1:${server.port}/en/`);
        expect(first.status).toBe(503);
        expect(await first.text()).toContain('/__cloudvirt/dev.js');
        expect(server.errors.length).toBeGreaterThan(0);
        await writeFile(topics, good);
        await until('the fixed site', async () => (await fetch(`http://127.0.0.1:${server.port}/en/`)).status === 200);
    } finally {
      await server.close();
      await rm(pack.root, { recursive: true, force: true });
    }
  });
});

describe('cloudvirt-site dev (the command line)', () => {
  /** Run `cloudvirt-site dev …` from the source; resolves with its output so far once `ready` matches, and stops it on `stop`. */
  function run(args: readonly string[]) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'dev', ...args], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output: () => output, exit };
  }

  it('should serve the pack it is given, say where, stop with exit code 0 on SIGTERM, and refuse a port in use (exit 1)', async () => {
    const pack = await copyPack();
    const first = run(['--kb', pack.root, '--port', '0']);
    try {
      const port = await until('the serving line', async () => /dev: serving http:\/\/localhost:(\d+)\//.exec(first.output())?.[1]);
      expect(first.output()).toMatch(/from .*content \(watching it; Ctrl\+C stops\)/);
      expect((await fetch(`http://127.0.0.1:${port}/en/concepts/green-tea/`)).status).toBe(200);
      const second = run(['--kb', pack.root, '--port', port]);
      expect(await second.exit).toBe(1);
      expect(second.output()).toContain(`Unexpected port ${port}: another program listens on it, expected a free port. Stop the other server, or pass --port <N>`);
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);
    } finally {
      first.child.kill('SIGKILL');
      await rm(pack.root, { recursive: true, force: true });
    }
  });
});

describe.runIf(chromiumPath === null && browserRequired())('dev browser tests (required)', () => {
  it('should find Chromium when CI=true or REQUIRE_BROWSER=1', () => {
    expect.fail(skipNote.replace('Browser tests skipped', 'Browser tests required (CI=true or REQUIRE_BROWSER=1)'));
  });
});

describe.runIf(chromiumPath !== null)('the dev server in Chromium', () => {
  let pack: { root: string; content: string };
  let server: DevServer;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pack = await copyPack();
    server = await startDevServer({ contentDir: pack.content, port: 0, log: () => undefined });
    browser = await launchChromium();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(pack.root, { recursive: true, force: true });
  });

  const origin = () => `http://127.0.0.1:${server.port}`;
  const blackTea = () => join(pack.content, 'concepts', 'black-tea.md');

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(origin() + path);
    // The client is connected once the server sent the first status (the overlay state).
    await page.waitForFunction("document.querySelector('script[data-hash]') !== null", undefined, { timeout: hangGuardMs });
    return page;
  }

  const heading = (page: Page): Promise<string> => page.evaluate<string>("document.querySelector('h1')?.textContent ?? ''");
  /** The overlay as the page has it, or `null` (read in the page: role, text, element names, focus, accessible name). */
  const overlay = (page: Page) =>
    page.evaluate<{ role: string | null; text: string; elements: string[]; focused: string; labelled: string } | null>(`(() => {
      const element = document.getElementById(${JSON.stringify(overlayId)});
      if (element === null) return null;
      return {
        role: element.getAttribute('role'),
        text: element.textContent ?? '',
        elements: [...element.querySelectorAll('*')].map((node) => node.tagName.toLowerCase()),
        focused: document.activeElement?.textContent ?? '',
        labelled: document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      };
    })()`);

  it('should show an edit of the English label without a manual reload, and leave pages it does not touch alone', async () => {
    const page = await open('/en/concepts/black-tea/');
    expect(await heading(page)).toContain('Black tea');
    const good = await readFile(blackTea(), 'utf8');
    const relabelled = good.replace('  en: Black tea\n', '  en: Black tea (fully oxidized)\n');
    await writeFile(blackTea(), relabelled);
    await until('the new label in the open page', async () => (await heading(page)).includes('Black tea (fully oxidized)'));
    // The English explanation is only on the concept's own page: the Chinese comparison page does not reload.
    const other = await open('/zh/comparisons/green-vs-black-tea/');
    await other.evaluate(() => {
      (globalThis as unknown as { untouched: boolean }).untouched = true;
    });
    await writeFile(blackTea(), relabelled.replace('which gives it a dark liquor.', 'which gives it a dark, strong liquor.'));
    await until('the new explanation', async () => (await page.content()).includes('a dark, strong liquor'));
    expect(await other.evaluate(() => (globalThis as unknown as { untouched?: boolean }).untouched)).toBe(true);
    await other.close();
    await page.close();
  });

  it('should show an overlay with file:line:col, rule id and hint for broken frontmatter, escaped, accessible, and remove it on the fix', async () => {
    const page = await open('/en/concepts/black-tea/');
    const before = await heading(page);
    const good = await readFile(blackTea(), 'utf8');
    try {
      await writeFile(blackTea(), good.replace(/^level: .*$/m, 'level: <img src=x onerror="window.injected=1">'));
      const shown = await until('the overlay', () => overlay(page).then((value) => value ?? undefined));
      expect(shown.role).toBe('alertdialog');
      expect(shown.labelled).toBe('1 error in the content');
      expect(shown.text).toMatch(/black-tea\.md:4:8/);
      expect(shown.text).toContain('unknown-level');
      expect(shown.text).toContain('Unexpected level `<img src=x onerror="window.injected=1">`');
      expect(shown.text).toContain('hint: ');
      // Escaped by construction: the message's markup is text, no element of it exists.
      expect(shown.elements).not.toContain('img');
      expect(await page.evaluate(() => (globalThis as unknown as { injected?: number }).injected)).toBeUndefined();
      expect(shown.focused).toBe('Close');
      // The last good page stays served.
      expect(await heading(page)).toBe(before);
      const { violations } = await new AxeBuilder({ page }).include(`#${overlayId}`).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);

      // Broken YAML: the place of the YAML error.
      await writeFile(blackTea(), good.replace(/^level: .*$/m, 'level: [intermediate'));
      await until('the YAML error in the overlay', async () => (await overlay(page))?.text.includes('bad-yaml'));
      expect((await overlay(page))?.text).toMatch(/concepts\/black-tea\.md:\d+:\d+bad-yaml/);

      // Close hides it (keyboard), until the errors change.
      await page.keyboard.press('Escape');
      expect(await overlay(page)).toBeNull();

      await writeFile(blackTea(), good.replace('  en: Black tea', '  en: Black tea, fixed'));
      await until('the fixed page', async () => (await heading(page)).includes('Black tea, fixed'));
      expect(await overlay(page)).toBeNull();
    } finally {
      await writeFile(blackTea(), good.replace('  en: Black tea', '  en: Black tea, fixed'));
      await page.close();
    }
  });

  it('should remove the overlay on a fix that brings back the same page, without a reload', async () => {
    const page = await open('/en/concepts/green-tea/');
    await page.evaluate(() => {
      (globalThis as unknown as { same: boolean }).same = true;
    });
    const file = join(pack.content, 'concepts', 'green-tea.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^kind: .*$/m, 'kind: beverage'));
    await until('the overlay', async () => (await overlay(page))?.text.includes('unknown-kind'));
    await writeFile(file, good);
    await until('the overlay to go', async () => (await overlay(page)) === null);
    expect(await page.evaluate(() => (globalThis as unknown as { same?: boolean }).same)).toBe(true);
    await page.close();
  });

  it('should take an open page of a renamed concept to the 404 page, and serve the new one', async () => {
    await writeFile(join(pack.content, 'concepts', 'white-tea.md'), whiteTea);
    await until('the added page', async () => (await fetch(`${origin()}/en/concepts/white-tea/`)).status === 200);
    const page = await open('/en/concepts/white-tea/');
    expect(await heading(page)).toContain('White tea');
    await rename(join(pack.content, 'concepts', 'white-tea.md'), join(pack.content, 'concepts', 'silver-needle.md'));
    await until('the 404 page in the open tab', async () => !(await heading(page)).includes('White tea'));
    const moved = await open('/en/concepts/silver-needle/');
    expect(await heading(moved)).toContain('White tea');
    await rm(join(pack.content, 'concepts', 'silver-needle.md'));
    await until('the 404 page after the delete', async () => !(await heading(moved)).includes('White tea'));
    await page.close();
    await moved.close();
    expect(pageErrors).toEqual([]);
  });
});
