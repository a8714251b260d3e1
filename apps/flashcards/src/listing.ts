/**
 * `--list`: the topics, levels, card kinds, languages and formats, with how many concepts and notes each holds.
 *
 * @module
 */
import { kb as bundledKb, levels as allLevels, type Level, type LocalizedText } from '@cloudvirt/core';
import { ankiCardKinds, defaultAnkiCardKinds, planAnkiDeck, withAnkiSubtopics, type AnkiCardKind } from '@cloudvirt/render/anki';
import { deckLanguages, expectOneOf, outputFormats, type DeckLanguage, type FlashcardsKnowledgeBase, type OutputFormat } from './selection.js';
import { checkFlashcardsOptions } from './api-arguments.js';

/** One topic of the listing. */
export interface TopicListing {
  /** Topic id (what `--topic` takes; labels work too). */
  readonly id: string;
  /** Parent topic id, or `null` for a top-level topic. */
  readonly parent: string | null;
  /** Depth in the topic tree (0 for top-level topics). */
  readonly depth: number;
  /** English and Chinese labels. */
  readonly label: LocalizedText;
  /** Concepts of the topic and its sub-topics. */
  readonly concepts: number;
  /**
   * Notes (default card kinds) of the deck `--topic <id>` exports: planned with the very options of that
   * export, so the two always agree (the responsibility cards of the topic's service models included).
   */
  readonly notes: number;
}

/** One level of the listing. */
export interface LevelListing {
  /** Level (what `--level` takes). */
  readonly id: Level;
  /** Concepts at that level. */
  readonly concepts: number;
}

/** One card kind of the listing. */
export interface CardKindListing {
  /** Card kind (what `--cards` takes). */
  readonly id: AnkiCardKind;
  /** Whether the deck language includes it by default. */
  readonly default: boolean;
  /** Notes of that kind for the whole knowledge base. */
  readonly notes: number;
  /** Cards of that kind for the whole knowledge base. */
  readonly cards: number;
}

/** One concept of the listing (JSON only: the human listing would be too long). */
export interface ConceptListing {
  /** Concept id (what `--concept` takes; labels and aliases work too). */
  readonly id: string;
  /** Its topic. */
  readonly topic: string;
  /** Its level. */
  readonly level: Level;
  /** English and Chinese labels. */
  readonly label: LocalizedText;
}

/** The pack a listing is of (`--kb`; the bundled CloudVirt pack by default). */
export interface PackListing {
  /** The pack id: the stem of default file names and the namespace of the notes' identities. */
  readonly id: string;
  /** The pack's name in both languages. */
  readonly name: LocalizedText;
}

/** Everything `--list` shows. */
export interface FlashcardsListing {
  /** The pack listed, or `null` for hand-built data without a pack identity. */
  readonly pack: PackListing | null;
  /** The deck language the note counts are for. */
  readonly lang: DeckLanguage;
  /** Deck languages (`--lang`). */
  readonly languages: readonly DeckLanguage[];
  /** Output formats (`--format`). */
  readonly formats: readonly OutputFormat[];
  /** Topics in tree order (parents before children). */
  readonly topics: readonly TopicListing[];
  /** Levels, from fundamental to advanced. */
  readonly levels: readonly LevelListing[];
  /** Card kinds in study order. */
  readonly cardKinds: readonly CardKindListing[];
  /** Every concept, in knowledge-base order. */
  readonly concepts: readonly ConceptListing[];
  /** The full deck of `lang` with the default card kinds. */
  readonly total: { readonly concepts: number; readonly notes: number; readonly cards: number };
}

/**
 * What can be exported from a pack, with counts: the CLI's `--list` (`--kb` names the pack).
 *
 * @param options Deck language for the note counts (default `en`) and the knowledge base (default: the
 *   bundled CloudVirt pack; any other, such as `kb` of a built pack or `loadPack(…).kb`).
 * @returns The listing.
 * @throws {TypeError} On an unknown option key or an option of the wrong type.
 * @throws {UsageError} On an unknown language.
 */
export function listFlashcards(options: { readonly lang?: DeckLanguage; readonly kb?: FlashcardsKnowledgeBase } = {}): FlashcardsListing {
  checkFlashcardsOptions('listFlashcards', options, ['lang', 'kb']);
  const kb = options.kb ?? bundledKb;
  const lang = expectOneOf('--lang', options.lang ?? 'en', deckLanguages);
  const defaults = defaultAnkiCardKinds(lang);
  const plan = planAnkiDeck(kb, { lang, cardKinds: ankiCardKinds });
  const cardKinds = ankiCardKinds.map((id) => {
    const notes = plan.notes.filter((note) => note.kind === id);
    const cards = notes.reduce((sum, note) => sum + note.noteType.cardOrdinals(note.fields.map((field) => field.normalize('NFC'))).length, 0);
    return { id, default: defaults.includes(id), notes: notes.length, cards };
  });
  const depthOf = (id: string): number => {
    let depth = 0;
    let parent = kb.topics.find((topic) => topic.id === id)?.parent;
    while (parent !== undefined && depth < kb.topics.length) {
      depth++;
      const parentId: string = parent;
      parent = kb.topics.find((topic) => topic.id === parentId)?.parent;
    }
    return depth;
  };
  const ordered: string[] = [];
  const visit = (parent: string | undefined): void => {
    for (const topic of kb.topics.filter((candidate) => candidate.parent === parent)) {
      ordered.push(topic.id);
      visit(topic.id);
    }
  };
  visit(undefined);
  for (const topic of kb.topics) if (!ordered.includes(topic.id)) ordered.push(topic.id);
  const topics = ordered.map((id): TopicListing => {
    const topic = kb.topics.find((candidate) => candidate.id === id)!;
    const family = withAnkiSubtopics(kb, [id]);
    return {
      id,
      parent: topic.parent ?? null,
      depth: depthOf(id),
      label: topic.label,
      concepts: kb.concepts.filter((concept) => family.has(concept.topic)).length,
      notes: planAnkiDeck(kb, { lang, cardKinds: defaults, topics: [id] }).notes.length,
    };
  });
  const defaultKinds = cardKinds.filter((kind) => kind.default);
  return {
    pack: kb.pack === undefined ? null : { id: kb.pack.id, name: kb.pack.name },
    lang,
    languages: deckLanguages,
    formats: outputFormats,
    topics,
    levels: allLevels.map((id) => ({ id, concepts: kb.concepts.filter((concept) => concept.level === id).length })),
    cardKinds,
    concepts: kb.concepts.map((concept) => ({ id: concept.id, topic: concept.topic, level: concept.level, label: concept.label })),
    total: {
      concepts: kb.concepts.length,
      notes: defaultKinds.reduce((sum, kind) => sum + kind.notes, 0),
      cards: defaultKinds.reduce((sum, kind) => sum + kind.cards, 0),
    },
  };
}
