/**
 * What each mode runs: sizes and number of runs per benchmark.
 *
 * @module
 */
import type { BenchName } from './result.js';

/** `quick` (default, a few minutes) or `full` (`--full`, the 1,000- and 10,000-concept packs). */
export type Mode = 'quick' | 'full';

/** The sizes one benchmark runs at, and how many runs each median takes. */
export interface BenchSizes {
  /** Sizes: concepts, notes for `anki`, MB for `big-text`, or 0 for the repository's own content. */
  readonly sizes: readonly number[];
  /** Runs per median at a size. */
  readonly runs: (n: number) => number;
}

/** Sizes and runs of every benchmark in a mode. */
export type Plan = Readonly<Record<BenchName, BenchSizes>>;

/** The size that stands for "the repository's own content" (the bundled knowledge base). */
export const ownContent = 0;

const quick: Plan = {
  compile: { sizes: [100], runs: () => 5 },
  anki: { sizes: [2000], runs: () => 3 },
  site: { sizes: [100], runs: () => 3 },
  jsonld: { sizes: [100], runs: () => 5 },
  core: { sizes: [ownContent, 100], runs: () => 7 },
  incremental: { sizes: [ownContent], runs: () => 2 },
  dev: { sizes: [ownContent], runs: () => 5 },
  'big-text': { sizes: [5], runs: () => 1 },
};

// Note: the 10k sizes take minutes per run (the site and the peers the longest), so they get fewer
// runs; the whole full mode stays near half an hour on 2 cores.
const full: Plan = {
  compile: { sizes: [1000, 10_000], runs: (n) => (n >= 10_000 ? 2 : 3) },
  anki: { sizes: [10_000, 50_000], runs: (n) => (n >= 50_000 ? 2 : 3) },
  site: { sizes: [1000, 10_000], runs: (n) => (n >= 10_000 ? 1 : 2) },
  jsonld: { sizes: [1000, 10_000], runs: (n) => (n >= 10_000 ? 2 : 3) },
  core: { sizes: [ownContent, 1000, 10_000], runs: () => 5 },
  incremental: { sizes: [ownContent, 1000], runs: () => 2 },
  dev: { sizes: [ownContent, 1000], runs: () => 5 },
  'big-text': { sizes: [5], runs: () => 3 },
};

/**
 * The plan of a mode.
 *
 * @param mode `quick` or `full`.
 * @param runs Override of every run count (`--runs`).
 * @param sizes Override of every benchmark's sizes (`--sizes`).
 * @returns The plan.
 */
export function planFor(mode: Mode, runs?: number, sizes?: readonly number[]): Plan {
  const plan = mode === 'full' ? full : quick;
  if (runs === undefined && sizes === undefined) return plan;
  return Object.fromEntries(
    Object.entries(plan).map(([name, entry]) => [name, { sizes: sizes ?? entry.sizes, runs: runs === undefined ? entry.runs : () => runs }]),
  ) as unknown as Plan;
}
