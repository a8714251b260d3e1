/**
 * `cloudvirt-site dev`: find the content folder of `--kb` (a pack folder or a content folder; default the
 * CloudVirt content beside `@cloudvirt/core` when it is there, as in the repository), start the dev
 * server, and keep it running until the process is interrupted.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Migration } from '../redirects.js';
import { startDevServer, type DevServer } from './server.js';

/** What `dev` was asked for. */
export interface DevArgs {
  /** `--kb`: a pack folder or content folder, relative to `cwd`. */
  readonly kb?: string;
  /** `--port` (default 8080). */
  readonly port?: number;
  /** `--base-url`. */
  readonly siteUrl?: string;
  /** The migrations of `--migrations`. */
  readonly migrations?: readonly Migration[];
}

/** Thrown when there is no content folder to serve (the command line's exit code 1). */
export class DevError extends Error {
  override readonly name = 'DevError';
}

/** The CloudVirt content folder beside the `@cloudvirt/core` this package uses (present in the repository only). */
function defaultContentDir(): string | undefined {
  try {
    const core = dirname(createRequire(import.meta.url).resolve('@cloudvirt/core/package.json'));
    const content = join(core, 'content');
    return existsSync(join(content, 'concepts')) ? content : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the content of `--kb` is: `<dir>/content` when it exists, else `dir` itself when it holds
 * `topics.md`, `pack.md` or `concepts/`.
 *
 * @param spec The `--kb` value.
 * @param cwd The folder it is relative to.
 * @returns The content folder (absolute).
 * @throws {DevError} When the path does not exist or holds no content.
 */
export async function findContentDir(spec: string | undefined, cwd: string): Promise<string> {
  if (spec === undefined) {
    const found = defaultContentDir();
    if (found === undefined) {
      throw new DevError('Unexpected `dev` without --kb outside the CloudVirt repository, expected --kb <pack folder> (the folder holding content/, or the content folder itself). Create a pack with `cloudvirt-pack init <dir>`');
    }
    return found;
  }
  const { findPackFolder, PackError } = await import('@cloudvirt/core/compiler');
  try {
    return resolve(cwd, (await findPackFolder(resolve(cwd, spec))).contentDir);
  } catch (error) {
    if (error instanceof PackError) throw new DevError(`${error.message}. \`dev\` serves a pack folder or content folder as it is edited (not a package name or a data.json)`, { cause: error });
    throw error;
  }
}

/** How a path is shown in messages: relative to `cwd` when inside it. */
function shown(dir: string, cwd: string): string {
  const path = relative(cwd, dir);
  return path === '' ? '.' : path.startsWith('..') || isAbsolute(path) ? dir : path;
}

/**
 * Run the dev server until SIGINT or SIGTERM.
 *
 * @param args The pack, port, base URL and migrations.
 * @param io Where the progress goes, and the current folder.
 * @returns The exit code (0 once stopped).
 */
export async function runDev(args: DevArgs, io: { readonly stderr: { write(text: string): unknown }; readonly cwd: string }): Promise<number> {
  const contentDir = await findContentDir(args.kb, io.cwd);
  const log = (text: string): void => {
    io.stderr.write(`${text}\n`);
  };
  let server: DevServer;
  try {
    server = await startDevServer({
      contentDir,
      messageRoot: shown(contentDir, io.cwd),
      log,
      ...(args.port === undefined ? {} : { port: args.port }),
      ...(args.siteUrl === undefined ? {} : { siteUrl: args.siteUrl }),
      ...(args.migrations === undefined ? {} : { migrations: args.migrations }),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      const port = args.port ?? 8080;
      throw new DevError(`Unexpected port ${port}: another program listens on it, expected a free port. Stop the other server, or pass --port <N> (--port 0 picks a free one)`, { cause: error });
    }
    throw error;
  }
  log(`dev: serving ${server.url} from ${shown(contentDir, io.cwd)} (watching it; Ctrl+C stops)`);
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
