/**
 * What every note builder needs: the pack's identity (GUID and tag namespace, note types, deck names),
 * the selected concepts, study ranks, deck names, tags, `mod` dates and the shared field pieces (terms,
 * sources).
 *
 * @module
 */
import { packLicenseNotice } from '../shared/pack-notice.js';
import { packIdentityOf, type PackIdentity } from '../shared/pack-identity.js';
import { packTexts } from '../shared/published-before-packs.js';
import { ankiNoteTypesFor } from './cloudvirt-note-types.js';
import type { Concept, KnowledgeBaseData, Locale, Source, Topic } from '@cloudvirt/core';
import type { ElementContent } from 'hast';
import type { AnkiDeck } from './deck.js';
import { ankiDeckNamePart } from './deck.js';
import type { AnkiNoteType } from './note-type.js';
import { element, text, toFieldHtml } from './html.js';
import type { AnkiCardKind, AnkiDeckOptions, AnkiLanguage } from './options.js';
import { phrases } from './phrases.js';
import { studyRanks } from './study-order.js';
import { cleanText } from './text.js';
import { withAnkiSubtopics } from './topics.js';
import { sha256, toHex } from './hash.js';
import { memoText, type RenderMemo } from './render-memo.js';

/** The memo part of a concept note's fields; bump the number when what the fields read changes. */
const conceptFieldsPart = 'anki-concept-fields-1';

/**
 * The hint of the errors for data that refers to a concept, topic or dimension it does not contain
 * (hand-built data: the content compiler rejects such a pack with file:line:col messages).
 */
export const inconsistentDataHint =
  'The knowledge base data is inconsistent: every concept, topic and dimension id it refers to must be one of its own. Check hand-built data with validateKnowledgeBase from @cloudvirt/core (it lists every such reference at once), or compile the pack with the content compiler (`cloudvirt-pack check`), which reports each with its file and line.';

/**
 * Date (UTC) the way fields are rendered last changed. Every note's `mod` is at least this date, so
 * bumping it makes Anki take the new rendering on re-import.
 */
export const fieldsUpdated = '2026-11-26';

/**
 * The default root deck name of a pack in a deck language: the short name (`CloudVirt`), `中文` or `中英`
 * after the Chinese short name for the other languages (`CloudVirt 中文`, `CloudVirt 中英`), so the three
 * decks of one pack never merge in a learner's collection.
 *
 * @param pack The pack's identity.
 * @param lang The deck language.
 * @returns The root deck name.
 */
export function defaultAnkiRootDeck(pack: PackIdentity, lang: AnkiLanguage): string {
  return lang === 'en' ? pack.shortName.en : `${pack.shortName.zh} ${lang === 'zh' ? '中文' : '中英'}`;
}

/**
 * Seconds since the epoch of UTC midnight of a `YYYY-MM-DD` date.
 *
 * @param date The date.
 * @param where What carries it, for the error message.
 * @throws {RangeError} When the date is malformed.
 */
export function dateToSeconds(date: string, where: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Invalid \`updated\` date \`${date}\` on ${where}, expected YYYY-MM-DD.\nAnki's \`mod\` is derived from it.`);
  }
  return ms / 1000;
}

/** A note of a deck before it is written: kind, note type, fields, and where it sorts. */
export interface AnkiPlannedNote {
  /** Card kind. */
  readonly kind: AnkiCardKind;
  /** Note type. */
  readonly noteType: AnkiNoteType;
  /** GUID. */
  readonly guid: string;
  /** Field HTML. */
  readonly fields: readonly string[];
  /** Tags. */
  readonly tags: readonly string[];
  /** Seconds. */
  readonly mod: number;
  /** Deck name. */
  readonly deck: string;
  /** Study-order key, compared element by element. */
  readonly order: readonly number[];
}

/** Shared state of one build. */
export class BuildContext {
  /** The knowledge base. */
  readonly kb: KnowledgeBaseData;
  /** The pack's identity: GUID, tag and deck-id namespace, note-type and deck names. */
  readonly pack: PackIdentity;
  /** The pack's note type of each card kind. */
  readonly noteTypes: Readonly<Record<AnkiCardKind, AnkiNoteType>>;
  /** Deck language. */
  readonly lang: AnkiLanguage;
  /** Locales on every card: `['en']`, `['zh']` or `['zh', 'en']`. */
  readonly locales: readonly Locale[];
  /** Root deck name. */
  readonly root: string;
  /** Concepts by id. */
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Topics by id. */
  readonly topics: ReadonlyMap<string, Topic>;
  /** Ids of the concepts the options select. */
  readonly selected: ReadonlySet<string>;
  /** Study rank per concept. */
  readonly ranks: ReadonlyMap<string, number>;
  /** The memo of rendered fields, if the caller gave one. */
  readonly memo: RenderMemo | undefined;
  readonly #fieldsSeconds = dateToSeconds(fieldsUpdated, 'the field rendering');
  readonly #decks = new Map<string, AnkiDeck>();
  #knownDigest: string | undefined;

