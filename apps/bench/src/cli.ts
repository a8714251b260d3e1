/**
 * `pnpm bench [--full] [--only <names>] [--sizes <n,…>] [--runs <n>] [--out <file>] [--keep]`: run the benchmarks one
 * after the other (never in parallel), print a `BENCH` line per result and a table, and write the
 * results as JSON (default `apps/bench/results/latest.json`, or `full.json` with `--full`).
 *
 * @module
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchAnki } from './benches/anki.js';
import { benchBigText } from './benches/big-text.js';
import { benchCompile } from './benches/compile.js';
import { benchCore } from './benches/core.js';
import { benchDev } from './benches/dev.js';
import { benchIncremental } from './benches/incremental.js';
import { benchJsonLd } from './benches/jsonld.js';
import { benchSite } from './benches/site.js';
import { BenchContext } from './context.js';
import type { Mode } from './plan.js';
import { planFor } from './plan.js';
import { benchDir, workspaceRoot } from './repo.js';
import { benchLine, failureLine, resultTable, writeResults } from './report.js';
import type { BenchFailure, BenchName, BenchResult } from './result.js';
import { benchNames } from './result.js';

const usage = `Usage: pnpm bench [--full] [--only compile,anki,site,jsonld,core,incremental,dev,big-text] [--sizes <n,…>] [--runs <n>] [--out <file>] [--keep]

  --full    the 1,000- and 10,000-concept packs (10k and 50k Anki notes); default: the quick mode
  --only    run only these benchmarks (comma-separated)
  --sizes   sizes to run instead of the mode's (concepts; notes for anki; 0 = the repository's content)
  --runs    runs per median (default: per benchmark and size)
  --out     where to write the JSON results
  --keep    keep the temporary folder (packs, outputs, scratch repository)
`;

const workers = path.join(path.dirname(fileURLToPath(import.meta.url)), 'workers');

const runners: Readonly<Record<BenchName, (context: BenchContext, n: number) => Promise<BenchResult>>> = {
  compile: benchCompile,
  anki: (context, n) => benchAnki(context, n, workers),
  site: (context, n) => benchSite(context, n, workers),
  jsonld: (context, n) => benchJsonLd(context, n, workers),
  core: benchCore,
  incremental: benchIncremental,
  dev: benchDev,
  'big-text': benchBigText,
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      full: { type: 'boolean' },
      only: { type: 'string' },
      runs: { type: 'string' },
      sizes: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(usage);
    return 0;
  }
  const mode: Mode = values.full === true ? 'full' : 'quick';
  const only = values.only?.split(',').map((name) => name.trim()) ?? [...benchNames];
  const unknown = only.filter((name) => !(benchNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.map((name) => `\`${name}\``).join(', ')}, expected some of ${benchNames.join(', ')}.\n\n${usage}`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1)) throw new Error(`Invalid --runs ${values.runs}, expected a positive integer.`);

  const sizes = values.sizes?.split(',').map((size) => Number(size.trim()));
  if (sizes?.some((size) => !Number.isInteger(size) || size < 0 || (size > 0 && size < 16))) {
    throw new Error(`Invalid --sizes ${values.sizes}, expected 0 or integers of at least 16, comma-separated.`);
  }
  const root = workspaceRoot();
  const out = path.resolve(values.out ?? path.join(benchDir(), 'results', mode === 'full' ? 'full.json' : 'latest.json'));
  const started = performance.now();
  const log = (message: string): void => {
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  };
  const context = new BenchContext(root, await mkdtemp(path.join(tmpdir(), 'cloudvirt-bench-')), mode, planFor(mode, runs, sizes), log);
  log(`${mode} mode; temporary folder ${context.workDir}`);

  const results: BenchResult[] = [];
  const failures: BenchFailure[] = [];
  try {
    for (const name of benchNames) {
      if (!only.includes(name)) continue;
      for (const n of context.plan[name].sizes) {
        log(`${name} n=${n}…`);
        try {
          const result = await runners[name](context, n);
          results.push(result);
          process.stdout.write(`${benchLine(result)}\n`);
          // Note: written after every result, so a run stopped halfway still leaves its numbers.
          await writeResults(out, mode, results, failures);
        } catch (error) {
          const failure = { name, n, error: error instanceof Error ? error.message : String(error) };
          failures.push(failure);
          process.stdout.write(`${failureLine(failure)}\n`);
          log(`${name} n=${n} failed:\n${failure.error}`);
        }
      }
    }
  } finally {
    if (values.keep === true) log(`kept ${context.workDir}`);
    else await context.dispose();
  }
  process.stdout.write(`\n${resultTable(results, failures)}\n\n`);
  const file = await writeResults(out, mode, results, failures);
  process.stdout.write(`results: ${path.relative(process.cwd(), file) || file} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
