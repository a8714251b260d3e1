/**
 * Notes about one concept: `definition`, `bilingual` and `cloze`.
 *
 * @module
 */
import type { Concept, Locale } from '@cloudvirt/core';
import type { ElementContent } from 'hast';
import type { BuildContext, AnkiPlannedNote } from './context.js';
import { tagOf } from './context.js';
import { ankiGuidFor } from './guid.js';
import { clozeText, defuseBraces, element, explanationNodes, text, toFieldHtml } from './html.js';
import type { AnkiCardKind } from './options.js';
import { phrases } from './phrases.js';
import { keySentences } from './sentences.js';
import { clozeTerms, maskTerms, termPattern } from './terms.js';

/** Every term of a concept, in both languages. */
export function conceptTerms(concept: Concept): string[] {
  return [concept.label.en, concept.label.zh, ...concept.aliases.en, ...concept.aliases.zh];
}

function identity(ctx: BuildContext, concept: Concept, kind: AnkiCardKind): Pick<AnkiPlannedNote, 'guid' | 'tags' | 'mod' | 'deck' | 'order'> {
  return {
    guid: ankiGuidFor(ctx.pack.id, 'concept', concept.id, kind, ctx.lang),
    tags: [
      ctx.tag('topic', concept.topic),
      ctx.tag('card', kind),
      tagOf('kind', concept.kind),
      tagOf('level', concept.level),
    ],
    mod: ctx.modOf([concept]),
    deck: ctx.deckFor(concept.topic),
    order: [ctx.rank(concept.id), kind === 'cloze' ? 1 : 0, 0],
  };
}

function definitionBlock(ctx: BuildContext, concept: Concept, locales: readonly Locale[], masked: boolean): ElementContent[] {
  const pattern = masked ? termPattern(conceptTerms(concept)) : null;
  return locales.map((locale) =>
    element('div', { className: ['cv-definition'], locale }, masked ? maskTerms(concept.definition[locale], pattern, phrases[locale].blank) : [text(concept.definition[locale])]),
  );
}

function aliasesBlock(ctx: BuildContext, concept: Concept): ElementContent[] {
  return ctx.locales
    .filter((locale) => concept.aliases[locale].length > 0)
    .map((locale) =>
      element('div', { className: ['cv-aliases'], locale }, [
        element('span', { className: ['cv-label'] }, [text(phrases[locale].aliases)]),
        text(concept.aliases[locale].join(phrases[locale].listSeparator)),
      ]),
    );
}

function examplesBlock(ctx: BuildContext, concept: Concept): ElementContent[] {
  if (concept.examples.length === 0) return [];
  return ctx.perLocale('div', ['cv-examples'], (locale) => [
    element('span', { className: ['cv-label'] }, [text(phrases[locale].examples)]),
    element(
      'ul',
      {},
      concept.examples.map((example) => element('li', {}, [text(example[locale])])),
    ),
  ]);
}

function explanationBlock(ctx: BuildContext, concept: Concept): ElementContent[] {
  return ctx.locales
    .filter((locale) => concept.explanation[locale].trim() !== '')
    .map((locale) => element('div', { className: ['cv-explanation'], locale }, explanationNodes(concept.explanation[locale], ctx.isKnownConcept)));
}

/**
 * The `definition` note: Term → Definition and Definition (terms blanked) → Term.
 *
 * @param ctx Build context.
 * @param concept The concept.
 */
export function definitionNote(ctx: BuildContext, concept: Concept): AnkiPlannedNote {
  return {
    kind: 'definition',
    noteType: ctx.noteTypes.definition,
    ...identity(ctx, concept, 'definition'),
    fields: ctx.conceptFields('definition', concept, () => [
      toFieldHtml(ctx.labelBlock(concept, 'cv-term')),
      toFieldHtml(definitionBlock(ctx, concept, ctx.locales, false)),
      toFieldHtml(definitionBlock(ctx, concept, ctx.locales, true)),
      toFieldHtml(aliasesBlock(ctx, concept)),
      toFieldHtml(explanationBlock(ctx, concept)),
      toFieldHtml(examplesBlock(ctx, concept)),
      toFieldHtml(ctx.sourceLine(concept.sources)),
    ])!,
  };
}

const comparable = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/**
 * The `bilingual` note: 中文 ↔ English terms (only when they differ) and each definition → the other
 * language's term.
 *
 * @param ctx Build context.
 * @param concept The concept.
 */
export function bilingualNote(ctx: BuildContext, concept: Concept): AnkiPlannedNote {
  return {
    kind: 'bilingual',
    noteType: ctx.noteTypes.bilingual,
    ...identity(ctx, concept, 'bilingual'),
    fields: ctx.conceptFields('bilingual', concept, () => bilingualFields(ctx, concept))!,
  };
}

function bilingualFields(ctx: BuildContext, concept: Concept): string[] {
  const term = (locale: Locale): string =>
    toFieldHtml([element('div', { className: ['cv-term'] }, [element('span', { locale }, [text(concept.label[locale])])])]);
  const bothAliases = (['zh', 'en'] as const)
    .filter((locale) => concept.aliases[locale].length > 0)
    .map((locale) =>
      element('div', { className: ['cv-aliases'], locale }, [
        element('span', { className: ['cv-label'] }, [text(phrases[locale].aliases)]),
        text(concept.aliases[locale].join(phrases[locale].listSeparator)),
      ]),
    );
  return [
      term('zh'),
      term('en'),
      toFieldHtml(definitionBlock(ctx, concept, ['zh'], false)),
      toFieldHtml(definitionBlock(ctx, concept, ['en'], false)),
      toFieldHtml(definitionBlock(ctx, concept, ['zh'], true)),
      toFieldHtml(definitionBlock(ctx, concept, ['en'], true)),
      toFieldHtml(bothAliases),
      comparable(concept.label.zh) === comparable(concept.label.en) ? '' : '✓',
      toFieldHtml(ctx.sourceLine(concept.sources)),
  ];
}

/**
 * The `cloze` note: up to three key sentences per deck language that name the concept, the term
 * clozed as `c1` (one card), or `null` when the explanation has no such sentence.
 *
 * @param ctx Build context.
 * @param concept The concept.
 */
export function clozeNote(ctx: BuildContext, concept: Concept): AnkiPlannedNote | null {
  const fields = ctx.conceptFields('cloze', concept, () => clozeFields(ctx, concept));
  if (fields === null) return null;
  return { kind: 'cloze', noteType: ctx.noteTypes.cloze, ...identity(ctx, concept, 'cloze'), fields };
}

function clozeFields(ctx: BuildContext, concept: Concept): string[] | null {
  const pattern = termPattern(conceptTerms(concept));
  const blocks: ElementContent[] = [];
  for (const locale of ctx.locales) {
    const sentences = keySentences(concept.explanation[locale], { pattern, locale, isKnownConcept: ctx.isKnownConcept })
      .map((sentence) => clozeTerms(defuseBraces(sentence), pattern))
      .filter((sentence): sentence is string => sentence !== null);
    if (sentences.length > 0) {
      blocks.push(element('div', { className: ['cv-cloze'], locale }, sentences.map((sentence) => element('p', {}, [clozeText(sentence)]))));
    }
  }
  if (blocks.length === 0) return null;
  return [
    toFieldHtml(blocks),
    toFieldHtml(ctx.labelBlock(concept, 'cv-answer')),
    toFieldHtml(definitionBlock(ctx, concept, ctx.locales, false)),
    toFieldHtml(ctx.sourceLine(concept.sources)),
  ];
}
