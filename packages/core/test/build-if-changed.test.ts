/**
 * scripts/build-if-changed.mjs (the early cut-off of core's, render's and the apps' builds), run for real
 * in a temporary workspace with a real command: a small Node.js script that copies its inputs into `dist/`
 * and counts its runs in a file outside the workspace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scripts', 'build-if-changed.mjs');

/** The command: copies `src/input.txt` to `dist/out.txt`, writes `dist/kept.txt`, and counts its runs. */
const builder = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const [runs, fail] = process.argv.slice(2);
appendFileSync(runs, 'run\\n');
if (fail === 'fail') process.exit(3);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/out.txt', readFileSync('src/input.txt', 'utf8').toUpperCase());
writeFileSync('dist/kept.txt', 'kept');
`;

describe('scripts/build-if-changed.mjs', () => {
  let root: string;
  let workspace: string;
  let runsFile: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cloudvirt-build-if-changed-'));
    workspace = path.join(root, 'workspace');
    runsFile = path.join(root, 'runs.txt');
    await mkdir(path.join(workspace, 'src'), { recursive: true });
    await writeFile(path.join(workspace, 'package.json'), '{"name": "build-if-changed-test", "private": true}\n');
    await writeFile(path.join(workspace, 'build.mjs'), builder);
    await writeFile(path.join(workspace, 'src', 'input.txt'), 'hello');
    await writeFile(runsFile, '');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Run the script with these options before `--`; the command is the builder (`fail` makes it exit 3). */
  function run(options: readonly string[], fail = false): { status: number | null; stdout: string; stderr: string } {
    const child = spawnSync(process.execPath, [script, ...options, '--', process.execPath, 'build.mjs', runsFile, fail ? 'fail' : 'ok'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    return { status: child.status, stdout: child.stdout, stderr: child.stderr };
  }

  const runs = async (): Promise<number> => (await readFile(runsFile, 'utf8')).split('\n').filter(Boolean).length;
  const write = (relative: string, text: string) => mkdir(path.dirname(path.join(workspace, relative)), { recursive: true }).then(() => writeFile(path.join(workspace, relative), text));

  it('should run the command, then skip it while neither its inputs nor its outputs change', async () => {
    expect(run(['--out', 'dist']).status).toBe(0);
    expect(await runs()).toBe(1);
    expect(await readFile(path.join(workspace, 'dist', 'out.txt'), 'utf8')).toBe('HELLO');
    const skipped = run(['--out', 'dist']);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain('build-if-changed: build-if-changed-test: ');
    expect(skipped.stdout).toContain('skipped, nothing it reads has changed since it wrote dist');
    expect(await runs()).toBe(1);
  });

  it('should run the command again when an input changes, and not for a test file or the README', async () => {
    run(['--out', 'dist']);
    await write('src/input.txt', 'changed');
    run(['--out', 'dist']);
    expect(await runs()).toBe(2);
    expect(await readFile(path.join(workspace, 'dist', 'out.txt'), 'utf8')).toBe('CHANGED');
    await write('src/new-input.txt', 'a new file is an input too');
    run(['--out', 'dist']);
    expect(await runs()).toBe(3);
    await write('README.md', 'not an input');
    await write('src/input.test.ts', 'not an input');
    await write('test/fixture.txt', 'not an input');
    run(['--out', 'dist']);
    expect(await runs()).toBe(3);
  });

  it('should run the command again when an output is deleted or changed', async () => {
    run(['--out', 'dist']);
    await rm(path.join(workspace, 'dist', 'out.txt'));
    run(['--out', 'dist']);
    expect(await runs()).toBe(2);
    expect(existsSync(path.join(workspace, 'dist', 'out.txt'))).toBe(true);
    await write('dist/out.txt', 'tampered');
    run(['--out', 'dist']);
    expect(await runs()).toBe(3);
    expect(await readFile(path.join(workspace, 'dist', 'out.txt'), 'utf8')).toBe('HELLO');
    await rm(path.join(workspace, 'dist'), { recursive: true });
    run(['--out', 'dist']);
    expect(await runs()).toBe(4);
  });

  it('should count as outputs only the files --match matches', async () => {
    run(['--out', 'dist', '--match', '^out\\.txt$']);
    await write('dist/other-build.txt', 'written by another command sharing dist/');
    await write('dist/kept.txt', 'not this command\'s output under --match');
    run(['--out', 'dist', '--match', '^out\\.txt$']);
    expect(await runs()).toBe(1);
    await write('dist/out.txt', 'tampered');
    run(['--out', 'dist', '--match', '^out\\.txt$']);
    expect(await runs()).toBe(2);
  });

  it('should remove the command\'s files (only the matched ones) before it runs with --clean', async () => {
    await write('dist/stale.txt', 'left by an earlier version of the command');
    await write('dist/other.json', 'another command\'s');
    run(['--out', 'dist', '--match', '\\.txt$', '--clean']);
    expect(await runs()).toBe(1);
    expect(existsSync(path.join(workspace, 'dist', 'stale.txt'))).toBe(false);
    expect(existsSync(path.join(workspace, 'dist', 'other.json'))).toBe(true);
    expect(existsSync(path.join(workspace, 'dist', 'out.txt'))).toBe(true);
    run(['--out', 'dist', '--match', '\\.txt$', '--clean']);
    expect(await runs()).toBe(1);
    await write('src/input.txt', 'changed');
    run(['--out', 'dist', '--match', '\\.txt$', '--clean']);
    expect(await runs()).toBe(2);
    expect(existsSync(path.join(workspace, 'dist', 'other.json'))).toBe(true);
  });

  it('should not read an --ignore folder', async () => {
    run(['--out', 'dist', '--ignore', 'content']);
    await write('content/concept.md', 'the command does not read this');
    run(['--out', 'dist', '--ignore', 'content']);
    expect(await runs()).toBe(1);
    await write('src/input.txt', 'but this');
    run(['--out', 'dist', '--ignore', 'content']);
    expect(await runs()).toBe(2);
  });

  it('should read an --declarations-of file without the string literals of its JSON.parse calls', async () => {
    const declarations = (ids: string, data: string) => `export type Id = ${ids};\nexport const data = JSON.parse("${data}");\n`;
    const options = ['--out', 'dist', '--ignore', 'generated', '--declarations-of', 'generated/data.ts'];
    await write('generated/data.ts', declarations("'a' | 'b'", '{\\"a\\": 1}'));
    run(options);
    await write('generated/data.ts', declarations("'a' | 'b'", '{\\"a\\": 2, \\"b\\": \\"\\\\\\"quoted\\\\\\"\\"}'));
    run(options);
    expect(await runs()).toBe(1);
    await write('generated/data.ts', declarations("'a' | 'b' | 'c'", '{\\"a\\": 2}'));
    run(options);
    expect(await runs()).toBe(2);
    await rm(path.join(workspace, 'generated', 'data.ts'));
    run(options);
    expect(await runs()).toBe(3);
  });

  it('should skip nothing after a failed run and exit with the command\'s code', async () => {
    run(['--out', 'dist']);
    await write('src/input.txt', 'changed');
    expect(run(['--out', 'dist'], true).status).toBe(3);
    expect(await runs()).toBe(2);
    expect(run(['--out', 'dist']).status).toBe(0);
    expect(await runs()).toBe(3);
    expect(await readFile(path.join(workspace, 'dist', 'out.txt'), 'utf8')).toBe('CHANGED');
  });

  it('should take its inputs from git where the workspace is a checkout: an ignored file is no input', async () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
    if (git('init', '-q').status !== 0) throw new Error('git init failed');
    await write('.gitignore', 'generated/\nnode_modules/\n');
    run(['--out', 'dist']);
    await write('generated/cache.txt', 'ignored by git');
    run(['--out', 'dist']);
    expect(await runs()).toBe(1);
    await write('src/untracked.txt', 'new and not ignored: an input');
    run(['--out', 'dist']);
    expect(await runs()).toBe(2);
  });

  it('should refuse a command line without --out or without a command', () => {
    const noOut = spawnSync(process.execPath, [script, '--', process.execPath, 'build.mjs'], { cwd: workspace, encoding: 'utf8' });
    expect(noOut.status).not.toBe(0);
    expect(noOut.stderr).toContain('expected --out <dir> … -- <command>');
    const unknown = spawnSync(process.execPath, [script, '--out', 'dist', '--outt', 'x', '--', 'true'], { cwd: workspace, encoding: 'utf8' });
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('unexpected argument --outt');
  });
});
