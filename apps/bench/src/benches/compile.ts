/**
 * `compile`: content pack → knowledge base with `@cloudvirt/core`'s compiler, against the floor — bare
 * remark-parse + yaml over the same files. Runs core's own `bench` script (the compiler is internal to
 * `@cloudvirt/core`), which times each run in a fresh process.
 *
 * @module
 */
import type { BenchContext } from '../context.js';
import { cpuFields } from '../measure.js';
import { runWorkspaceScript } from '../repo.js';
import type { BenchResult } from '../result.js';

interface Side {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly samples: readonly { readonly ms: number; readonly cpuMs: number; readonly rssMb: number }[];
}

/**
 * Run the compile benchmark at one size.
 *
 * @param context The run's context.
 * @param n Concepts (0: the repository's own content).
 * @returns The result.
 */
export async function benchCompile(context: BenchContext, n: number): Promise<BenchResult> {
  const content = await context.pack(n);
  const runs = context.plan.compile.runs(n);
  const run = runWorkspaceScript(context.root, '@cloudvirt/core', 'bench', ['--content', content, '--runs', String(runs), '--json', '--data-out', context.dataFile(n)]);
  const summary = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as { ours: Side; floor: Side };
  const size = n === 0 ? await context.conceptCount(content) : n;
  const ratio = summary.ours.ms / summary.floor.ms;
  return {
    name: 'compile',
    n: size,
    oursMs: summary.ours.ms,
    peerMs: summary.floor.ms,
    peer: 'remark-parse + yaml',
    rssMb: summary.ours.rssMb,
    extra: {
      ...cpuFields(
        summary.ours.samples.map((sample) => sample.cpuMs),
        summary.floor.samples.map((sample) => sample.cpuMs),
      ),
      floor_rss_mb: summary.floor.rssMb,
    },
    goals: [
      { text: 'ratio ≤ 1.5', met: ratio <= 1.5 },
      { text: 'peak RSS < 1 GB', met: summary.ours.rssMb < 1024 },
      ...(size >= 10_000 ? [{ text: '10k under 10 s', met: summary.ours.ms < 10_000 }] : []),
    ],
    runs,
    samples: { ours: summary.ours.samples.map((sample) => sample.ms), peer: summary.floor.samples.map((sample) => sample.ms) },
  };
}
