/**
 * Did-you-mean suggestions for mistyped options and values.
 *
 * @module
 */

/**
 * Edit distance between two strings (by UTF-16 code unit): single-character insertions, deletions and
 * substitutions, plus swaps of two adjacent characters (optimal string alignment), each counting 1.
 *
 * @param a First string.
 * @param b Second string.
 * @returns The number of edits that turn `a` into `b`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The closest candidate to a mistyped value, if any is close enough to be a plausible typo.
 * Case is ignored.
 *
 * @param value What the user typed.
 * @param candidates The valid values.
 * @returns The best candidate (ties: alphabetical), or `undefined` when none is within a third of the
 *   value's length (at least 1 edit).
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
