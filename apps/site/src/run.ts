/**
 * `cloudvirt-site` (also the repository's `pnpm --filter @cloudvirt/site build` and `dev`): build the site
 * of a pack (`--kb`, `--data`, or the bundled CloudVirt pack) into `--out` (default `./_site`), or serve it
 * with live reload (`--serve [--port N]`); `cloudvirt-site dev --kb <pack folder>` is the authoring loop
 * (`dev/`). `--help` lists every flag. Exit code 0: built (or the dev server stopped); 1: the build
 * failed; 2: bad command line.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KnowledgeBase, KnowledgeBaseData } from '@cloudvirt/core';
import { buildSite, type BuildSiteResult } from './build-site.js';
import { parseBuildArgs, readDataFile, readMigrationsFile, usage, UsageError } from './cli-args.js';
import { loadSitePack } from './load-pack.js';
import { packageRoot } from './package-root.js';

/** Where {@link runCli} writes and what it reads. */
export interface CliIo {
  /** Standard output (the summary line, `--help`, `--version`). */
  readonly stdout: { write(text: string): unknown };
  /** Standard error (errors, with the usage after a usage error). */
  readonly stderr: { write(text: string): unknown };
  /** The folder relative paths and package names resolve from. */
  readonly cwd: string;
}

/** The default output folder of the command line, under the current folder. */
export const defaultOutFolder = '_site';

/** The one-line summary of a build (benchmarks read `site: N pages, N files`). */
export function summary(result: BuildSiteResult): string {
  const indexed = Object.entries(result.indexed).map(([language, count]) => `${count} ${language}`).join(' + ');
  return (
    `site: ${result.pageCount} pages, ${result.fileCount} files ` +
    `(${result.conceptIriPageCount} concept IRI pages, ${result.redirectPageCount} redirects, ${result.socialCardCount} social cards), ` +
    `${result.downloadCount === 0 ? 'no' : result.downloadCount} downloads, ` +
    `${indexed === '' ? 'no search index' : `search index ${indexed}`}, ` +
    `in ${(result.milliseconds / 1000).toFixed(2)} s → ${result.outDir}`
  );
}

/** The version of this package (`--version`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * An error as the user should read it: the message (a pack's content errors carry every positioned
 * problem in it), with the stack only for errors that are not about the input.
 */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // A pack that cannot be found or compiled (`PackError`), invalid data or options: the message says it all.
  const aboutInput =
    error instanceof TypeError || error instanceof RangeError || error.name === 'PackError' || error.name === 'DevError' || error.name === 'KnowledgeBaseValidationError';
  return aboutInput ? `${error.name === 'PackError' || error.name === 'DevError' ? '' : `${error.name}: `}${error.message}` : (error.stack ?? error.message);
}

/**
 * Run the command line.
 *
 * @param argv The arguments after the executable (`build --kb my-pack --out site`).
 * @param io Output streams and the current folder.
 * @returns The exit code: 0 built (or help/version printed), 1 the build failed, 2 bad command line.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseBuildArgs(argv, io.cwd);
    if (args.help) {
      io.stdout.write(`${usage}\n`);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (args.command === 'dev') {
      const migrations = args.migrationsFile === undefined ? undefined : await readMigrationsFile(args.migrationsFile);
      const { runDev } = await import('./dev/run-dev.js');
      return await runDev(
        {
          ...(args.kb === undefined ? {} : { kb: args.kb }),
          ...(args.port === undefined ? {} : { port: args.port }),
          ...(args.siteUrl === undefined ? {} : { siteUrl: args.siteUrl }),
          ...(migrations === undefined ? {} : { migrations }),
        },
        io,
      );
    }
    let data: KnowledgeBaseData | KnowledgeBase | undefined;
    if (args.kb !== undefined) data = (await loadSitePack(args.kb, io.cwd)).kb;
    else if (args.dataFile !== undefined) data = await readDataFile(args.dataFile);
    const migrations = args.migrationsFile === undefined ? undefined : await readMigrationsFile(args.migrationsFile);
    const result = await buildSite({
      outDir: args.outDir ?? resolve(io.cwd, defaultOutFolder),
      mode: args.serve ? 'serve' : 'build',
      downloads: args.downloads,
      search: args.search,
      ...(args.port === undefined ? {} : { port: args.port }),
      ...(args.siteUrl === undefined ? {} : { siteUrl: args.siteUrl }),
      ...(data === undefined ? {} : { data: data as KnowledgeBaseData }),
      ...(migrations === undefined ? {} : { migrations }),
    });
    if (!args.serve) io.stdout.write(`${summary(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    io.stderr.write(`${describeError(error)}\n`);
    return 1;
  }
}
