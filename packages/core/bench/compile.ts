/**
 * `pnpm --filter @cloudvirt/core bench [--content <dir>] [--runs <n>] [--json] [--data-out <file>]`:
 * the in-process compile benchmark. Each run is a fresh Node process (cold, as a build pays it) that
 * times one `compileContent(dir)` (ours) or one {@link parseFloor} (the floor: bare remark-parse + yaml
 * over the same files) and reports its peak RSS; runs alternate between the two, and the medians are
 * compared.
 *
 * `--data-out` also writes the compiled knowledge base as JSON (from an extra, untimed run), for the
 * benchmarks of the other packages; with `--runs 0` that is all it does.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileContent } from '../compiler/compile.js';
import { formatMessages } from '../compiler/report.js';
import { parseFloor } from './floor.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

/** One timed run. */
interface Run {
  /** Wall time. */
  readonly ms: number;
  /** CPU time of the process (all threads: main, GC, workers) over the same span. */
  readonly cpuMs: number;
  /** Peak RSS of the process. */
  readonly rssMb: number;
}

/** CPU time used since `start`, in ms. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Peak resident set size of this process so far, in MiB. */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Child mode: do one timed run of `subject` and print `{ms, rssMb}`. */
async function runOnce(subject: string, dir: string, dataOut: string | undefined): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (subject === 'ours') {
    const result = await compileContent(dir);
    const ms = performance.now() - started;
    const cpuMs = cpuSince(cpu);
    if (!result.ok) throw new Error(`The content does not compile:\n${formatMessages(result.messages)}`);
    if (dataOut !== undefined) {
      await mkdir(path.dirname(dataOut), { recursive: true });
      await writeFile(dataOut, JSON.stringify(result.data));
    }
    process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb: peakRssMb(), concepts: result.data.concepts.length })}\n`);
  } else if (subject === 'floor') {
    const { files } = await parseFloor(dir);
    const ms = performance.now() - started;
    process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpuSince(cpu), rssMb: peakRssMb(), files })}\n`);
  } else {
    throw new Error(`Unknown --subject \`${subject}\`, expected \`ours\` or \`floor\`.`);
  }
}

/** Run `subject` once in a fresh process. */
function spawnRun(subject: string, dir: string, dataOut?: string): Run {
  const args = ['--import', 'tsx', self, '--subject', subject, '--content', dir, ...(dataOut === undefined ? [] : ['--data-out', dataOut])];
  const child = spawnSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`The ${subject} run failed (exit ${child.status}):\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Run;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean' },
      subject: { type: 'string' },
      'data-out': { type: 'string' },
    },
    strict: true,
  });
  const dir = path.resolve(values.content ?? path.join(packageDir, 'content'));
  const dataOut = values['data-out'] === undefined ? undefined : path.resolve(values['data-out']);
  if (values.subject !== undefined) {
    await runOnce(values.subject, dir, dataOut);
    return;
  }
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 0 || (runs === 0 && dataOut === undefined)) {
    throw new Error(`Invalid --runs ${values.runs}, expected a positive integer (or 0 with --data-out, to only write the data).`);
  }
  if (dataOut !== undefined) spawnRun('ours', dir, dataOut);
  if (runs === 0) return;
  const ours: Run[] = [];
  const floor: Run[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push(spawnRun('ours', dir));
    floor.push(spawnRun('floor', dir));
  }
  const summary = {
    content: dir,
    runs,
    ours: { ms: median(ours.map((run) => run.ms)), cpuMs: median(ours.map((run) => run.cpuMs)), rssMb: Math.max(...ours.map((run) => run.rssMb)), samples: ours },
    floor: { ms: median(floor.map((run) => run.ms)), cpuMs: median(floor.map((run) => run.cpuMs)), rssMb: Math.max(...floor.map((run) => run.rssMb)), samples: floor },
  };
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const ratio = summary.ours.ms / summary.floor.ms;
  const cpuRatio = summary.ours.cpuMs / summary.floor.cpuMs;
  process.stdout.write(
    `compile ${path.relative(process.cwd(), dir) || '.'}: ours ${summary.ours.ms.toFixed(0)} ms (CPU ${summary.ours.cpuMs.toFixed(0)} ms, peak ${summary.ours.rssMb.toFixed(0)} MiB), ` +
      `floor (remark-parse + yaml) ${summary.floor.ms.toFixed(0)} ms (CPU ${summary.floor.cpuMs.toFixed(0)} ms, peak ${summary.floor.rssMb.toFixed(0)} MiB), ` +
      `ratio ${ratio.toFixed(2)} (CPU ${cpuRatio.toFixed(2)}), median of ${runs}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
