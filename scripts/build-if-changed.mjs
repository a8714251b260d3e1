#!/usr/bin/env node
/**
 * `node ../../scripts/build-if-changed.mjs --out <dir> [--out <dir>…] [--match <regex>] [--ignore <prefix>…] -- <command…>`:
 * run a workspace's bundler (tsup) only when what it reads has changed: the early cut-off turbo does not have.
 * `--match`: only the files of the output folders whose name (relative to the folder) matches are this
 * command's output (`@cloudvirt/core`'s compiler build shares dist/ with its data build). `--ignore`: a
 * folder of the workspace the command does not read (core's compiler never reads `content/`).
 * `--clean`: remove the command's files from the output folders before it runs (for a command that does not
 * clean up after itself, such as core's `tsx compiler/schema.ts`). `--declarations-of <file>`: a file (even an ignored one) the command reads only for its declarations:
 * hashed with the string literal of each `JSON.parse("…")` left out (core's generated `data.ts` declares
 * `data` with its type, so its declarations, which tsup.types.config.ts builds, hold only the id unions).
 *
 * Why: every workspace depends on `@cloudvirt/core`'s build, and turbo hashes a dependency's *task hash*,
 * not its output, so an edit of one concept re-runs `@cloudvirt/render`'s, `@cloudvirt/flashcards`' and
 * `@cloudvirt/site`'s tsup although their bundles cannot change: core is external to them (a runtime
 * dependency) and only its type declarations are read (by the `.d.ts` build). This script hashes
 *
 * - every file of the workspace that git would commit (tracked or new, not ignored), outside the output
 *   folders, the tests and the README (the same inputs as turbo's `build` task);
 * - the type declarations (`*.d.ts`, `*.d.cts`, `*.d.mts`) of each workspace dependency of
 *   `dependencies` / `peerDependencies` (external at run time, read for types), and every file of each
 *   workspace dependency of `devDependencies` (bundled in);
 * - the root's `pnpm-lock.yaml`, `pnpm-workspace.yaml` and `tsconfig.base.json`, the Node.js version, the
 *   command and this script;
 *
 * and skips the command when that hash and the hash of the output folders, as they are now, both equal
 * the ones recorded after the last successful run (`node_modules/.cache/cloudvirt-build/` of the
 * workspace). The output hash makes a stale skip impossible when something else replaced the outputs
 * (turbo restoring another run's from its cache, a `rm -rf dist`, an edit): then the command runs.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptFile = fileURLToPath(import.meta.url);
const rootDir = dirname(dirname(scriptFile));
const cwd = process.cwd();

/** Parse `--out a --out b -- cmd args`. */
function parseArgs(argv) {
  const outs = [];
  const ignored = [];
  const declarations = [];
  let match;
  let clean = false;
  let index = 0;
  for (; index < argv.length && argv[index] !== '--'; index++) {
    const value = argv[index + 1];
    if (argv[index] === '--out' && value !== undefined) outs.push(argv[++index]);
    else if (argv[index] === '--ignore' && value !== undefined) ignored.push(argv[++index].replace(/\/*$/, '/'));
    else if (argv[index] === '--match' && value !== undefined) match = new RegExp(argv[++index], 'u');
    else if (argv[index] === '--declarations-of' && value !== undefined) declarations.push(argv[++index]);
    else if (argv[index] === '--clean') clean = true;
    else throw new Error(`build-if-changed: unexpected argument ${argv[index]}, expected --out <dir> [--match <regex>] [--ignore <folder>] … -- <command>`);
  }
  const command = argv.slice(index + 1);
  if (outs.length === 0 || command.length === 0) throw new Error('build-if-changed: expected --out <dir> … -- <command>');
  return { outs, ignored, declarations, match, clean, command };
}

/** Every file under `dir` (relative to `dir`, `/`-separated, sorted); `[]` when it does not exist. */
function walk(dir, skip = () => false) {
  const files = [];
  const visit = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (skip(rel, entry)) continue;
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) files.push(rel);
    }
  };
  if (existsSync(dir)) visit(dir);
  return files.sort();
}

/** Whether a workspace-relative path is a test or the README (not an input of `build`, as in turbo.json). */
function notAnInput(rel, outs, ignored) {
  if (ignored.some((folder) => rel.startsWith(folder))) return true;
  if (outs.some((out) => rel === out || rel.startsWith(`${out}/`))) return true;
  if (rel.startsWith('node_modules/') || rel.startsWith('.turbo/') || rel.startsWith('test/')) return true;
  return rel === 'README.md' || /\.test(-d)?\.ts$/.test(rel);
}

/** The workspace's own input files (git's view, or a walk outside git). */
function ownFiles(outs, ignored) {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const listed =
    git.status === 0
      ? git.stdout.split('\0').filter((file) => file !== '')
      : walk(cwd, (rel, entry) => entry.isDirectory() && (rel === 'node_modules' || rel === '.git' || rel === '.turbo'));
  return listed.filter((rel) => !notAnInput(rel, outs, ignored) && existsSync(join(cwd, rel)) && statSync(join(cwd, rel)).isFile()).sort();
}

/** Add a file's path and bytes to a hash. */
function addFile(hash, label, file) {
  hash.update(`${label}\0`);
  hash.update(readFileSync(file));
  hash.update('\0');
}

/** The hash of everything the command reads. */
function inputsHash(outs, ignored, declarations, command) {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0command ${JSON.stringify(command)}\0outs ${JSON.stringify(outs)}\0ignored ${JSON.stringify(ignored)}\0`);
  addFile(hash, 'script', scriptFile);
  for (const name of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json']) {
    if (existsSync(join(rootDir, name))) addFile(hash, `root/${name}`, join(rootDir, name));
  }
  for (const rel of ownFiles(outs, ignored)) addFile(hash, `own/${rel}`, join(cwd, rel));
  for (const rel of declarations) {
    const text = existsSync(join(cwd, rel)) ? readFileSync(join(cwd, rel), 'utf8') : '(missing)';
    hash.update(`declarations/${rel}\0${text.replace(/JSON\.parse\("(?:[^"\\]|\\.)*"\)/gu, 'JSON.parse(…)')}\0`);
  }
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const groups = [
    ['types', { ...manifest.dependencies, ...manifest.peerDependencies }],
    ['full', manifest.devDependencies ?? {}],
  ];
  for (const [kind, deps] of groups) {
    for (const [name, range] of Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (typeof range !== 'string' || !range.startsWith('workspace:')) continue;
      const linked = join(cwd, 'node_modules', ...name.split('/'));
      if (!existsSync(linked)) throw new Error(`build-if-changed: ${name} is not installed in ${cwd}; run pnpm install`);
      const depDir = realpathSync(linked);
      const files = walk(depDir, (rel, entry) => entry.isDirectory() && (rel === 'node_modules' || rel === '.turbo' || rel === '.git'));
      const read = kind === 'types' ? files.filter((rel) => /\.d\.[cm]?ts$/.test(rel)) : files;
      hash.update(`dep ${name} ${kind} ${read.length}\0`);
      for (const rel of read) addFile(hash, `dep/${name}/${rel}`, join(depDir, rel));
    }
  }
  return hash.digest('hex');
}

/** The hash of the command's files in the output folders as they are now (`empty` when there is none). */
function outputsHash(outs, match) {
  const hash = createHash('sha256');
  let count = 0;
  for (const out of outs) {
    for (const rel of walk(join(cwd, out))) {
      if (match !== undefined && !match.test(rel)) continue;
      addFile(hash, `${out}/${rel}`, join(cwd, out, rel));
      count++;
    }
  }
  return count === 0 ? 'empty' : hash.digest('hex');
}

const { outs, ignored, declarations, match, clean, command } = parseArgs(process.argv.slice(2));
const manifestName = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).name;
const stampName = createHash('sha256').update(JSON.stringify([outs, match?.source ?? null, command])).digest('hex').slice(0, 16);
const stampFile = join(cwd, 'node_modules', '.cache', 'cloudvirt-build', `${stampName}.json`);
const inputs = inputsHash(outs, ignored, declarations, command);
const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : undefined;
if (stamp !== undefined && stamp.inputs === inputs && stamp.outputs !== 'empty' && stamp.outputs === outputsHash(outs, match)) {
  process.stdout.write(`build-if-changed: ${manifestName}: ${command.join(' ')} skipped, nothing it reads has changed since it wrote ${outs.join(', ')}\n`);
  process.exit(0);
}
if (clean) {
  for (const out of outs) {
    for (const rel of walk(join(cwd, out))) if (match === undefined || match.test(rel)) rmSync(join(cwd, out, rel), { force: true });
  }
}
const child = spawnSync(command[0], command.slice(1), { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
if (child.error !== undefined) throw child.error;
if (child.status !== 0) process.exit(child.status ?? 1);
mkdirSync(dirname(stampFile), { recursive: true });
const temporary = `${stampFile}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify({ inputs, match: match?.source, outputs: outputsHash(outs, match) })}\n`);
renameSync(temporary, stampFile);