  /**
   * @param kb The knowledge base.
   * @param options Validated options.
   * @param fn The entry point, for messages.
   * @param memo Where rendered fields are kept between builds (default: none).
   * @throws {TypeError} When the knowledge base has no pack identity.
   */
  constructor(kb: KnowledgeBaseData, options: AnkiDeckOptions, fn = 'planAnkiDeck', memo?: RenderMemo) {
    this.kb = kb;
    this.memo = memo;
    this.pack = packIdentityOf(fn, kb);
    this.noteTypes = ankiNoteTypesFor(this.pack);
    this.lang = options.lang;
    this.locales = options.lang === 'bilingual' ? ['zh', 'en'] : [options.lang];
    this.root = (options.deckName ?? defaultAnkiRootDeck(this.pack, options.lang))
      .split('::')
      .map((part) => ankiDeckNamePart(part, ankiDeckNamePart(this.pack.shortName.en, this.pack.id)))
      .join('::');
    this.concepts = new Map(kb.concepts.map((concept) => [concept.id, concept]));
    this.topics = new Map(kb.topics.map((topic) => [topic.id, topic]));
    this.ranks = studyRanks(kb.concepts);
    const topicFilter = options.topics === undefined ? null : withAnkiSubtopics(kb, options.topics);
    this.selected = new Set(
      kb.concepts
        .filter(
          (concept) =>
            (topicFilter === null || topicFilter.has(concept.topic)) &&
            (options.levels === undefined || options.levels.includes(concept.level)) &&
            (options.concepts === undefined || options.concepts.includes(concept.id)),
        )
        .map((concept) => concept.id),
    );
    const rootDescriptions = packTexts(this.pack).deckDescription;
    const notice = kb.pack === undefined ? undefined : packLicenseNotice(kb.pack);
    const descriptions = notice === undefined ? rootDescriptions : { en: `${rootDescriptions.en} ${notice.en}`, zh: `${rootDescriptions.zh}${notice.zh}` };
    this.#decks.set(this.root, { name: this.root, description: this.#description(descriptions) });
  }

