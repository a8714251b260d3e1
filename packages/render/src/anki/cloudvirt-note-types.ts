/**
 * The six note types of a pack (one per card kind). Their ids, field lists and template lists are
 * **frozen**: changing an id, or adding/removing/renaming a field or template, makes Anki fork the note
 * type on re-import and stop updating the learner's notes. Field and template ids are stable too
 * (`noteTypeId * 1000 + n`). CloudVirt's ids were picked at random before packs existed and are kept in
 * `publishedBeforePacks`; every other pack's are derived from its id.
 *
 * Templates contain no language-specific words (except the inherently bilingual note type): every
 * text comes from fields, so one note type serves the `en`, `zh` and `bilingual` decks.
 *
 * When templates or CSS change, bump {@link noteTypesUpdated}: Anki updates a note type only when its
 * `mod` grows.
 *
 * @module
 */
import { expectOneOf, expectString } from '@cloudvirt/core';
import { expectPackLike, type PackIdentity } from '../shared/pack-identity.js';
import { publishedBeforePacks } from '../shared/published-before-packs.js';
import { ankiDeckNamePart } from './deck.js';
import { firstUint64, sha256 } from './hash.js';
import { AnkiNoteType } from './note-type.js';
import type { AnkiFieldSpec, AnkiTemplateSpec } from './note-type.js';
import { ankiCardKinds, type AnkiCardKind } from './options.js';
import { cloudVirtCss } from './styles.js';

/** Date (UTC) the templates or CSS last changed; the note types' `mod`. */
export const noteTypesUpdated = '2026-11-26';

const noteTypesMod = Date.UTC(2026, 10, 26) / 1000;

function fields(noteTypeId: number, names: readonly (readonly [string, string])[]): AnkiFieldSpec[] {
  return names.map(([name, description], index) => ({ name, description, id: noteTypeId * 1000 + index + 1 }));
}

function templates(noteTypeId: number, list: readonly Omit<AnkiTemplateSpec, 'id'>[]): AnkiTemplateSpec[] {
  return list.map((template, index) => ({ ...template, id: noteTypeId * 1000 + 101 + index }));
}

const answerRule = '<hr id="answer">';

/** Term ↔ definition, in one language. */
function definitionNoteType(definitionId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: definitionId,
  name: `${prefix} Definition`,
  kind: 'standard',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(definitionId, [
    ['Term', 'The preferred term.'],
    ['Definition', 'The short definition.'],
    ['Clue', 'The definition with the term and its aliases blanked out.'],
    ['Aliases', 'Other names.'],
    ['Explanation', 'The longer explanation.'],
    ['Examples', 'Examples that are not concepts of their own.'],
    ['Source', 'Where the definition comes from.'],
  ]),
  templates: templates(definitionId, [
    {
      name: 'Term → Definition',
      front: '<div class="cv cv-front">{{Term}}</div>',
      back: `{{FrontSide}}${answerRule}<div class="cv cv-back">{{Definition}}{{Aliases}}{{Examples}}{{Explanation}}{{Source}}</div>`,
    },
    {
      name: 'Definition → Term',
      front: '<div class="cv cv-front">{{Clue}}<div class="cv-ask">?</div></div>',
      back: `<div class="cv cv-front">{{Clue}}</div>${answerRule}<div class="cv cv-back">{{Term}}{{Aliases}}{{Source}}</div>`,
    },
  ]),
  });
}

