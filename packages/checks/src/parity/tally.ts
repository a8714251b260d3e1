/**
 * What the parity check found in one output: per kind of record, how many were expected and found,
 * and a message for each one that was not.
 *
 * @module
 */

/** The kinds of records every output must carry. */
export const parityKinds = ['concepts', 'relations', 'cells', 'languages', 'paths'] as const;

/** One kind of record. */
export type ParityKind = (typeof parityKinds)[number];

/** Expected and found counts of one kind. */
export interface ParityCount {
  /** How many the knowledge base has (for this output). */
  readonly expected: number;
  /** How many the output carries, with the id derived from the record. */
  readonly found: number;
}

/** The parity of one output file or set of files. */
export interface OutputParity {
  /** The output, e.g. `site pages (zh)`, `kb.ttl`, `cloudvirt-en.apkg`. */
  readonly output: string;
  /** Counts per kind (a kind the output does not carry is absent). */
  readonly counts: Partial<Record<ParityKind, ParityCount>>;
  /** Every mismatch, as a sentence (at most a few hundred are kept). */
  readonly problems: readonly string[];
  /** Remarks that are not failures (what the output leaves out by design). */
  readonly notes: readonly string[];
}

/** Collects expected/found counts and problems for one output. */
export class Tally {
  readonly #counts = new Map<ParityKind, { expected: number; found: number }>();
  readonly #problems: string[] = [];
  readonly #notes: string[] = [];
  #dropped = 0;

  /** @param output The output's name. */
  constructor(readonly output: string) {}

  /**
   * Record one expected record: found when `problem` is `undefined`.
   *
   * @param kind The kind of record.
   * @param problem Why it is missing or wrong, or `undefined` when present and right.
   */
  check(kind: ParityKind, problem: string | undefined): void {
    const count = this.#counts.get(kind) ?? { expected: 0, found: 0 };
    count.expected++;
    if (problem === undefined) count.found++;
    else this.fail(problem);
    this.#counts.set(kind, count);
  }

  /** Record a problem that is not about one record (a missing file, an unparsable dataset). */
  fail(problem: string): void {
    if (this.#problems.length < 200) this.#problems.push(problem);
    else this.#dropped++;
  }

  /** Add a remark that is not a failure. */
  note(remark: string): void {
    this.#notes.push(remark);
  }

  /** The result. */
  result(): OutputParity {
    const problems = this.#dropped > 0 ? [...this.#problems, `… and ${this.#dropped} more problems`] : [...this.#problems];
    return { output: this.output, counts: Object.fromEntries(this.#counts), problems, notes: [...this.#notes] };
  }
}
