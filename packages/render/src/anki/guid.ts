/**
 * Stable note GUIDs, genanki style.
 *
 * @module
 */
import { invalidTypeError } from '@cloudvirt/core';
import { firstUint64, sha256 } from './hash.js';

/** genanki's base91 alphabet (`genanki/util.py` `BASE91_TABLE`), the same characters Anki uses. */
export const base91Alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note GUID derived from stable keys, exactly like genanki's `guid_for(*values)`: base91 of the first
 * 8 bytes (big-endian) of `sha256(values.join('__'))`.
 *
 * Derive GUIDs from identities (a namespace, a concept id, a card kind, a deck language), never from
 * the note's text or the time: Anki finds the note to update by its GUID alone.
 *
 * @param values The identifying values, joined with `__`.
 * @returns A GUID of about 10 base91 characters.
 * @example
 * ```ts
 * ankiGuidFor('cloudvirt', 'concept', 'kvm', 'definition', 'en');
 * ```
 * @throws {TypeError} When a value is neither a string nor a number.
 */
export function ankiGuidFor(...values: readonly (string | number)[]): string {
  const index = values.findIndex((value) => typeof value !== 'string' && typeof value !== 'number');
  if (index !== -1) throw invalidTypeError(`value ${index} of ankiGuidFor`, values[index], 'an identifying value (a string or a number)');
  if (values.length === 0) throw new TypeError('Cannot derive a GUID from nothing.\nPass at least one identifying value.');
  let value = firstUint64(sha256(values.map(String).join('__')));
  let out = '';
  while (value > 0n) {
    out = base91Alphabet[Number(value % 91n)]! + out;
    value /= 91n;
  }
  return out;
}
