/**
 * `toAnkiPackage`: a knowledge base → an `.apkg` under the pack's identity.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { checkAnkiArguments } from './arguments.js';
import type { AnkiCardKind, AnkiDeckOptions } from './options.js';
import { writeAnkiPackage } from './package.js';
import { planAnkiDeck } from './plan.js';
import type { AnkiSqlJsConfig } from './sqljs.js';

/** Options of {@link toAnkiPackage}. */
export interface AnkiPackageOptions<K extends KnowledgeBaseData = KnowledgeBaseData> extends AnkiDeckOptions<K> {
  /** Where sql.js finds its wasm (browsers only). */
  readonly sqlJs?: AnkiSqlJsConfig;
}

/** Notes and cards of one card kind. */
export interface AnkiKindCounts {
  /** Notes. */
  readonly notes: number;
  /** Cards. */
  readonly cards: number;
}

/** What a built package holds. */
export interface AnkiPackageSummary {
  /** Notes. */
  readonly notes: number;
  /** Cards. */
  readonly cards: number;
  /** Decks, parents included. */
  readonly decks: number;
  /** Note types. */
  readonly noteTypes: number;
  /** Per included card kind. */
  readonly byKind: Readonly<Partial<Record<AnkiCardKind, AnkiKindCounts>>>;
  /** Per deck name: new cards in that deck (not counting sub-decks). */
  readonly byDeck: Readonly<Record<string, number>>;
}

/** A built package. */
export interface AnkiPackageResult {
  /** The `.apkg` bytes. Save them under a name accepted by `checkApkgFileName`. */
  readonly bytes: Uint8Array;
  /** What it holds. */
  readonly summary: AnkiPackageSummary;
}

/**
 * Builds an Anki package from any knowledge base, under its pack's identity (`kb.pack`): GUIDs, tags and
 * deck ids in the pack id's namespace, the pack's note types (`<short name> Definition`…) and decks
 * (`<short name>`, `<short name> 中文`, `<short name> 中英`).
 *
 * Notes have stable GUIDs (pack id + record id + card kind + deck language), so re-importing a
 * newer build updates the learner's notes in place, keeping their progress; `mod` comes from the
 * records' `updated` dates, so unchanged notes are left alone. Same input → same bytes.
 *
 * @param kb The knowledge base data.
 * @param options Language (`en`, `zh`, `bilingual`), card kinds, topic/level/concept filters, root deck name.
 * @returns The package bytes and a summary.
 * @throws {TypeError} On a missing knowledge base, pack identity (`kb.pack`) or options, an unknown option key (with a did-you-mean) or a
 *   wrong type (`topics: 'x'` instead of `['x']`).
 * @throws {RangeError} On unknown option values (language, card kind, level, topic, concept), with a did-you-mean.
 * @example
 * ```ts
 * const { bytes, summary } = await toAnkiPackage(kb, { lang: 'zh', cardKinds: ['definition', 'cloze'] });
 * await writeFile(checkApkgFileName('cloudvirt-zh.apkg'), bytes);
 * ```
 */
export async function toAnkiPackage<K extends KnowledgeBaseData>(kb: K, options: AnkiPackageOptions<K>): Promise<AnkiPackageResult> {
  checkAnkiArguments('toAnkiPackage', kb, options, ['sqlJs']);
  const { sqlJs, ...deckOptions } = options;
  const plan = planAnkiDeck(kb, deckOptions);
  if (plan.notes.length === 0) {
    throw new RangeError('The options select no notes, so there is no deck to write.\nWiden `topics`, `levels`, `concepts` or `cardKinds`.');
  }
  const { bytes, counts } = await writeAnkiPackage(
    { notes: plan.notes, decks: plan.decks, deckIdNamespace: plan.packId },
    sqlJs === undefined ? {} : { sqlJs },
  );
  const byKind: Partial<Record<AnkiCardKind, AnkiKindCounts>> = {};
  const byDeck: Record<string, number> = {};
  for (const kind of plan.cardKinds) byKind[kind] = { notes: 0, cards: 0 };
  for (const note of plan.notes) {
    const cards = note.noteType.cardOrdinals(note.fields.map((field) => field.normalize('NFC'))).length;
    const entry = byKind[note.kind]!;
    byKind[note.kind] = { notes: entry.notes + 1, cards: entry.cards + cards };
    byDeck[note.deck] = (byDeck[note.deck] ?? 0) + cards;
  }
  return { bytes, summary: { ...counts, byKind, byDeck } };
}
