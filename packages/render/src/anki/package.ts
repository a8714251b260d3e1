/**
 * The package writer: notes, cards, decks and note types → a legacy `.apkg` (a zip holding
 * `collection.anki2`, SQLite schema 11, and a `media` map). Deterministic: the same input gives the
 * same bytes.
 *
 * @module
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { AnkiDeck } from './deck.js';
import { ankiDeckAncestry, ankiDeckIdFor, ankiDeckNamePart, ankiDeckSchema11 } from './deck.js';
import { firstUint64, sha256 } from './hash.js';
import type { AnkiNoteType } from './note-type.js';
import { collectionConf, deckConfigs, schema11Sql } from './schema.js';
import type { AnkiSqlJsConfig } from './sqljs.js';
import { loadSqlJs } from './sqljs.js';
import { ankiFieldChecksum, stripAnkiHtml } from './text.js';
import { checkAnkiPackageArguments } from './package-arguments.js';

/** One note to write. */
export interface AnkiNote {
  /** Its note type. */
  readonly noteType: AnkiNoteType;
  /** Stable identity (see {@link ankiGuidFor}); Anki updates the note with this GUID on re-import. */
  readonly guid: string;
  /** Field values (HTML), one per field of the note type. */
  readonly fields: readonly string[];
  /** Tags; no whitespace inside a tag (use `::` for hierarchy). */
  readonly tags?: readonly string[];
  /** Last content change in **seconds**; must grow when the note changes, and only then. */
  readonly mod: number;
  /** Full name of the deck its new cards go to. */
  readonly deck: string;
}

/** A media file shipped in the package. */
export interface AnkiMediaFile {
  /** A plain file name (no folders). Prefix files used only by templates/CSS with `_`. */
  readonly name: string;
  /** The file's bytes. */
  readonly data: Uint8Array;
}

/** Everything a package holds. */
export interface AnkiPackageInput {
  /** Notes in study order: new cards get `due` 1, 2, 3, … in this order (then by template). */
  readonly notes: readonly AnkiNote[];
  /** Deck descriptions or fixed ids; decks named by notes (and their parents) are added automatically. */
  readonly decks?: readonly AnkiDeck[];
  /** Media files. */
  readonly media?: readonly AnkiMediaFile[];
  /**
   * The namespace of the ids derived for decks without an `id` and for parent decks: the pack id
   * (`ankiDeckIdFor(name, deckIdNamespace)`; default `cloudvirt`). `toAnkiPackage` passes the pack's.
   */
  readonly deckIdNamespace?: string;
}

/** Options of {@link writeAnkiPackage}. */
export interface AnkiWriteOptions {
  /** Where sql.js finds its wasm (browsers only). */
  readonly sqlJs?: AnkiSqlJsConfig;
}

/** Counts of what a package holds. */
export interface AnkiPackageCounts {
  /** Notes. */
  readonly notes: number;
  /** Cards. */
  readonly cards: number;
  /** Decks, parents included (Anki's `Default` deck not counted). */
  readonly decks: number;
  /** Note types. */
  readonly noteTypes: number;
}

/** Note and card ids are creation times in ms; ours sit in a fixed window, so they are stable and never in the future. */
const idEpochMs = Date.UTC(2025, 0, 1);
const idRangeMs = 2 ** 33;
const collectionCreatedSeconds = idEpochMs / 1000;

function fail(message: string, hint: string): never {
  throw new TypeError(`${message}\n${hint}`);
}

function idFromKey(key: string): number {
  return idEpochMs + Number(firstUint64(sha256(key)) % BigInt(idRangeMs));
}

/** Deterministic unique ids: hash-derived, collisions resolved by bumping in (candidate, key) order. */
function assignIds(keys: readonly string[]): Map<string, number> {
  const candidates = keys.map((key) => ({ key, id: idFromKey(key) }));
  candidates.sort((a, b) => a.id - b.id || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const { key, id } of candidates) {
    let value = id;
    while (taken.has(value)) value++;
    taken.add(value);
    ids.set(key, value);
  }
  return ids;
}

