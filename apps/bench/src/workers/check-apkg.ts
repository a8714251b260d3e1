/**
 * Worker: open an `.apkg` the way Anki's importer starts (unzip, open `collection.anki2` with SQLite)
 * and check that it holds `--notes N` notes, as many cards, a deck and a note type, and that the first
 * note's fields are the expected text. Prints `{notes, cards, ok}`; exits 1 when a check fails.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { generateCards } from '../generate/notes.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, notes: { type: 'string' } }, strict: true });
const expected = Number(values.notes);
if (values.file === undefined || !Number.isInteger(expected)) throw new Error('Usage: check-apkg --file <x.apkg> --notes <N>');

const zip = unzipSync(new Uint8Array(await readFile(values.file)));
const collection = zip['collection.anki2'];
if (collection === undefined) throw new Error(`${values.file} has no collection.anki2 (members: ${Object.keys(zip).join(', ')})`);
if (zip['media'] === undefined) throw new Error(`${values.file} has no media map`);
const SQL = await initSqlJs();
const db = new SQL.Database(collection);
const scalar = (sql: string): unknown => db.exec(sql)[0]?.values[0]?.[0];
const notes = Number(scalar('SELECT count(*) FROM notes'));
const cards = Number(scalar('SELECT count(*) FROM cards'));
const orphans = Number(scalar('SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)'));
const integrity = String(scalar('PRAGMA integrity_check'));
const models = JSON.parse(String(scalar('SELECT models FROM col'))) as Record<string, unknown>;
const decks = JSON.parse(String(scalar('SELECT decks FROM col'))) as Record<string, { name: string }>;
const first = generateCards(expected)[0];
const hasFirst = Number(db.exec('SELECT count(*) FROM notes WHERE flds = ?', [`${first?.front}\x1f${first?.back}`])[0]?.values[0]?.[0]);
db.close();

const problems: string[] = [];
if (notes !== expected) problems.push(`${notes} notes, expected ${expected}`);
if (cards !== expected) problems.push(`${cards} cards, expected ${expected}`);
if (orphans !== 0) problems.push(`${orphans} cards without a note`);
if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
if (Object.keys(models).length < 1) problems.push('no note type');
if (!Object.values(decks).some((deck) => deck.name === 'CloudVirt bench')) problems.push('no `CloudVirt bench` deck');
if (hasFirst !== 1) problems.push('the first card’s fields are not in the collection');
process.stdout.write(`${JSON.stringify({ notes, cards, ok: problems.length === 0, problems })}\n`);
if (problems.length > 0) process.exitCode = 1;
