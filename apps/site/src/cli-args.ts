/**
 * The command line of `src/build.ts` (`pnpm --filter @cloudvirt/site build -- …`): flags to options of
 * `buildSite`, and the JSON files it reads.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { parseMigrations, type Migration } from './redirects.js';

/** The usage text (printed by `--help` and after a usage error). */
export const usage = `Usage: tsx src/build.ts [options]      (pnpm --filter @cloudvirt/site build -- [options])

  --out <dir>            output folder, emptied first (default apps/site/dist)
  --data <file.json>     build from this knowledge base (KnowledgeBaseData as JSON) instead of @cloudvirt/core's
  --migrations <file>    redirects of renamed records (default packages/checks/migrations.json for the
                         bundled knowledge base, none with --data)
  --site-url <url>       base URL (default SITE_URL, else https://cloudvirt.example/)
  --no-downloads         skip kb.jsonld, kb.ttl, the handbooks and the Anki decks (fast builds)
  --no-search            skip the Pagefind search index
  --serve [--port N]     dev server with live reload (default port 8080)
  --help                 this text

Relative paths resolve against the current folder (apps/site when run through pnpm --filter).`;

/** What the command line asks for. */
export interface BuildArgs {
  /** Print the usage and stop. */
  readonly help: boolean;
  /** Serve with live reload instead of building once. */
  readonly serve: boolean;
  /** Dev server port. */
  readonly port?: number;
  /** Output folder (absolute). */
  readonly outDir?: string;
  /** Knowledge-base JSON file (absolute). */
  readonly dataFile?: string;
  /** Migrations file (absolute). */
  readonly migrationsFile?: string;
  /** Base URL. */
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

/**
 * Parse the arguments of `src/build.ts`.
 *
 * @param argv The arguments (without `node` and the script); a leading `--` (from `pnpm … build -- …`) is skipped.
 * @param cwd The folder relative paths resolve against.
 * @returns What to do.
 * @throws {UsageError} On an unknown flag, a missing value, a stray argument or a bad port.
 */
export function parseBuildArgs(argv: readonly string[], cwd: string = process.cwd()): BuildArgs {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        data: { type: 'string' },
        migrations: { type: 'string' },
        'site-url': { type: 'string' },
        'no-downloads': { type: 'boolean' },
        'no-search': { type: 'boolean' },
        serve: { type: 'boolean' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (value === '') throw new UsageError(`Unexpected empty value of --${name}.`);
    return typeof value === 'string' ? value : undefined;
  };
  const portText = text('port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) {
    throw new UsageError(`Unexpected --port ${JSON.stringify(portText)}, expected a port number from 1 to 65535.`);
  }
  if (port !== undefined && values.serve !== true) throw new UsageError('Unexpected --port without --serve.');
  const path = (name: string): string | undefined => {
    const value = text(name);
    return value === undefined ? undefined : resolve(cwd, value);
  };
  const outDir = path('out');
  const dataFile = path('data');
  const migrationsFile = path('migrations');
  const siteUrl = text('site-url');
  return {
    help: values.help === true,
    serve: values.serve === true,
    downloads: values['no-downloads'] !== true,
    search: values['no-search'] !== true,
    ...(port === undefined ? {} : { port }),
    ...(outDir === undefined ? {} : { outDir }),
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
