/**
 * Heading anchors exactly as GitHub computes them (the `github-slugger` algorithm, also used by
 * rehype-slug, remark-toc and mdast-util-toc): lowercase, drop punctuation/symbols/controls
 * except `-` and `_`, turn each space into `-`, and number repeats `-1`, `-2`, … in document order.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';

// Note: github-slugger removes the Unicode categories below (Other_Number, all punctuation except
// connector punctuation, symbols, controls, format, private use, unassigned, separators), but keeps
// `-`, ` ` and every Alphabetic code point (some of which fall in those categories).
const removable = /[\p{No}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}]/gu;
const alphabetic = /^\p{Alphabetic}$/u;

/**
 * The GitHub slug of a heading's text, without de-duplication.
 *
 * @param text The heading's plain text.
 * @returns The slug (may be empty).
 * @throws {TypeError} When `text` is not a string.
 */
export function githubSlug(text: string): string {
  expectString('`text` argument of githubSlug', text, "a heading's plain text (a string)");
  return text
    .toLowerCase()
    .replace(removable, (char) => (char === '-' || char === ' ' || alphabetic.test(char) ? char : ''))
    .replace(/ /g, '-');
}

/** Produces unique GitHub slugs for the headings of one document, in document order. */
export class HeadingSlugger {
  readonly #occurrences = new Map<string, number>();

  /**
   * The anchor GitHub gives the next heading with this text.
   *
   * @param text The heading's plain text.
   * @returns A slug not returned before by this slugger.
   * @throws {TypeError} When `text` is not a string.
   */
  slug(text: string): string {
    expectString('`text` argument of HeadingSlugger#slug', text, "a heading's plain text (a string)");
    const original = githubSlug(text);
    let result = original;
    while (this.#occurrences.has(result)) {
      const count = (this.#occurrences.get(original) ?? 0) + 1;
      this.#occurrences.set(original, count);
      result = `${original}-${count}`;
    }
    this.#occurrences.set(result, 0);
    return result;
  }
}
