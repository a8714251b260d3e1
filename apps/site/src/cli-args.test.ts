import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs, readDataFile, readMigrationsFile, UsageError } from './cli-args.js';

describe('parseBuildArgs', () => {
  it('should build everything into the default folder without flags', () => {
    expect(parseBuildArgs([], '/work')).toEqual({ help: false, serve: false, downloads: true, search: true });
  });

  it('should read every flag, resolve paths against the folder, and skip the `--` pnpm passes on', () => {
    const args = parseBuildArgs(
      ['--', '--out', 'out/site', '--data', '/data/kb.json', '--migrations', 'm.json', '--site-url', 'https://example.org/', '--no-downloads', '--no-search'],
      '/work',
    );
    expect(args).toEqual({
      help: false,
      serve: false,
      downloads: false,
      search: false,
      outDir: '/work/out/site',
      dataFile: '/data/kb.json',
      migrationsFile: '/work/m.json',
      siteUrl: 'https://example.org/',
    });
    expect(parseBuildArgs(['--serve', '--port', '9000'], '/work')).toMatchObject({ serve: true, port: 9000 });
    expect(parseBuildArgs(['--out=/tmp/x'], '/work').outDir).toBe('/tmp/x');
    expect(parseBuildArgs(['-h'], '/work').help).toBe(true);
  });

  it('should refuse unknown flags, missing values, stray arguments and bad ports as usage errors', () => {
    expect(() => parseBuildArgs(['--output', 'x'])).toThrow(UsageError);
    expect(() => parseBuildArgs(['--output', 'x'])).toThrow(/--output/);
    expect(() => parseBuildArgs(['--out'])).toThrow(/--out/);
    expect(() => parseBuildArgs(['--out', ''])).toThrow(/empty value of --out/);
    expect(() => parseBuildArgs(['dist'])).toThrow(UsageError);
    expect(() => parseBuildArgs(['--serve', '--port', 'http'])).toThrow(/expected a port number/);
    expect(() => parseBuildArgs(['--port', '9000'])).toThrow(/--port without --serve/);
  });
});

describe('readDataFile and readMigrationsFile', () => {
  it('should read JSON files and name the file that is not what it should be', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cloudvirt-cli-'));
    try {
      await writeFile(join(dir, 'kb.json'), '{"topics": []}');
      expect(await readDataFile(join(dir, 'kb.json'))).toEqual({ topics: [] });
      await writeFile(join(dir, 'list.json'), '[]');
      await expect(readDataFile(join(dir, 'list.json'))).rejects.toThrow(/list\.json, expected a JSON object of KnowledgeBaseData/);
      await writeFile(join(dir, 'broken.json'), '{');
      await expect(readDataFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json, expected a knowledge base \(KnowledgeBaseData\) as JSON/);
      await expect(readDataFile(join(dir, 'none.json'))).rejects.toThrow(/Cannot read a knowledge base \(KnowledgeBaseData\) .*none\.json/);
      await writeFile(join(dir, 'm.json'), '{"migrations": [{"group": "concept", "from": "vmm", "to": "virtual-machine-monitor"}]}');
      expect(await readMigrationsFile(join(dir, 'm.json'))).toEqual([{ group: 'concept', from: 'vmm', to: 'virtual-machine-monitor' }]);
      await expect(readMigrationsFile(join(dir, 'none.json'))).rejects.toThrow(/Cannot read migrations/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
