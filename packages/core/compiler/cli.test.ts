import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileContent } from './compile.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');

/** Run the CLI; never rejects, resolves to the exit code and output. */
async function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ['compiler/cli.ts', ...args], { cwd: packageDir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

describe('compiler/cli.ts', () => {
  let outDir = '';
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-cli-'));
  });
  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('should exit 1 and write nothing when the content has errors', async () => {
    const out = path.join(outDir, 'generated', 'data.ts');
    const result = await runCli(['--content', 'test/fixtures/many-errors', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/fixtures/many-errors/concepts/gamma.md\n  2:7-2:17     error  Unexpected kind `hypervisor`');
    expect(result.stderr).toContain('  hint: Did you mean `alpha`?');
    expect(result.stderr).toContain('✖ 5 errors');
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(path.join(path.dirname(out), 'data.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(path.dirname(out))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('should leave an existing output unchanged when the content has errors', async () => {
    const out = path.join(outDir, 'data.ts');
    await writeFile(out, '// previous build\n');
    const result = await runCli(['--content', 'test/fixtures/many-errors', '--out', out]);
    expect(result.code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('// previous build\n');
  });

  it('should write a module whose data equals the compile result', async () => {
    const out = path.join(outDir, 'data.ts');
    const result = await runCli(['--content', 'test/fixtures/valid', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ 18 concepts, 14 relations, 1 comparison, 7 topics, 4 × 3 responsibility matrix → /u);
    const compiled = await compileContent(path.join(fixturesDir, 'valid'));
    if (!compiled.ok) throw new Error('expected the valid pack to compile');
    const module = (await import(out)) as { data: unknown; conceptIds: readonly string[] };
    expect(module.data).toEqual(compiled.data);
    expect(module.conceptIds).toEqual(compiled.data.concepts.map((concept) => concept.id));
    const again = await runCli(['--content', 'test/fixtures/valid', '--out', out]);
    expect(again.stdout).toContain('unchanged');
  });

  it('should write the same data as JSON next to the module, with the same bytes every time', async () => {
    const first = path.join(outDir, 'first', 'data.ts');
    const second = path.join(outDir, 'second', 'data.ts');
    expect((await runCli(['--content', 'test/fixtures/valid', '--out', first])).code).toBe(0);
    expect((await runCli(['--content', 'test/fixtures/valid', '--out', second])).code).toBe(0);
    const json = await readFile(path.join(outDir, 'first', 'data.json'));
    expect(json.equals(await readFile(path.join(outDir, 'second', 'data.json')))).toBe(true);
    const compiled = await compileContent(path.join(fixturesDir, 'valid'));
    if (!compiled.ok) throw new Error('expected the valid pack to compile');
    expect(JSON.parse(json.toString('utf8'))).toEqual(compiled.data);
    // The module embeds the very same JSON text.
    const module = await readFile(first, 'utf8');
    expect(module).toContain(`JSON.parse(${JSON.stringify(json.toString('utf8').trimEnd())})`);
    // Nothing else lands in the folder (no temporary file left behind).
    expect((await readdir(path.join(outDir, 'first'))).sort()).toEqual(['data.json', 'data.ts']);
  });

  it('should refuse an --out that would collide with its JSON copy', async () => {
    const result = await runCli(['--content', 'test/fixtures/valid', '--out', path.join(outDir, 'data.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('give the module another extension');
    expect(await readdir(outDir)).toEqual([]);
  });

  it('should reject unknown options with the usage', async () => {
    const result = await runCli(['--contnet', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Usage: tsx compiler/cli.ts');
  });
});
