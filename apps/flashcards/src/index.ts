/**
 * `@cloudvirt/flashcards`: the programmatic side of the `cloudvirt-flashcards` CLI.
 *
 * @packageDocumentation
 */
import { locales, type Locale } from '@cloudvirt/core';

/** Deck languages the exporter offers: one locale, or both side by side. */
export type DeckLanguage = Locale | 'bilingual';

/** Every deck language, in the order the CLI lists them. */
export const deckLanguages: readonly DeckLanguage[] = [...locales, 'bilingual'];

/**
 * Parse a `--lang` value.
 *
 * @param value Raw option value.
 * @returns The deck language.
 * @throws {RangeError} When the value is not a deck language.
 */
export function parseDeckLanguage(value: string): DeckLanguage {
  const found = deckLanguages.find((lang) => lang === value);
  if (!found) {
    throw new RangeError(`Unexpected language \`${value}\`, expected one of ${deckLanguages.map((l) => `\`${l}\``).join(', ')}`);
  }
  return found;
}
