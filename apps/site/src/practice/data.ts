/**
 * The card data of the practice page: the cards of the site's Anki decks (the same note planner,
 * `planAnkiDeck` of `@cloudvirt/render/anki`, with each deck language's default card kinds, so the same
 * note GUIDs and card ordinals; the plan is the download decks', see `sharedDeckPlan`), rendered as Anki shows them (`renderAnkiCards`) and split by scope, a
 * top-level topic. The page fetches one JSON file per deck language and scope, only for the scope chosen.
 *
 * @module
 */
import type { KnowledgeBase, Level, Locale } from '@cloudvirt/core';
import { ankiLanguages, defaultAnkiCardKinds, renderAnkiCards, type AnkiCardKind, type AnkiLanguage } from '@cloudvirt/render/anki';
import { sharedDeckPlan } from '../download-cache.js';

/** One card of the practice data (short keys: the file is fetched by the browser). */
export interface PracticeCard {
  /** The note's GUID (as in the deck). */
  readonly g: string;
  /** The card ordinal (as in the deck). */
  readonly o: number;
  /** The card kind. */
  readonly k: AnkiCardKind;
  /** The topic of the note (a sub-topic of the scope, or the scope itself). */
  readonly t: string;
  /** The level of the note's concept, or `''` for notes without one (responsibility-matrix cells). */
  readonly l: Level | '';
  /** The question (HTML from the deck's fields). */
  readonly q: string;
  /** The answer (HTML from the deck's fields). */
  readonly a: string;
}

/** The data file of one deck language and scope. */
export interface PracticeDataFile {
  /** Deck language. */
  readonly lang: AnkiLanguage;
  /** Scope: a top-level topic id. */
  readonly scope: string;
  /** Root-relative path (`/practice/en/cloud-computing.json`). */
  readonly path: string;
  /** The cards, in the deck's study order. */
  readonly cards: readonly PracticeCard[];
  /** The file content. */
  readonly content: string;
  /** Root-relative path of the notes of these cards, for "Download my deck" (`…/cloud-computing.notes.json`). */
  readonly notesPath: string;
  /** That file's content: the note types, decks and notes (fields, tags, `mod`, deck) of the plan. */
  readonly notesContent: string;
}

/** One note of a notes file: what `writeAnkiPackage` needs, its note type by id. */
export interface PracticeNote {
  readonly guid: string;
  readonly noteType: number;
  readonly fields: readonly string[];
  readonly tags: readonly string[];
  readonly mod: number;
  readonly deck: string;
}

/**
 * The files of the deck language built last (both page languages use the same files). One language
 * only: at 10,000 concepts the files of all three take about 540 MB of JSON, and a build writes them
 * language by language, so keeping one is enough to plan each language once.
 */
let lastBuilt: { readonly kb: KnowledgeBase; readonly lang: AnkiLanguage; readonly files: readonly PracticeDataFile[] } | undefined;

/**
 * The scopes of the practice page: the top-level topics, in the knowledge base's order.
 *
 * @param kb The knowledge base.
 */
export function practiceScopes(kb: KnowledgeBase): readonly string[] {
  return kb.topics.filter((topic) => topic.parent === undefined).map((topic) => topic.id);
}

/** The top-level topic of a topic. */
function scopeOf(kb: KnowledgeBase, topicId: string): string {
  let topic = kb.getTopic(topicId);
  while (topic.parent !== undefined) topic = kb.getTopic(topic.parent);
  return topic.id;
}

/**
 * The topic of every topic id, with its ancestors (so a link to a sub-topic selects its cards).
 *
 * @param kb The knowledge base.
 * @returns Per topic id, the topic and its ancestors' ids.
 */
export function topicAncestry(kb: KnowledgeBase): Record<string, readonly string[]> {
  return Object.fromEntries(
    kb.topics.map((topic) => {
      const chain = [topic.id];
      for (let parent = topic.parent; parent !== undefined; parent = kb.getTopic(parent).parent) chain.push(parent);
      return [topic.id, chain];
    }),
  );
}

/**
 * The root-relative path of the data of a deck language and scope. It carries no content hash: the page
 * names it from the knowledge base's skeleton only (so the page cache keeps the page over an edit of a
 * concept's text) and its script fetches it with `cache: 'no-cache'`, so a rebuilt site is never served stale.
 *
 * @param lang Deck language.
 * @param scope Scope (top-level topic id).
 */
export function practiceDataPath(lang: AnkiLanguage, scope: string): string {
  return `/practice/${lang}/${scope}.json`;
}

