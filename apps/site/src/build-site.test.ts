import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostileKb } from '../test/fixtures/hostile-kb.js';
import { listFiles } from '../test/helpers/site-files.js';
import { assertSafeOutDir, buildSite, siteKnowledgeBase, type BuildSiteOptions } from './build-site.js';

const siteRoot = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');

describe('buildSite', () => {
  it('should build another knowledge base into another folder, without downloads or search, with its redirects', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-hook-'));
    try {
      const outDir = join(root, 'dist');
      const result = await buildSite({
        outDir,
        data: hostileKb,
        siteUrl: 'https://example.org',
        downloads: false,
        search: false,
        migrations: [{ group: 'concept', from: 'old-alpha', to: 'alpha' }],
      });
      const files = listFiles(outDir);
      const pages = files.filter((file) => file.endsWith('.html'));
      expect(result).toMatchObject({ outDir, pageCount: pages.length, fileCount: files.length, downloadCount: 0, indexed: {}, redirectPageCount: 2 });
      expect(result.conceptIriPageCount).toBe(hostileKb.concepts.length + 1);
      expect(result.milliseconds).toBeGreaterThan(0);
      expect(files).toContain('en/concepts/alpha/index.html');
      expect(files).toContain('concepts/alpha/index.html');
      expect(readFileSync(join(outDir, 'zh/concepts/old-alpha/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/zh/concepts/alpha/">');
      expect(files.filter((file) => file.startsWith('pagefind/') || file.startsWith('downloads/') || file.startsWith('kb.'))).toEqual([]);
      expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/en/concepts/alpha/</loc>');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 600_000); // a hang guard: a cold build also draws the social cards

  it('should write the same files in many Eleventy runs as in one, and store every page of every batch in the page cache', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-batches-'));
    try {
      const common = { data: hostileKb, siteUrl: 'https://example.org', downloads: false, search: false } as const;
      const one = await buildSite({ ...common, outDir: join(root, 'one'), cacheDir: null });
      // Eleventy holds every page of a run until the run ends: small batches bound what a build holds.
      const batched = await buildSite({ ...common, outDir: join(root, 'batched'), cacheDir: join(root, 'cache'), batchSize: 7 });
      const siteFiles = one.fileCount - one.socialCardCount;
      expect(one.eleventyRuns).toBe(1);
      expect(siteFiles).toBeGreaterThan(7 * 3);
      expect(batched.eleventyRuns).toBe(Math.ceil(siteFiles / 7));
      const files = listFiles(join(root, 'one'));
      expect(listFiles(join(root, 'batched'))).toEqual(files);
      const differing = files.filter((file) => !readFileSync(join(root, 'batched', file)).equals(readFileSync(join(root, 'one', file))));
      expect(differing).toEqual([]);
      // Each batch stored its pages before the next began: a second build renders none of them.
      const warm = await buildSite({ ...common, outDir: join(root, 'warm'), cacheDir: join(root, 'cache'), batchSize: 7 });
      expect(batched.cache.rendered).toBeGreaterThan(0);
      expect(warm.cache).toMatchObject({ rendered: 0, reused: batched.cache.rendered });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 600_000); // a hang guard

  it('should refuse unknown and invalid options before it touches the output folder', async () => {
    const outDir = join(tmpdir(), 'cloudvirt-never-built');
    // `kb` was the option's name before the hook: a caller passing it would silently build the bundled content.
    await expect(buildSite({ outDir, kb: hostileKb } as unknown as BuildSiteOptions)).rejects.toThrow(/Unexpected option `kb` of buildSite[^]*pass the knowledge base as `data`/);
    await expect(buildSite({} as BuildSiteOptions)).rejects.toThrow(/Unexpected `outDir` of buildSite/);
    await expect(buildSite({ outDir, search: 'no' } as unknown as BuildSiteOptions)).rejects.toThrow(/Unexpected `search` of buildSite, expected true or false/);
    await expect(buildSite({ outDir, batchSize: 0 })).rejects.toThrow(/Unexpected `batchSize` of buildSite: 0, expected a whole number/);
    await expect(buildSite({ outDir, siteUrl: 'https://example.org/site/' })).rejects.toThrow(/expected the root of a host/);
    await expect(buildSite({ outDir, data: hostileKb, migrations: [{ group: 'concept', from: 'gone', to: 'missing' }] })).rejects.toThrow(/`missing` is not a concept/);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('assertSafeOutDir', () => {
  it('should refuse folders whose emptying destroys something else', () => {
    const cwd = join(tmpdir(), 'project', 'docs');
    for (const dir of ['/', homedir(), siteRoot, join(siteRoot, '..'), join(siteRoot, 'src'), join(siteRoot, 'src', 'pages'), cwd, join(cwd, '..')]) {
      expect(() => assertSafeOutDir(dir, cwd), dir).toThrow(/Unexpected output folder .*, expected a folder of its own/);
    }
    for (const dir of [join(siteRoot, 'dist'), join(tmpdir(), 'site'), join(siteRoot, 'dist-bench'), join(cwd, '_site')]) expect(() => assertSafeOutDir(dir, cwd), dir).not.toThrow();
  });

  it('should refuse a project folder (one holding a package.json or .git), such as a pack\'s own folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-project-'));
    try {
      await writeFile(join(root, 'package.json'), '{}');
      expect(() => assertSafeOutDir(root, tmpdir())).toThrow(/it holds package\.json: a project folder/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('siteKnowledgeBase', () => {
  it('should index valid data and refuse data whose ids cannot be paths', () => {
    expect(siteKnowledgeBase(hostileKb).getConcept('alpha').id).toBe('alpha');
    const bad = { ...hostileKb, concepts: [{ ...hostileKb.concepts[0]!, id: '../escape' }] };
    expect(() => siteKnowledgeBase(bad)).toThrow(/Unexpected concept id "\.\.\/escape", expected a kebab-case id/);
    expect(() => siteKnowledgeBase({ ...hostileKb, relations: undefined } as never)).toThrow(/`relations` is not a list/);
  });
});
