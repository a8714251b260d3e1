/**
 * The command line of `cloudvirt-site` (`src/cli.ts`; in the repository `pnpm --filter @cloudvirt/site build
 * -- …`): the command and flags to options of `buildSite`, and the JSON files it reads.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { suggest, type KnowledgeBaseData } from '@cloudvirt/core';
import { parseMigrations, type Migration } from './redirects.js';

/** The commands of `cloudvirt-site`. */
export const commands = ['build', 'dev'] as const;

/** One command of `cloudvirt-site`. */
export type Command = (typeof commands)[number];

/** The usage text (printed by `--help` and after a usage error). */
export const usage = `Usage: cloudvirt-site [build] [options]
       cloudvirt-site dev [--kb <pack folder>] [--port N] [--base-url <url>] [--migrations <file>]

build  Build the bilingual static site of a knowledge pack: a page per concept, comparison and topic in
       English and Chinese, glossary, graph, search, JSON-LD, Turtle and the downloads (handbooks, Anki decks).
dev    Serve the site of a pack folder or content folder while you write it: every save recompiles the
       changed files and reloads the open pages whose content changed; content errors show in the
       terminal and over the page (the last good version stays served). Downloads and the search index
       are made when asked for. Default pack: the CloudVirt content (packages/core/content) when present.

  --kb <package | path>  the pack: a package name (resolved from the current folder), a built pack package
                         folder, its data.json, or a pack folder / content folder (compiled in memory);
                         default the CloudVirt pack bundled with @cloudvirt/core
  --data <file.json>     build from this knowledge base (KnowledgeBaseData as JSON) instead
  --out <dir>            output folder, emptied first (default ./_site)
  --base-url <url>       root URL of the site and base of its JSON-LD IRIs (default SITE_URL, else the
                         pack's baseIri, else https://<pack id>.example/); --site-url is the same flag
  --migrations <file>    redirects of renamed records ({"migrations": [...]}; default none)
  --no-downloads         skip kb.jsonld, kb.ttl, the handbooks and the Anki decks (fast builds)
  --no-search            skip the Pagefind search index
  --serve [--port N]     build, then serve the output with Eleventy's live reload (default port 8080)
  --port <N>             with dev or --serve: the port (default 8080; dev: 0 picks a free one)
  --help, -h             this text
  --version              the version of @cloudvirt/site

Relative paths resolve against the current folder (apps/site when run through pnpm --filter).
Exit codes: 0 built, 1 the build failed (the pack's problems or the error), 2 bad command line.`;

/** What the command line asks for. */
export interface BuildArgs {
  /** `build` (the default) or `dev`. */
  readonly command: Command;
  /** Print the usage and stop. */
  readonly help: boolean;
  /** Print the version and stop. */
  readonly version: boolean;
  /** Serve with live reload instead of building once. */
  readonly serve: boolean;
  /** Dev server port (`dev`, or `build --serve`). */
  readonly port?: number;
  /** Output folder (absolute). */
  readonly outDir?: string;
  /** The pack to build (`--kb`): a package name, or a path resolved against the current folder. */
  readonly kb?: string;
  /** Knowledge-base JSON file (absolute). */
  readonly dataFile?: string;
  /** Migrations file (absolute). */
  readonly migrationsFile?: string;
  /** Base URL (`--base-url`, or its older spelling `--site-url`). */
  readonly siteUrl?: string;
  /** Write the downloads. */
  readonly downloads: boolean;
  /** Write the search index. */
  readonly search: boolean;
}

/** A command line that cannot be understood (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The closest of `candidates` to `value`, when it is close enough to be a likely typo. */
function closest(value: string, candidates: readonly string[]): string | undefined {
  return suggest(value, candidates)[0];
}

const optionNames = ['kb', 'data', 'out', 'base-url', 'site-url', 'migrations', 'no-downloads', 'no-search', 'serve', 'port', 'help', 'version'];

/**
 * Parse the arguments of `cloudvirt-site`.
 *
 * @param argv The arguments (without `node` and the script): the command `build` (the default, so it may
 *   be left out) and its flags. Every `--` (from `pnpm … build -- …`) is skipped, and a flag given
 *   twice takes its last value, so `pnpm --filter @cloudvirt/site build -- --out <dir>` overrides the
 *   script's own `--out dist`.
 * @param cwd The folder relative paths resolve against.
 * @returns What to do.
 * @throws {UsageError} On an unknown command, an unknown flag, a missing value, a stray
 *   argument, a bad port, or `--kb` together with `--data`.
 */
