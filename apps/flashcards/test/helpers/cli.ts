/**
 * Test helpers: run the BUILT CLI (`dist/cli.js`) as a child process, the way a user does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built executable. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * Whether a user who is neither the owner nor in the group can read `file`: every folder above it
 * searchable by others and the file readable by others. A checkout under a private folder (`mktemp -d`
 * makes them 0700) is out of reach of `nobody`.
 *
 * @param file An absolute path.
 */
export function readableByOthers(file: string): boolean {
  if ((statSync(file).mode & 0o004) === 0) return false;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/** Fail early, with the fix, when the CLI has not been built. */
export function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing; run \`pnpm --filter @cloudvirt/flashcards build\` first.`);
}

/** What a run produced. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Options of a run. */
export interface CliRunOptions {
  /** Working folder (default: a new empty temporary folder). */
  readonly cwd?: string;
  /** Extra environment; `undefined` removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Run as this user and group (POSIX). */
  readonly uid?: number;
  readonly gid?: number;
}

const created: string[] = [];

/** A new empty temporary folder, removed by {@link removeTempDirs}. */
export function tempDir(prefix = 'flashcards-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Remove every folder {@link tempDir} made (call it in `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The child environment: the parent's, without colour switches, plus `extra`. */
function childEnv(extra: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Start the CLI without waiting for it. */
export function spawnCli(args: readonly string[], options: CliRunOptions & { readonly cwd: string }): ChildProcess {
  return spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: childEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
}

/** Collect a started CLI's output and exit status. */
export function finished(child: ChildProcess): Promise<CliRun> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** Run the CLI to completion. */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun & { readonly cwd: string }> {
  const cwd = options.cwd ?? tempDir();
  const result = await finished(spawnCli(args, { ...options, cwd }));
  return { ...result, cwd };
}

/** The names in a folder, sorted (hidden temporary files included). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}