  #description(byLocale: Readonly<Record<Locale, string>>): string {
    return toFieldHtml(this.locales.map((locale) => element('div', { locale }, [text(byLocale[locale])])));
  }

  /**
   * A concept by id.
   *
   * @throws {RangeError} When the knowledge base refers to a concept it does not contain.
   */
  concept(id: string, where: string): Concept {
    const concept = this.concepts.get(id);
    if (concept === undefined) throw new RangeError(`Unknown concept \`${id}\` referenced by ${where}.\n${inconsistentDataHint}`);
    return concept;
  }

  /**
   * A tag in the pack's namespace: `<pack id>::<parts…>` (`cloudvirt::topic::service-models`).
   *
   * @param parts The levels below the namespace.
   */
  tag(...parts: readonly string[]): string {
    return tagOf(this.pack.id, ...parts);
  }

  /** Whether a concept id exists. */
  readonly isKnownConcept = (id: string): boolean => this.concepts.has(id);

  /**
   * The fields of a note about one concept, through the memo when there is one. The fields of the
   * concept notes read the concept record, the deck language and which concept ids exist (links in
   * the explanation), nothing else of the knowledge base: that, the kind and the pack id are the input.
   *
   * @param kind The card kind.
   * @param concept The concept.
   * @param render Renders the fields (`null`: no note).
   * @returns The fields, or `null` when the concept has no note of this kind.
   */
  conceptFields(kind: AnkiCardKind, concept: Concept, render: () => readonly string[] | null): readonly string[] | null {
    if (this.memo === undefined) return render();
    this.#knownDigest ??= toHex(sha256(JSON.stringify([...this.concepts.keys()].sort())));
    const text = memoText(
      this.memo,
      conceptFieldsPart,
      `concept:${concept.id}`,
      () => JSON.stringify([this.pack.id, this.lang, kind, this.#knownDigest, concept]),
      () => JSON.stringify(render()),
    );
    return JSON.parse(text) as readonly string[] | null;
  }

  /**
   * The deck of a topic (`Root::Parent topic::Topic`), registered with its description.
   *
   * @param topicId The topic.
   * @returns The full deck name.
   */
  deckFor(topicId: string): string {
    const chain: Topic[] = [];
    let current = this.topics.get(topicId);
    if (current === undefined) throw new RangeError(`Unknown topic \`${topicId}\`.\n${inconsistentDataHint}`);
    while (current !== undefined && !chain.includes(current)) {
      chain.unshift(current);
      current = current.parent === undefined ? undefined : this.topics.get(current.parent);
    }
    let name = this.root;
    for (const topic of chain) {
      const label = this.lang === 'bilingual' ? (topic.label.zh === topic.label.en ? topic.label.zh : `${topic.label.zh} ${topic.label.en}`) : topic.label[this.lang];
      name = `${name}::${ankiDeckNamePart(label, topic.id)}`;
      if (!this.#decks.has(name)) this.#decks.set(name, { name, description: this.#description(topic.description) });
    }
    return name;
  }

  /** Every deck registered so far (root and topic decks). */
  get decks(): AnkiDeck[] {
    return [...this.#decks.values()];
  }

  /**
   * A note's `mod`: UTC midnight of the latest `updated` date of the records its text comes from,
   * and never earlier than {@link fieldsUpdated}.
   *
   * @param records Records whose text the note shows.
   */
  modOf(records: readonly { readonly updated: string; readonly id?: string }[]): number {
    return Math.max(this.#fieldsSeconds, ...records.map((record) => dateToSeconds(record.updated, record.id === undefined ? 'a record' : `\`${record.id}\``)));
  }

  /** Study rank of a concept (unknown ids sort last). */
  rank(id: string): number {
    return this.ranks.get(id) ?? this.ranks.size;
  }

  /** One element per locale of the deck, each with its `lang`. */
  perLocale(tagName: string, className: readonly string[], content: (locale: Locale) => ElementContent[]): ElementContent[] {
    return this.locales.map((locale) => element(tagName, { className, locale }, content(locale)));
  }

  /** A concept's label in each deck locale, as `lang`-tagged spans inside one element. */
  labelBlock(concept: Concept, className: string): ElementContent[] {
    return [element('div', { className: [className] }, this.locales.map((locale) => element('span', { locale }, [text(concept.label[locale])])))];
  }

  /**
   * Inline text in each deck locale: plain text in a one-language deck (the surrounding element
   * carries `lang`), `<span lang=zh-Hans>…</span> / <span lang=en>…</span>` in a bilingual one.
   */
  inline(content: (locale: Locale) => string): ElementContent[] {
    if (this.locales.length === 1) return [text(content(this.locales[0]!))];
    return this.locales.flatMap((locale, index) => [...(index > 0 ? [text(' / ')] : []), element('span', { locale }, [text(content(locale))])]);
  }

  /** The deck's locale as element props, or nothing in a bilingual deck. */
  get localeProps(): { readonly locale?: Locale } {
    return this.locales.length === 1 ? { locale: this.locales[0]! } : {};
  }

  /**
   * The source line: the cited titles (linked when http(s)), in the deck language; in bilingual
   * decks each title in the language of the cited page.
   *
   * @param sources The record's sources.
   */
  sourceLine(sources: readonly Source[]): ElementContent[] {
    const unique = sources.filter((source, index) => sources.findIndex((other) => other.url === source.url) === index);
    if (unique.length === 0) return [];
    const titleLocale = (source: Source): Locale => (this.lang === 'bilingual' ? source.lang : this.lang);
    const links = unique.flatMap((source, index) => {
      const locale = titleLocale(source);
      const title = element('a', { href: source.url, ...(this.lang === 'bilingual' ? { locale } : {}) }, [text(source.title[locale])]);
      return index === 0 ? [title] : [text(' · '), title];
    });
    const label = element('span', { className: ['cv-label'] }, this.inline((locale) => phrases[locale].source));
    return [element('div', { className: ['cv-source'], ...this.localeProps }, [label, ...links])];
  }
}

/**
 * A tag from parts, made safe for Anki: whitespace becomes `_`, control characters are removed, parts
 * are joined with `::`.
 *
 * @param parts Tag levels, e.g. `['cloudvirt', 'topic', 'service-models']`.
 */
export function tagOf(...parts: readonly string[]): string {
  return parts
    .map((part) => cleanText(part).replace(/[\s\u3000]+/gu, '_').replace(/:{2,}/g, ':') || 'blank')
    .join('::');
}
