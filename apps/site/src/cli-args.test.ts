import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs, readDataFile, readMigrationsFile, UsageError } from './cli-args.js';

describe('parseBuildArgs', () => {
  it('should build everything into the default folder with the build command alone, which is the default command', () => {
    expect(parseBuildArgs(['build'], '/work')).toEqual({ command: 'build', help: false, version: false, serve: false, downloads: true, search: true });
    expect(parseBuildArgs([], '/work')).toEqual(parseBuildArgs(['build'], '/work'));
    expect(parseBuildArgs(['--kb', 'my-pack', '--out', 'site'], '/work')).toMatchObject({ kb: 'my-pack', outDir: '/work/site' });
  });

  it('should read every flag, resolve paths against the folder, and skip the `--` pnpm passes on', () => {
    const args = parseBuildArgs(
      ['build', '--', '--out', 'out/site', '--data', '/data/kb.json', '--migrations', 'm.json', '--site-url', 'https://example.org/', '--no-downloads', '--no-search'],
      '/work',
    );
    expect(args).toEqual({
      command: 'build',
      help: false,
      version: false,
      serve: false,
      downloads: false,
      search: false,
      outDir: '/work/out/site',
      dataFile: '/data/kb.json',
      migrationsFile: '/work/m.json',
      siteUrl: 'https://example.org/',
    });
    expect(parseBuildArgs(['build', '--serve', '--port', '9000'], '/work')).toMatchObject({ serve: true, port: 9000 });
    expect(parseBuildArgs(['build', '--out=/tmp/x'], '/work').outDir).toBe('/tmp/x');
    expect(parseBuildArgs(['-h'], '/work').help).toBe(true);
    expect(parseBuildArgs(['--version'], '/work').version).toBe(true);
  });

  it('should take the pack of --kb as given (package names resolve from the current folder) and --base-url as the base URL', () => {
    expect(parseBuildArgs(['build', '--kb', 'my-pack', '--base-url', 'https://packs.example/'], '/work')).toMatchObject({ kb: 'my-pack', siteUrl: 'https://packs.example/' });
    expect(parseBuildArgs(['build', '--kb', './packs/mini'], '/work').kb).toBe('./packs/mini');
  });

  it('should let a later flag override an earlier one, as `pnpm … build -- --out <dir>` after the script\'s own --out needs', () => {
    expect(parseBuildArgs(['build', '--out', 'dist', '--migrations', 'm.json', '--', '--out', '/tmp/again'], '/work').outDir).toBe('/tmp/again');
  });

  it('should refuse unknown flags, missing values, stray arguments, bad ports and an unknown command as usage errors', () => {
    expect(() => parseBuildArgs(['build', '--output', 'x'])).toThrow(UsageError);
    expect(() => parseBuildArgs(['build', '--output', 'x'])).toThrow(/--output[^]*did you mean --out\?/);
    expect(() => parseBuildArgs(['build', '--out'])).toThrow(/--out/);
    expect(() => parseBuildArgs(['build', '--out', ''])).toThrow(/empty value of --out/);
    expect(() => parseBuildArgs(['build', 'dist'])).toThrow(/Unexpected argument "dist", expected flags only/);
    expect(() => parseBuildArgs(['build', '--serve', '--port', 'http'])).toThrow(/expected a port number/);
    expect(() => parseBuildArgs(['build', '--port', '9000'])).toThrow(/--port without --serve/);
    expect(() => parseBuildArgs(['biuld'])).toThrow(/Unexpected command `biuld`, expected `build`[^]*did you mean `build`\?/);
    expect(() => parseBuildArgs(['build', '--kb', 'a', '--data', 'b.json'])).toThrow(/--kb together with --data/);
    expect(() => parseBuildArgs(['build', '--base-url', 'https://a.example/', '--site-url', 'https://b.example/'])).toThrow(/same flag/);
  });
});

describe('parseBuildArgs: the dev command', () => {
  it('should take the pack folder, the port (0: any free one), the base URL and the migrations', () => {
    expect(parseBuildArgs(['dev'], '/work')).toEqual({ command: 'dev', help: false, version: false, serve: false, downloads: true, search: true });
    expect(parseBuildArgs(['dev', '--kb', '../content', '--port', '0', '--migrations', 'm.json', '--base-url', 'https://a.example/'], '/work')).toMatchObject({
      command: 'dev',
      kb: '../content',
      port: 0,
      migrationsFile: '/work/m.json',
      siteUrl: 'https://a.example/',
    });
    expect(parseBuildArgs(['dev', '--port', '9000'], '/work').port).toBe(9000);
  });

  it('should refuse the build-only flags with dev, a bad port, and suggest dev for a typo', () => {
    expect(() => parseBuildArgs(['dev', '--out', 'x'])).toThrow(/Unexpected --out with `dev`/);
    expect(() => parseBuildArgs(['dev', '--no-search', '--serve'])).toThrow(/Unexpected --no-search, --serve with `dev`/);
    expect(() => parseBuildArgs(['dev', '--port', '65536'])).toThrow(/expected a port number from 0 to 65535/);
    expect(() => parseBuildArgs(['build', '--serve', '--port', '0'])).toThrow(/expected a port number from 1 to 65535/);
    expect(() => parseBuildArgs(['devv'])).toThrow(/Unexpected command `devv`, expected `build` or `dev`[^]*did you mean `dev`\?/);
    expect(() => parseBuildArgs(['dev', '--prot', '1'])).toThrow(/did you mean --port\?/);
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
      // The repository's build passes the checks' committed file.
      expect(Array.isArray(await readMigrationsFile(fileURLToPath(new URL('../../../packages/checks/migrations.json', import.meta.url))))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
