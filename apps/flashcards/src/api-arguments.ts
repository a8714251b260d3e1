/**
 * Argument checks of the flashcards API (`exportFlashcards`, `planFlashcards`, `listFlashcards`,
 * `resolveFlashcardsOptions`, the standard downloads), with core's shared messages: unknown option keys
 * (with a did-you-mean), strings where arrays are expected, values of the wrong type, a `kb` that is not a
 * knowledge base. They throw `TypeError`s; values outside their allowed set are then reported by
 * `resolveFlashcardsOptions` as {@link UsageError}s, in the words the CLI uses.
 *
 * @module
 */
import { checkOptionKeys, expectKnowledgeBaseData, expectString, expectStringArray } from '@cloudvirt/core';

/** The keys of `FlashcardsOptions`. */
export const flashcardsOptionKeys: readonly string[] = ['lang', 'format', 'cardKinds', 'topics', 'levels', 'concepts', 'deckName', 'kb'];

/** What each list option holds, for messages. */
const listOptions: Readonly<Record<string, string>> = {
  cardKinds: 'card kinds (or `all`)',
  topics: 'topic ids or labels',
  levels: 'levels',
  concepts: 'concept ids, labels or aliases',
};

/**
 * Check an options argument of the flashcards API: `undefined` or an object with only known keys, the
 * list options as arrays of strings, the others as strings, `kb` as a knowledge base.
 *
 * @param fn The function's name, for messages (`exportFlashcards`).
 * @param options The value received.
 * @param keys The option names the function accepts (default: every `FlashcardsOptions` key).
 * @throws {TypeError} On an unknown key (with a did-you-mean), or an option of the wrong type.
 */
export function checkFlashcardsOptions(fn: string, options: unknown, keys: readonly string[] = flashcardsOptionKeys): void {
  checkOptionKeys(`${fn} options`, options, keys);
  if (options === undefined) return;
  const given = options as Record<string, unknown>;
  for (const key of ['lang', 'format', 'deckName']) {
    if (given[key] !== undefined) expectString(`\`${key}\` option of ${fn}`, given[key], 'a string');
  }
  for (const [key, items] of Object.entries(listOptions)) {
    if (given[key] !== undefined) expectStringArray(`\`${key}\` option of ${fn}`, given[key], items);
  }
  if (given.kb !== undefined) expectKnowledgeBaseData(`\`kb\` option of ${fn}`, given.kb);
}
