/**
 * The `cloudvirt-pack` command line: `init <dir>`, `check [dir] [--format json] [--frail]`,
 * `build [dir] [--frail] [--cache-dir <dir> | --no-cache]`. Exit codes: 0 ok, 1 content problems, 2 usage error.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { suggest } from '../src/suggest.js';
import { writeAtomically } from './atomic-write.js';
import type { CompileResult } from './compile.js';
import { compileContent } from './compile.js';
import { compilePack, findPackFolder } from './compile-pack.js';
import { generateJson, generateModule } from './generate.js';
import { generatePackModule } from './generate-pack.js';
import { initPack } from './init.js';
import { compileContentCached } from './parse-cache.js';
import { PackError } from './pack-error.js';
import { formatMessages, toJsonMessages } from './report.js';

/** Where the command line writes. */
export interface CliOutput {
  /** Standard output. */
  stdout(text: string): void;
  /** Standard error. */
  stderr(text: string): void;
}

/** Exit codes. */
const ok = 0;
const problems = 1;
const usageError = 2;

const commands = ['init', 'check', 'build'] as const;
type Command = (typeof commands)[number];

/** The options each command accepts (besides `--help`). */
const commandOptions: Readonly<Record<Command, readonly string[]>> = {
  init: [],
  check: ['format', 'frail'],
  build: ['frail', 'emit', 'out', 'types-from', 'cache-dir', 'no-cache'],
};

const optionSpec = {
  format: { type: 'string' },
  frail: { type: 'boolean' },
  emit: { type: 'string' },
  out: { type: 'string' },
  'types-from': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The usage text. */
export const usage = `Usage: cloudvirt-pack <command> [dir] [options]

Commands:
  init <dir>    create a knowledge pack in <dir> (new or empty) that checks and builds as it is
  check [dir]   report every problem of the pack's content at once (dir: the pack folder, default .)
  build [dir]   compile the pack and write <dir>/dist: index.js, index.cjs, index.d.ts, index.d.cts, data.json

Options:
  --format <text|json>   check: text for people (default) or json for editors and CI
  --frail                check, build: fail on warnings too
  --emit <pack|ts>       build: the pack module (default), or ts: data.ts + data.json (core's own build)
  --out <dir>            build: where to write (default <dir>/dist)
  --types-from <module>  build --emit ts: where data.ts imports its types from (default @cloudvirt/core)
  --cache-dir <dir>      build: where each file's parse is kept for the next build (default: node_modules/.cache/cloudvirt-pack of a pack with a package.json)
  --no-cache             build: parse every file, read and write no cache
  -h, --help             print this help
  -v, --version          print the version

Exit codes: 0 ok, 1 content problems, 2 usage error (unknown command or option, missing folder, not a pack).
`;

/** A usage problem: message plus hint; exits 2. */
class UsageProblem extends Error {}

function usageProblem(problem: string, hint = 'Run `cloudvirt-pack --help` for the usage.'): UsageProblem {
  return new UsageProblem(`${problem}\n${hint}`);
}

/** A path as shown in messages: relative to the current folder when inside it. */
function display(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `14 concepts, 20 relations, 1 comparison, 3 topics, no responsibility matrix`. */
function counts(result: CompileResult & { ok: true }): string {
  const { concepts, relations, comparisons, topics, responsibilityMatrix: matrix } = result.data;
  const matrixText = matrix.models.length === 0 && matrix.layers.length === 0 ? 'no responsibility matrix' : `${matrix.models.length} × ${matrix.layers.length} responsibility matrix`;
  return `${plural(concepts.length, 'concept')}, ${plural(relations.length, 'relation')}, ${plural(comparisons.length, 'comparison')}, ${plural(topics.length, 'topic')}, ${matrixText}`;
}

/** The version of @cloudvirt/core (this package). */
export function coreVersion(): string {
  // The bin (dist/) and the sources (compiler/) are both one folder below package.json.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Parse the command line; throws {@link UsageProblem}. */
function parse(argv: readonly string[]): { command: Command | undefined; positionals: string[]; values: Record<string, string | boolean | undefined> } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/u.exec(message)?.[1];
    if (unknown !== undefined) {
      const known = Object.keys(optionSpec).map((name) => `--${name}`);
      const [guess] = suggest(unknown, known);
      throw usageProblem(
        `Unexpected option \`${unknown}\`, expected one of ${known.map((name) => `\`${name}\``).join(', ')}.${guess === undefined ? '' : ` Did you mean \`${guess}\`?`}`,
      );
    }
    throw usageProblem(`${message.replace(/\.$/u, '')}.`);
  }
  const [first, ...positionals] = parsed.positionals;
  if (first === undefined) return { command: undefined, positionals, values: parsed.values };
  const command = commands.find((name) => name === first);
  if (command === undefined) {
    const [guess] = suggest(first, commands);
    throw usageProblem(`Unexpected command \`${first}\`, expected one of ${commands.map((name) => `\`${name}\``).join(', ')}.${guess === undefined ? '' : ` Did you mean \`${guess}\`?`}`);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === undefined || name === 'help' || name === 'version') continue;
    if (!commandOptions[command].includes(name)) {
      const allowed = commandOptions[command];
      throw usageProblem(
        `Unexpected option \`--${name}\` for \`${command}\`, expected ${allowed.length === 0 ? 'no option' : `one of ${allowed.map((option) => `\`--${option}\``).join(', ')}`}.`,
      );
    }
  }
  return { command, positionals, values: parsed.values };
}

