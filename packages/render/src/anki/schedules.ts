/**
 * `withAnkiSchedules`: a written package whose cards carry a learner's progress (their scheduling and
 * review history), so that importing it into Anki goes on from where the learner is. The cards are
 * found by note GUID and card ordinal; everything else of the package is left as written.
 *
 * Anki's legacy importer (`pylib/anki/importing/anki2.py`, `_importCards`) adds a card with its
 * scheduling and its `revlog` rows only when the collection has no card of that note GUID and ordinal:
 * a collection that already studied those cards keeps its own progress, and nothing is duplicated.
 *
 * The scheduling is stored for Anki's second scheduler (`col.conf.schedVer` 2, as modern Anki's
 * collections are, v3 included, and new ones of Anki 2.1.16): a relearning card is type 3 in the learning queue (1),
 * learning cards are due in seconds since the epoch, review cards on a day number. The collection stays
 * the package's one `collection.anki2`, not a `collection.anki21` (with a "please update" dummy
 * `collection.anki2`, as Anki's own second-scheduler export writes it): Anki 2.1.16 extracts a
 * `collection.anki21` to a `.anki21` file that `storage.Collection` refuses (`assert
 * path.endswith(".anki2")`), so such a package does not import there at all. Its importer, given a
 * first-scheduler package for a second-scheduler collection, sets `mustResetLearning` and calls
 * `src.changeSchedulerVer(2)`, which moved the cards still in learning back to new; with `schedVer` 2
 * in the package that call does nothing, and learning and relearning cards arrive with their type,
 * queue, due and steps left. (A collection still on the first scheduler gets the cards unconverted.)
 * Modern Anki's Rust importer reads the same `collection.anki2` (the "Legacy1" layout); it was not run
 * on these packages.
 *
 * @module
 */
import { checkOptionKeys, invalidTypeError } from '@cloudvirt/core';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { AnkiWriteOptions } from './package.js';
import { loadSqlJs } from './sqljs.js';

/** One review, as Anki's `revlog` table holds it. */
export interface AnkiReview {
  /** When it was answered, in milliseconds since the epoch (the row id: made unique by adding 1 ms). */
  readonly at: number;
  /** The answer: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  readonly ease: 1 | 2 | 3 | 4;
  /** The interval it set: days (> 0) or, for a learning step, seconds as a negative number. */
  readonly ivl: number;
  /** The interval before it, in the same units. */
  readonly lastIvl: number;
  /** The ease factor it set, in permille (2500 = 250 %). */
  readonly factor: number;
  /** How long the answer took, in milliseconds (0 when unknown). */
  readonly time: number;
  /** 0 learning, 1 review, 2 relearning, 3 filtered. */
  readonly type: 0 | 1 | 2 | 3;
}

/** The progress of one card. */
export interface AnkiCardSchedule {
  /** Its note's GUID. */
  readonly guid: string;
  /** Its ordinal. */
  readonly ord: number;
  /**
   * 1 learning, 2 review, 3 relearning (0, new, leaves the card as written). Stored for Anki's second
   * scheduler, which the package's collection is marked for (`schedVer` 2): relearning as type 3 in the
   * learning queue.
   */
  readonly type: 0 | 1 | 2 | 3;
  /** When it is due, in milliseconds since the epoch (stored as Anki wants: a day number for review cards, seconds for learning ones). */
  readonly dueAt: number;
  /** The interval, in days (0 while learning). */
  readonly ivl: number;
  /** Ease factor, in permille. */
  readonly factor: number;
  /** Reviews so far. */
  readonly reps: number;
  /** Times it was forgotten. */
  readonly lapses: number;
  /** Learning steps left (Anki's `left`: steps left today × 1000 + steps left). */
  readonly left: number;
  /** Its reviews, oldest first. */
  readonly reviews: readonly AnkiReview[];
}

/** What {@link withAnkiSchedules} changed. */
export interface AnkiScheduleCounts {
  /** Cards given a schedule. */
  readonly cards: number;
  /** `revlog` rows written. */
  readonly reviews: number;
}

const scheduleKeys = ['guid', 'ord', 'type', 'dueAt', 'ivl', 'factor', 'reps', 'lapses', 'left', 'reviews'];

