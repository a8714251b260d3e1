/**
 * What to export: the user's language, format, card kinds and filters, checked against the knowledge base
 * and resolved to ids (topics and concepts may be given by label or alias, in either language).
 *
 * @module
 */
import { kb as bundledKb, levels as allLevels, suggest, type Concept, type ConceptIdOf, type KnowledgeBase, type Level, type TopicIdOf } from '@cloudvirt/core';
import { ankiCardKinds, ankiLanguages, defaultAnkiCardKinds, findAnkiTopic, withAnkiSubtopics, type AnkiCardKind, type AnkiDeckOptions, type AnkiLanguage } from '@cloudvirt/render/anki';
import { checkFlashcardsOptions } from './api-arguments.js';
import { UsageError } from './errors.js';

/** The closest candidate to a mistyped value (core's `suggest`, which knows language names such as `cn`). */
const didYouMean = (value: string, candidates: readonly string[]): string | undefined => suggest(value, candidates)[0];

/** Deck languages: English, Chinese, or both on every card. */
export type DeckLanguage = AnkiLanguage;

/** Every deck language, in the order the CLI lists them. */
export const deckLanguages: readonly DeckLanguage[] = ankiLanguages;

/** Output formats: an Anki package, Anki's text-import format (tab-separated, `#` headers), or a Markdown handbook. */
export type OutputFormat = 'apkg' | 'csv' | 'md';

/** Every output format. */
export const outputFormats: readonly OutputFormat[] = ['apkg', 'csv', 'md'];

/**
 * The knowledge base the exporter reads: the bundled CloudVirt pack, or any other pack — `kb` of a built
 * pack's module (`import { kb } from 'my-pack'`, whose ids are literal unions), `loadPack(spec).kb` of
 * `@cloudvirt/core/compiler` (ids are strings), or `createKnowledgeBase(data)`. Deck names, file names
 * and note identities come from its `pack`.
 */
export type FlashcardsKnowledgeBase = KnowledgeBase;

/** The type of the bundled knowledge base (`kb` of `@cloudvirt/core`), whose ids are literal unions. */
export type BundledKnowledgeBase = typeof bundledKb;

/**
 * What to export. Every field is optional; unknown keys and values of the wrong type throw a `TypeError`,
 * unknown values a {@link UsageError}. `K` is the knowledge base's type, inferred from `kb` (the bundled
 * one without it): `topics` and `concepts` autocomplete that pack's ids (a compiled pack's literal unions;
 * `string` for a pack loaded at run time); because they also take labels and aliases (`虚拟机监控器`,
 * `VMM 实现结构`), any string compiles and an unknown one is a {@link UsageError} with a did-you-mean.
 * `cardKinds`, `levels`, `lang` and `format` are checked by tsc.
 */
export interface FlashcardsOptions<K extends FlashcardsKnowledgeBase = BundledKnowledgeBase> {
  /** Deck language (default `en`). */
  readonly lang?: DeckLanguage;
  /** Output format (default `apkg`). */
  readonly format?: OutputFormat;
  /** Card kinds (default: `defaultAnkiCardKinds(lang)`); `all` selects every kind. Anki formats only. */
  readonly cardKinds?: readonly (AnkiCardKind | 'all')[];
  /** Only concepts of these topics (sub-topics included): ids (they autocomplete) or English or Chinese labels. */
  readonly topics?: readonly (TopicIdOf<K> | (string & {}))[];
  /** Only concepts of these levels. */
  readonly levels?: readonly Level[];
  /** Only these concepts (ids, labels or aliases in either language; ids autocomplete). */
  readonly concepts?: readonly (ConceptIdOf<K> | (string & {}))[];
  /** Root deck name (default: the pack's short name, such as `CloudVirt`, `CloudVirt 中文`, `CloudVirt 中英`); `::` nests it. Anki formats only. */
  readonly deckName?: string;
  /** The knowledge pack to export (default: the CloudVirt pack bundled with `@cloudvirt/core`); see {@link FlashcardsKnowledgeBase}. */
  readonly kb?: K;
}

/** Options after validation: ids instead of labels, card kinds in study order, the concepts selected. */
export interface ResolvedFlashcardsOptions {
  /** The knowledge base. */
  readonly kb: FlashcardsKnowledgeBase;
  /** Deck language. */
  readonly lang: DeckLanguage;
  /** Output format. */
  readonly format: OutputFormat;
  /** Card kinds, in study order (the language's defaults when none were given). */
  readonly cardKinds: readonly AnkiCardKind[];
  /** Whether the card kinds are the language's defaults. */
  readonly defaultCardKinds: boolean;
  /** Topic ids asked for (sub-topics are implied), or `undefined` for every topic. */
  readonly topics: readonly string[] | undefined;
  /** Levels asked for, or `undefined` for every level. */
  readonly levels: readonly Level[] | undefined;
  /** Concept ids asked for, or `undefined` for every concept. */
  readonly concepts: readonly string[] | undefined;
  /** Root deck name, if one was given. */
  readonly deckName: string | undefined;
  /** The concepts every filter lets through, in knowledge-base order (never empty). */
  readonly selectedConcepts: readonly Concept[];
}

