/**
 * `incremental`: in the scratch copy of the repository, `pnpm build` after editing one concept (ours)
 * against a cold `pnpm build` (no outputs, no turbo cache). Also records a build with nothing changed
 * (turbo's cache, `noop_ms`).
 *
 * @module
 */
import { appendFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { cpuFields, median, peak, runCommand } from '../measure.js';
import { ownContent } from '../plan.js';
import type { BenchResult } from '../result.js';

/**
 * Run the incremental build benchmark.
 *
 * @param context The run's context.
 * @param n Concepts (0: the repository's own content).
 * @returns The result.
 */
export async function benchIncremental(context: BenchContext, n: number): Promise<BenchResult> {
  const scratch = await context.scratch();
  await scratch.setContent(n === ownContent ? undefined : await context.pack(n));
  context.scratchChanged();
  const concepts = (await readdir(path.join(scratch.contentDir, 'concepts'))).filter((name) => name.endsWith('.md')).sort();
  const edited = path.join(scratch.contentDir, 'concepts', concepts[0] ?? '');
  const build = (what: string) => runCommand('pnpm', ['build', '--output-logs=errors-only'], { cwd: scratch.dir, what });
  const runs = context.plan.incremental.runs(n);
  const cold: { ms: number; cpuMs: number; rssMb: number }[] = [];
  const incremental: { ms: number; cpuMs: number; rssMb: number }[] = [];
  const noop: number[] = [];
  // Unmeasured: the first build of the copy also draws every social card, which the site caches for good
  // (node_modules/.cache/cloudvirt-social-cards; `clean` keeps it, as it always did), so no measured run pays it.
  build('warm-up pnpm build (scratch)');
  for (let run = 0; run < runs; run++) {
    await scratch.clean();
    // A cold build has no parse cache either (core's `cloudvirt-pack build` keeps it in its node_modules).
    await rm(path.join(scratch.dir, 'packages', 'core', 'node_modules', '.cache', 'cloudvirt-pack'), { recursive: true, force: true });
    cold.push(build('cold pnpm build (scratch)'));
    // A real content change: one more sentence in the Chinese explanation of the first concept.
    await appendFile(edited, `\n基准测试的第${run + 1}次修改。\n`);
    incremental.push(build('pnpm build after an edit (scratch)'));
    noop.push(build('pnpm build with nothing changed (scratch)').ms);
    context.log(
      `incremental: run ${run + 1}/${runs}: cold ${((cold.at(-1)?.ms ?? 0) / 1000).toFixed(1)} s, after an edit ${((incremental.at(-1)?.ms ?? 0) / 1000).toFixed(1)} s, ` +
        `unchanged ${((noop.at(-1) ?? 0) / 1000).toFixed(1)} s`,
    );
  }
  const oursMs = median(incremental.map((run) => run.ms));
  const peerMs = median(cold.map((run) => run.ms));
  return {
    name: 'incremental',
    n: concepts.length,
    oursMs,
    peerMs,
    peer: 'cold pnpm build',
    rssMb: peak(incremental.map((run) => run.rssMb)),
    extra: {
      ...cpuFields(
        incremental.map((run) => run.cpuMs),
        cold.map((run) => run.cpuMs),
      ),
      noop_ms: median(noop),
      cold_rss_mb: peak(cold.map((run) => run.rssMb)),
    },
    goals: [],
    runs,
    samples: { ours: incremental.map((run) => run.ms), peer: cold.map((run) => run.ms) },
  };
}
