/**
 * A pack's decks as data: which notes, in which decks, in which study order. Shared by the
 * `.apkg` and the CSV exporters, so both carry the same GUIDs.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { bilingualNote, clozeNote, definitionNote } from './concept-notes.js';
import type { AnkiPlannedNote } from './context.js';
import { BuildContext } from './context.js';
import type { AnkiDeck } from './deck.js';
import type { AnkiCardKind, AnkiDeckOptions, AnkiLanguage } from './options.js';
import { resolveOptions } from './options.js';
import { checkAnkiArguments } from './arguments.js';
import { relationNotes } from './relation-notes.js';
import { comparisonNotes, responsibilityNotes } from './table-notes.js';
import { resolveAnkiTopics } from './topics.js';
import type { RenderMemo } from './render-memo.js';

/** The notes and decks of one deck build. */
export interface AnkiDeckPlan {
  /** The pack id: the namespace of the notes' GUIDs and tags, the note-type ids and the deck ids. */
  readonly packId: string;
  /** Deck language. */
  readonly lang: AnkiLanguage;
  /** Card kinds included. */
  readonly cardKinds: readonly AnkiCardKind[];
  /** Root deck name. */
  readonly rootDeck: string;
  /** Notes in study order. */
  readonly notes: readonly AnkiPlannedNote[];
  /** Decks that hold notes, with their parents and descriptions. */
  readonly decks: readonly AnkiDeck[];
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Plans a pack's deck (GUIDs, note types, deck names and ids from the pack's identity, `kb.pack`): builds the notes the options select, in study order (level and
 * prerequisites first, then card kind), and the decks they go to.
 *
 * Topics may be given by id or by English or Chinese label (see `findAnkiTopic`); what a topic
 * selection selects is described in `topics.ts` (the matrix cells of the selected service models too).
 *
 * @param kb Any knowledge base.
 * @param given Language, card kinds, filters, root deck name.
 * @param memo Where the fields of concept notes rendered by earlier builds are kept (see `RenderMemo`);
 *   the plan is the same with or without one.
 * @returns The plan.
 * @throws {TypeError} On a missing knowledge base or options, an unknown option key or a wrong type.
 * @throws {TypeError} When the knowledge base has no `pack` (its identity).
 * @throws {RangeError} On unknown option values or inconsistent knowledge-base data.
 */
export function planAnkiDeck<K extends KnowledgeBaseData>(kb: K, given: AnkiDeckOptions<K>, memo?: RenderMemo): AnkiDeckPlan {
  checkAnkiArguments('planAnkiDeck', kb, given);
  // Topic labels (`Service models`, `云计算服务类型`) name topics as their ids do.
  const options: AnkiDeckOptions = given.topics === undefined ? given : { ...given, topics: resolveAnkiTopics(kb, given.topics) };
  const cardKinds = resolveOptions(kb, options);
  const ctx = new BuildContext(kb, options, 'planAnkiDeck', memo);
  const drafts: AnkiPlannedNote[] = [];
  const selectedConcepts = kb.concepts.filter((concept) => ctx.selected.has(concept.id));
  for (const kind of cardKinds) {
    switch (kind) {
      case 'definition':
        drafts.push(...selectedConcepts.map((concept) => definitionNote(ctx, concept)));
        break;
      case 'bilingual':
        drafts.push(...selectedConcepts.map((concept) => bilingualNote(ctx, concept)));
        break;
      case 'cloze':
        drafts.push(...selectedConcepts.flatMap((concept) => clozeNote(ctx, concept) ?? []));
        break;
      case 'comparison':
        kb.comparisons.forEach((comparison, index) => drafts.push(...comparisonNotes(ctx, comparison, index)));
        break;
      case 'responsibility':
        drafts.push(...responsibilityNotes(ctx));
        break;
      case 'relation':
        drafts.push(...relationNotes(ctx));
        break;
    }
  }
  const kindRank = (kind: AnkiCardKind): number => cardKinds.indexOf(kind);
  const notes = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => compareOrder(a.draft.order, b.draft.order) || kindRank(a.draft.kind) - kindRank(b.draft.kind) || a.index - b.index)
    .map(({ draft }) => draft);
  const used = new Set(notes.map((note) => note.deck));
  const decks = ctx.decks.filter((deck) => deck.name === ctx.root || [...used].some((name) => name === deck.name || name.startsWith(`${deck.name}::`)));
  return { packId: ctx.pack.id, lang: options.lang, cardKinds, rootDeck: ctx.root, notes, decks };
}
