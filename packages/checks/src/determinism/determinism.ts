/**
 * The determinism check: hash the built site, build it again into a temporary folder under another
 * clock, time zone and locale, hash that; the two must be byte-identical, and neither may hold the
 * machine's paths or clock.
 *
 * @module
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSiteInto, shiftedEnvironment } from './site-build.js';
import { diffTrees, fakeClockNeedles, hashTree, machineNeedles, scanForLeaks } from './tree.js';

/** The result of {@link checkDeterminism}. */
export interface DeterminismReport {
  /** Files compared. */
  readonly files: number;
  /** Seconds the second build took. */
  readonly seconds: number;
  /** Every problem (differences, leaks, a failed build). */
  readonly problems: readonly string[];
}

/**
 * Build the site again into a temporary folder (removed afterwards) and compare it with `siteDir`.
 *
 * @param siteDir The built site (`apps/site/dist`, from `pnpm build`); left untouched.
 * @returns Files compared, time, problems.
 */
export async function checkDeterminism(siteDir: string): Promise<DeterminismReport> {
  const present = await stat(siteDir).then(
    () => true,
    () => false,
  );
  if (!present) return { files: 0, seconds: 0, problems: [`${siteDir} does not exist: run \`pnpm build\` first`] };
  const first = await hashTree(siteDir);
  const problems = await scanForLeaks(siteDir, machineNeedles());
  // Note: text that happens to match a fake-clock rendering in the first build is content, not a clock.
  const coincidences = new Set(await scanForLeaks(siteDir, fakeClockNeedles));
  const root = await mkdtemp(path.join(tmpdir(), 'cloudvirt-determinism-'));
  try {
    const again = path.join(root, 'dist');
    const started = performance.now();
    const build = await buildSiteInto(again, shiftedEnvironment());
    const seconds = (performance.now() - started) / 1000;
    if (build.code !== 0) return { files: first.size, seconds, problems: [...problems, `the second build failed (exit ${build.code}):\n${build.output}`] };
    const second = await hashTree(again);
    problems.push(...diffTrees(first, second));
    const hits = await scanForLeaks(again, [...machineNeedles(), ...fakeClockNeedles]);
    problems.push(...hits.filter((hit) => !coincidences.has(hit)).map((hit) => `second build: ${hit}`));
    return { files: first.size, seconds, problems };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