/** The one optional folder argument of check and build. */
function oneDir(command: Command, positionals: readonly string[]): string {
  if (positionals.length > 1) throw usageProblem(`Unexpected arguments \`${positionals.slice(1).join(' ')}\` after \`${command} ${positionals[0] ?? ''}\`, expected one pack folder at most.`);
  return positionals[0] ?? '.';
}

/** A string option restricted to a few values. */
function oneOf<T extends string>(option: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((item) => item === value);
  if (found !== undefined) return found;
  const [guess] = suggest(String(value), allowed);
  throw usageProblem(`Unexpected --${option} \`${String(value)}\`, expected one of ${allowed.map((item) => `\`${item}\``).join(', ')}.${guess === undefined ? '' : ` Did you mean \`${guess}\`?`}`);
}

async function runInit(positionals: readonly string[], out: CliOutput): Promise<number> {
  const [dir, ...rest] = positionals;
  if (dir === undefined) throw usageProblem('Missing folder for `init`, expected `cloudvirt-pack init <dir>`.', 'For example: `cloudvirt-pack init my-pack`.');
  if (rest.length > 0) throw usageProblem(`Unexpected arguments \`${rest.join(' ')}\` after \`init ${dir}\`, expected one folder.`);
  const { id, files } = await initPack(dir, { coreVersion: coreVersion() });
  out.stdout(`✔ created the pack \`${id}\` in ${display(dir)}: ${files.join(', ')}\n\nNext:\n  cd ${display(dir)}\n  npm install\n  npm run check\n  npm run build\n`);
  return ok;
}

async function runCheck(positionals: readonly string[], values: Record<string, string | boolean | undefined>, out: CliOutput): Promise<number> {
  const dir = oneDir('check', positionals);
  const format = oneOf('format', values['format'], ['text', 'json'] as const, 'text');
  const result = await compilePack(dir, { frail: values['frail'] === true });
  const errorCount = result.messages.filter((message) => message.fatal).length;
  if (format === 'json') {
    const report = { ok: result.ok, errorCount, warningCount: result.messages.length - errorCount, messages: toJsonMessages(result.messages) };
    out.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return result.ok ? ok : problems;
  }
  const report = formatMessages(result.messages);
  if (report !== '') out.stdout(`${report}\n`);
  if (result.ok) out.stdout(`${report === '' ? '' : '\n'}✔ ${display(dir)}: ${counts(result)}${report === '' ? ', no problems' : ''}\n`);
  return result.ok ? ok : problems;
}

/**
 * Where `build` caches each file's parse by default: `node_modules/.cache/cloudvirt-pack/` of the pack
 * folder when it holds a `package.json` (find-cache-dir's convention), else nowhere (a content folder
 * on its own, such as a test fixture, is left as it is).
 */
