/**
 * `toAnkiCsv`: the same notes as `toAnkiPackage`, in Anki's text-import format (Anki ≥ 2.1.55).
 *
 * @module
 */
import { checkOptionKeys, expectOneOf, invalidTypeError, type KnowledgeBaseData } from '@cloudvirt/core';
import { checkAnkiArguments } from './arguments.js';
import type { AnkiDeckOptions } from './options.js';
import { planAnkiDeck, type AnkiDeckPlan } from './plan.js';

/** Options of {@link toAnkiCsv}. */
export interface AnkiCsvOptions<K extends KnowledgeBaseData = KnowledgeBaseData> extends AnkiDeckOptions<K> {
  /** Field separator. Default `tab`. */
  readonly separator?: 'tab' | 'comma';
}

/** Column numbers (1-based) of the meta columns; fields follow. */
export const ankiCsvColumns = { notetype: 1, deck: 2, guid: 3, tags: 4, firstField: 5 } as const;

function quote(value: string, separator: string): string {
  return value.includes(separator) || /["\n\r]/.test(value) || value.startsWith('#') ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Exports the notes of a CloudVirt deck as an Anki text file: `#separator`, `#html:true`,
 * `#notetype column`, `#deck column`, `#guid column`, `#tags column` and `#columns` headers, then one
 * row per note: note type id, deck name, GUID, tags, fields (padded to the widest note type).
 *
 * The GUIDs are those of {@link toAnkiPackage} for the same options, so importing the text file into
 * a collection that already has the CloudVirt note types (from the `.apkg`) updates those notes.
 * Anki cannot create note types from a text file: import the `.apkg` once first.
 * The GUID is not in the first column because Anki reads a line starting with `#` as a comment.
 *
 * @param kb The knowledge base data.
 * @param options Deck options plus the separator.
 * @returns The file content (UTF-8 text, LF line ends).
 * @throws {TypeError} On a missing knowledge base or options, an unknown option key or a wrong type.
 * @throws {RangeError} On unknown option values (language, card kind, level, topic, concept, separator).
 */
export function toAnkiCsv<K extends KnowledgeBaseData>(kb: K, options: AnkiCsvOptions<K>): string {
  checkAnkiArguments('toAnkiCsv', kb, options, ['separator']);
  const { separator, ...deckOptions } = options;
  if (separator !== undefined) expectOneOf('`separator` option of toAnkiCsv', separator, ['tab', 'comma']);
  return ankiDeckPlanToCsv(planAnkiDeck(kb, deckOptions), separator === undefined ? {} : { separator });
}

/**
 * The Anki text file of a deck already planned with {@link planAnkiDeck}: what {@link toAnkiCsv} writes
 * for the same options, without planning the deck again (a build that writes the `.apkg` and the text
 * file of one deck plans it once).
 *
 * @param plan The deck plan.
 * @param options The separator (default `tab`).
 * @returns The file content (UTF-8 text, LF line ends).
 * @example
 * ```ts
 * const plan = planAnkiDeck(kb, { lang: 'en' });
 * const { bytes } = await writeAnkiPackage({ notes: plan.notes, decks: plan.decks });
 * const text = ankiDeckPlanToCsv(plan, { separator: 'tab' });
 * ```
 * @throws {TypeError} When `plan` is not a deck plan, or `options` has an unknown key.
 * @throws {RangeError} When `separator` is not `tab` or `comma`.
 */
export function ankiDeckPlanToCsv(plan: AnkiDeckPlan, options: Pick<AnkiCsvOptions, 'separator'> = {}): string {
  const notes: unknown = plan !== null && typeof plan === 'object' ? (plan as { notes?: unknown }).notes : undefined;
  if (!Array.isArray(notes)) throw invalidTypeError('`plan` argument of ankiDeckPlanToCsv', plan, 'a deck plan (an object with `notes`, such as the result of planAnkiDeck)');
  checkOptionKeys('ankiDeckPlanToCsv options', options, ['separator']);
  if (options.separator !== undefined) expectOneOf('`separator` option of ankiDeckPlanToCsv', options.separator, ['tab', 'comma']);
  const separator = (options.separator ?? 'tab') === 'tab' ? '\t' : ',';
  const width = Math.max(0, ...plan.notes.map((note) => note.fields.length));
  const labels = ['Notetype', 'Deck', 'GUID', 'Tags', ...Array.from({ length: width }, (_, index) => `Field ${index + 1}`)];
  const lines = [
    `#separator:${separator === '\t' ? 'tab' : 'comma'}`,
    '#html:true',
    `#notetype column:${ankiCsvColumns.notetype}`,
    `#deck column:${ankiCsvColumns.deck}`,
    `#guid column:${ankiCsvColumns.guid}`,
    `#tags column:${ankiCsvColumns.tags}`,
    `#columns:${labels.join(separator)}`,
  ];
  for (const note of plan.notes) {
    const fields = [...note.fields, ...Array.from({ length: width - note.fields.length }, () => '')];
    const row = [String(note.noteType.id), note.deck, note.guid, [...new Set(note.tags)].sort().join(' '), ...fields.map((field) => field.normalize('NFC'))];
    lines.push(row.map((value) => quote(value, separator)).join(separator));
  }
  return `${lines.join('\n')}\n`;
}
