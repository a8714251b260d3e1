/**
 * `core`: `import('@cloudvirt/core')` in a fresh Node process (ours) against `JSON.parse` of the same
 * data read from a file (the floor), plus the package's packed and gzipped size. Size 0 is the package
 * as built in the repository; other sizes use the scratch copy built with that pack.
 *
 * @module
 */
import { mkdir, readFile, stat, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from '../context.js';
import { cpuFields, median, peak, runCommand } from '../measure.js';
import { ownContent } from '../plan.js';
import type { BenchResult } from '../result.js';

/** Times `import('@cloudvirt/core')`; with an argument, also writes the data it holds as JSON. */
const importProbe = `import { writeFileSync } from 'node:fs';
const cpu = process.cpuUsage();
const started = performance.now();
const core = await import('@cloudvirt/core');
const ms = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
const concepts = core.concepts.length;
const rssMb = process.resourceUsage().maxRSS / 1024;
if (process.argv[2]) {
  const { topics, relations, comparisons, responsibilityMatrix } = core;
  writeFileSync(process.argv[2], JSON.stringify({ topics, concepts: core.concepts, relations, comparisons, responsibilityMatrix }));
}
console.log(JSON.stringify({ ms, cpuMs: (user + system) / 1000, rssMb, concepts }));
`;

/** Times reading and `JSON.parse` of the file given as argument. */
const parseProbe = `import { readFileSync } from 'node:fs';
const cpu = process.cpuUsage();
const started = performance.now();
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ms = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (user + system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, concepts: data.concepts.length }));
`;

interface ProbeRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly concepts: number;
}

function probe(file: string, args: readonly string[]): ProbeRun {
  const run = runCommand(process.execPath, [file, ...args], { what: path.basename(file) });
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ProbeRun;
}

/**
 * Run the core import benchmark at one size.
 *
 * @param context The run's context.
 * @param n Concepts (0: the package built in the repository).
 * @returns The result.
 */
export async function benchCore(context: BenchContext, n: number): Promise<BenchResult> {
  const base = n === ownContent ? context.root : (await context.scratchBuiltWith(n)).dir;
  // The probes live in @cloudvirt/bench's folder, where `@cloudvirt/core` resolves as a dependency.
  const probeDir = path.join(base, 'apps', 'bench', 'results', 'probe');
  await mkdir(probeDir, { recursive: true });
  const importFile = path.join(probeDir, 'import-core.mjs');
  const parseFile = path.join(probeDir, 'parse-json.mjs');
  const dataFile = path.join(probeDir, 'data.json');
  await writeFile(importFile, importProbe);
  await writeFile(parseFile, parseProbe);
  const first = probe(importFile, [dataFile]);
  const runs = context.plan.core.runs(n);
  const ours: ProbeRun[] = [];
  const floor: ProbeRun[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push(probe(importFile, []));
    floor.push(probe(parseFile, [dataFile]));
  }
  if (floor.some((run) => run.concepts !== first.concepts)) throw new Error('The JSON floor holds a different number of concepts than the package.');

  const coreDir = path.join(base, 'packages', 'core');
  const packDir = await context.dir(`core-pack-${n}`);
  runCommand('pnpm', ['pack', '--pack-destination', packDir], { cwd: coreDir, what: 'pnpm pack @cloudvirt/core' });
  const tarball = (await readdir(packDir)).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('pnpm pack wrote no tarball for @cloudvirt/core.');
  const esm = await readFile(path.join(coreDir, 'dist', 'index.js'));
  const dataBytes = (await stat(dataFile)).size;
  const oursMs = median(ours.map((run) => run.ms));
  const peerMs = median(floor.map((run) => run.ms));
  return {
    name: 'core',
    n: first.concepts,
    oursMs,
    peerMs,
    peer: 'JSON.parse',
    rssMb: peak(ours.map((run) => run.rssMb)),
    extra: {
      ...cpuFields(
        ours.map((run) => run.cpuMs),
        floor.map((run) => run.cpuMs),
      ),
      packed_kb: Math.round((await stat(path.join(packDir, tarball))).size / 1024),
      esm_kb: Math.round(esm.byteLength / 1024),
      esm_gzip_kb: Math.round(gzipSync(esm, { level: 9 }).byteLength / 1024),
      json_kb: Math.round(dataBytes / 1024),
      floor_rss_mb: peak(floor.map((run) => run.rssMb)),
    },
    goals: [{ text: 'ratio ≤ 1.5', met: oursMs / peerMs <= 1.5 }],
    runs,
    samples: { ours: ours.map((run) => run.ms), peer: floor.map((run) => run.ms) },
  };
}
