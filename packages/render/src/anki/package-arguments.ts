/**
 * Argument checks of {@link writeAnkiPackage}: the shapes of the package input (notes, decks, media) and
 * the options, in core's shared voice. What Anki itself would refuse (duplicate GUIDs, wrong field
 * counts, bad tags) is checked by the writer, with Anki's reasons.
 *
 * @module
 */
import { checkOptionKeys, expectString, expectStringArray, invalidTypeError } from '@cloudvirt/core';
import { AnkiNoteType } from './note-type.js';

const inputKeys: readonly string[] = ['notes', 'decks', 'media', 'deckIdNamespace'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Check that `value` is an array of objects; returns the items. Items are records, not options: extra
 * keys are allowed (the notes of a deck plan carry their card kind).
 */
function expectRecords(what: string, value: unknown, noun: string): readonly Record<string, unknown>[] {
  if (!Array.isArray(value)) throw invalidTypeError(what, value, `an array of ${noun}`);
  value.forEach((item: unknown, index) => {
    if (!isRecord(item)) throw invalidTypeError(`item ${index} of ${what}`, item, `one of the ${noun}`);
  });
  return value as readonly Record<string, unknown>[];
}

/**
 * Check the arguments of `writeAnkiPackage`.
 *
 * @param input Its package input.
 * @param options Its options.
 * @throws {TypeError} When `input` is not an object with a `notes` array or has an unknown key, a note,
 *   deck or media file has a value of the wrong type, or `options` has an unknown key.
 */
export function checkAnkiPackageArguments(input: unknown, options: unknown): void {
  const fn = 'writeAnkiPackage';
  if (!isRecord(input)) throw invalidTypeError(`\`input\` argument of ${fn}`, input, 'a package input (an object with `notes`, and optionally `decks` and `media`)', 'For example writeAnkiPackage({ notes: plan.notes, decks: plan.decks }).');
  checkOptionKeys(`\`input\` argument of ${fn}`, input, inputKeys);
  expectRecords(`\`notes\` of the input of ${fn}`, input.notes, 'notes (objects with `noteType`, `guid`, `fields`, `mod`, `deck`)').forEach((note, index) => {
    const what = (key: string): string => `\`${key}\` of note ${index} of ${fn}`;
    if (!(note.noteType instanceof AnkiNoteType)) throw invalidTypeError(what('noteType'), note.noteType, 'an AnkiNoteType (new AnkiNoteType({ … }))');
    expectString(what('guid'), note.guid, 'a GUID (a string, such as ankiGuidFor(…))');
    expectStringArray(what('fields'), note.fields, 'field values (HTML strings)');
    if (note.tags !== undefined) expectStringArray(what('tags'), note.tags, 'tags');
    if (typeof note.mod !== 'number') throw invalidTypeError(what('mod'), note.mod, 'the last change in seconds since the epoch (a number)');
    expectString(what('deck'), note.deck, 'a full deck name (a string; `::` nests decks)');
  });
  if (input.decks !== undefined) {
    expectRecords(`\`decks\` of the input of ${fn}`, input.decks, 'decks (objects with `name`, and optionally `id` and `description`)').forEach((deck, index) => {
      expectString(`\`name\` of deck ${index} of ${fn}`, deck.name, 'a full deck name (a string)');
      if (deck.id !== undefined && typeof deck.id !== 'number') throw invalidTypeError(`\`id\` of deck ${index} of ${fn}`, deck.id, 'a deck id (a number)');
      if (deck.description !== undefined) expectString(`\`description\` of deck ${index} of ${fn}`, deck.description, 'a description (an HTML string)');
    });
  }
  if (input.deckIdNamespace !== undefined) expectString(`\`deckIdNamespace\` of the input of ${fn}`, input.deckIdNamespace, "a pack id (a string, such as 'cloudvirt')");
  if (input.media !== undefined) {
    expectRecords(`\`media\` of the input of ${fn}`, input.media, 'media files (objects with `name` and `data`)').forEach((file, index) => {
      expectString(`\`name\` of media file ${index} of ${fn}`, file.name, 'a plain file name (a string)');
      if (!(file.data instanceof Uint8Array)) throw invalidTypeError(`\`data\` of media file ${index} of ${fn}`, file.data, "the file's bytes (a Uint8Array)");
    });
  }
  checkOptionKeys(`${fn} options`, options, ['sqlJs']);
}
