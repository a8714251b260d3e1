/**
 * Parity of the Anki downloads: every planned note of the `en`, `zh` and `bilingual` decks (concepts,
 * relations, comparison and matrix cells) is in the `.apkg` and in the text file under the GUID derived
 * from its record, with its note type's id, in its deck, with fields in the deck's languages.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { ankiNoteRecords } from '../identity.js';
import { ankiDeckIdFor, defaultAnkiCardKinds, planAnkiDeck, type AnkiLanguage, type AnkiPlannedNote } from '@cloudvirt/render/anki';
import type { ApkgContent, AnkiTextFile } from '../outputs/anki.js';
import { Tally, type OutputParity } from './tally.js';

/** The planned notes grouped by the record they stand for (a concept has one note per card kind). */
function notesByRecord(kb: KnowledgeBaseData, plan: ReturnType<typeof planAnkiDeck>): Map<string, { kind: 'concepts' | 'relations' | 'cells'; notes: AnkiPlannedNote[] }> {
  const records = ankiNoteRecords(kb, plan.lang);
  const grouped = new Map<string, { kind: 'concepts' | 'relations' | 'cells'; notes: AnkiPlannedNote[] }>();
  for (const note of plan.notes) {
    const path = records.get(note.guid)?.path ?? ['unknown', note.guid];
    const kind = path[0] === 'concept' ? 'concepts' : path[0] === 'relation' ? 'relations' : 'cells';
    const key = path.join('/');
    const group = grouped.get(key) ?? { kind, notes: [] };
    group.notes.push(note);
    grouped.set(key, group);
  }
  return grouped;
}

/** A remark on the records the standard decks leave out by design. */
function designNotes(kb: KnowledgeBaseData, grouped: ReadonlyMap<string, unknown>): string[] {
  const conceptsWithout = kb.concepts.filter((concept) => !grouped.has(`concept/${concept.id}`)).length;
  const relationsWithout = kb.relations.filter((relation) => !grouped.has(`relation/${relation.from}/${relation.type}/${relation.to}`)).length;
  return [
    ...(relationsWithout > 0 ? [`${relationsWithout} relations have no card by design (\`related\` edges are not asked)`] : []),
    ...(conceptsWithout > 0 ? [`${conceptsWithout} concepts have no card`] : []),
  ];
}

/** The `lang` attributes every field set of a deck language carries. */
const languageAttributes: Readonly<Record<AnkiLanguage, readonly string[]>> = {
  en: ['lang="en"'],
  zh: ['lang="zh-Hans"'],
  bilingual: ['lang="en"', 'lang="zh-Hans"'],
};

/**
 * The notes a standard download of one language holds (default card kinds).
 *
 * @param kb The knowledge base.
 * @param lang The deck language.
 * @returns The planned notes.
 */
export function plannedDeck(kb: KnowledgeBaseData, lang: AnkiLanguage): ReturnType<typeof planAnkiDeck> {
  return planAnkiDeck(kb, { lang, cardKinds: defaultAnkiCardKinds(lang) });
}

/**
 * Check an `.apkg` download against the plan of its language.
 *
 * @param kb The knowledge base.
 * @param plan The planned deck.
 * @param name The file's name.
 * @param content The opened package, or the error that kept it from opening (or `undefined` when the file is missing).
 * @returns The parity.
 */
export function apkgParity(kb: KnowledgeBaseData, plan: ReturnType<typeof planAnkiDeck>, name: string, content: ApkgContent | Error | undefined): OutputParity {
  const tally = new Tally(name);
  if (content === undefined) {
    tally.fail(`downloads/${name} is missing (the site does not write the ${plan.lang} deck yet?)`);
    return tally.result();
  }
  if (content instanceof Error) {
    tally.fail(`downloads/${name} cannot be opened: ${content.message}`);
    return tally.result();
  }
  if (content.integrity !== 'ok') tally.fail(`${name}: SQLite integrity_check says ${content.integrity}`);
  const byGuid = new Map(content.notes.map((note) => [note.guid, note]));
  const deckIds = new Set(content.decks.keys());
  const decksByName = new Map([...content.decks].map(([id, deckName]) => [deckName, id]));
  const grouped = notesByRecord(kb, plan);
  for (const note of designNotes(kb, grouped)) tally.note(note);
  for (const [record, group] of grouped) {
    const problems = group.notes.flatMap((planned) => {
      const note = byGuid.get(planned.guid);
      if (note === undefined) return [`${name}: ${record} has no note with GUID ${planned.guid} (${planned.kind})`];
      if (note.mid !== planned.noteType.id) return [`${name}: note ${planned.guid} of ${record} has note type ${note.mid}, expected ${planned.noteType.id}`];
      return [];
    });
    tally.check(group.kind, problems[0]);
    const fields = group.notes.map((planned) => byGuid.get(planned.guid)?.fields.join('\n') ?? '').join('\n');
    const missing = languageAttributes[plan.lang].filter((attribute) => !fields.includes(attribute));
    tally.check('languages', missing.length === 0 ? undefined : `${name}: the notes of ${record} have no field with ${missing.join(', ')}`);
  }
  for (const deck of plan.decks) {
    const id = decksByName.get(deck.name);
    if (id === undefined || id !== ankiDeckIdFor(deck.name) || !deckIds.has(id)) tally.fail(`${name}: deck "${deck.name}" is missing or has an id other than ${ankiDeckIdFor(deck.name)}`);
  }
  const extra = content.notes.length - plan.notes.length;
  if (extra !== 0) tally.fail(`${name}: ${content.notes.length} notes, expected ${plan.notes.length}`);
  return tally.result();
}

/**
 * Check an Anki text-file download against the plan of its language.
 *
 * @param kb The knowledge base.
 * @param plan The planned deck.
 * @param name The file's name.
 * @param file The parsed file, the error that kept it from parsing, or `undefined` when missing.
 * @returns The parity.
 */
export function ankiTextParity(kb: KnowledgeBaseData, plan: ReturnType<typeof planAnkiDeck>, name: string, file: AnkiTextFile | Error | undefined): OutputParity {
  const tally = new Tally(name);
  if (file === undefined) {
    tally.fail(`downloads/${name} is missing (the site does not write the ${plan.lang} text deck yet?)`);
    return tally.result();
  }
  if (file instanceof Error) {
    tally.fail(`downloads/${name} cannot be parsed: ${file.message}`);
    return tally.result();
  }
  if (!file.headers.has('guid column')) tally.fail(`${name}: no #guid column header, so Anki cannot update notes from it`);
  const byGuid = new Map(file.rows.map((row) => [row.guid, row]));
  const grouped = notesByRecord(kb, plan);
  for (const note of designNotes(kb, grouped)) tally.note(note);
  for (const [record, group] of grouped) {
    const missingRows = group.notes.filter((planned) => !byGuid.has(planned.guid));
    tally.check(group.kind, missingRows[0] === undefined ? undefined : `${name}: ${record} has no row with GUID ${missingRows[0].guid} (${missingRows[0].kind})`);
    const text = group.notes.map((planned) => byGuid.get(planned.guid)?.columns.join('\n') ?? '').join('\n');
    const missing = languageAttributes[plan.lang].filter((attribute) => !text.includes(attribute));
    tally.check('languages', missing.length === 0 ? undefined : `${name}: the rows of ${record} have no field with ${missing.join(', ')}`);
  }
  if (file.rows.length !== plan.notes.length) tally.fail(`${name}: ${file.rows.length} rows, expected ${plan.notes.length}`);
  return tally.result();
}
