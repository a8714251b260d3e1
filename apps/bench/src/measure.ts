/**
 * Running and timing child processes: every measurement runs in a fresh process so that runs do not
 * share a warm JIT or a heap, and its peak RSS is its own.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** GNU time, which reports the peak RSS of a command and its waited-for descendants. */
const gnuTime = '/usr/bin/time';

/** Outcome of one command. */
export interface CommandRun {
  /** Wall time, milliseconds. */
  readonly ms: number;
  /** Peak RSS of the largest process of the command's tree, MiB (`NaN` without GNU time). */
  readonly rssMb: number;
  /** CPU time (user + system) of the command and its waited-for descendants, ms (`NaN` without GNU time). */
  readonly cpuMs: number;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/** Options of {@link runCommand}. */
export interface CommandOptions {
  /** Working directory. */
  readonly cwd?: string;
  /** Environment (default: {@link childEnv}). */
  readonly env?: NodeJS.ProcessEnv;
  /** What the command is, for the error message. */
  readonly what?: string;
  /** Kill the command after this many milliseconds and throw a {@link CommandTimeout}. */
  readonly timeoutMs?: number;
}

/** Thrown by {@link runCommand} when a command ran out of time. */
export class CommandTimeout extends Error {
  /**
   * @param what The command.
   * @param ms The time it was given.
   */
  constructor(
    what: string,
    readonly ms: number,
  ) {
    super(`${what} did not finish within ${(ms / 1000).toFixed(0)} s and was stopped.`);
    this.name = 'CommandTimeout';
  }
}

/** The last lines of a command's output, each cut short (minified bundles print megabyte lines). */
function tail(text: string): string {
  return text
    .trim()
    .split('\n')
    .slice(-30)
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
    .join('\n');
}

/**
 * The environment for nested tools: ours minus the variables that an outer `turbo run` or `pnpm run`
 * sets for its own task (a nested turbo in a scratch repo must not think it is that task).
 *
 * @param extra Variables to add.
 * @returns The environment.
 */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:TURBO_(?!TELEMETRY_DISABLED)|npm_package_|npm_lifecycle_|PNPM_SCRIPT_SRC_DIR)/u.test(key)) continue;
    env[key] = value;
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', ...extra };
}

/**
 * Run a command to completion, timing it and (with GNU time) measuring its peak RSS.
 *
 * @param command The executable.
 * @param args Its arguments.
 * @param options Working directory, environment.
 * @returns Time, RSS and output.
 * @throws {Error} When the command exits non-zero (with its output).
 */
export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): CommandRun {
  const useTime = existsSync(gnuTime);
  const dir = useTime ? mkdtempSync(path.join(tmpdir(), 'cloudvirt-time-')) : '';
  const timeFile = path.join(dir, 'time.txt');
  // Note: coreutils `timeout` stops the command itself; spawnSync's own timeout would only stop GNU time.
  const timed = options.timeoutMs === undefined ? [command, ...args] : ['timeout', '-k', '5', String(Math.ceil(options.timeoutMs / 1000)), command, ...args];
  const [file, fileArgs] = useTime ? [gnuTime, ['-f', '%M %U %S', '-o', timeFile, ...timed]] : [timed[0] as string, timed.slice(1)];
  const started = performance.now();
  const child = spawnSync(file, fileArgs, {
    cwd: options.cwd,
    env: options.env ?? childEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  let rssMb = Number.NaN;
  let cpuMs = Number.NaN;
  if (useTime) {
    const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : undefined;
    const match = text === undefined ? null : /^(\d+) ([\d.]+) ([\d.]+)$/u.exec(text);
    if (match !== null) {
      rssMb = Number(match[1]) / 1024;
      cpuMs = (Number(match[2]) + Number(match[3])) * 1000;
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const what = options.what ?? `\`${command} ${args.join(' ')}\``;
  if (options.timeoutMs !== undefined && child.status === 124) {
    throw new CommandTimeout(what, options.timeoutMs);
  }
  if (child.error !== undefined) throw new Error(`Could not run ${what}: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`${what} failed (exit ${child.status ?? child.signal}):\n${tail(`${child.stdout}\n${child.stderr}`)}`);
  return { ms, rssMb, cpuMs, stdout: child.stdout, stderr: child.stderr };
}

/**
 * Run a Node worker that prints a JSON object as its last stdout line.
 *
 * @param script The worker's file.
 * @param args Its arguments.
 * @param options Working directory, environment.
 * @returns The parsed JSON plus the command's wall time and RSS.
 */
export function runWorker<T>(script: string, args: readonly string[], options: CommandOptions = {}): CommandRun & { readonly result: T } {
  const run = runCommand(process.execPath, [script, ...args], { what: path.basename(script), ...options });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return { ...run, result: JSON.parse(line) as T };
  } catch {
    throw new Error(`${path.basename(script)} printed no JSON result:\n${tail(run.stdout)}\n${tail(run.stderr)}`);
  }
}

/**
 * The median of a non-empty list.
 *
 * @param values The samples.
 * @returns The middle value (mean of the two middle values for an even count).
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('Cannot take the median of no samples.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The largest finite value (`NaN` when there is none).
 *
 * @param values The samples.
 * @returns The maximum.
 */
export function peak(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? Number.NaN : Math.max(...finite);
}

/**
 * CPU time (user + system, every thread of the process) used since `start`, in ms: on a busy machine it
 * varies much less than wall time, so workers report both.
 *
 * @param start A `process.cpuUsage()` reading.
 * @returns Milliseconds.
 */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * The CPU-time fields of a result: medians of both sides and their ratio.
 *
 * @param ours Our samples' CPU times, ms.
 * @param peer The peer's samples' CPU times, ms.
 * @returns `{ours_cpu_ms, peer_cpu_ms, cpu_ratio}`.
 */
export function cpuFields(ours: readonly number[], peer: readonly number[]): Record<string, number> {
  const oursCpu = ours.every(Number.isFinite) && ours.length > 0 ? median(ours) : Number.NaN;
  const peerCpu = peer.every(Number.isFinite) && peer.length > 0 ? median(peer) : Number.NaN;
  return { ours_cpu_ms: oursCpu, peer_cpu_ms: peerCpu, cpu_ratio: oursCpu / peerCpu };
}

/** Peak RSS of the current process so far, MiB (for workers to report). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