/** 中文 term ↔ English term, and a definition in one language → the term in the other. */
function bilingualNoteType(bilingualId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: bilingualId,
  name: `${prefix} Bilingual`,
  kind: 'standard',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(bilingualId, [
    ['Term (zh)', '中文术语'],
    ['Term (en)', 'English term'],
    ['Definition (zh)', '中文释义'],
    ['Definition (en)', 'English definition'],
    ['Clue (zh)', '隐去术语的中文释义'],
    ['Clue (en)', 'English definition with the terms blanked out'],
    ['Aliases', 'Other names, both languages.'],
    ['Different terms', 'Non-empty when the Chinese and English terms differ (only then are the term ↔ term cards made).'],
    ['Source', 'Where the definitions come from.'],
  ]),
  templates: templates(bilingualId, [
    {
      name: '中文 → English',
      front: '{{#Different terms}}<div class="cv cv-front">{{Term (zh)}}<div class="cv-ask" lang="en">English?</div></div>{{/Different terms}}',
      back: `<div class="cv cv-front">{{Term (zh)}}</div>${answerRule}<div class="cv cv-back">{{Term (en)}}{{Definition (en)}}{{Aliases}}{{Source}}</div>`,
    },
    {
      name: 'English → 中文',
      front: '{{#Different terms}}<div class="cv cv-front">{{Term (en)}}<div class="cv-ask" lang="zh-Hans">中文？</div></div>{{/Different terms}}',
      back: `<div class="cv cv-front">{{Term (en)}}</div>${answerRule}<div class="cv cv-back">{{Term (zh)}}{{Definition (zh)}}{{Aliases}}{{Source}}</div>`,
    },
    {
      name: '释义 → English term',
      front: '<div class="cv cv-front">{{Clue (zh)}}<div class="cv-ask" lang="en">English term?</div></div>',
      back: `<div class="cv cv-front">{{Clue (zh)}}</div>${answerRule}<div class="cv cv-back">{{Term (en)}}{{Term (zh)}}{{Source}}</div>`,
    },
    {
      name: 'Definition → 中文术语',
      front: '<div class="cv cv-front">{{Clue (en)}}<div class="cv-ask" lang="zh-Hans">中文术语？</div></div>',
      back: `<div class="cv cv-front">{{Clue (en)}}</div>${answerRule}<div class="cv cv-back">{{Term (zh)}}{{Term (en)}}{{Source}}</div>`,
    },
  ]),
  });
}

/** Key sentences of an explanation with the concept's term blanked out. */
function clozeNoteType(clozeId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: clozeId,
  name: `${prefix} Cloze`,
  kind: 'cloze',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(clozeId, [
    ['Text', 'Key sentences with {{c1::…}} around the term.'],
    ['Term', 'The term that is blanked out.'],
    ['Definition', 'The short definition.'],
    ['Source', 'Where the sentences come from.'],
  ]),
  templates: templates(clozeId, [
    {
      name: 'Cloze',
      front: '<div class="cv cv-front">{{cloze:Text}}</div>',
      back: `<div class="cv cv-front">{{cloze:Text}}</div>${answerRule}<div class="cv cv-back">{{Term}}{{Definition}}{{Source}}</div>`,
    },
  ]),
  });
}

/** One cell of a comparison table: subject + dimension → value, and value → subject. */
function comparisonNoteType(comparisonId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: comparisonId,
  name: `${prefix} Comparison`,
  kind: 'standard',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(comparisonId, [
    ['Subject question', 'Asks for the value of one subject along one dimension.'],
    ['Value', 'The cell text.'],
    ['Value question', 'Asks which subject has this value (empty when the value is not unique).'],
    ['Subject', 'The compared concept.'],
    ['Comparison', 'Title of the comparison.'],
    ['Source', 'Where the comparison comes from.'],
  ]),
  templates: templates(comparisonId, [
    {
      name: 'Value → Subject',
      front: '{{#Value question}}<div class="cv cv-front">{{Comparison}}{{Value question}}</div>{{/Value question}}',
      back: `<div class="cv cv-front">{{Comparison}}{{Value question}}</div>${answerRule}<div class="cv cv-back">{{Subject}}{{Source}}</div>`,
    },
    {
      name: 'Subject → Value',
      front: '<div class="cv cv-front">{{Comparison}}{{Subject question}}</div>',
      back: `{{FrontSide}}${answerRule}<div class="cv cv-back">{{Value}}{{Source}}</div>`,
    },
  ]),
  });
}

/** One cell of the responsibility matrix: who manages this layer under this model? */
function responsibilityNoteType(responsibilityId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: responsibilityId,
  name: `${prefix} Responsibility`,
  kind: 'standard',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(responsibilityId, [
    ['Question', 'Who manages this layer under this model?'],
    ['Manager', 'Provider, customer or shared.'],
    ['Note', 'Why, or which part each side keeps.'],
    ['Column', "The model's whole column, this layer highlighted."],
    ['Model', 'The service model.'],
    ['Layer', 'The stack layer.'],
    ['Source', 'Where the assignment comes from.'],
  ]),
  templates: templates(responsibilityId, [
    {
      name: 'Who manages',
      front: '<div class="cv cv-front">{{Question}}</div>',
      back: `{{FrontSide}}${answerRule}<div class="cv cv-back">{{Manager}}{{Note}}{{Column}}{{Source}}</div>`,
    },
  ]),
  });
}

