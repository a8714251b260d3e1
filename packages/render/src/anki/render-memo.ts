/**
 * The memo a caller may hand the renderers so a build reuses what an earlier build rendered from the
 * same input (the site keeps one on disk between builds). The renderers decide what a part is and
 * what goes into its input: everything the text is rendered from, so equal inputs always render the
 * same text. Without a memo every part is rendered.
 *
 * @module
 */

/** A store of rendered texts, by renderer part and input. */
export interface RenderMemo {
  /**
   * The text of one rendered part: the stored one when the memo holds a text for this `part` and
   * `input`, else `render()` (which the memo may store for next time).
   *
   * @param part The renderer part with its version (`anki-fields-1`).
   * @param record The record the text belongs to (`concept:kvm`), for the memo's statistics only.
   * @param input Everything the text is rendered from, as one string (the memo's key with `part`).
   * @param render Renders the text.
   * @returns The text.
   */
  text(part: string, record: string, input: string, render: () => string): string;
}

/**
 * Render a part through a memo when there is one.
 *
 * @param memo The memo, or `undefined` for none.
 * @param part The renderer part with its version.
 * @param record The record, for statistics.
 * @param input The part's input (only built when there is a memo).
 * @param render Renders the text.
 * @returns The text.
 */
export function memoText(memo: RenderMemo | undefined, part: string, record: string, input: () => string, render: () => string): string {
  return memo === undefined ? render() : memo.text(part, record, input(), render);
}
