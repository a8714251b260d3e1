import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, materialize } from '../test/fixture-dir.js';
import { compileContent } from './compile.js';
import { compileContentCached } from './parse-cache.js';
import { runPackCli } from './pack-cli.js';
import { lxc } from '../test/lxc-concept.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Run the CLI in this process; resolves to the exit code and output. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runPackCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Every file of a folder, by relative path, with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())) {
    const full = path.join(name.parentPath, name.name);
    files[path.relative(dir, full)] = await readFile(full, 'base64');
  }
  return files;
}

describe('compileContentCached', () => {
  let work: string;
  let dir: string;
  let cacheDir: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'cloudvirt-parse-cache-'));
    dir = path.join(work, 'content');
    cacheDir = path.join(work, 'cache');
    await cp(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  });

  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const kvm = () => path.join(dir, 'concepts', 'kvm.md');
  const compile = () => compileContentCached(dir, cacheDir);

  it('should parse every file into an empty cache, then none, and give what compileContent gives both times', async () => {
    const first = await compile();
    expect(first.result.ok).toBe(true);
    expect(first.result).toEqual(await compileContent(dir));
    expect(first.stats.parsed.length).toBeGreaterThan(10);
    expect(first.stats.cached).toEqual([]);
    expect(first.stats.written).toBe(first.stats.parsed.length);
    const second = await compile();
    expect(second.stats.parsed).toEqual([]);
    expect(second.stats.cached).toEqual(first.stats.parsed);
    expect(second.stats.styled).toEqual([]);
    expect(second.stats.written).toBe(0);
    expect(second.result).toEqual(first.result);
  });

  it('should re-parse only the edited file, then only the added one, the renamed one, and none after a deletion', async () => {
    await compile();
    await writeFile(kvm(), (await readFile(kvm(), 'utf8')).replace('en: KVM', 'en: KVM hypervisor'));
    const edited = await compile();
    expect(edited.stats.parsed).toEqual(['concepts/kvm.md']);
    if (!edited.result.ok) throw new Error('expected the edited pack to compile');
    expect(edited.result.data.concepts.find((concept) => concept.id === 'kvm')?.label.en).toBe('KVM hypervisor');
    expect(edited.result).toEqual(await compileContent(dir));
    expect(edited.stats.removed).toBe(1);

    await writeFile(path.join(dir, 'concepts', 'lxc.md'), lxc);
    const added = await compile();
    expect(added.stats.parsed).toEqual(['concepts/lxc.md']);
    expect(added.result).toEqual(await compileContent(dir));

    await rename(path.join(dir, 'concepts', 'lxc.md'), path.join(dir, 'concepts', 'linux-containers.md'));
    const renamed = await compile();
    expect(renamed.stats.parsed).toEqual(['concepts/linux-containers.md']);
    expect(renamed.result).toEqual(await compileContent(dir));

    await rm(path.join(dir, 'concepts', 'linux-containers.md'));
    const deleted = await compile();
    expect(deleted.stats.parsed).toEqual([]);
    expect(deleted.stats.removed).toBe(1);
    expect(deleted.result).toEqual(await compileContent(dir));
    expect((await readdir(cacheDir)).length).toBe(deleted.stats.cached.length);
  });

  it('should survive a corrupt, truncated, foreign or unreadable entry: parse that file again and rewrite its entry', async () => {
    await compile();
    const entries = (await readdir(cacheDir)).sort();
    const [garbage, truncated, foreign, folder] = entries.map((name) => path.join(cacheDir, name));
    if (garbage === undefined || truncated === undefined || foreign === undefined || folder === undefined) throw new Error('expected four entries at least');
    await writeFile(garbage, '\u0000not json at all');
    await writeFile(truncated, (await readFile(truncated, 'utf8')).slice(0, 200));
    // Valid JSON, but another file's entry (its key does not match its name).
    await writeFile(foreign, await readFile(path.join(cacheDir, entries.at(-1) ?? ''), 'utf8'));
    await rm(folder);
    await cp(dir, folder, { recursive: true });
    const survived = await compile();
    expect(survived.stats.corrupt).toHaveLength(4);
    expect(survived.stats.parsed).toEqual(survived.stats.corrupt);
    expect(survived.result).toEqual(await compileContent(dir));
    await rm(folder, { recursive: true, force: true });
    const again = await compile();
    expect(again.stats.corrupt).toEqual([]);
    expect(again.stats.parsed).toHaveLength(1);
    const healed = await compile();
    expect(healed.stats.corrupt).toEqual([]);
    expect(healed.stats.parsed).toEqual([]);
  });

  it('should survive an entry whose parse is well-formed JSON of the wrong shape', async () => {
    await compile();
    const [name] = (await readdir(cacheDir)).sort();
    const file = path.join(cacheDir, name ?? '');
    const entry = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...entry, parse: { prose: [{ '\u0000': 'r', i: 99 }], value: 1, messages: [] } }));
    const survived = await compile();
    expect(survived.stats.corrupt).toHaveLength(1);
    expect(survived.result).toEqual(await compileContent(dir));
  });

  it('should keep warnings and errors as compileContent reports them, from the cache too', async () => {
    for (const name of ['cjk-latin-spacing', 'broken-concept-link', 'bad-yaml']) {
      const broken = await materialize(name);
      try {
        const expected = await compileContent(broken.dir);
        expect(expected.messages.length).toBeGreaterThan(0);
        expect((await compileContentCached(broken.dir, path.join(work, name))).result).toEqual(expected);
        const cached = await compileContentCached(broken.dir, path.join(work, name));
        expect(cached.stats.parsed).toEqual([]);
        expect(cached.result).toEqual(expected);
      } finally {
        await broken.cleanup();
      }
    }
  });

  it('should run the style rules of every prose file again, but parse only terminology.md, when the table changes', async () => {
    const broken = await materialize('preferred-term');
    try {
      const cache = path.join(work, 'terminology');
      const first = await compileContentCached(broken.dir, cache);
      expect(first.result).toEqual(await compileContent(broken.dir));
      const table = path.join(broken.dir, 'terminology.md');
      await writeFile(table, (await readFile(table, 'utf8')).replace('zh: [加马]', 'zh: [加马, 嘎玛]'));
      const changed = await compileContentCached(broken.dir, cache);
      expect(changed.stats.parsed).toEqual(['terminology.md']);
      expect(changed.stats.styled.length).toBeGreaterThan(1);
      expect(changed.result).toEqual(await compileContent(broken.dir));
    } finally {
      await broken.cleanup();
    }
  });

  it('should cache every file of this package\'s own content (every file kind) and give the same result', async () => {
    const own = path.join(work, 'own');
    await cp(path.join(packageDir, 'content'), own, { recursive: true });
    const expected = await compileContent(own);
    const first = await compileContentCached(own, path.join(work, 'own-cache'));
    expect(first.result).toEqual(expected);
    expect(first.stats.written).toBe(first.stats.parsed.length);
    const second = await compileContentCached(own, path.join(work, 'own-cache'));
    expect(second.stats.parsed).toEqual([]);
    expect(second.stats.cached).toContain('terminology.md');
    expect(second.stats.cached).toContain('pack.md');
    expect(second.result).toEqual(expected);
  });
});

