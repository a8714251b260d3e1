/**
 * Notes from tables: one per comparison cell, one per responsibility-matrix cell.
 *
 * @module
 */
import type { Comparison, ComparisonCell, Concept, Locale, ResponsibilityCell } from '@cloudvirt/core';
import type { ElementContent } from 'hast';
import { conceptTerms } from './concept-notes.js';
import type { BuildContext, AnkiPlannedNote } from './context.js';
import { inconsistentDataHint, tagOf } from './context.js';
import { ankiGuidFor } from './guid.js';
import { element, text, toFieldHtml } from './html.js';
import { phrases } from './phrases.js';
import { memoText } from './render-memo.js';
import { maskTerms, termPattern } from './terms.js';

/** The memo part of a comparison's note fields; bump the number when what the fields read changes. */
const comparisonFieldsPart = 'anki-comparison-fields-1';

const withoutQuestionMark = (value: string): string => value.trim().replace(/[?？]+$/u, '');
const comparable = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * Notes for one comparison: per cell whose subject is selected, "subject — dimension?" → value, and
 * (when the value is unique in its dimension) "dimension: “value” — which one: A or B?" → subject.
 * Subject terms in the value are blanked out.
 *
 * @param ctx Build context.
 * @param comparison The comparison.
 * @param comparisonIndex Its position in the knowledge base (for study order).
 */
export function comparisonNotes(ctx: BuildContext, comparison: Comparison, comparisonIndex: number): AnkiPlannedNote[] {
  const where = `comparison \`${comparison.id}\``;
  const subjects = comparison.subjects.map((id) => ctx.concept(id, where));
  const pattern = termPattern(subjects.flatMap(conceptTerms));
  const mod = ctx.modOf([comparison, ...subjects]);
  const deck = ctx.deckFor(comparison.topic);
  const rank = Math.max(...subjects.map((subject) => ctx.rank(subject.id)));
  const title = ctx.perLocale('div', ['cv-context'], (locale) => [text(comparison.title[locale])]);
  const isUnique = (cell: ComparisonCell): boolean =>
    ctx.locales.every((locale) => comparison.cells.filter((other) => other.dimension === cell.dimension && comparable(other.text[locale]) === comparable(cell.text[locale])).length === 1);

  const cellFields = (cell: ComparisonCell): string[] => {
    const subject = ctx.concept(cell.subject, where);
    const dimension = comparison.dimensions.find((candidate) => candidate.id === cell.dimension);
    if (dimension === undefined) throw new RangeError(`Unknown dimension \`${cell.dimension}\` in ${where}.\n${inconsistentDataHint}`);
    const subjectQuestion = ctx.perLocale('div', ['cv-question'], (locale) => [
      text(`${subject.label[locale]} — ${withoutQuestionMark(dimension.label[locale])}${phrases[locale].questionMark}`),
    ]);
    const valueQuestion =
      subjects.length >= 2 && isUnique(cell)
        ? ctx.perLocale('div', ['cv-question'], (locale: Locale): ElementContent[] => [
            text(`${withoutQuestionMark(dimension.label[locale])}${phrases[locale].colon}“`),
            ...maskTerms(cell.text[locale], pattern, phrases[locale].blank),
            text('”'),
            element('div', {}, [text(phrases[locale].whichSubject(phrases[locale].choices(subjects.map((other) => other.label[locale]))))]),
          ])
        : [];
    return [
      toFieldHtml(subjectQuestion),
      toFieldHtml(ctx.perLocale('div', ['cv-answer'], (locale) => [text(cell.text[locale])])),
      toFieldHtml(valueQuestion),
      toFieldHtml(ctx.labelBlock(subject, 'cv-answer')),
      toFieldHtml(title),
      toFieldHtml(ctx.sourceLine(comparison.sources)),
    ];
  };
  // The fields of the selected cells, through the memo when there is one: they read the comparison, the
  // deck language and the labels and aliases of its subjects (the terms blanked in values), nothing else.
  const selectedCells = comparison.cells.filter((cell) => ctx.selected.has(cell.subject));
  const fieldsOf =
    ctx.memo === undefined
      ? selectedCells.map(cellFields)
      : (JSON.parse(
          memoText(
            ctx.memo,
            comparisonFieldsPart,
            `comparison:${comparison.id}`,
            () => {
              const ids = [...new Set([...comparison.subjects, ...comparison.cells.map((cell) => cell.subject)])];
              const terms = ids.map((id) => {
                const concept = ctx.concept(id, where);
                return [id, concept.label, concept.aliases];
              });
              return JSON.stringify([ctx.lang, comparison, terms, selectedCells.map((cell) => comparison.cells.indexOf(cell))]);
            },
            () => JSON.stringify(selectedCells.map(cellFields)),
          ),
        ) as string[][]);
  const fieldsByCell = new Map(selectedCells.map((cell, index) => [cell, fieldsOf[index]!]));

  return comparison.cells.flatMap((cell, cellIndex): AnkiPlannedNote[] => {
    const fields = fieldsByCell.get(cell);
    if (fields === undefined) return [];
    const subject = ctx.concept(cell.subject, where);
    return [
      {
        kind: 'comparison',
        noteType: ctx.noteTypes.comparison,
        guid: ankiGuidFor(ctx.pack.id, 'comparison', comparison.id, cell.subject, cell.dimension, 'comparison', ctx.lang),
        fields,
        tags: [
          ctx.tag('topic', comparison.topic),
          ctx.tag('card', 'comparison'),
          ctx.tag('comparison', comparison.id),
          tagOf('kind', subject.kind),
          tagOf('level', subject.level),
        ],
        mod,
        deck,
        order: [rank, 3, comparisonIndex, cellIndex],
      },
    ];
  });
}