/**
 * Every practice data file: one per deck language (`en`, `zh`, `bilingual`) and scope (an empty list
 * for a scope without cards).
 *
 * @param kb The knowledge base (it must have a pack, as the decks do).
 * @returns The files, by deck language then scope.
 */
export function practiceData(kb: KnowledgeBase): readonly PracticeDataFile[] {
  return ankiLanguages.flatMap((lang) => practiceLanguageData(kb, lang));
}

/**
 * The practice data file of one deck language and scope (see {@link practiceData}). The files of the
 * language asked for last are kept, so asking for each scope of a language in turn plans its deck once.
 *
 * @param kb The knowledge base (it must have a pack, as the decks do).
 * @param lang Deck language.
 * @param scope Scope (a top-level topic id, see {@link practiceScopes}).
 * @returns The file.
 * @throws {Error} When `scope` is not one of the knowledge base's scopes.
 */
export function practiceDataFile(kb: KnowledgeBase, lang: AnkiLanguage, scope: string): PracticeDataFile {
  const file = practiceLanguageData(kb, lang).find((entry) => entry.scope === scope);
  if (file === undefined) throw new Error(`Unexpected practice scope ${JSON.stringify(scope)}, expected one of ${practiceScopes(kb).join(', ')}.`);
  return file;
}

/** The practice data files of one deck language, by scope. */
function practiceLanguageData(kb: KnowledgeBase, lang: AnkiLanguage): readonly PracticeDataFile[] {
  if (lastBuilt !== undefined && lastBuilt.kb === kb && lastBuilt.lang === lang) return lastBuilt.files;
  const packId = kb.pack?.id ?? '';
  const files: PracticeDataFile[] = [];
  // The download decks plan the same decks (downloads.ts), before the pages render: their plan is reused.
  const plan = sharedDeckPlan(kb, { lang, cardKinds: defaultAnkiCardKinds(lang) });
  const byScope = new Map<string, PracticeCard[]>(practiceScopes(kb).map((scope) => [scope, []]));
  const notesByScope = new Map<string, PracticeNote[]>(practiceScopes(kb).map((scope) => [scope, []]));
  for (const note of plan.notes) {
    const topic = note.tags.find((tag) => tag.startsWith(`${packId}::topic::`))?.slice(`${packId}::topic::`.length);
    const level = note.tags.find((tag) => tag.startsWith('level::'))?.slice('level::'.length) as Level | undefined;
    if (topic === undefined) continue;
    const cards = byScope.get(scopeOf(kb, topic))!;
    notesByScope.get(scopeOf(kb, topic))!.push({ guid: note.guid, noteType: note.noteType.id, fields: note.fields, tags: note.tags, mod: note.mod, deck: note.deck });
    for (const card of renderAnkiCards(note)) {
      cards.push({ g: note.guid, o: card.ord, k: note.kind, t: topic, l: level ?? '', q: card.question, a: card.answer });
    }
  }
  const noteTypes = Object.fromEntries(
    [...new Map(plan.notes.map((note) => [note.noteType.id, note.noteType])).values()].map((type) => [
      type.id,
      { id: type.id, name: type.name, kind: type.kind, fields: type.fields, templates: type.templates, css: type.css, mod: type.mod, sortField: type.sortField },
    ]),
  );
  for (const [scope, cards] of byScope) {
    const notes = notesByScope.get(scope)!;
    const path = practiceDataPath(lang, scope);
    files.push({
      lang,
      scope,
      path,
      cards,
      content: `${JSON.stringify({ lang, scope, cards })}\n`,
      notesPath: path.replace(/\.json$/u, '.notes.json'),
      notesContent: `${JSON.stringify({ lang, scope, packId: plan.packId, noteTypes, decks: plan.decks, notes })}\n`,
    });
  }
  lastBuilt = { kb, lang, files };
  return files;
}

/** A scope as the page lists it. */
export interface PracticeScopeSummary {
  /** Scope (top-level topic id). */
  readonly scope: string;
  /** Label of the scope in the page language. */
  readonly label: string;
  /** Per deck language, the data URL. */
  readonly files: Readonly<Record<AnkiLanguage, string>>;
}

/**
 * The scopes as the page lists them (labels in the page language), from the knowledge base's skeleton
 * only: the page never reads a concept's text.
 *
 * @param kb The knowledge base.
 * @param locale The page language.
 */
export function practiceSummary(kb: KnowledgeBase, locale: Locale): PracticeScopeSummary[] {
  return practiceScopes(kb).map((scope) => ({
    scope,
    label: kb.getTopic(scope).label[locale],
    files: Object.fromEntries(ankiLanguages.map((lang) => [lang, practiceDataPath(lang, scope)])) as Record<AnkiLanguage, string>,
  }));
}
