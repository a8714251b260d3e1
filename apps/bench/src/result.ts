/**
 * What every benchmark returns, and its goals.
 *
 * @module
 */

/** The benchmark names, in the order they run. */
export const benchNames = ['compile', 'anki', 'site', 'jsonld', 'core', 'incremental', 'dev', 'big-text'] as const;

/** One benchmark name. */
export type BenchName = (typeof benchNames)[number];

/** A goal checked against a result. */
export interface Goal {
  /** What the goal says (`ratio ≤ 1.5`). */
  readonly text: string;
  /** Whether the result meets it. */
  readonly met: boolean;
}

/** One result line. */
export interface BenchResult {
  /** Which benchmark. */
  readonly name: BenchName;
  /** Size: concepts (compile, site, jsonld, core, incremental, dev), notes (anki) or MB of one explanation (big-text). */
  readonly n: number;
  /** Our median time, ms. */
  readonly oursMs: number;
  /** The peer's (or floor's) median time, ms. */
  readonly peerMs: number;
  /** What the peer is. */
  readonly peer: string;
  /** Peak RSS of our side, MiB. */
  readonly rssMb: number;
  /** Extra numbers printed after the standard fields (`pagefind_ms`, `size_kb`…). */
  readonly extra: Readonly<Record<string, number | string>>;
  /** Goals and whether they are met. */
  readonly goals: readonly Goal[];
  /** Runs behind each median. */
  readonly runs: number;
  /** Every sample, for the JSON file. */
  readonly samples: { readonly ours: readonly number[]; readonly peer: readonly number[] };
}

/** A benchmark that could not run. */
export interface BenchFailure {
  /** Which benchmark. */
  readonly name: BenchName;
  /** Size it was run at. */
  readonly n: number;
  /** Why it failed. */
  readonly error: string;
}

/** `ours / peer`. */
export function ratioOf(result: Pick<BenchResult, 'oursMs' | 'peerMs'>): number {
  return result.oursMs / result.peerMs;
}