/** Option names as the CLI spells them, for messages that must make sense on the command line and in code. */
const optionLabels = { lang: '--lang', format: '--format', cards: '--cards', topic: '--topic', level: '--level', concept: '--concept', deckName: '--deck-name' } as const;

function quoteList(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

/**
 * Check one value against its allowed set.
 *
 * @param option The option name, for the message (`--lang`).
 * @param value The value given.
 * @param allowed The valid values.
 * @returns The value, typed.
 * @throws {UsageError} With a did-you-mean when the value is not allowed.
 */
export function expectOneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((item) => item === value);
  if (found !== undefined) return found;
  const guess = didYouMean(value, allowed);
  throw new UsageError(`Unexpected ${option} value \`${value}\`, expected one of ${quoteList(allowed)}`, guess ? `Did you mean \`${guess}\`?` : undefined);
}

/** A topic id by id or label (English and Chinese): render's `findAnkiTopic`, the resolver the decks use. */
function resolveTopic(kb: FlashcardsKnowledgeBase, value: string): string {
  const topic = findAnkiTopic(kb, value);
  if (topic !== undefined) return topic.id;
  const terms = kb.topics.flatMap((candidate) => [candidate.id, candidate.label.en, candidate.label.zh]);
  const guess = didYouMean(value, terms);
  const guessed = guess === undefined ? undefined : kb.topics.find((candidate) => [candidate.id, candidate.label.en, candidate.label.zh].includes(guess));
  throw new UsageError(
    `Unexpected ${optionLabels.topic} value \`${value}\`, expected a topic id or label`,
    `${guessed === undefined ? '' : `Did you mean \`${guessed.id}\` (${guessed.label.en} / ${guessed.label.zh})? `}Run \`cloudvirt-flashcards --list\` to see every topic.`,
  );
}

/** A concept id by id, label or alias (either language), via the knowledge base's `findConcept`. */
function resolveConcept(kb: FlashcardsKnowledgeBase, value: string): string {
  const concept = kb.findConcept(value);
  if (concept !== undefined) return concept.id;
  const owners = new Map<string, Concept>();
  for (const candidate of kb.concepts) {
    for (const term of [candidate.id, candidate.label.en, candidate.label.zh, ...candidate.aliases.en, ...candidate.aliases.zh]) {
      if (!owners.has(term)) owners.set(term, candidate);
    }
  }
  const guess = didYouMean(value, [...owners.keys()]);
  const guessed = guess === undefined ? undefined : owners.get(guess);
  throw new UsageError(
    `Unexpected ${optionLabels.concept} value \`${value}\`, expected a concept id, label or alias`,
    guessed === undefined
      ? '`cloudvirt-flashcards --list --json` lists every concept id and label; labels and aliases work in English and Chinese.'
      : `Did you mean \`${guess}\`${guess === guessed.id ? '' : ` (concept \`${guessed.id}\`)`}?`,
  );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Whether a concept passes the topic, level and concept filters. */
function passes(concept: Concept, topics: ReadonlySet<string> | undefined, levels: readonly Level[] | undefined, concepts: readonly string[] | undefined): boolean {
  return (topics === undefined || topics.has(concept.topic)) && (levels === undefined || levels.includes(concept.level)) && (concepts === undefined || concepts.includes(concept.id));
}

/** The "selects nothing" error, with what each filter alone would have let through. */
function emptySelection(kb: FlashcardsKnowledgeBase, topics: ReadonlySet<string> | undefined, levels: readonly Level[] | undefined, concepts: readonly string[] | undefined): UsageError {
  const given = [
    topics === undefined ? null : optionLabels.topic,
    levels === undefined ? null : optionLabels.level,
    concepts === undefined ? null : optionLabels.concept,
  ].filter((name) => name !== null);
  const withoutLevel = kb.concepts.filter((concept) => passes(concept, topics, undefined, concepts));
  const levelCounts = allLevels
    .map((level) => [level, withoutLevel.filter((concept) => concept.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${level} (${count})`);
  const hint =
    levels !== undefined && levelCounts.length > 0
      ? `Without ${optionLabels.level}, the other filters select ${withoutLevel.length} concepts: ${levelCounts.join(', ')}.`
      : `Filters of different kinds combine with AND; values of one filter combine with OR. Drop or widen one of ${given.join(', ')}.`;
  return new UsageError(`The filters ${given.join(' + ')} select no concept, so there is nothing to export`, hint);
}