export function parseBuildArgs(argv: readonly string[], cwd: string = process.cwd()): BuildArgs {
  const args = argv.filter((arg) => arg !== '--');
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        kb: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        migrations: { type: 'string' },
        'base-url': { type: 'string' },
        'site-url': { type: 'string' },
        'no-downloads': { type: 'boolean' },
        'no-search': { type: 'boolean' },
        serve: { type: 'boolean' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    }));
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
    const suggestion = unknown === undefined ? undefined : closest(unknown, optionNames);
    throw new UsageError(suggestion === undefined ? message : `${message}\nhint: did you mean --${suggestion}?`, { cause: error });
  }
  const help = values.help === true;
  const version = values.version === true;
  // `build` is the default command: `cloudvirt-site --kb my-pack` builds too.
  const [given = 'build', ...rest] = positionals;
  if (!(commands as readonly string[]).includes(given)) {
    const suggestion = closest(given, commands);
    throw new UsageError(
      `Unexpected command \`${given}\`, expected ${commands.map((name) => `\`${name}\``).join(' or ')}.` + (suggestion === undefined ? '' : `\nhint: did you mean \`${suggestion}\`?`),
    );
  }
  const command = given as Command;
  if (rest.length > 0) {
    throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}, expected flags only after \`${command}\` (the pack goes in --kb <package | path>).`);
  }
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (value === '') throw new UsageError(`Unexpected empty value of --${name}.`);
    return typeof value === 'string' ? value : undefined;
  };
  const portText = text('port');
  const port = portText === undefined ? undefined : Number(portText);
  const lowest = command === 'dev' ? 0 : 1;
  if (port !== undefined && !(Number.isInteger(port) && port >= lowest && port < 65_536)) {
    throw new UsageError(`Unexpected --port ${JSON.stringify(portText)}, expected a port number from ${lowest} to 65535.`);
  }
  if (command === 'dev') {
    const unused = ['out', 'data', 'no-downloads', 'no-search', 'serve'].filter((name) => values[name] !== undefined);
    if (unused.length > 0) {
      throw new UsageError(
        `Unexpected ${unused.map((name) => `--${name}`).join(', ')} with \`dev\`, expected --kb <pack folder>, --port, --base-url or --migrations: ` +
          'the dev server writes no output folder and makes the downloads and the search index when they are asked for.',
      );
    }
  } else if (port !== undefined && values.serve !== true) throw new UsageError('Unexpected --port without --serve (or the `dev` command).');
  const path = (name: string): string | undefined => {
    const value = text(name);
    return value === undefined ? undefined : resolve(cwd, value);
  };
  const outDir = path('out');
  const kb = text('kb');
  const dataFile = path('data');
  if (kb !== undefined && dataFile !== undefined) {
    throw new UsageError('Unexpected --kb together with --data, expected one of them: --kb takes a pack (package, folder or data.json), --data a KnowledgeBaseData JSON file.');
  }
  const migrationsFile = path('migrations');
  const baseUrl = text('base-url');
  const oldSiteUrl = text('site-url');
  if (baseUrl !== undefined && oldSiteUrl !== undefined && baseUrl !== oldSiteUrl) {
    throw new UsageError(`Unexpected --base-url ${baseUrl} together with --site-url ${oldSiteUrl}, expected one of them (they are the same flag).`);
  }
  const siteUrl = baseUrl ?? oldSiteUrl;
  return {
    command,
    help,
    version,
    serve: values.serve === true,
    downloads: values['no-downloads'] !== true,
    search: values['no-search'] !== true,
    ...(port === undefined ? {} : { port }),
    ...(outDir === undefined ? {} : { outDir }),
    ...(kb === undefined ? {} : { kb }),
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(migrationsFile === undefined ? {} : { migrationsFile }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
  };
}

/** Read and parse a JSON file, saying which file failed. */
async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${what} ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TypeError(`Unexpected content of ${file}, expected ${what} as JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Read the knowledge base of `--data` (its shape is checked by `buildSite`).
 *
 * @param file A JSON file of `KnowledgeBaseData`.
 */
export async function readDataFile(file: string): Promise<KnowledgeBaseData> {
  const value = await readJson(file, 'a knowledge base (KnowledgeBaseData)');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`Unexpected content of ${file}, expected a JSON object of KnowledgeBaseData (topics, concepts, relations, comparisons, responsibilityMatrix).`);
  }
  return value as KnowledgeBaseData;
}

/**
 * Read the migrations of `--migrations`.
 *
 * @param file A JSON file `{"migrations": [...]}`.
 */
export async function readMigrationsFile(file: string): Promise<Migration[]> {
  return parseMigrations(await readJson(file, 'migrations'), file);
}
