/**
 * Options of the CloudVirt deck builders, and their validation.
 *
 * @module
 */
import type { ConceptIdOf, KnowledgeBaseData, Level, TopicIdOf } from '@cloudvirt/core';
import { expectOneOf, levels, unknownValueError } from '@cloudvirt/core';

/** Deck language: English, Chinese, or both on every card (`bilingual`). */
export type AnkiLanguage = 'en' | 'zh' | 'bilingual';

/** Every deck language. */
export const ankiLanguages: readonly AnkiLanguage[] = ['en', 'zh', 'bilingual'];

/**
 * What a note asks:
 * - `definition`: term → definition and definition → term (one language);
 * - `bilingual`: 中文 term ↔ English term, definition in one language → term in the other;
 * - `cloze`: key sentences of the explanation with the term blanked out;
 * - `comparison`: one note per comparison cell (value → subject, subject → value);
 * - `responsibility`: one note per cell of the responsibility matrix (who manages this layer?);
 * - `relation`: one note per typed relation (forward and reverse; `related` edges are skipped).
 */
export type AnkiCardKind = 'definition' | 'bilingual' | 'cloze' | 'comparison' | 'responsibility' | 'relation';

/** Every card kind, in study order within a concept. */
export const ankiCardKinds: readonly AnkiCardKind[] = ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'];

/**
 * Card kinds used when `cardKinds` is not given: `bilingual` replaces `definition` in bilingual decks.
 *
 * @param lang The deck language.
 * @returns The card kinds, in study order.
 * @throws {TypeError} When `lang` is not a string.
 * @throws {RangeError} When it is not a deck language (`cn` suggests `zh`).
 */
export function defaultAnkiCardKinds(lang: AnkiLanguage): readonly AnkiCardKind[] {
  expectOneOf('`lang` argument of defaultAnkiCardKinds', lang, ankiLanguages);
  return lang === 'bilingual'
    ? ['bilingual', 'cloze', 'comparison', 'responsibility', 'relation']
    : ['definition', 'cloze', 'comparison', 'responsibility', 'relation'];
}

/**
 * Which notes to build, and how to name the decks. `K` is the knowledge base's type: with the bundled
 * `kb`, `topics` and `concepts` take its literal ids (typos fail to compile); with data read at run time
 * they take any string.
 */
export interface AnkiDeckOptions<K extends KnowledgeBaseData = KnowledgeBaseData> {
  /** Deck language. */
  readonly lang: AnkiLanguage;
  /** Card kinds to include (default: {@link defaultAnkiCardKinds}). */
  readonly cardKinds?: readonly AnkiCardKind[];
  /**
   * Only these topics (sub-topics included), by id or by English or Chinese label: their concepts, the
   * comparison cells of those concepts and the responsibility-matrix cells of their service models.
   * Typed as topic ids; labels are accepted at run time (and with untyped data).
   */
  readonly topics?: readonly TopicIdOf<K>[];
  /** Only concepts of these levels. */
  readonly levels?: readonly Level[];
  /** Only these concepts (ids). */
  readonly concepts?: readonly ConceptIdOf<K>[];
  /** Root deck name (default `CloudVirt`, `CloudVirt 中文`, `CloudVirt 中英`); `::` nests it. */
  readonly deckName?: string;
}

function checkMembers(what: string, given: readonly string[] | undefined, known: readonly string[]): void {
  for (const value of given ?? []) {
    if (!known.includes(value)) throw unknownValueError(what, value, known, { plural: `${what}s of the knowledge base` });
  }
}

/**
 * Validates options against a knowledge base.
 *
 * @param kb The knowledge base.
 * @param options The options.
 * @returns The card kinds to build.
 * @throws {RangeError} On an unknown language, card kind, topic, level or concept id.
 */
export function resolveOptions(kb: KnowledgeBaseData, options: AnkiDeckOptions): readonly AnkiCardKind[] {
  if (!ankiLanguages.includes(options.lang)) throw unknownValueError('deck language', String(options.lang), ankiLanguages);
  checkMembers('card kind', options.cardKinds, ankiCardKinds);
  checkMembers('level', options.levels, levels);
  checkMembers('topic', options.topics, kb.topics.map((topic) => topic.id));
  checkMembers('concept id', options.concepts, kb.concepts.map((concept) => concept.id));
  if (options.deckName !== undefined && options.deckName.split('::').some((part) => part.trim() === '')) {
    throw new RangeError(`Invalid deck name \`${options.deckName}\`, expected non-empty levels separated by \`::\`.`);
  }
  const kinds = options.cardKinds ?? defaultAnkiCardKinds(options.lang);
  if (kinds.length === 0) throw new RangeError('No card kinds selected.\nPass at least one of: ' + ankiCardKinds.join(', ') + '.');
  return ankiCardKinds.filter((kind) => kinds.includes(kind));
}
