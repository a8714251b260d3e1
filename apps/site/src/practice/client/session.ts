/**
 * A practice session: which cards to show (due cards first, then new cards up to the day's limit, as
 * Anki does) and what a rating does to a card, scheduled by FSRS (`ts-fsrs`). Pure: the page's script
 * keeps the progress and draws the cards.
 *
 * @module
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { cardKey, studyDay, type CardProgress, type Progress, type StoredCard, type StoredReview } from './progress.js';

/** A card of the practice data (see `practice/data.ts`). */
export interface DataCard {
  readonly g: string;
  readonly o: number;
  readonly k: string;
  readonly t: string;
  readonly l: string;
  readonly q: string;
  readonly a: string;
}

/** What the learner chose. */
export interface SessionChoice {
  /** Deck language. */
  readonly lang: string;
  /** Scope (top-level topic) of the data. */
  readonly scope: string;
  /** The topic chosen (the scope or one of its sub-topics). */
  readonly topic: string;
  /** Levels; cards without a level are always in. */
  readonly levels: readonly string[];
  /** Card kinds. */
  readonly kinds: readonly string[];
  /** New cards a day. */
  readonly newPerDay: number;
}

/** Cards due within this time count as due now (Anki's "learn ahead limit", 20 minutes). */
export const learnAheadMs = 20 * 60_000;

/** The scheduler: FSRS with ts-fsrs's default parameters (90 % retention, learning steps 1 m, 10 m). */
export const scheduler = fsrs();

/** A stored card as ts-fsrs wants it. */
export function toFsrsCard(stored: StoredCard): Card {
  const { last_review: lastReview, ...rest } = stored;
  const card: Card = { ...rest, due: new Date(stored.due), state: stored.state as State };
  if (lastReview !== undefined) card.last_review = new Date(lastReview);
  return card;
}

/** A ts-fsrs card as stored. */
export function fromFsrsCard(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  return card.last_review === undefined ? stored : { ...stored, last_review: card.last_review.toISOString() };
}

function fromLog(log: ReviewLog, after: Card): StoredReview {
  return {
    next_due: after.due.toISOString(),
    next_state: after.state,
    rating: log.rating,
    state: log.state,
    due: log.due.toISOString(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsed_days,
    last_elapsed_days: log.last_elapsed_days,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    review: log.review.toISOString(),
  };
}

/**
 * The cards of the data the choice selects: the chosen topic or its sub-topics, the levels, the kinds.
 *
 * @param cards The data of the deck language and scope.
 * @param choice The choice.
 * @param ancestry Per topic id, the topic and its ancestors.
 */
export function selectCards(cards: readonly DataCard[], choice: SessionChoice, ancestry: Readonly<Record<string, readonly string[]>>): DataCard[] {
  return cards.filter(
    (card) =>
      (ancestry[card.t] ?? [card.t]).includes(choice.topic) &&
      (card.l === '' || choice.levels.includes(card.l)) &&
      choice.kinds.includes(card.k),
  );
}

/**
 * The queue of a session, in Anki's order: the studied cards due now, earliest first; then new cards in
 * the deck's study order, up to what is left of the day's limit; then learning cards due within the
 * learn-ahead limit (Anki shows those early when nothing else is left).
 *
 * @param cards The selected cards.
 * @param progress The progress.
 * @param newPerDay The new-card limit.
 * @param now The moment.
 */
export function buildQueue(cards: readonly DataCard[], progress: Progress, newPerDay: number, now: Date): DataCard[] {
  const left = Math.max(0, newPerDay - (progress.introduced[studyDay(now)] ?? 0));
  const due: { card: DataCard; at: number }[] = [];
  const ahead: { card: DataCard; at: number }[] = [];
  const fresh: DataCard[] = [];
  for (const card of cards) {
    const entry = progress.cards[cardKey(card.g, card.o)];
    if (entry === undefined) {
      if (fresh.length < left) fresh.push(card);
      continue;
    }
    const at = Date.parse(entry.card.due);
    if (at <= now.getTime()) due.push({ card, at });
    else if (at <= now.getTime() + learnAheadMs) ahead.push({ card, at });
  }
  const byDue = (a: { at: number }, b: { at: number }): number => a.at - b.at;
  return [...due.sort(byDue).map((entry) => entry.card), ...fresh, ...ahead.sort(byDue).map((entry) => entry.card)];
}

/**
 * What each rating would schedule for a card: the interval until it is due again.
 *
 * @param progress The progress.
 * @param card The card.
 * @param now The moment.
 * @returns Milliseconds, for Again, Hard, Good, Easy.
 */
export function previewIntervals(progress: Progress, card: DataCard, now: Date): [number, number, number, number] {
  const entry = progress.cards[cardKey(card.g, card.o)];
  const preview = scheduler.repeat(entry === undefined ? createEmptyCard(now) : toFsrsCard(entry.card), now);
  const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
  return grades.map((grade) => preview[grade].card.due.getTime() - now.getTime()) as [number, number, number, number];
}

/**
 * Rate a card: schedule it with FSRS, append the review to its log and count it as introduced today
 * when it was new.
 *
 * @param progress The progress.
 * @param card The card.
 * @param choice The session's choice (its deck language and scope are kept with the card).
 * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy.
 * @param now The moment.
 * @returns The new progress and when the card is due again.
 */
export function rateCard(progress: Progress, card: DataCard, choice: SessionChoice, rating: 1 | 2 | 3 | 4, now: Date): { progress: Progress; due: Date } {
  const key = cardKey(card.g, card.o);
  const entry = progress.cards[key];
  const next = scheduler.next(entry === undefined ? createEmptyCard(now) : toFsrsCard(entry.card), now, rating as Grade);
  const updated: CardProgress = {
    guid: card.g,
    ord: card.o,
    lang: choice.lang,
    scope: choice.scope,
    topic: card.t,
    card: fromFsrsCard(next.card),
    log: [...(entry?.log ?? []), fromLog(next.log, next.card)],
  };
  const day = studyDay(now);
  const introduced = entry === undefined ? { ...progress.introduced, [day]: (progress.introduced[day] ?? 0) + 1 } : progress.introduced;
  return { progress: { ...progress, cards: { ...progress.cards, [key]: updated }, introduced }, due: next.card.due };
}

/**
 * A short interval for a rating button: `<1m`, `10m`, `3h`, `4d`, `2mo`, `1.5y`.
 *
 * @param ms Milliseconds.
 */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

export { State };