/**
 * Validate export options against the knowledge base and resolve labels to ids.
 *
 * Filters of different kinds combine with AND (`--topic x --level y`: concepts of topic x at level y);
 * several values of one filter combine with OR.
 *
 * @param options What to export.
 * @returns The resolved options, with the concepts selected.
 * @throws {UsageError} On an unknown language, format, card kind, level, topic or concept (with a
 *   did-you-mean), a card kind or deck name given for Markdown, a bad deck name, or filters that select no
 *   concept.
 */
export function resolveFlashcardsOptions<K extends FlashcardsKnowledgeBase = BundledKnowledgeBase>(options: FlashcardsOptions<K> = {}): ResolvedFlashcardsOptions {
  checkFlashcardsOptions('resolveFlashcardsOptions', options);
  const kb = options.kb ?? bundledKb;
  const lang = expectOneOf(optionLabels.lang, options.lang ?? 'en', deckLanguages);
  const format = expectOneOf(optionLabels.format, options.format ?? 'apkg', outputFormats);
  if (format === 'md' && options.cardKinds !== undefined) {
    throw new UsageError(`Unexpected ${optionLabels.cards} with ${optionLabels.format} md, expected card kinds only for \`apkg\` and \`csv\``, 'The Markdown handbook has no cards; drop --cards.');
  }
  if (format === 'md' && options.deckName !== undefined) {
    throw new UsageError(`Unexpected ${optionLabels.deckName} with ${optionLabels.format} md, expected a deck name only for \`apkg\` and \`csv\``, 'The Markdown handbook has no decks; drop --deck-name.');
  }
  const kindsAsked = options.cardKinds === undefined ? undefined : unique(options.cardKinds.map((kind) => expectOneOf(optionLabels.cards, kind, [...ankiCardKinds, 'all'] as const)));
  if (kindsAsked !== undefined && kindsAsked.length === 0) {
    throw new UsageError(`Unexpected empty ${optionLabels.cards}, expected one or more of ${quoteList(ankiCardKinds)} (or \`all\`)`);
  }
  const cardKinds: readonly AnkiCardKind[] =
    kindsAsked === undefined ? defaultAnkiCardKinds(lang) : kindsAsked.includes('all') ? ankiCardKinds : ankiCardKinds.filter((kind) => kindsAsked.includes(kind));
  const levels = options.levels === undefined ? undefined : unique(options.levels.map((level) => expectOneOf(optionLabels.level, level, allLevels)));
  const topics = options.topics === undefined ? undefined : unique(options.topics.map((topic) => resolveTopic(kb, topic)));
  const concepts = options.concepts === undefined ? undefined : unique(options.concepts.map((concept) => resolveConcept(kb, concept)));
  const deckName = options.deckName;
  if (deckName !== undefined && deckName.split('::').some((part) => part.trim() === '')) {
    throw new UsageError(`Unexpected ${optionLabels.deckName} value \`${deckName}\`, expected non-empty names separated by \`::\``, 'For example `--deck-name "Cloud::VMM"` makes a `VMM` deck inside `Cloud`.');
  }
  const topicSet = topics === undefined ? undefined : withAnkiSubtopics(kb, topics);
  const selectedConcepts = kb.concepts.filter((concept) => passes(concept, topicSet, levels, concepts));
  if (selectedConcepts.length === 0) throw emptySelection(kb, topicSet, levels, concepts);
  return { kb, lang, format, cardKinds, defaultCardKinds: kindsAsked === undefined, topics, levels, concepts, deckName, selectedConcepts };
}

/**
 * The Anki adapter's options for resolved export options.
 *
 * @param resolved Resolved options.
 * @returns Options for `planAnkiDeck`, `toAnkiPackage` and `toAnkiCsv`.
 */
export function toAnkiDeckOptions(resolved: ResolvedFlashcardsOptions): AnkiDeckOptions {
  return {
    lang: resolved.lang,
    cardKinds: resolved.cardKinds,
    ...(resolved.topics === undefined ? {} : { topics: resolved.topics }),
    ...(resolved.levels === undefined ? {} : { levels: resolved.levels }),
    ...(resolved.concepts === undefined ? {} : { concepts: resolved.concepts }),
    ...(resolved.deckName === undefined ? {} : { deckName: resolved.deckName }),
  };
}
