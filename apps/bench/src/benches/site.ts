/**
 * `site`: the whole bilingual site (pages, downloads, search index) built by `apps/site` from a pack's
 * compiled data (`cloudvirt-site build --data <kb.json> --out <dir>`, from the site's sources, the same
 * command a user runs for their own pack), against bare Eleventy writing the same number of pages from
 * one trivial template. Every measured build starts with an empty page cache (`CLOUDVIRT_SITE_CACHE_DIR`,
 * a new folder per run; the cache of drawn social cards is the site's own, as before); after it, the same
 * build again with that cache after an edit of one concept's explanation (`after_edit_ms`). Pagefind's
 * indexing time of our output is measured on its own.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { childEnv, cpuFields, median, peak, runCommand, runWorker } from '../measure.js';
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
  const data = await context.data(n);
  // The site's build needs core, render and flashcards built: they are dependencies of this workspace,
  // so turbo builds them before `bench`.
  const siteDir = path.join(context.root, 'apps', 'site');
  const tsx = binIn(siteDir, 'tsx');
  const oursOut = path.join(await context.dir(`site-${n}-ours`), 'dist');
  const runs = context.plan.site.runs(n);
  const ours: { ms: number; cpuMs: number; rssMb: number }[] = [];
  const pagesOnly: { ms: number; cpuMs: number }[] = [];
  const peer: PeerRun[] = [];
  let pages = 0;
  let files = 0;
  const peerOut = path.join(await context.dir(`site-${n}`), 'eleventy');
  // The same data after an edit of one concept: a sentence more in the Chinese explanation of the first.
  const edited = path.join(context.workDir, `site-${n}-edited.json`);
  const parsed = JSON.parse(await readFile(data, 'utf8')) as { concepts: { explanation: { zh: string } }[] };
  const first = parsed.concepts[0];
  if (first !== undefined) first.explanation.zh += '\n\n基准测试的修改。';
  await writeFile(edited, JSON.stringify(parsed));
  const afterEdit: number[] = [];
  for (let run = 0; run < runs; run++) {
    const env = childEnv({ CLOUDVIRT_SITE_CACHE_DIR: path.join(context.workDir, `site-${n}-cache-${run}`) });
    const build = runCommand(tsx, ['src/cli.ts', 'build', '--data', data, '--out', oursOut], { cwd: siteDir, env, what: `site build (${n} concepts)` });
    const match = summaryLine.exec(build.stdout);
    if (match === null) throw new Error(`The site build printed no summary line:\n${build.stdout.slice(-500)}`);
    pages = Number(match[1]);
    files = Number(match[2]);
    ours.push({ ms: build.ms, cpuMs: build.cpuMs, rssMb: build.rssMb });
    // The same pages without the downloads and the search index: what compares with bare Eleventy
    // page for page.
    const pagesBuild = runCommand(tsx, ['src/cli.ts', 'build', '--data', data, '--out', `${oursOut}-pages`, '--no-downloads', '--no-search'], {
      cwd: siteDir,
      env: childEnv({ CLOUDVIRT_SITE_CACHE_DIR: path.join(context.workDir, `site-${n}-pages-cache-${run}`) }),
      what: `site pages build (${n} concepts)`,
    });
    pagesOnly.push({ ms: pagesBuild.ms, cpuMs: pagesBuild.cpuMs });
    afterEdit.push(runCommand(tsx, ['src/cli.ts', 'build', '--data', edited, '--out', `${oursOut}-edited`], { cwd: siteDir, env, what: `site build after an edit (${n} concepts)` }).ms);
    peer.push(runWorker<PeerRun>(path.join(workers, 'eleventy.js'), ['--pages', String(pages), '--data', data, '--out', peerOut], { what: 'bare Eleventy' }));
    context.log(`site ${n}: run ${run + 1}/${runs}: ours ${(build.ms / 1000).toFixed(1)} s (${pages} pages; pages only ${(pagesBuild.ms / 1000).toFixed(1)} s), Eleventy ${((peer.at(-1)?.ms ?? 0) / 1000).toFixed(1)} s`);
  }
  // Pagefind on its own, over the last build's output (the site build runs it as its last step too).
  const pagefind = runCommand(binIn(benchDir(), 'pagefind'), ['--site', oursOut, '--output-path', path.join(context.workDir, `pagefind-${n}`)], {
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
      pages_only_ms: median(pagesOnly.map((run) => run.ms)),
      pages_only_ratio: median(pagesOnly.map((run) => run.ms)) / peerMs,
      after_edit_ms: median(afterEdit),
      pagefind_ms: pagefind.ms, pagefind_rss_mb: pagefind.rssMb, peer_rss_mb: peak(peer.map((run) => run.rssMb)),
    },
    goals: [{ text: 'ratio ≤ 2', met: oursMs / peerMs <= 2 }],
    runs,
    samples: { ours: ours.map((run) => run.ms), peer: peer.map((run) => run.ms) },
  };
}
