/**
 * The learner's progress as the practice page keeps it (in `localStorage`) and exports it (a JSON file):
 * per card, keyed by note GUID and card ordinal (so a rebuilt site keeps it), the FSRS card state and
 * the review log. Pure functions: parsing and validating a file, merging two progresses, the study day.
 *
 * @module
 */

/** The FSRS state of a card, as stored (dates as ISO strings). */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  readonly state: number;
  readonly last_review?: string;
}

/** One review, as stored (ts-fsrs `ReviewLog`, dates as ISO strings). */
export interface StoredReview {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  readonly rating: number;
  /** The state before the review. */
  readonly state: number;
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly last_elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly review: string;
  /** When the review made the card due next (so the Anki export can give each review its interval). */
  readonly next_due?: string;
  /** The state the review put the card in. */
  readonly next_state?: number;
}

/** What is kept of one card. */
export interface CardProgress {
  /** Note GUID. */
  readonly guid: string;
  /** Card ordinal. */
  readonly ord: number;
  /** Deck language of the card (`en`, `zh`, `bilingual`). */
  readonly lang: string;
  /** Scope (top-level topic) and topic of its note. */
  readonly scope: string;
  readonly topic: string;
  /** The card's FSRS state. */
  readonly card: StoredCard;
  /** Its reviews, oldest first. */
  readonly log: readonly StoredReview[];
}

/** The whole progress. */
export interface Progress {
  readonly format: typeof progressFormat;
  readonly version: 1;
  /** The pack the cards belong to. */
  readonly pack: string;
  /** Per card key ({@link cardKey}). */
  readonly cards: Readonly<Record<string, CardProgress>>;
  /** New cards introduced, per study day (`YYYY-MM-DD`). */
  readonly introduced: Readonly<Record<string, number>>;
}

/** The `format` of a progress file. */
export const progressFormat = 'cloudvirt-practice-progress';

/**
 * The key of a card: its ordinal and its note's GUID (`0:Moi8L{a?ii`).
 *
 * @param guid Note GUID.
 * @param ord Card ordinal.
 */
export function cardKey(guid: string, ord: number): string {
  return `${ord}:${guid}`;
}

/**
 * An empty progress.
 *
 * @param pack The pack id.
 */
export function emptyProgress(pack: string): Progress {
  return { format: progressFormat, version: 1, pack, cards: {}, introduced: {} };
}

/**
 * The study day of a moment, as Anki counts days: local date, the day starting at 4 a.m.
 *
 * @param now The moment.
 */
export function studyDay(now: Date): string {
  const shifted = new Date(now.getTime() - 4 * 3600_000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

/**
 * The end of the study day of a moment (the next 4 a.m., local time).
 *
 * @param now The moment.
 */
export function endOfStudyDay(now: Date): Date {
  const end = new Date(now.getTime());
  end.setHours(4, 0, 0, 0);
  if (end.getTime() <= now.getTime()) end.setDate(end.getDate() + 1);
  return end;
}

/** A problem of a progress file, with where it is. */
export class ProgressFileError extends Error {
  override readonly name = 'ProgressFileError';
}

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/u;

function fail(where: string, expected: string, value: unknown): never {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 40) ?? String(value);
  throw new ProgressFileError(`${where} is ${shown}, expected ${expected}.`);
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(where, 'an object', value);
  return value as Record<string, unknown>;
}

function number(record: Record<string, unknown>, key: string, where: string, min = 0): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) fail(`${where}.${key}`, `a number ≥ ${min}`, value);
  return value;
}

function integerIn(record: Record<string, unknown>, key: string, where: string, min: number, max: number): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(`${where}.${key}`, `an integer from ${min} to ${max}`, value);
  return value;
}

function date(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) fail(`${where}.${key}`, 'a UTC date (ISO 8601, …Z)', value);
  return value;
}

function text(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '') fail(`${where}.${key}`, 'a non-empty string', value);
  return value;
}

function storedCard(value: unknown, where: string): StoredCard {
  const card = object(value, where);
  const stored: StoredCard = {
    due: date(card, 'due', where),
    stability: number(card, 'stability', where),
    difficulty: number(card, 'difficulty', where),
    elapsed_days: number(card, 'elapsed_days', where),
    scheduled_days: number(card, 'scheduled_days', where),
    learning_steps: number(card, 'learning_steps', where),
    reps: integerIn(card, 'reps', where, 0, 1e9),
    lapses: integerIn(card, 'lapses', where, 0, 1e9),
    state: integerIn(card, 'state', where, 0, 3),
  };
  return card.last_review === undefined ? stored : { ...stored, last_review: date(card, 'last_review', where) };
}

