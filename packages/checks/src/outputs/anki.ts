/**
 * Read Anki outputs independently of the writer: an `.apkg` (zip → `collection.anki2` → SQLite) with
 * fflate and sql.js, and Anki's text-import file (the `#` header lines, then RFC 4180 rows).
 *
 * @module
 */
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs from 'sql.js';

/** One note of a package. */
export interface ApkgNote {
  /** GUID. */
  readonly guid: string;
  /** Note-type id. */
  readonly mid: number;
  /** Tags (space-separated in the database). */
  readonly tags: string;
  /** Fields, split on U+001F. */
  readonly fields: readonly string[];
}

/** What a package holds. */
export interface ApkgContent {
  /** Files in the zip. */
  readonly members: readonly string[];
  /** The notes. */
  readonly notes: readonly ApkgNote[];
  /** Number of cards. */
  readonly cards: number;
  /** Note types by id: their names. */
  readonly noteTypes: ReadonlyMap<number, string>;
  /** Decks by id: their names. */
  readonly decks: ReadonlyMap<number, string>;
  /** Deck descriptions by id (Anki shows them as HTML on the deck's overview screen). */
  readonly deckDescriptions: ReadonlyMap<number, string>;
  /** `PRAGMA integrity_check` result (`ok` when the database is sound). */
  readonly integrity: string;
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

/**
 * Open an `.apkg`.
 *
 * @param bytes The file.
 * @returns Its notes, card count, note types and decks.
 * @throws {Error} When it is not a zip holding `collection.anki2`, or the database cannot be read.
 */
export async function readApkg(bytes: Uint8Array): Promise<ApkgContent> {
  const files = unzipSync(bytes);
  const collection = files['collection.anki2'];
  if (collection === undefined) throw new Error(`no collection.anki2 in the package (members: ${Object.keys(files).join(', ')})`);
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db = new SQL.Database(collection);
  try {
    const rows = <T>(sql: string): T[] => {
      const [result] = db.exec(sql);
      if (result === undefined) return [];
      return result.values.map((values) => Object.fromEntries(result.columns.map((column, index) => [column, values[index]])) as T);
    };
    const notes = rows<{ guid: string; mid: number; tags: string; flds: string }>('select guid, mid, tags, flds from notes order by id').map((row) => ({
      guid: row.guid,
      mid: row.mid,
      tags: row.tags,
      fields: row.flds.split('\u001f'),
    }));
    const [cards] = rows<{ n: number }>('select count(*) as n from cards');
    const [col] = rows<{ models: string; decks: string }>('select models, decks from col');
    const [integrity] = rows<{ integrity_check: string }>('pragma integrity_check');
    const models = JSON.parse(col?.models ?? '{}') as Record<string, { id: number; name: string }>;
    const decks = JSON.parse(col?.decks ?? '{}') as Record<string, { id: number; name: string; desc?: string }>;
    return {
      members: Object.keys(files).sort(),
      notes,
      cards: cards?.n ?? 0,
      noteTypes: new Map(Object.values(models).map((model) => [Number(model.id), model.name])),
      decks: new Map(Object.values(decks).map((deck) => [Number(deck.id), deck.name])),
      deckDescriptions: new Map(Object.values(decks).map((deck) => [Number(deck.id), deck.desc ?? ''])),
      integrity: integrity?.integrity_check ?? 'unknown',
    };
  } finally {
    db.close();
  }
}

/** One row of an Anki text file, with the header's column roles applied. */
export interface AnkiTextRow {
  /** The GUID column, when the header names one. */
  readonly guid: string | undefined;
  /** Every column. */
  readonly columns: readonly string[];
}

/** An Anki text-import file. */
export interface AnkiTextFile {
  /** Header directives (`separator`, `html`, `guid column`…). */
  readonly headers: ReadonlyMap<string, string>;
  /** The rows. */
  readonly rows: readonly AnkiTextRow[];
}

/**
 * Parse an Anki text-import file: `#key:value` header lines, then rows with the header's separator and
 * RFC 4180 quoting (quoted fields may hold separators, newlines and doubled quotes).
 *
 * @param text The file.
 * @returns Headers and rows.
 * @throws {Error} On an unterminated quoted field.
 */
export function parseAnkiText(text: string): AnkiTextFile {
  const headers = new Map<string, string>();
  let index = 0;
  while (text.startsWith('#', index)) {
    const end = text.indexOf('\n', index);
    const line = text.slice(index + 1, end === -1 ? text.length : end).replace(/\r$/u, '');
    const colon = line.indexOf(':');
    if (colon !== -1) headers.set(line.slice(0, colon), line.slice(colon + 1));
    index = end === -1 ? text.length : end + 1;
  }
  const separator = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' }[headers.get('separator') ?? 'tab'] ?? headers.get('separator') ?? '\t';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === separator) {
      row.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (quoted) throw new Error('unterminated quoted field at the end of the file');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const guidColumn = Number(headers.get('guid column') ?? Number.NaN);
  return {
    headers,
    rows: rows.map((columns) => ({ guid: Number.isInteger(guidColumn) ? columns[guidColumn - 1] : undefined, columns })),
  };
}

/** The text of a package member (for tests and reports). */
export function memberText(bytes: Uint8Array, name: string): string | undefined {
  const file = unzipSync(bytes, { filter: (member) => member.name === name })[name];
  return file === undefined ? undefined : strFromU8(file);
}