function checkSeconds(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value <= 0 || value > 1e11) {
    fail(`Invalid ${what} ${value}, expected whole seconds since the epoch.`, 'Anki compares `mod` in seconds; milliseconds or fractions break updates.');
  }
}

function checkTag(tag: string, guid: string): void {
  if (tag === '' || /[\s\u3000]/u.test(tag) || /[\u0000-\u001f\u007f]/.test(tag) || tag.normalize('NFC') !== tag) {
    fail(`Invalid tag \`${tag}\` on note ${guid}.`, 'Tags must be non-empty NFC text without whitespace or control characters; use `_` or `::` instead of spaces.');
  }
}

function checkDeckName(name: string): void {
  const parts = name.split('::');
  if (parts.some((part) => part === '' || ankiDeckNamePart(part, '') !== part)) {
    fail(`Invalid deck name \`${name}\`.`, 'Each `::` level must be non-empty NFC text without control characters or leading/trailing spaces or colons; build levels with `ankiDeckNamePart`.');
  }
}

const unsafeMediaName = /[[\]<>:"/?*^\\|\u0000-\u001f\u007f]/;

function checkMediaName(name: string): void {
  const bytes = new TextEncoder().encode(name).length;
  if (name === '' || name === '.' || name === '..' || unsafeMediaName.test(name) || name.normalize('NFC') !== name || bytes > 120 || /[\s.]$/.test(name)) {
    fail(`Invalid media file name \`${name}\`.`, 'Use a plain NFC file name of at most 120 bytes without folders or any of []<>:"/?*^\\|.');
  }
}

interface PreparedCollection {
  readonly counts: AnkiPackageCounts;
  readonly noteRows: (string | number)[][];
  readonly cardRows: (string | number)[][];
  readonly col: (string | number)[];
  readonly latestSeconds: number;
}

function prepareCollection(input: AnkiPackageInput): PreparedCollection {
  if (input.notes.length === 0) fail('Cannot write an Anki package without notes.', 'Anki imports nothing from an empty package; check the filters.');
  const noteTypes = new Map<number, AnkiNoteType>();
  const guids = new Set<string>();
  let latestSeconds = 0;
  const deckNames = new Set<string>();

  const notes = input.notes.map((note) => {
    const known = noteTypes.get(note.noteType.id);
    if (known !== undefined && known !== note.noteType) fail(`Two different note types share the id ${note.noteType.id}.`, 'Note type ids must be unique.');
    noteTypes.set(note.noteType.id, note.noteType);
    if (note.guid === '' || /[\s\u0000-\u001f\u007f]/.test(note.guid)) fail(`Invalid note GUID \`${note.guid}\`.`, 'GUIDs must be non-empty and contain no whitespace or control characters.');
    if (guids.has(note.guid)) fail(`Duplicate note GUID \`${note.guid}\`.`, 'Anki matches notes by GUID across the whole collection; every note needs its own.');
    guids.add(note.guid);
    checkSeconds(note.mod, `mod of note ${note.guid}`);
    latestSeconds = Math.max(latestSeconds, note.mod);
    if (note.fields.length !== note.noteType.fields.length) {
      fail(
        `Note ${note.guid} has ${note.fields.length} fields, expected ${note.noteType.fields.length} for note type \`${note.noteType.name}\`.`,
        'A wrong field count aborts the whole import in Anki.',
      );
    }
    const fields = note.fields.map((value) => value.normalize('NFC'));
    fields.forEach((value, index) => {
      if (value.includes('\x1f')) fail(`Field \`${note.noteType.fields[index]!.name}\` of note ${note.guid} contains U+001F.`, 'Anki separates fields with U+001F; remove it from the text.');
    });
    const ords = note.noteType.cardOrdinals(fields);
    if (ords.length === 0) fail(`Note ${note.guid} (\`${note.noteType.name}\`) would have no cards.`, 'Anki does not generate cards on import, so the note would be invisible; fill the fields its templates need.');
    const tags = [...new Set(note.tags ?? [])].sort();
    for (const tag of tags) checkTag(tag, note.guid);
    checkDeckName(note.deck);
    deckNames.add(note.deck);
    return { note, fields, ords, tags };
  });

  const decks = new Map<string, { id: number; description: string }>();
  for (const deck of input.decks ?? []) {
    checkDeckName(deck.name);
    if (deck.id !== undefined && (!Number.isSafeInteger(deck.id) || deck.id <= 1)) fail(`Invalid id ${deck.id} for deck \`${deck.name}\`.`, 'Deck ids are positive integers above 1 (1 is Anki’s Default deck).');
    decks.set(deck.name, { id: deck.id ?? ankiDeckIdFor(deck.name, input.deckIdNamespace), description: deck.description ?? '' });
  }
  for (const name of [...deckNames, ...decks.keys()]) {
    for (const ancestor of ankiDeckAncestry(name)) if (!decks.has(ancestor)) decks.set(ancestor, { id: ankiDeckIdFor(ancestor, input.deckIdNamespace), description: '' });
  }
  const lowerNames = new Set<string>();
  const deckIds = new Set<number>([1]);
  for (const [name, deck] of decks) {
    if (lowerNames.has(name.toLowerCase()) || name.toLowerCase() === 'default') fail(`Duplicate deck name \`${name}\`.`, 'Anki compares deck names case-insensitively (and keeps its own `Default`).');
    lowerNames.add(name.toLowerCase());
    if (deckIds.has(deck.id)) fail(`Duplicate deck id ${deck.id} (\`${name}\`).`, 'Give every deck its own id.');
    deckIds.add(deck.id);
  }

  const noteIds = assignIds(notes.map(({ note }) => `note__${note.guid}`));
  const cardIds = assignIds(notes.flatMap(({ note, ords }) => ords.map((ord) => `card__${note.guid}__${ord}`)));
  const noteRows: (string | number)[][] = [];
  const cardRows: (string | number)[][] = [];
  let due = 0;
  for (const { note, fields, ords, tags } of notes) {
    const noteId = noteIds.get(`note__${note.guid}`)!;
    noteRows.push([
      noteId,
      note.guid,
      note.noteType.id,
      note.mod,
      -1,
      tags.length > 0 ? ` ${tags.join(' ')} ` : '',
      fields.join('\x1f'),
      stripAnkiHtml(fields[note.noteType.sortField]!),
      ankiFieldChecksum(fields[0]!),
      0,
      '',
    ]);
    const deckId = decks.get(note.deck)!.id;
    for (const ord of ords) {
      due++;
      cardRows.push([cardIds.get(`card__${note.guid}__${ord}`)!, noteId, deckId, ord, note.mod, -1, 0, 0, due, 0, 0, 0, 0, 0, 0, 0, 0, '']);
    }
  }

  const models: Record<string, unknown> = {};
  for (const noteType of [...noteTypes.values()].sort((a, b) => a.id - b.id)) {
    checkSeconds(noteType.mod, `mod of note type \`${noteType.name}\``);
    models[String(noteType.id)] = noteType.toSchema11();
  }
  const deckJson: Record<string, unknown> = {
    '1': { ...ankiDeckSchema11(1, 'Default', '', 0), usn: 0 },
  };
  for (const [name, deck] of [...decks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    deckJson[String(deck.id)] = ankiDeckSchema11(deck.id, name, deck.description, latestSeconds);
  }
  const firstNoteType = notes[0]!.note.noteType.id;
  const col = [
    1,
    collectionCreatedSeconds,
    latestSeconds * 1000,
    latestSeconds * 1000,
    11,
    0,
    0,
    0,
    JSON.stringify(collectionConf(firstNoteType)),
    JSON.stringify(models),
    JSON.stringify(deckJson),
    JSON.stringify(deckConfigs),
    '{}',
  ];
  return {
    counts: { notes: noteRows.length, cards: cardRows.length, decks: decks.size, noteTypes: noteTypes.size },
    noteRows,
    cardRows,
    col,
    latestSeconds,
  };
}

/** A `Date` whose *local* fields equal the UTC fields of `seconds`, so zip timestamps do not depend on the time zone. */
function zipTimestamp(seconds: number): Date {
  const utc = new Date(Math.max(seconds * 1000, Date.UTC(1980, 0, 1)));
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

/** The schema's `CREATE TABLE` statements and its `CREATE INDEX` statements, as two scripts. */
function splitSchema(sql: string): [string, string] {
  const statements = sql.split(';').map((statement) => statement.trim()).filter((statement) => statement !== '');
  const isIndex = (statement: string): boolean => /^CREATE\s+INDEX\b/iu.test(statement);
  const script = (list: string[]): string => list.map((statement) => `${statement};`).join('\n');
  return [script(statements.filter((statement) => !isIndex(statement))), script(statements.filter(isIndex))];
}

/**
 * Writes an Anki package (legacy `.apkg`: `collection.anki2` with schema 11, a `media` map, media
 * files as members `0`, `1`, …). Validates the input the way Anki's importer would (field counts,
 * GUIDs, tags, deck names, seconds) and emits exactly the cards Anki would generate.
 *
 * Ids are deterministic: note and card ids derive from the GUID (a fixed 2025 window, so they are
 * never in the future), deck ids from deck names; `mod` values come from the notes.
 *
 * @param input Notes (in study order), decks and media.
 * @param options Where sql.js finds its wasm (browsers only).
 * @returns The package bytes and what it holds.
 * @throws {TypeError} On input of the wrong shape (see the messages), and on input Anki would reject or silently alter.
 */
export async function writeAnkiPackage(input: AnkiPackageInput, options: AnkiWriteOptions = {}): Promise<{ bytes: Uint8Array; counts: AnkiPackageCounts }> {
  checkAnkiPackageArguments(input, options);
  const prepared = prepareCollection(input);
  const media = input.media ?? [];
  const mediaNames = new Set<string>();
  for (const file of media) {
    checkMediaName(file.name);
    if (mediaNames.has(file.name)) fail(`Duplicate media file \`${file.name}\`.`, 'Each media file name may appear once.');
    mediaNames.add(file.name);
  }

  const SQL = await loadSqlJs(options.sqlJs);
  const db = new SQL.Database();
  let collection: Uint8Array;
  try {
    // Tables first, indexes after the rows: building each index once over the bulk insert is much faster
    // than maintaining it row by row (the tables and indexes Anki sees are the same).
    const [tables, indexes] = splitSchema(schema11Sql);
    db.run(tables);
    db.run('BEGIN');
    db.run('INSERT INTO col VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', prepared.col);
    const insertNote = db.prepare('INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)');
    for (const row of prepared.noteRows) insertNote.run(row);
    insertNote.free();
    const insertCard = db.prepare('INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
    for (const row of prepared.cardRows) insertCard.run(row);
    insertCard.free();
    db.run(indexes);
    db.run('COMMIT');
    collection = db.export();
  } finally {
    db.close();
  }

  const mediaMap: Record<string, string> = {};
  const files: Zippable = { 'collection.anki2': collection };
  media.forEach((file, index) => {
    mediaMap[String(index)] = file.name;
    files[String(index)] = file.data;
  });
  files['media'] = strToU8(JSON.stringify(mediaMap));
  const bytes = zipSync(files, { level: 6, mtime: zipTimestamp(prepared.latestSeconds) });
  return { bytes, counts: prepared.counts };
}
