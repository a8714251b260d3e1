/**
 * `site`: the whole bilingual site (pages, downloads, search index) built by `apps/site` from a pack, in
 * the scratch copy of the repository, against bare Eleventy writing the same number of pages from one
 * trivial template. Pagefind's indexing time of our output is measured on its own.
 *
 * The site has no way yet to take another knowledge base from the command line, so the scratch copy's
 * `packages/core/content` is replaced by the pack and core is rebuilt: the site then builds whatever
 * `@cloudvirt/core` bundles, exactly as it does for the real content.
 *
 * @module
 */
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { cpuFields, median, peak, runCommand, runWorker } from '../measure.js';
import { benchDir, binIn } from '../repo.js';
import type { BenchResult } from '../result.js';

interface PeerRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

/** The start of what the site build prints: `site: N pages, N files, …`. */
const summaryLine = /site: (\d+) pages, (\d+) files/u;

/**
 * Run the site benchmark at one size.
 *
 * @param context The run's context.
 * @param n Concepts.
 * @param workers The folder of the worker scripts.
 * @returns The result.
 */
export async function benchSite(context: BenchContext, n: number, workers: string): Promise<BenchResult> {
  const scratch = await context.scratchBuiltWith(n);
  const data = await context.data(n);
  const siteDir = path.join(scratch.dir, 'apps', 'site');
  const tsx = binIn(siteDir, 'tsx');
  const runs = context.plan.site.runs(n);
  const ours: { ms: number; cpuMs: number; rssMb: number }[] = [];
  const peer: PeerRun[] = [];
  let pages = 0;
  let files = 0;
  const peerOut = path.join(await context.dir(`site-${n}`), 'eleventy');
  for (let run = 0; run < runs; run++) {
    const build = runCommand(tsx, ['src/build.ts'], { cwd: siteDir, what: `site build (${n} concepts)` });
    const match = summaryLine.exec(build.stdout);
    if (match === null) throw new Error(`The site build printed no summary line:\n${build.stdout.slice(-500)}`);
    pages = Number(match[1]);
    files = Number(match[2]);
    ours.push({ ms: build.ms, cpuMs: build.cpuMs, rssMb: build.rssMb });
    peer.push(runWorker<PeerRun>(path.join(workers, 'eleventy.js'), ['--pages', String(pages), '--data', data, '--out', peerOut], { what: 'bare Eleventy' }));
    context.log(`site ${n}: run ${run + 1}/${runs}: ours ${(build.ms / 1000).toFixed(1)} s (${pages} pages), Eleventy ${((peer.at(-1)?.ms ?? 0) / 1000).toFixed(1)} s`);
  }
  // Pagefind on its own, over the last build's output (the site build runs it as its last step too).
  const pagefind = runCommand(binIn(benchDir(), 'pagefind'), ['--site', path.join(siteDir, 'dist'), '--output-path', path.join(context.workDir, `pagefind-${n}`)], {
    what: 'pagefind',
  });
  const oursMs = median(ours.map((run) => run.ms));
  const peerMs = median(peer.map((run) => run.ms));
  return {
    name: 'site',
    n,
    oursMs,
    peerMs,
    peer: 'bare Eleventy',
    rssMb: peak(ours.map((run) => run.rssMb)),
    extra: {
      ...cpuFields(
        ours.map((run) => run.cpuMs),
        peer.map((run) => run.cpuMs),
      ),
      pages,
      files,
      pagefind_ms: pagefind.ms, pagefind_rss_mb: pagefind.rssMb, peer_rss_mb: peak(peer.map((run) => run.rssMb)),
    },
    goals: [{ text: 'ratio ≤ 2', met: oursMs / peerMs <= 2 }],
    runs,
    samples: { ours: ours.map((run) => run.ms), peer: peer.map((run) => run.ms) },
  };
}
