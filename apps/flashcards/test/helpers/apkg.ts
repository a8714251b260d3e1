/**
 * Test helpers: read an `.apkg` (zip + SQLite) with Node's zlib and sql.js, the way Anki's importer sees it.
 */
import { inflateRawSync } from 'node:zlib';
import initSqlJs from 'sql.js';

/** The members of a zip file, by name. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const members = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localOffset = data.readUInt32LE(offset + 42);
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const localStart = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    const raw = data.subarray(localStart, localStart + compressedSize);
    members.set(name, method === 8 ? new Uint8Array(inflateRawSync(raw)) : new Uint8Array(raw));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/** One note of a deck. */
export interface DeckNote {
  readonly guid: string;
  readonly mid: number;
  readonly tags: readonly string[];
  readonly fields: readonly string[];
}

/** What an `.apkg` holds. */
export interface Deck {
  readonly members: readonly string[];
  readonly notes: readonly DeckNote[];
  /** Cards with the name of their deck. */
  readonly cards: readonly { readonly nid: number; readonly ord: number; readonly deck: string }[];
  /** Note types by id: name and type (0 standard, 1 cloze). */
  readonly models: ReadonlyMap<number, { readonly name: string; readonly type: number }>;
  /** Deck names (without `Default`). */
  readonly decks: readonly string[];
}

let sql: ReturnType<typeof initSqlJs> | undefined;

/** Open an `.apkg`'s collection with sql.js. */
export async function openDeck(bytes: Uint8Array): Promise<Deck> {
  const members = readZip(bytes);
  const collection = members.get('collection.anki2');
  if (collection === undefined) throw new Error('no collection.anki2 in the package');
  const SQL = await (sql ??= initSqlJs());
  const db = new SQL.Database(collection);
  try {
    const rows = (query: string): unknown[][] => db.exec(query)[0]?.values ?? [];
    const [[modelsJson, decksJson]] = rows('select models, decks from col') as [[string, string]];
    const models = new Map(Object.values(JSON.parse(modelsJson) as Record<string, { id: number; name: string; type: number }>).map((model) => [Number(model.id), { name: model.name, type: model.type }]));
    const deckById = new Map(Object.values(JSON.parse(decksJson) as Record<string, { id: number; name: string }>).map((deck) => [Number(deck.id), deck.name]));
    const notes = rows('select id, guid, mid, tags, flds from notes order by id').map(([, guid, mid, tags, flds]) => ({
      guid: String(guid),
      mid: Number(mid),
      tags: String(tags).trim().split(/\s+/).filter(Boolean),
      fields: String(flds).split('\u001f'),
    }));
    const cards = rows('select nid, ord, did from cards').map(([nid, ord, did]) => ({ nid: Number(nid), ord: Number(ord), deck: deckById.get(Number(did)) ?? '?' }));
    return { members: [...members.keys()], notes, cards, models, decks: [...deckById.values()].filter((name) => name !== 'Default') };
  } finally {
    db.close();
  }
}
