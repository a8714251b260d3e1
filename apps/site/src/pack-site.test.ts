/**
 * The site of another pack: `cloudvirt-site build --kb <pack folder>` on the tiny fixture pack
 * (`test/fixtures/mini-pack/`: three concepts in both languages, one comparison, no matrix, no `site`
 * texts), compiled in memory by `loadPack`. Everything that names the site comes from that pack: its
 * name, the titles, the base URL and JSON-LD IRIs (its `baseIri`), the download file names (its id),
 * and no page says CloudVirt.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../test/helpers/site-files.js';
import { runCli } from './run.js';

const packDir = fileURLToPath(new URL('../test/fixtures/mini-pack/', import.meta.url));

/** Run the command line in-process, collecting what it prints. */
async function cli(argv: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd });
  return { code, stdout, stderr };
}

/** The JSON-LD blocks of a page. */
function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as unknown);
}

/** Every `@id` in a JSON-LD value. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '@id' && typeof inner === 'string' ? [inner] : idsOf(inner)));
}

describe('the site of another pack (--kb test/fixtures/mini-pack)', () => {
  let root: string;
  let outDir: string;
  let result: { code: number; stdout: string; stderr: string };
  const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-mini-pack-'));
    outDir = join(root, 'site');
    // Relative paths resolve against the current folder, as for a user in their project.
    result = await cli(['build', '--kb', packDir, '--out', 'site'], root);
  }, 600_000); // a hang guard: a cold build draws the social cards

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should build, and print the summary line with its page count', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
    expect(result.stdout).toMatch(new RegExp(`^site: ${pages.length} pages, \\d+ files \\(4 concept IRI pages, 0 redirects, \\d+ social cards\\), 10 downloads, search index 4 en \\+ 4 zh-hans, in `));
  });

  it("should have a page per concept and comparison of the pack in both languages, and no matrix page", () => {
    const files = listFiles(outDir);
    for (const lang of ['en', 'zh']) {
      for (const id of ['oxidation', 'green-tea', 'black-tea']) expect(files).toContain(`${lang}/concepts/${id}/index.html`);
      expect(files).toContain(`${lang}/comparisons/green-vs-black-tea/index.html`);
      expect(files.filter((file) => file.startsWith(`${lang}/concepts/`) && file.endsWith('/index.html'))).toHaveLength(3);
    }
    expect(files.filter((file) => file.includes('matrix'))).toEqual([]);
  });

  it("should be named by the pack's short name, titled with its name", () => {
    const en = read('en/index.html');
    const zh = read('zh/index.html');
    expect(en).toContain('<title>Tea Basics: Tea Basics Glossary</title>');
    expect(zh).toContain('<title>茶叶基础：茶叶基础术语库</title>');
    expect(en).toContain('<span class="brand-name">Tea Basics</span>');
    expect(zh).toContain('<span class="brand-name">茶叶基础</span>');
    expect(en).toContain('<meta property="og:site_name" content="Tea Basics">');
    expect(read('en/concepts/oxidation/index.html')).toContain('<title>Oxidation · Tea Basics</title>');
    expect(read('index.html')).toContain('<title>Tea Basics: Tea Basics Glossary · 茶叶基础术语库</title>');
    // The WebSite markup: the short name, the full names as alternates.
    const nodes = jsonLdOf(en).flatMap((block) => (block as { '@graph'?: unknown[] })['@graph'] ?? [block]);
    const website = nodes.find((node) => (node as { '@type'?: unknown })['@type'] === 'WebSite');
    expect(website).toMatchObject({ name: 'Tea Basics', alternateName: expect.arrayContaining(['Tea Basics Glossary', '茶叶基础术语库']) });
  });

  it("should mint every JSON-LD IRI and canonical URL under the pack's baseIri", () => {
    const en = read('en/concepts/oxidation/index.html');
    expect(en).toContain('<link rel="canonical" href="https://tea.example/en/concepts/oxidation/">');
    const ids = jsonLdOf(en).flatMap(idsOf);
    expect(ids).toContain('https://tea.example/concepts/oxidation');
    expect(ids.filter((id) => !id.startsWith('https://tea.example/'))).toEqual([]);
    // kb.jsonld's context aliases `@id` as `id`; its vocabulary prefixes are under the base too.
    const dataset = JSON.parse(read('kb.jsonld')) as { '@context': Record<string, unknown>; '@graph': { id: string }[] };
    const datasetIds = dataset['@graph'].map((node) => node.id);
    expect(datasetIds).toEqual(expect.arrayContaining(['https://tea.example/concepts/', 'https://tea.example/concepts/oxidation', 'https://tea.example/comparisons/green-vs-black-tea']));
    expect(datasetIds.filter((id) => /cloudvirt/i.test(id))).toEqual([]);
    expect(dataset['@context']).toMatchObject({ kb: 'https://tea.example/vocab#' });
    expect(read('sitemap.xml')).toContain('<loc>https://tea.example/en/</loc>');
  });

  it("should name the downloads after the pack's id", () => {
    const downloads = listFiles(join(outDir, 'downloads')).sort();
    expect(downloads).toEqual(
      ['handbook-en.md', 'handbook-zh.md', 'tea-basics-bilingual.apkg', 'tea-basics-bilingual.csv', 'tea-basics-en.apkg', 'tea-basics-en.csv', 'tea-basics-zh.apkg', 'tea-basics-zh.csv'].sort(),
    );
    expect(read('en/downloads/index.html')).toContain('href="/downloads/tea-basics-en.apkg"');
  });

  it('should not say CloudVirt in any page of the site or its handbooks', () => {
    // The pages in both languages, `/`, `/404.html` and the concept IRI pages. (The vocabulary pages and the
    // dataset's resource pages show the JSON-LD adapter's ontology texts, not the site's.)
    const pages = listFiles(outDir).filter((file) => /^(en|zh|concepts)\/.*\.html$|^(index|404)\.html$/.test(file));
    expect(pages.length).toBeGreaterThan(30);
    const branded = [...pages, 'downloads/handbook-en.md', 'downloads/handbook-zh.md', 'sitemap.xml', 'robots.txt'].filter((file) => /cloudvirt/i.test(read(file)));
    expect(branded).toEqual([]);
  });
});

describe('cloudvirt-site --kb errors', () => {
  it('should exit 1 with the loader\'s message for a pack that does not exist, and 2 with the usage for a bad command line', async () => {
    const missing = await cli(['build', '--kb', './no-such-pack', '--out', 'site'], tmpdir());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Unexpected pack `\.\/no-such-pack`: .* does not exist/);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // the message, not a stack trace
    const usage = await cli(['build', '--kb'], tmpdir());
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--kb[^]*Usage: cloudvirt-site/);
  });
});
