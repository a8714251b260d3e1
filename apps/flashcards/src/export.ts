/**
 * One export, in memory: the Anki package, the Anki text file or the Markdown handbook of a selection,
 * with a summary of what it holds. The CLI and the site's standard downloads both go through here.
 *
 * @module
 */
import { expectOneOf, invalidTypeError } from '@cloudvirt/core';
import {
  ankiCardKinds,
  ankiDeckPlanToCsv,
  planAnkiDeck,
  writeAnkiPackage,
  type AnkiCardKind,
  type AnkiDeckOptions,
  type AnkiDeckPlan,
  type AnkiKindCounts,
  type AnkiPackageInput,
} from '@cloudvirt/render/anki';
import { checkFlashcardsOptions } from './api-arguments.js';
import { UsageError } from './errors.js';
import { defaultFileName } from './file-name.js';
import { countMarkdownContent, toSelectionHandbook, type MarkdownContentCounts } from './markdown-export.js';
import {
  resolveFlashcardsOptions,
  toAnkiDeckOptions,
  type BundledKnowledgeBase,
  type DeckLanguage,
  type FlashcardsKnowledgeBase,
  type FlashcardsOptions,
  type OutputFormat,
  type ResolvedFlashcardsOptions,
} from './selection.js';

/** What an Anki export (`apkg` or `csv`) holds. */
export interface AnkiExportSummary {
  /** `apkg` or `csv`. */
  readonly format: 'apkg' | 'csv';
  /** Deck language. */
  readonly lang: DeckLanguage;
  /** Root deck name. */
  readonly deckName: string;
  /** Card kinds included, in study order. */
  readonly cardKinds: readonly AnkiCardKind[];
  /** Concepts the filters select. */
  readonly concepts: number;
  /** Notes. */
  readonly notes: number;
  /** Cards (what Anki will generate from the notes). */
  readonly cards: number;
  /** Decks holding cards, parents included. */
  readonly decks: number;
  /** Note types used. */
  readonly noteTypes: number;
  /** Notes and cards per card kind. */
  readonly byKind: Readonly<Partial<Record<AnkiCardKind, AnkiKindCounts>>>;
  /** Cards per deck (not counting sub-decks), by full deck name. */
  readonly byDeck: Readonly<Record<string, number>>;
}

/** What a Markdown export holds. */
export interface MarkdownExportSummary extends MarkdownContentCounts {
  /** `md`. */
  readonly format: 'md';
  /** Language(s) rendered. */
  readonly lang: DeckLanguage;
}

/** What an export holds. */
export type FlashcardsSummary = AnkiExportSummary | MarkdownExportSummary;

/** What an export would hold, without building it (`--dry-run`). */
export interface FlashcardsPlan {
  /** The default file name (`cloudvirt-en.apkg`, `cloudvirt-zh-vmm-structures.csv`…). */
  readonly fileName: string;
  /** Output format. */
  readonly format: OutputFormat;
  /** What it holds. */
  readonly summary: FlashcardsSummary;
}

/** A built export. */
export interface FlashcardsExport extends FlashcardsPlan {
  /** The file content (UTF-8 for `csv` and `md`). */
  readonly bytes: Uint8Array;
  /** The file content as text (`csv` and `md`), or `undefined` for `apkg`. */
  readonly text: string | undefined;
}

/** Every deck name and its parents (`A::B::C` → `A`, `A::B`, `A::B::C`). */
function withParentDecks(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const parts = name.split('::');
    for (let index = 1; index <= parts.length; index++) out.add(parts.slice(0, index).join('::'));
  }
  return out;
}

/**
 * Count notes and cards of a planned deck, per card kind and per deck (cards are what Anki generates:
 * one per template whose front is not empty, one per cloze number).
 *
 * @param plan A deck plan from `planAnkiDeck`.
 * @param format The format it will be written in.
 * @param concepts How many concepts the filters select.
 * @returns The summary.
 * @throws {TypeError} When `plan` is not a deck plan or `concepts` not a whole number.
 * @throws {RangeError} When `format` is not `apkg` or `csv`.
 */
