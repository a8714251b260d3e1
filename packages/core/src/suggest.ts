/**
 * "Did you mean …?" suggestions by edit distance, shared by the compiler and the runtime.
 *
 * @module
 */
import { expectString, invalidTypeError } from './messages.js';

/**
 * Optimal-string-alignment distance between two strings (Levenshtein plus adjacent transpositions),
 * counted in code points.
 *
 * @param a
 *   First string.
 * @param b
 *   Second string.
 * @returns
 *   The number of insertions, deletions, substitutions and transpositions turning `a` into `b`.
 * @throws {TypeError} When `a` or `b` is not a string.
 */
export function editDistance(a: string, b: string): number {
  expectString('`a` argument of editDistance', a, 'a string');
  expectString('`b` argument of editDistance', b, 'a string');
  const left = Array.from(a);
  const right = Array.from(b);
  const width = right.length + 1;
  // Three rows: two before the current one, for transpositions.
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[right.length] ?? 0;
}

/**
 * The candidates closest to `value`, best first, among those close enough to be a plausible typo
 * (1 edit for values of up to 3 characters, else at most 2 edits or 40 % of the length, whichever is
 * more; or one being a prefix of the other, of at least 3 characters). Comparison ignores case. Ties keep
 * the candidates' order. A common language name ({@link languageAliases}: `cn`, `chinese`, `en-US`…)
 * suggests its locale first when that locale is a candidate.
 *
 * @param value
 *   The unknown value (an id, a key, an enum value).
 * @param candidates
 *   The allowed values.
 * @param limit
 *   How many suggestions to return at most (default 1).
 * @returns
 *   Zero to `limit` suggestions.
 * @throws {TypeError} When `value` is not a string, `candidates` not iterable or `limit` not a whole number.
 */
export function suggest(value: string, candidates: Iterable<string>, limit = 1): string[] {
  expectString('`value` argument of suggest', value, 'the mistyped value (a string)');
  if (candidates === null || typeof candidates !== 'object' || !(Symbol.iterator in candidates)) throw invalidTypeError('`candidates` argument of suggest', candidates, 'an iterable of strings (an array or a set)');
  if (!Number.isInteger(limit) || limit < 0) throw invalidTypeError('`limit` argument of suggest', limit, 'a whole number of suggestions (0 or more)');
  const needle = value.toLowerCase();
  const list = [...candidates];
  // Note: an alias (`cn`, `chinese`, `zh-CN`) names its language outright, whatever the edit distance says.
  const aliased = Object.hasOwn(languageAliases, needle.normalize('NFKC')) ? languageAliases[needle.normalize('NFKC')] : undefined;
  if (aliased !== undefined && list.includes(aliased) && !list.includes(value)) {
    return [aliased, ...suggestByDistance(value, list.filter((candidate) => candidate !== aliased), limit - 1)];
  }
  return suggestByDistance(value, list, limit);
}

/**
 * Common names of the knowledge base's languages that are not its locale ids, lower-cased: `cn`, `zh-cn`,
 * `zh-hans`, `zh_cn`, `chinese`, `中文` → `zh`; `english`, `en-us`, `en-gb` → `en`. {@link suggest}
 * offers the locale for them when it is a candidate (so `--lang cn` suggests `zh`, not `en`).
 */
export const languageAliases: Readonly<Record<string, string>> = {
  cn: 'zh',
  'zh-cn': 'zh',
  zh_cn: 'zh',
  'zh-hans': 'zh',
  zh_hans: 'zh',
  'zh-sg': 'zh',
  chinese: 'zh',
  mandarin: 'zh',
  中文: 'zh',
  汉语: 'zh',
  简体中文: 'zh',
  english: 'en',
  'en-us': 'en',
  en_us: 'en',
  'en-gb': 'en',
  en_gb: 'en',
  英文: 'en',
  英语: 'en',
};

/** {@link suggest} without the alias table. */
function suggestByDistance(value: string, candidates: readonly string[], limit: number): string[] {
  if (limit <= 0) return [];
  const needle = value.toLowerCase();
  const length = Array.from(needle).length;
  const threshold = length <= 3 ? 1 : Math.max(2, Math.floor(length * 0.4));
  const scored: { candidate: string; distance: number; index: number }[] = [];
  let index = 0;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const distance = editDistance(needle, other);
    // Note: a prefix of at least 3 characters (`network` → `networking`) is plausible at any distance.
    const prefix = Math.min(needle.length, other.length) >= 3 && (other.startsWith(needle) || needle.startsWith(other));
    if ((distance <= threshold || prefix) && candidate !== value) scored.push({ candidate, distance, index });
    index++;
  }
  scored.sort((x, y) => x.distance - y.distance || x.index - y.index);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