/** A short name for a service model: its first short alias without spaces (`IaaS`), else its label. */
function modelName(model: Concept, locale: Locale): string {
  const short = [...model.aliases[locale], ...model.aliases.en].find((alias) => alias.length <= 8 && !/\s/.test(alias));
  return short ?? model.label[locale];
}

/**
 * Notes for the responsibility matrix: per cell whose service model is selected, "In IaaS, who
 * manages the layer “Servers”?" → provider / customer / shared, with the cell's note and the model's
 * whole column (this layer highlighted) on the back.
 *
 * @param ctx Build context.
 */
export function responsibilityNotes(ctx: BuildContext): AnkiPlannedNote[] {
  const matrix = ctx.kb.responsibilityMatrix;
  const where = 'the responsibility matrix';
  const layers = matrix.layers.map((id) => ctx.concept(id, where));
  const cellAt = (model: string, layer: string): ResponsibilityCell | undefined => matrix.cells.find((cell) => cell.model === model && cell.layer === layer);
  return matrix.cells.flatMap((cell, cellIndex): AnkiPlannedNote[] => {
    // A cell asks about its service model ("In PaaS, who manages…?", filed in the model's deck): it is
    // selected with the model, whatever layers are selected (topics.ts).
    if (!ctx.selected.has(cell.model)) return [];
    const model = ctx.concept(cell.model, where);
    const layer = ctx.concept(cell.layer, where);
    const column = element('table', { className: ['cv-table'], ...ctx.localeProps }, [
      element('thead', {}, [
        element('tr', {}, [
          element('th', {}, ctx.inline((locale) => phrases[locale].layerHeader)),
          element('th', {}, ctx.inline((locale) => `${phrases[locale].managerHeader} (${modelName(model, locale)})`)),
        ]),
      ]),
      element(
        'tbody',
        {},
        [...layers].reverse().flatMap((row) => {
          const rowCell = cellAt(cell.model, row.id);
          if (rowCell === undefined) return [];
          return [
            element('tr', row.id === cell.layer ? { className: ['cv-current'] } : {}, [
              element('th', {}, ctx.inline((locale) => row.label[locale])),
              element('td', {}, ctx.inline((locale) => phrases[locale].managers[rowCell.manager])),
            ]),
          ];
        }),
      ),
    ]);
    return [
      {
        kind: 'responsibility',
        noteType: ctx.noteTypes.responsibility,
        guid: ankiGuidFor(ctx.pack.id, 'responsibility', cell.model, cell.layer, 'responsibility', ctx.lang),
        fields: [
          toFieldHtml(ctx.perLocale('div', ['cv-question'], (locale) => [text(phrases[locale].whoManages(modelName(model, locale), layer.label[locale]))])),
          toFieldHtml(ctx.perLocale('div', ['cv-answer'], (locale) => [text(phrases[locale].managers[cell.manager])])),
          toFieldHtml(cell.note === undefined ? [] : ctx.perLocale('div', ['cv-note'], (locale) => [text(cell.note![locale])])),
          toFieldHtml([column]),
          toFieldHtml(ctx.labelBlock(model, 'cv-context')),
          toFieldHtml(ctx.labelBlock(layer, 'cv-context')),
          toFieldHtml(ctx.sourceLine(matrix.sources)),
        ],
        tags: [ctx.tag('topic', model.topic), ctx.tag('card', 'responsibility'), ctx.tag('model', model.id)],
        mod: ctx.modOf([matrix, model, ...layers]),
        deck: ctx.deckFor(model.topic),
        order: [Math.max(ctx.rank(model.id), ctx.rank(layer.id)), 4, 0, cellIndex],
      },
    ];
  });
}