export function summarizeAnkiPlan(plan: AnkiDeckPlan, format: 'apkg' | 'csv', concepts: number): AnkiExportSummary {
  const given: unknown = plan;
  if (given === null || typeof given !== 'object' || !Array.isArray((given as { notes?: unknown }).notes) || !Array.isArray((given as { cardKinds?: unknown }).cardKinds)) {
    throw invalidTypeError('`plan` argument of summarizeAnkiPlan', given, 'a deck plan (the result of planAnkiDeck)');
  }
  expectOneOf('`format` argument of summarizeAnkiPlan', format, ['apkg', 'csv']);
  if (!Number.isInteger(concepts) || concepts < 0) throw invalidTypeError('`concepts` argument of summarizeAnkiPlan', concepts, 'how many concepts the filters select (a whole number)');
  const byKind: Partial<Record<AnkiCardKind, AnkiKindCounts>> = {};
  const byDeck: Record<string, number> = {};
  for (const kind of plan.cardKinds) byKind[kind] = { notes: 0, cards: 0 };
  let cards = 0;
  for (const note of plan.notes) {
    const count = note.noteType.cardOrdinals(note.fields.map((field) => field.normalize('NFC'))).length;
    const entry = byKind[note.kind] ?? { notes: 0, cards: 0 };
    byKind[note.kind] = { notes: entry.notes + 1, cards: entry.cards + count };
    byDeck[note.deck] = (byDeck[note.deck] ?? 0) + count;
    cards += count;
  }
  return {
    format,
    lang: plan.lang,
    deckName: plan.rootDeck,
    cardKinds: plan.cardKinds,
    concepts,
    notes: plan.notes.length,
    cards,
    decks: withParentDecks([plan.rootDeck, ...plan.notes.map((note) => note.deck)]).size,
    noteTypes: new Set(plan.notes.map((note) => note.noteType.id)).size,
    byKind,
    byDeck,
  };
}