function checkSchedules(schedules: unknown): asserts schedules is readonly AnkiCardSchedule[] {
  const what = '`schedules` argument of withAnkiSchedules';
  if (!Array.isArray(schedules)) throw invalidTypeError(what, schedules, 'an array of card schedules (objects with `guid`, `ord`, `type`, `dueAt`, … and `reviews`)');
  schedules.forEach((schedule: unknown, index) => {
    const item = `item ${index} of the ${what}`;
    if (schedule === null || typeof schedule !== 'object') throw invalidTypeError(item, schedule, 'a card schedule');
    checkOptionKeys(item, schedule, scheduleKeys);
    const record = schedule as Record<string, unknown>;
    if (typeof record.guid !== 'string' || record.guid === '') throw invalidTypeError(`\`guid\` of ${item}`, record.guid, 'a note GUID (a string)');
    for (const key of ['ord', 'type', 'dueAt', 'ivl', 'factor', 'reps', 'lapses', 'left']) {
      if (typeof record[key] !== 'number' || !Number.isInteger(record[key])) throw invalidTypeError(`\`${key}\` of ${item}`, record[key], 'an integer');
    }
    if (!Array.isArray(record.reviews)) throw invalidTypeError(`\`reviews\` of ${item}`, record.reviews, 'an array of reviews');
    for (const review of record.reviews as unknown[]) {
      const fields = review as Record<string, unknown> | null;
      for (const key of ['at', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type']) {
        if (fields === null || typeof fields !== 'object' || typeof fields[key] !== 'number' || !Number.isInteger(fields[key])) {
          throw invalidTypeError(`\`${key}\` of a review of ${item}`, fields?.[key], 'an integer');
        }
      }
    }
  });
}

/**
 * Give the cards of a package (from `writeAnkiPackage` or `toAnkiPackage`) a learner's scheduling and
 * review history: each card named by GUID and ordinal gets its type, queue, due, interval, ease,
 * reviews, lapses and learning steps, and its reviews become `revlog` rows. Due dates are stored as Anki
 * stores them for its second scheduler (the collection's `col.conf` gets `schedVer: 2`): review cards as
 * a day number from the collection's creation (the importer shifts it to the learner's collection),
 * learning and relearning cards as seconds since the epoch, relearning as type 3.
 *
 * @param apkg The package bytes.
 * @param schedules The progress of the cards to update.
 * @param options Where sql.js finds its wasm (browsers only).
 * @returns The new package bytes and what changed.
 * @throws {TypeError} When the arguments have the wrong shape.
 * @throws {RangeError} When a schedule names a card the package does not have.
 * @example
 * ```ts
 * const { bytes } = await writeAnkiPackage({ notes, decks });
 * const studied = await withAnkiSchedules(bytes, [{ guid, ord: 0, type: 2, dueAt: Date.parse('2026-12-10'), ivl: 8, factor: 2500, reps: 1, lapses: 0, left: 0, reviews: [] }]);
 * ```
 */
export async function withAnkiSchedules(
  apkg: Uint8Array,
  schedules: readonly AnkiCardSchedule[],
  options: AnkiWriteOptions = {},
): Promise<{ bytes: Uint8Array; counts: AnkiScheduleCounts }> {
  if (!(apkg instanceof Uint8Array)) throw invalidTypeError('`apkg` argument of withAnkiSchedules', apkg, 'the bytes of an .apkg (a Uint8Array)');
  checkSchedules(schedules);
  checkOptionKeys('withAnkiSchedules options', options, ['sqlJs']);
  const members: Record<string, Uint8Array> = unzipSync(apkg);
  const collection = members['collection.anki2'];
  if (collection === undefined) throw new RangeError('The package has no `collection.anki2`.\nPass the bytes writeAnkiPackage or toAnkiPackage returned.');
  const SQL = await loadSqlJs(options.sqlJs);
  const db = new SQL.Database(collection);
  let reviews = 0;
  let latest = Date.UTC(1980, 0, 1);
  try {
    const crt = Number(db.exec('SELECT crt FROM col')[0]?.values[0]?.[0] ?? 0);
    const find = db.prepare('SELECT c.id, c.mod FROM cards c JOIN notes n ON c.nid = n.id WHERE n.guid = ? AND c.ord = ?');
    const update = db.prepare('UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?, lapses = ?, left = ? WHERE id = ?');
    const insert = db.prepare('INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)');
    const used = new Set<number>();
    db.run('BEGIN');
    for (const schedule of schedules) {
      const row = find.get([schedule.guid, schedule.ord]);
      find.reset();
      if (row.length === 0) throw new RangeError(`The package has no card ${schedule.ord} of the note ${schedule.guid}.\nSchedule only cards of the notes written into it.`);
      const id = Number(row[0]);
      if (schedule.type !== 0) {
        // Anki's second scheduler (the package's `schedVer` 2): learning (1) and relearning (3) cards are
        // in the learning queue (1), due in seconds; review cards (2) in the review queue, on a day number.
        const queue = schedule.type === 2 ? 2 : 1;
        const due = queue === 2 ? Math.floor((schedule.dueAt / 1000 - crt) / 86_400) : Math.floor(schedule.dueAt / 1000);
        update.run([schedule.type, queue, due, schedule.ivl, schedule.factor, schedule.reps, schedule.lapses, schedule.left, id]);
      }
      latest = Math.max(latest, ...schedule.reviews.map((entry) => entry.at));
      for (const entry of schedule.reviews) {
        let at = entry.at;
        while (used.has(at)) at++;
        used.add(at);
        insert.run([at, id, -1, entry.ease, entry.ivl, entry.lastIvl, entry.factor, entry.time, entry.type]);
        reviews++;
      }
    }
    find.free();
    update.free();
    insert.free();
    // Mark the collection for the second scheduler, so that Anki 2.1.16's importer does not convert it
    // (and move the learning cards back to new) when the learner's collection is on that scheduler.
    const conf = JSON.parse(String(db.exec('SELECT conf FROM col')[0]?.values[0]?.[0] ?? '{}')) as Record<string, unknown>;
    db.run('UPDATE col SET conf = ?', [JSON.stringify({ ...conf, schedVer: 2 })]);
    db.run('COMMIT');
    members['collection.anki2'] = db.export();
  } finally {
    db.close();
  }
  const files: Zippable = {};
  for (const [name, data] of Object.entries(members)) files[name] = data;
  files['media'] ??= strToU8('{}');
  // The zip's timestamps: the latest review (UTC fields as local ones, as writeAnkiPackage does), so the same progress gives the same bytes.
  const utc = new Date(latest);
  const mtime = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  return { bytes: zipSync(files, { level: 6, mtime }), counts: { cards: schedules.filter((schedule) => schedule.type !== 0).length, reviews } };
}
