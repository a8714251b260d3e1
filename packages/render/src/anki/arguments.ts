/**
 * Argument checks of the deck builders (`toAnkiPackage`, `toAnkiCsv`, `planAnkiDeck`): shapes and enum
 * values, in core's shared voice. Whether topics and concepts exist is checked later, against the
 * knowledge base (`resolveOptions`).
 *
 * @module
 */
import { expectOneOf, expectString, expectStringArray, levels } from '@cloudvirt/core';
import { checkEntryArguments, checkLang } from '../shared/arguments.js';
import { packIdentityOf } from '../shared/pack-identity.js';
import { ankiCardKinds, ankiLanguages } from './options.js';

/** The keys of `AnkiDeckOptions`. */
const deckOptionKeys: readonly string[] = ['lang', 'cardKinds', 'topics', 'levels', 'concepts', 'deckName'];

/**
 * Check the arguments of a deck builder: the knowledge base, then the options (required, for their
 * `lang`): no unknown key, a known `lang`, arrays (not single strings) of known card kinds and levels, and
 * of strings for topics and concepts, a string deck name.
 *
 * @param fn The function's name, for messages (`toAnkiPackage`).
 * @param kb Its knowledge-base argument.
 * @param options Its options argument.
 * @param extraKeys Options the function takes beyond `AnkiDeckOptions` (`sqlJs`, `separator`).
 * @throws {TypeError} On a missing knowledge base, pack identity (`kb.pack`) or options, an unknown key, a wrong type.
 * @throws {RangeError} On an unknown language, card kind or level (with a did-you-mean).
 */
export function checkAnkiArguments(fn: string, kb: unknown, options: unknown, extraKeys: readonly string[] = []): void {
  checkEntryArguments(fn, kb, options, { keys: [...deckOptionKeys, ...extraKeys], required: true, example: `${fn}(kb, { lang: 'en' })` });
  packIdentityOf(fn, kb);
  const given = options as Record<string, unknown>;
  checkLang(fn, given.lang, ankiLanguages);
  if (given.cardKinds !== undefined) {
    for (const kind of expectStringArray(`\`cardKinds\` option of ${fn}`, given.cardKinds, 'card kinds')) {
      expectOneOf(`card kind in the \`cardKinds\` option of ${fn}`, kind, ankiCardKinds);
    }
  }
  if (given.levels !== undefined) {
    for (const level of expectStringArray(`\`levels\` option of ${fn}`, given.levels, 'levels')) expectOneOf(`level in the \`levels\` option of ${fn}`, level, levels);
  }
  if (given.topics !== undefined) expectStringArray(`\`topics\` option of ${fn}`, given.topics, 'topic ids or labels');
  if (given.concepts !== undefined) expectStringArray(`\`concepts\` option of ${fn}`, given.concepts, 'concept ids');
  if (given.deckName !== undefined) expectString(`\`deckName\` option of ${fn}`, given.deckName, 'a deck name (a string; `::` nests decks)');
}