/** The "no notes" error: the concepts exist, but none of the card kinds has a note for them. */
function noNotes(resolved: ResolvedFlashcardsOptions): UsageError {
  const everyKind = planAnkiDeck(resolved.kb, { ...toAnkiDeckOptions(resolved), cardKinds: ankiCardKinds });
  const counts = ankiCardKinds
    .map((kind) => [kind, everyKind.notes.filter((note) => note.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} (${count})`);
  const what = resolved.selectedConcepts.length === 1 ? `concept \`${resolved.selectedConcepts[0]!.id}\`` : `${resolved.selectedConcepts.length} concepts`;
  return new UsageError(
    `The card kinds ${resolved.cardKinds.map((kind) => `\`${kind}\``).join(', ')} have no note for the ${what} selected, so there is nothing to export`,
    counts.length > 0 ? `Notes exist for: ${counts.join(', ')}. Pick those with --cards.` : 'Widen --topic, --level or --concept.',
  );
}

/**
 * Plan the Anki deck of resolved options (for `apkg` and `csv`, which hold the same notes).
 *
 * @param resolved Resolved options.
 * @param plan Plans the deck from the knowledge base and deck options (default `planAnkiDeck`).
 * @returns The plan.
 * @throws {UsageError} When the card kinds have no note for the selected concepts.
 */
export function planDeck(resolved: ResolvedFlashcardsOptions, plan: (kb: FlashcardsKnowledgeBase, options: AnkiDeckOptions) => AnkiDeckPlan = planAnkiDeck): AnkiDeckPlan {
  const deck = plan(resolved.kb, toAnkiDeckOptions(resolved));
  if (deck.notes.length === 0) throw noNotes(resolved);
  return deck;
}

/**
 * What an export would hold, for options already resolved (see {@link resolveFlashcardsOptions}).
 *
 * @param resolved Resolved options.
 * @returns The default file name, the format and the summary.
 * @throws {UsageError} When the card kinds have no note for the selected concepts.
 */
export function planResolvedExport(resolved: ResolvedFlashcardsOptions): FlashcardsPlan {
  const fileName = defaultFileName(resolved);
  if (resolved.format === 'md') {
    return { fileName, format: 'md', summary: { format: 'md', lang: resolved.lang, ...countMarkdownContent(resolved.kb, resolved.selectedConcepts) } };
  }
  return { fileName, format: resolved.format, summary: summarizeAnkiPlan(planDeck(resolved), resolved.format, resolved.selectedConcepts.length) };
}

/**
 * Build an export for options already resolved (see {@link resolveFlashcardsOptions}).
 *
 * @param resolved Resolved options.
 * @param plan The deck plan of these options, if already made (`apkg` and `csv` of the same options share it).
 * @param write Writes an Anki package from the plan's notes and decks (default `writeAnkiPackage`).
 * @returns The bytes (and text), the default file name and the summary.
 * @throws {UsageError} When the card kinds have no note for the selected concepts.
 */
export async function buildResolvedExport(
  resolved: ResolvedFlashcardsOptions,
  plan?: AnkiDeckPlan,
  write: (input: AnkiPackageInput) => Promise<{ readonly bytes: Uint8Array }> = writeAnkiPackage,
): Promise<FlashcardsExport> {
  const fileName = defaultFileName(resolved);
  if (resolved.format === 'md') {
    const text = await toSelectionHandbook(resolved.kb, resolved.selectedConcepts, resolved.lang);
    const summary: MarkdownExportSummary = { format: 'md', lang: resolved.lang, ...countMarkdownContent(resolved.kb, resolved.selectedConcepts) };
    return { fileName, format: 'md', summary, bytes: new TextEncoder().encode(text), text };
  }
  const deck = plan ?? planDeck(resolved);
  const summary = summarizeAnkiPlan(deck, resolved.format, resolved.selectedConcepts.length);
  if (resolved.format === 'csv') {
    // The same text `toAnkiCsv` writes for these options (a test pins it), from the plan already made.
    const text = ankiDeckPlanToCsv(deck, { separator: 'tab' });
    return { fileName, format: 'csv', summary, bytes: new TextEncoder().encode(text), text };
  }
  // The same notes and decks `toAnkiPackage` writes for these options (a test pins the bytes equal),
  // without planning the deck a second time.
  const { bytes } = await write({ notes: deck.notes, decks: deck.decks });
  return { fileName, format: 'apkg', summary, bytes, text: undefined };
}

/**
 * What an export would hold, without building it: the CLI's `--dry-run`.
 *
 * @param options What to export (language, format, card kinds, filters, deck name).
 * @returns The default file name, the format and the summary.
 * @throws {TypeError} On an unknown option key (with a did-you-mean) or an option of the wrong type.
 * @throws {UsageError} On unknown or inconsistent option values, or a selection with nothing to export.
 * @example
 * ```ts
 * planFlashcards({ lang: 'zh', topics: ['vmm-structures'] }).summary.notes; // e.g. 54
 * ```
 */
export function planFlashcards<K extends FlashcardsKnowledgeBase = BundledKnowledgeBase>(options: FlashcardsOptions<K> = {}): FlashcardsPlan {
  checkFlashcardsOptions('planFlashcards', options);
  return planResolvedExport(resolveFlashcardsOptions(options));
}

/**
 * Build an export in memory: an Anki package (`apkg`), Anki's text-import file (`csv`, tab-separated with
 * `#` headers, same GUIDs as the package) or the Markdown handbook (`md`) of the selected concepts.
 * The same options always give the same bytes.
 *
 * @param options What to export (language, format, card kinds, filters, deck name, knowledge base).
 * @returns The bytes (and text), the default file name and a summary.
 * @throws {TypeError} On an unknown option key (`topic` for `topics`: with a did-you-mean) or an option of
 *   the wrong type (`topics: 'x'` for `['x']`).
 * @throws {UsageError} On unknown or inconsistent option values (with a did-you-mean), or a selection with
 *   nothing to export.
 * @example
 * ```ts
 * const { bytes, fileName, summary } = await exportFlashcards({ lang: 'zh', concepts: ['虚拟机监控器'] });
 * // fileName === 'cloudvirt-zh-virtual-machine-monitor.apkg'
 * ```
 */
export async function exportFlashcards<K extends FlashcardsKnowledgeBase = BundledKnowledgeBase>(options: FlashcardsOptions<K> = {}): Promise<FlashcardsExport> {
  checkFlashcardsOptions('exportFlashcards', options);
  return buildResolvedExport(resolveFlashcardsOptions(options));
}
