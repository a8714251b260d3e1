/**
 * Decks: names, hierarchy and deterministic ids.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';
import { firstUint64, sha256 } from './hash.js';
import { cleanText } from './text.js';

/** A deck; `::` in the name separates levels (`CloudVirt::Cloud computing::Service models`). */
export interface AnkiDeck {
  /** Full name, levels separated by `::`. */
  readonly name: string;
  /** Deck id; derived from the name when omitted (Anki matches decks by name on import anyway). */
  readonly id?: number;
  /** Description shown on the deck overview (HTML). */
  readonly description?: string;
}

/** Smallest id handed out by {@link ankiDeckIdFor} (10¹², far above Anki's `Default` deck 1). */
const deckIdBase = 1_000_000_000_000;
const deckIdRange = 2 ** 40;

/**
 * One level of a deck name, made safe: NFC, whitespace runs (including line separators) collapsed
 * to one space, `::` reduced to `:` (so text cannot add levels), and leading/trailing whitespace and
 * colons trimmed the way Anki trims them.
 *
 * @param part Display text of one level.
 * @param fallback Used when nothing is left.
 * @returns The cleaned level name.
 * @throws {TypeError} When `part` or `fallback` is not a string.
 */
export function ankiDeckNamePart(part: string, fallback = 'blank'): string {
  expectString('`part` argument of ankiDeckNamePart', part, 'a deck name part (a string, such as a topic label)');
  expectString('`fallback` argument of ankiDeckNamePart', fallback, 'the name used for a blank part (a string)');
  const cleaned = cleanText(part)
    .replace(/\s+/gu, ' ')
    .replace(/:{2,}/g, ':')
    .replace(/^[\s:]+|[\s:]+$/gu, '');
  return cleaned === '' ? fallback : cleaned;
}

/**
 * A deterministic deck id from a deck name in a pack's namespace: SHA-256 of `<pack id>-deck__<name>`
 * into 10¹² … 10¹² + 2⁴⁰ (Anki matches decks by name, so ids only need to be stable and distinct within
 * a package; the namespace keeps two packs' decks apart even when a learner names them alike).
 *
 * @param name The full deck name.
 * @param packId The pack id (default `cloudvirt`, the namespace every deck id had before packs existed,
 *   so CloudVirt's ids, and those of `writeAnkiPackage` decks without a namespace, never change).
 * @returns A positive safe integer.
 * @throws {TypeError} When `name` or `packId` is not a string.
 */
export function ankiDeckIdFor(name: string, packId = 'cloudvirt'): number {
  expectString('`name` argument of ankiDeckIdFor', name, 'a full deck name (a string; `::` nests decks)');
  expectString('`packId` argument of ankiDeckIdFor', packId, "a pack id (a string, such as 'cloudvirt')");
  return deckIdBase + Number(firstUint64(sha256(`${packId}-deck__${name}`)) % BigInt(deckIdRange));
}

/**
 * The names of a deck and all its ancestors, root first (`A`, `A::B`, `A::B::C`).
 *
 * @param name A full deck name.
 * @returns The chain of names.
 */
export function ankiDeckAncestry(name: string): string[] {
  const parts = name.split('::');
  return parts.map((_part, index) => parts.slice(0, index + 1).join('::'));
}

/**
 * The deck as stored in `col.decks` (schema 11), with every key the importer requires.
 *
 * @param id Deck id.
 * @param name Full deck name.
 * @param description Description (HTML).
 * @param mod Last change, seconds.
 * @returns A JSON-serializable object.
 */
export function ankiDeckSchema11(id: number, name: string, description: string, mod: number): Record<string, unknown> {
  return {
    id,
    name,
    desc: description,
    mod,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}