describe('cloudvirt-pack build with the parse cache', () => {
  let work: string;
  let pack: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'cloudvirt-parse-cache-cli-'));
    pack = path.join(work, 'pack');
    await cp(path.join(fixturesDir, 'valid'), path.join(pack, 'content'), { recursive: true });
    await writeFile(path.join(pack, 'package.json'), '{"name": "cache-test-pack", "private": true}\n');
  });

  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const kvm = () => path.join(pack, 'content', 'concepts', 'kvm.md');

  /** Build with the default cache and with none; expect the same bytes in both outputs. */
  async function buildBoth(emit: 'pack' | 'ts'): Promise<string> {
    const cached = await cli(['build', pack, '--emit', emit, '--out', path.join(work, `cached-${emit}`)]);
    const uncached = await cli(['build', pack, '--emit', emit, '--out', path.join(work, `uncached-${emit}`), '--no-cache']);
    expect(cached.code).toBe(0);
    expect(uncached.code).toBe(0);
    expect(await snapshot(path.join(work, `cached-${emit}`))).toEqual(await snapshot(path.join(work, `uncached-${emit}`)));
    return cached.stdout;
  }

  it('should write the same bytes as an uncached build after an edit, an addition, a rename and a deletion', async () => {
    expect(await buildBoth('ts')).toMatch(/; 21 files parsed, 0 from the cache\n$/u);
    expect(await buildBoth('pack')).toMatch(/; 0 files parsed, 21 from the cache\n$/u);
    await writeFile(kvm(), (await readFile(kvm(), 'utf8')).replace('en: KVM', 'en: KVM hypervisor'));
    expect(await buildBoth('ts')).toMatch(/; 1 file parsed, 20 from the cache\n$/u);
    await buildBoth('pack');
    await writeFile(path.join(pack, 'content', 'concepts', 'lxc.md'), lxc);
    expect(await buildBoth('ts')).toMatch(/; 1 file parsed, 21 from the cache\n$/u);
    await rename(path.join(pack, 'content', 'concepts', 'lxc.md'), path.join(pack, 'content', 'concepts', 'linux-containers.md'));
    expect(await buildBoth('pack')).toMatch(/; 1 file parsed, 21 from the cache\n$/u);
    await rm(path.join(pack, 'content', 'concepts', 'linux-containers.md'));
    expect(await buildBoth('ts')).toMatch(/; 0 files parsed, 21 from the cache\n$/u);
    expect((await readdir(path.join(pack, 'node_modules', '.cache', 'cloudvirt-pack'))).length).toBe(21);
  });

  it('should keep the cache in --cache-dir, none with --no-cache, and refuse both at once', async () => {
    const cacheDir = path.join(work, 'elsewhere');
    expect((await cli(['build', pack, '--cache-dir', cacheDir])).code).toBe(0);
    expect((await readdir(cacheDir)).length).toBe(21);
    expect((await cli(['build', pack, '--no-cache'])).stdout).not.toContain('from the cache');
    await expect(readdir(path.join(pack, 'node_modules'))).rejects.toMatchObject({ code: 'ENOENT' });
    const both = await cli(['build', pack, '--cache-dir', cacheDir, '--no-cache']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Unexpected `--cache-dir` with `--no-cache`');
  });

  it('should cache nothing by default for a content folder without a package.json', async () => {
    const result = await cli(['build', path.join(pack, 'content'), '--out', path.join(work, 'out')]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('from the cache');
    expect((await readdir(path.join(pack, 'content'))).sort()).toEqual(['comparisons', 'concepts', 'responsibility-matrix.md', 'topics.md']);
  });
});
