/**
 * "Download my deck", loaded only when the learner asks for it (bundled with render's package writer,
 * sql.js and its wasm into `assets/practice-deck.js`): the `.apkg` of the notes practised so far, written
 * by `writeAnkiPackage` exactly as the site's decks are (same GUIDs, note types, decks and `mod`), then
 * given each practised card's scheduling and review history by `withAnkiSchedules`. A collection without
 * those notes gets them with their progress; one that has them keeps its own (Anki skips existing cards).
 *
 * @module
 */
import { AnkiNoteType, withAnkiSchedules, writeAnkiPackage, type AnkiCardSchedule, type AnkiDeck, type AnkiNoteTypeSpec, type AnkiReview } from '@cloudvirt/render/anki';
// The wasm of sql.js, as bytes (the bundler's binary loader; see `practice/bundle.ts`).
import sqlWasm from 'virtual:sql-wasm';
import type { CardProgress, Progress, StoredReview } from './progress.js';

/** A notes file of the practice data (`practice/data.ts`). */
interface NotesFile {
  readonly packId: string;
  readonly noteTypes: Readonly<Record<string, AnkiNoteTypeSpec>>;
  readonly decks: readonly AnkiDeck[];
  readonly notes: readonly { guid: string; noteType: number; fields: string[]; tags: string[]; mod: number; deck: string }[];
}

/** ts-fsrs states. */
const learning = 1;
const review = 2;
const relearning = 3;
const dayMs = 86_400_000;

/**
 * Anki's ease factor (permille) for an FSRS difficulty (1 easiest … 10 hardest): 3000 down to 1300.
 *
 * @param difficulty FSRS difficulty.
 */
export function easeFactor(difficulty: number): number {
  const clamped = Math.min(10, Math.max(1, difficulty || 5));
  return Math.round(3000 - ((clamped - 1) / 9) * 1700);
}

/** The interval a review set, as `revlog` stores it: days, or negative seconds for a learning step. */
function intervalAfter(entry: StoredReview): number {
  if (entry.next_due === undefined) return entry.scheduled_days > 0 ? entry.scheduled_days : -600;
  const ms = Date.parse(entry.next_due) - Date.parse(entry.review);
  return entry.next_state === review ? Math.max(1, Math.round(ms / dayMs)) : -Math.max(1, Math.round(ms / 1000));
}

/**
 * A card's progress as Anki's columns: type, due, interval, ease, reps, lapses, learning steps, and its
 * reviews as `revlog` rows.
 *
 * @param entry The card's progress.
 */
export function ankiSchedule(entry: CardProgress): AnkiCardSchedule {
  const { card } = entry;
  const type = card.state === review ? 2 : card.state === relearning ? 3 : card.state === learning ? 1 : 0;
  let lastIvl = 0;
  const reviews: AnkiReview[] = entry.log.map((log) => {
    const ivl = intervalAfter(log);
    const row: AnkiReview = {
      at: Date.parse(log.review),
      ease: Math.min(4, Math.max(1, log.rating)) as 1 | 2 | 3 | 4,
      ivl,
      lastIvl,
      factor: easeFactor(log.difficulty),
      time: 0,
      type: log.state === review ? 1 : log.state === relearning ? 2 : 0,
    };
    lastIvl = ivl;
    return row;
  });
  return {
    guid: entry.guid,
    ord: entry.ord,
    type,
    dueAt: Date.parse(card.due),
    ivl: type === 2 || type === 3 ? Math.max(1, Math.round(card.scheduled_days)) : 0,
    factor: easeFactor(card.difficulty),
    reps: card.reps,
    lapses: card.lapses,
    // One learning step left (of Anki's default 1 m, 10 m): the card comes back once more, then graduates.
    left: type === 1 || type === 3 ? 1001 : 0,
    reviews,
  };
}

/**
 * Build the `.apkg` of the practised notes.
 *
 * @param progress The learner's progress.
 * @param notesUrl The URL of the notes file of a deck language and scope.
 * @returns The package bytes and how many notes, cards and reviews it holds.
 */
export async function buildPractisedDeck(
  progress: Progress,
  notesUrl: (lang: string, scope: string) => string,
): Promise<{ bytes: Uint8Array; notes: number; scheduled: number; reviews: number }> {
  const entries = Object.values(progress.cards);
  const pairs = [...new Set(entries.map((entry) => `${entry.lang}\u0000${entry.scope}`))].map((pair) => pair.split('\u0000') as [string, string]);
  const files = await Promise.all(
    pairs.map(async ([lang, scope]) => {
      const response = await fetch(notesUrl(lang, scope), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return (await response.json()) as NotesFile;
    }),
  );
  const practised = new Set(entries.map((entry) => entry.guid));
  const noteTypes = new Map<number, AnkiNoteType>();
  const decks = new Map<string, AnkiDeck>();
  const notes = new Map<string, { noteType: AnkiNoteType; guid: string; fields: string[]; tags: string[]; mod: number; deck: string }>();
  for (const file of files) {
    for (const deck of file.decks) decks.set(deck.name, deck);
    for (const note of file.notes) {
      if (!practised.has(note.guid) || notes.has(note.guid)) continue;
      let noteType = noteTypes.get(note.noteType);
      if (noteType === undefined) {
        noteType = new AnkiNoteType(file.noteTypes[String(note.noteType)]!);
        noteTypes.set(noteType.id, noteType);
      }
      notes.set(note.guid, { ...note, noteType });
    }
  }
  const sqlJs = { wasmBinary: sqlWasm.buffer.slice(sqlWasm.byteOffset, sqlWasm.byteOffset + sqlWasm.byteLength) as ArrayBuffer };
  // Only the decks the notes use (and their parents, which the writer adds).
  const used = [...decks.values()].filter((deck) => [...notes.values()].some((note) => note.deck === deck.name));
  const written = await writeAnkiPackage({ notes: [...notes.values()], decks: used, deckIdNamespace: files[0]?.packId ?? 'cloudvirt' }, { sqlJs });
  const schedules = entries.filter((entry) => notes.has(entry.guid)).map(ankiSchedule);
  const { bytes, counts } = await withAnkiSchedules(written.bytes, schedules, { sqlJs });
  return { bytes, notes: written.counts.notes, scheduled: counts.cards, reviews: counts.reviews };
}
