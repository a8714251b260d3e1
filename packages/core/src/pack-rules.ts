/**
 * The rules of a pack's identity (`content/pack.md`, `KnowledgeBaseData.pack`), shared by the content
 * compiler (`parse-pack.ts`, positioned messages) and {@link validateKnowledgeBase} (property paths), so
 * both accept and refuse the same values.
 *
 * @module
 */

/**
 * The licences a pack may declare (SPDX id → canonical URL): the Creative Commons licences and the
 * public-domain dedication that suit text. The URL is checked against this table, so a pack cannot name
 * one licence and link another.
 */
export const packLicenses: Readonly<Record<string, string>> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'CC-BY-ND-4.0': 'https://creativecommons.org/licenses/by-nd/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/**
 * The keys of a pack's `site` (what its site says beyond its name: `PackSite`), each optional and a text in
 * both languages; any other key is an `unknown-key`.
 */
export const packSiteKeys = ['subject', 'intro', 'searchExample'] as const;

/** A semantic version `MAJOR.MINOR.PATCH` (pre-release and build suffixes allowed). */
export const packVersionPattern = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/u;

/** The longest short name, in characters (code points): deck and note-type names stay readable on a phone. */
export const maxShortNameLength = 32;

/**
 * What is wrong with one language of a pack's short name, if anything: `::` (Anki would nest a deck),
 * `"` (Anki drops it from note-type names), a control character or line break, or more than
 * {@link maxShortNameLength} characters.
 *
 * @param value
 *   The short name in one language.
 * @returns
 *   The problem, as the end of a sentence (`contains \`::\``), or `undefined` when the name is fine.
 */
export function shortNameProblem(value: string): string | undefined {
  if (value.includes('::')) return 'contains `::`, which nests Anki decks';
  if (value.includes('"')) return 'contains `"`, which Anki drops from note-type names';
  if (/[\p{Cc}\u2028\u2029]/u.test(value)) return 'contains a control character or line break';
  const length = [...value].length;
  if (length > maxShortNameLength) return `has ${length} characters, more than ${maxShortNameLength}`;
  return undefined;
}

/**
 * What is wrong with a pack's base IRI, if anything: it must be an https URL that ends in `/`, without
 * query or fragment (IRIs are minted as the base followed by a path: `{base}concepts/kvm`).
 *
 * @param value
 *   The base IRI.
 * @returns
 *   The problem, or `undefined` when the base IRI is fine.
 */
export function baseIriProblem(value: string): string | undefined {
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') return 'is not an absolute https URL';
  if (!value.endsWith('/')) return 'does not end in `/`';
  if (value.includes('#') || value.includes('?')) return 'has a query or fragment';
  return undefined;
}