/** A typed relation: "Xen is an example of […]" and "[…] is an example of paravirtualization". */
function relationNoteType(relationId: number, prefix: string): AnkiNoteType {
  return new AnkiNoteType({
  id: relationId,
  name: `${prefix} Relation`,
  kind: 'standard',
  css: cloudVirtCss,
  mod: noteTypesMod,
  fields: fields(relationId, [
    ['Forward question', 'The source and the relation; asks for the target.'],
    ['To', 'The target concept.'],
    ['Reverse question', 'The relation and the target; asks for the source.'],
    ['From', 'The source concept.'],
    ['Statement', 'The whole relation as a sentence.'],
    ['Note', 'A qualification of this relation.'],
    ['Source', 'Where the relation comes from.'],
  ]),
  templates: templates(relationId, [
    {
      name: 'Forward',
      front: '<div class="cv cv-front">{{Forward question}}</div>',
      back: `{{FrontSide}}${answerRule}<div class="cv cv-back">{{To}}{{Statement}}{{Note}}{{Source}}</div>`,
    },
    {
      name: 'Reverse',
      front: '<div class="cv cv-front">{{Reverse question}}</div>',
      back: `{{FrontSide}}${answerRule}<div class="cv cv-back">{{From}}{{Statement}}{{Note}}{{Source}}</div>`,
    },
  ]),
  });
}

const builders: Readonly<Record<AnkiCardKind, (id: number, prefix: string) => AnkiNoteType>> = {
  definition: definitionNoteType,
  bilingual: bilingualNoteType,
  cloze: clozeNoteType,
  comparison: comparisonNoteType,
  responsibility: responsibilityNoteType,
  relation: relationNoteType,
};

/** Smallest derived note-type id: the range of the deck ids (10¹² … 10¹² + 2⁴⁰), which holds CloudVirt's frozen ids too. */
const noteTypeIdBase = 1_000_000_000_000;
const noteTypeIdRange = 2 ** 40;

/**
 * The note-type id of a card kind in a pack: its frozen id when the pack published before packs existed
 * ({@link publishedBeforePacks}: CloudVirt's ids, picked at random once), else derived from the pack id
 * and the card kind (SHA-256 into 10¹² … 10¹² + 2⁴⁰, so field and template ids `id × 1000 + n` stay safe
 * integers). Different packs get different note types: a deck of one never updates another's notes.
 *
 * @param packId The pack id (kebab-case).
 * @param kind The card kind.
 * @returns A positive safe integer.
 * @throws {TypeError} When `packId` is not a string.
 * @throws {RangeError} When `kind` is not a card kind.
 */
export function ankiNoteTypeIdFor(packId: string, kind: AnkiCardKind): number {
  expectString('`packId` argument of ankiNoteTypeIdFor', packId, "a pack id (a string, such as 'cloudvirt')");
  expectOneOf('`kind` argument of ankiNoteTypeIdFor', kind, ankiCardKinds);
  const frozen = Object.hasOwn(publishedBeforePacks, packId) ? publishedBeforePacks[packId]?.noteTypeIds[kind] : undefined;
  return frozen ?? noteTypeIdBase + Number(firstUint64(sha256(`${packId}-note-type__${kind}`)) % BigInt(noteTypeIdRange));
}

const cache = new Map<string, Readonly<Record<AnkiCardKind, AnkiNoteType>>>();

/**
 * The six note types of a pack: ids from {@link ankiNoteTypeIdFor}, names `<short name> Definition`,
 * `<short name> Bilingual`… (the English short name), the same fields, templates and CSS for every pack.
 *
 * @param pack The pack's id and short name (`packIdentity(kb)`).
 * @returns The note type of each card kind (the same objects for the same id and short name).
 * @throws {TypeError} When `pack` has no string `id` or `shortName.en`.
 */
export function ankiNoteTypesFor(pack: Pick<PackIdentity, 'id' | 'shortName'>): Readonly<Record<AnkiCardKind, AnkiNoteType>> {
  expectPackLike('`pack` argument of ankiNoteTypesFor', pack);
  expectString('`shortName.en` of the `pack` argument of ankiNoteTypesFor', pack.shortName?.en, "the pack's English short name (a string, such as 'CloudVirt')");
  const key = `${pack.id}\u0000${pack.shortName.en}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const prefix = ankiDeckNamePart(pack.shortName.en, pack.id);
  const types = Object.fromEntries(ankiCardKinds.map((kind) => [kind, builders[kind](ankiNoteTypeIdFor(pack.id, kind), prefix)])) as Record<AnkiCardKind, AnkiNoteType>;
  cache.set(key, types);
  return types;
}

/** CloudVirt's note type of each card kind (`ankiNoteTypesFor` of the bundled pack: frozen ids, `CloudVirt …` names). */
export const cloudVirtNoteTypes: Readonly<Record<AnkiCardKind, AnkiNoteType>> = ankiNoteTypesFor({ id: 'cloudvirt', shortName: { en: 'CloudVirt', zh: 'CloudVirt' } });