function defaultCacheDir(packDir: string): string | undefined {
  return existsSync(path.join(packDir, 'package.json')) ? path.join(packDir, 'node_modules', '.cache', 'cloudvirt-pack') : undefined;
}

async function runBuild(positionals: readonly string[], values: Record<string, string | boolean | undefined>, out: CliOutput): Promise<number> {
  const dir = oneDir('build', positionals);
  const emit = oneOf('emit', values['emit'], ['pack', 'ts'] as const, 'pack');
  if (values['types-from'] !== undefined && emit !== 'ts') throw usageProblem('Unexpected option `--types-from` without `--emit ts`, expected it only with `--emit ts`.');
  const { packDir, contentDir } = await findPackFolder(dir);
  const outDir = typeof values['out'] === 'string' ? values['out'] : path.join(packDir, 'dist');
  if (values['cache-dir'] !== undefined && values['no-cache'] === true) throw usageProblem('Unexpected `--cache-dir` with `--no-cache`, expected one of them.');
  const frail = values['frail'] === true;
  const cacheDir = values['no-cache'] === true ? undefined : typeof values['cache-dir'] === 'string' ? values['cache-dir'] : defaultCacheDir(packDir);
  const { result, stats } = cacheDir === undefined ? { result: await compileContent(contentDir, { frail }), stats: undefined } : await compileContentCached(contentDir, cacheDir, { frail });
  const report = formatMessages(result.messages);
  if (!result.ok) {
    out.stderr(`${report}\n\nNothing was written to ${display(outDir)}.\n`);
    return problems;
  }
  if (report !== '') out.stderr(`${report}\n\n`);
  const files: Record<string, string> =
    emit === 'ts'
      ? // The JSON first: once the module is written, its JSON twin is already current.
        { 'data.json': generateJson(result.data), 'data.ts': generateModule(result.data, { modelImport: typeof values['types-from'] === 'string' ? values['types-from'] : '@cloudvirt/core' }) }
      : { ...generatePackModule(result.data) };
  let written = 0;
  for (const [name, text] of Object.entries(files)) if (await writeAtomically(path.join(outDir, name), text)) written += 1;
  const size = Object.values(files).reduce((total, text) => total + Buffer.byteLength(text), 0);
  const parses = stats === undefined ? '' : `; ${plural(stats.parsed.length, 'file')} parsed, ${stats.cached.length} from the cache`;
  out.stdout(`✔ ${counts(result)} → ${display(outDir)}: ${Object.keys(files).join(', ')} (${(size / 1024).toFixed(1)} KiB)${written === 0 ? ' (unchanged)' : ''}${parses}\n`);
  return ok;
}

/**
 * Run `cloudvirt-pack` with these arguments.
 *
 * @param argv
 *   The arguments after the program name.
 * @param out
 *   Where to write.
 * @returns
 *   The exit code: 0 ok, 1 content problems, 2 usage error.
 */
export async function runPackCli(argv: readonly string[], out: CliOutput): Promise<number> {
  try {
    const { command, positionals, values } = parse(argv);
    if (values['version'] === true) {
      out.stdout(`${coreVersion()}\n`);
      return ok;
    }
    if (values['help'] === true) {
      out.stdout(usage);
      return ok;
    }
    if (command === undefined) {
      out.stderr(`Missing command, expected one of ${commands.map((name) => `\`${name}\``).join(', ')}.\n\n${usage}`);
      return usageError;
    }
    if (command === 'init') return await runInit(positionals, out);
    if (command === 'check') return await runCheck(positionals, values, out);
    return await runBuild(positionals, values, out);
  } catch (error) {
    if (error instanceof UsageProblem) {
      out.stderr(`cloudvirt-pack: ${error.message}\n`);
      return usageError;
    }
    if (error instanceof PackError && error.code !== 'content-errors') {
      out.stderr(`cloudvirt-pack: ${error.message}.\n`);
      return usageError;
    }
    throw error;
  }
}
