import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileContent } from './compile.js';
import { generateModule } from './generate.js';
import { runPackCli as runInProcess } from './pack-cli.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');
const bin = path.join(packageDir, 'compiler', 'bin.ts');

/** Run `cloudvirt-pack` from the sources; never rejects, resolves to the exit code and output. */
export async function runPackCli(args: readonly string[], cwd = packageDir): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('cloudvirt-pack build --emit ts (core\'s own build)', () => {
  let outDir = '';
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-cli-'));
  });
  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('should exit 1 and write nothing when the content has errors', async () => {
    const out = path.join(outDir, 'generated');
    const result = await runPackCli(['build', 'test/fixtures/many-errors', '--emit', 'ts', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/fixtures/many-errors/concepts/gamma.md\n  2:7-2:17     error  Unexpected kind `hypervisor`');
    expect(result.stderr).toContain('  hint: Did you mean `alpha`?');
    expect(result.stderr).toContain('✖ 5 errors');
    expect(result.stderr).toContain('Nothing was written to');
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('should leave an existing output unchanged when the content has errors', async () => {
    await writeFile(path.join(outDir, 'data.ts'), '// previous build\n');
    const result = await runPackCli(['build', 'test/fixtures/many-errors', '--emit', 'ts', '--out', outDir]);
    expect(result.code).toBe(1);
    expect(await readFile(path.join(outDir, 'data.ts'), 'utf8')).toBe('// previous build\n');
  });

  it('should write data.ts and data.json equal to the compile result, the same bytes every time, with no temporary file left', async () => {
    const result = await runPackCli(['build', 'test/fixtures/valid', '--emit', 'ts', '--out', outDir, '--types-from', '../model.js']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ 18 concepts, 14 relations, 1 comparison, 7 topics, 4 × 3 responsibility matrix → /u);
    const compiled = await compileContent(path.join(fixturesDir, 'valid'));
    if (!compiled.ok) throw new Error('expected the valid pack to compile');
    expect(await readFile(path.join(outDir, 'data.ts'), 'utf8')).toBe(generateModule(compiled.data, { modelImport: '../model.js' }));
    const json = await readFile(path.join(outDir, 'data.json'), 'utf8');
    expect(JSON.parse(json)).toEqual(compiled.data);
    expect((await readdir(outDir)).sort()).toEqual(['data.json', 'data.ts']);
    const again = await runPackCli(['build', 'test/fixtures/valid', '--emit', 'ts', '--out', outDir, '--types-from', '../model.js']);
    expect(again.stdout).toContain('(unchanged)');
    expect(await readFile(path.join(outDir, 'data.json'), 'utf8')).toBe(json);
  });
});

describe('cloudvirt-pack usage errors (exit 2)', () => {
  it.each([
    [['chek', '.'], 'Unexpected command `chek`, expected one of `init`, `check`, `build`. Did you mean `check`?'],
    [['check', '--fromat', 'json'], 'Unexpected option `--fromat`, expected one of `--format`, `--frail`, `--emit`, `--out`, `--types-from`, `--cache-dir`, `--no-cache`, `--help`, `--version`. Did you mean `--format`?'],
    [['check', '--format', 'jsno'], 'Unexpected --format `jsno`, expected one of `text`, `json`. Did you mean `json`?'],
    [['build', '--format', 'json'], 'Unexpected option `--format` for `build`, expected one of `--frail`, `--emit`, `--out`, `--types-from`, `--cache-dir`, `--no-cache`.'],
    [['build', '.', '--types-from', 'x'], 'Unexpected option `--types-from` without `--emit ts`'],
    [['init'], 'Missing folder for `init`, expected `cloudvirt-pack init <dir>`.'],
    [['check', 'test/fixtures/no-such-pack'], 'Unexpected pack folder `test/fixtures/no-such-pack`: it does not exist'],
    [['check', 'src'], 'Unexpected pack folder `src`: it holds no `content/` folder and no `topics.md`, `pack.md` or `concepts/`'],
    [['init', 'test'], 'Unexpected folder `test`: it is not empty'],
    [[], 'Missing command, expected one of `init`, `check`, `build`.'],
  ])('%j', async (args, message) => {
    // In process (the bin is a thin wrapper of runPackCli; the exit code through the bin is tested below).
    let stdout = '';
    let stderr = '';
    const code = await runInProcess(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    const result = { code, stdout, stderr };
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('should exit 2 through the bin on an unknown option', async () => {
    const result = await runPackCli(['build', '--frial']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Did you mean `--frail`?');
  });

  it('should print the usage with --help and the version with --version (exit 0)', async () => {
    const help = await runPackCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cloudvirt-pack <command>/u);
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(await runPackCli(['--version'])).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });
});

describe('cloudvirt-pack check', () => {
  it('should report every problem of a broken pack as JSON with positions and rule ids (exit 1)', async () => {
    const result = await runPackCli(['check', 'test/fixtures/many-errors', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; errorCount: number; warningCount: number; messages: { file: string; line: number; column: number; endLine?: number; ruleId: string; severity: string; message: string; hint: string }[] };
    expect(report).toMatchObject({ ok: false, errorCount: 5 });
    expect(report.messages.map((message) => `${path.basename(message.file)}:${message.line}:${message.column} ${message.ruleId}`)).toEqual(
      expect.arrayContaining(['gamma.md:2:7 unknown-kind', 'gamma.md:9:26 unknown-relation-target', 'responsibility-matrix.md:7:17 matrix-bad-manager']),
    );
    const kind = report.messages.find((message) => message.ruleId === 'unknown-kind');
    expect(kind).toMatchObject({ file: 'test/fixtures/many-errors/concepts/gamma.md', endLine: 2, endColumn: 17, severity: 'error' });
    expect(kind?.message).toMatch(/^Unexpected kind `hypervisor`, expected /u);
    expect(kind?.hint).not.toBe('');
  });

  it('should print the report in the compiler voice and exit 1, or a summary and exit 0', async () => {
    const broken = await runPackCli(['check', 'test/fixtures/many-errors']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('test/fixtures/many-errors/concepts/gamma.md\n  2:7-2:17     error  Unexpected kind `hypervisor`');
    expect(broken.stdout).toContain('✖ 5 errors');
    const valid = await runPackCli(['check', 'test/fixtures/valid']);
    expect(valid).toMatchObject({ code: 0, stdout: '✔ test/fixtures/valid: 18 concepts, 14 relations, 1 comparison, 7 topics, 4 × 3 responsibility matrix, no problems\n' });
  });

  it('should fail on warnings under --frail only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-frail-'));
    try {
      const { cp } = await import('node:fs/promises');
      await cp(path.join(fixturesDir, 'valid'), dir, { recursive: true });
      await mkdir(path.join(dir, 'concepts'), { recursive: true });
      await writeFile(path.join(dir, 'concepts', 'notes.txt'), 'not a concept\n');
      const lenient = await runPackCli(['check', dir, '--format', 'json']);
      expect(lenient.code).toBe(0);
      expect((JSON.parse(lenient.stdout) as { messages: { ruleId: string; severity: string }[] }).messages).toEqual([expect.objectContaining({ ruleId: 'stray-file', severity: 'warning' })]);
      expect((await runPackCli(['check', dir, '--frail'])).code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