function storedReview(value: unknown, where: string): StoredReview {
  const log = object(value, where);
  const after: { next_due?: string; next_state?: number } = {};
  if (log.next_due !== undefined) after.next_due = date(log, 'next_due', where);
  if (log.next_state !== undefined) after.next_state = integerIn(log, 'next_state', where, 0, 3);
  return {
    ...after,
    rating: integerIn(log, 'rating', where, 1, 4),
    state: integerIn(log, 'state', where, 0, 3),
    due: date(log, 'due', where),
    stability: number(log, 'stability', where),
    difficulty: number(log, 'difficulty', where),
    elapsed_days: number(log, 'elapsed_days', where),
    last_elapsed_days: number(log, 'last_elapsed_days', where),
    scheduled_days: number(log, 'scheduled_days', where),
    learning_steps: number(log, 'learning_steps', where),
    review: date(log, 'review', where),
  };
}

/**
 * Read a progress file (or the stored progress), checking every field.
 *
 * @param textContent The JSON text.
 * @param pack The pack id the page is about: a file of another pack is refused.
 * @returns The progress.
 * @throws {ProgressFileError} Naming the first wrong field, what it holds and what was expected.
 */
export function parseProgress(textContent: string, pack: string): Progress {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    throw new ProgressFileError('the file is not JSON.');
  }
  const root = object(json, 'the file');
  if (root.format !== progressFormat) fail('format', `"${progressFormat}"`, root.format);
  if (root.version !== 1) fail('version', '1', root.version);
  if (root.pack !== pack) fail('pack', `"${pack}" (the progress of this site's cards)`, root.pack);
  const cards: Record<string, CardProgress> = {};
  for (const [key, value] of Object.entries(object(root.cards, 'cards'))) {
    const where = `cards["${key}"]`;
    const entry = object(value, where);
    const guid = text(entry, 'guid', where);
    const ord = integerIn(entry, 'ord', where, 0, 499);
    if (key !== cardKey(guid, ord)) fail(`the key of ${where}`, `"${cardKey(guid, ord)}" (ordinal:GUID)`, key);
    const logs = entry.log;
    if (!Array.isArray(logs)) fail(`${where}.log`, 'a list of reviews', logs);
    cards[key] = {
      guid,
      ord,
      lang: text(entry, 'lang', where),
      scope: text(entry, 'scope', where),
      topic: text(entry, 'topic', where),
      card: storedCard(entry.card, `${where}.card`),
      log: logs.map((log, index) => storedReview(log, `${where}.log[${index}]`)),
    };
  }
  const introduced: Record<string, number> = {};
  for (const [day, count] of Object.entries(object(root.introduced, 'introduced'))) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) fail('a day of introduced', 'YYYY-MM-DD', day);
    introduced[day] = integerIn({ count }, 'count', `introduced["${day}"]`, 0, 1e6);
  }
  return { format: progressFormat, version: 1, pack, cards, introduced };
}

/**
 * Merge an imported progress into the stored one: for each card the side with more reviews wins (the
 * later last review on a tie); the new-card counts take the larger of each day.
 *
 * @param stored The progress in the browser.
 * @param imported The progress of a file.
 * @returns The merged progress.
 */
export function mergeProgress(stored: Progress, imported: Progress): Progress {
  const cards: Record<string, CardProgress> = { ...stored.cards };
  for (const [key, theirs] of Object.entries(imported.cards)) {
    const ours = cards[key];
    const newer =
      ours === undefined ||
      theirs.log.length > ours.log.length ||
      (theirs.log.length === ours.log.length && (theirs.card.last_review ?? '') > (ours.card.last_review ?? ''));
    if (newer) cards[key] = theirs;
  }
  const introduced: Record<string, number> = { ...stored.introduced };
  for (const [day, count] of Object.entries(imported.introduced)) introduced[day] = Math.max(count, introduced[day] ?? 0);
  return { ...stored, cards, introduced };
}

/**
 * How many cards of each scope are due by the end of the study day.
 *
 * @param progress The progress.
 * @param now The moment.
 * @returns Per scope, the number of cards due.
 */
export function dueByScope(progress: Progress, now: Date): Record<string, number> {
  const end = endOfStudyDay(now).getTime();
  const counts: Record<string, number> = {};
  for (const entry of Object.values(progress.cards)) {
    if (Date.parse(entry.card.due) <= end) counts[entry.scope] = (counts[entry.scope] ?? 0) + 1;
  }
  return counts;
}
