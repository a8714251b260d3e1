/**
 * `@cloudvirt/render/anki`: Anki packages (`.apkg`) and Anki text files from a knowledge base, with
 * stable identities so learners can re-import newer decks without losing progress.
 *
 * - {@link toAnkiPackage}: a pack's decks (`en`, `zh`, `bilingual`) as a legacy `.apkg`, with ids and
 *   names derived from the pack's identity (`kb.pack`).
 * - {@link toAnkiCsv}: the same notes (same GUIDs) in Anki's text-import format.
 * - {@link writeAnkiPackage}, {@link AnkiNoteType}: a small genanki-like writer for any notes.
 * - {@link checkApkgFileName}: refuses `collection.apkg` / `backup-*.apkg`.
 * - {@link withAnkiSchedules}: a written package whose cards carry a learner's scheduling and review history.
 * - {@link renderAnkiCards}: the question and answer HTML of each card of a planned note, as Anki shows them.
 *
 * Runs in Node and in browsers (sql.js + fflate; no `node:` imports).
 *
 * @packageDocumentation
 */
export { toAnkiPackage } from './anki/to-package.js';
export type { AnkiKindCounts, AnkiPackageOptions, AnkiPackageResult, AnkiPackageSummary } from './anki/to-package.js';
export { ankiCsvColumns, ankiDeckPlanToCsv, toAnkiCsv } from './anki/to-csv.js';
export type { AnkiCsvOptions } from './anki/to-csv.js';
export { planAnkiDeck } from './anki/plan.js';
export type { RenderMemo } from './anki/render-memo.js';
export type { AnkiDeckPlan } from './anki/plan.js';
export { renderAnkiCards } from './anki/card-html.js';
export { withAnkiSchedules } from './anki/schedules.js';
export type { AnkiCardSchedule, AnkiReview, AnkiScheduleCounts } from './anki/schedules.js';
export type { AnkiCardHtml } from './anki/card-html.js';
export { findAnkiTopic, resolveAnkiTopics, withAnkiSubtopics } from './anki/topics.js';
export type { AnkiPlannedNote } from './anki/context.js';
export { ankiCardKinds, ankiLanguages, defaultAnkiCardKinds } from './anki/options.js';
export type { AnkiCardKind, AnkiDeckOptions, AnkiLanguage } from './anki/options.js';
export { ankiNoteTypeIdFor, ankiNoteTypesFor, cloudVirtNoteTypes, noteTypesUpdated as ankiNoteTypesUpdated } from './anki/cloudvirt-note-types.js';
export { fieldsUpdated as ankiFieldsUpdated } from './anki/context.js';
export { ankiFileStem, checkApkgFileName } from './anki/file-name.js';
export { writeAnkiPackage } from './anki/package.js';
export type { AnkiMediaFile, AnkiNote, AnkiPackageCounts, AnkiPackageInput, AnkiWriteOptions } from './anki/package.js';
export { AnkiNoteType } from './anki/note-type.js';
export type { AnkiFieldSpec, AnkiNoteTypeSpec, AnkiTemplateSpec } from './anki/note-type.js';
export { ankiDeckIdFor, ankiDeckNamePart } from './anki/deck.js';
export type { AnkiDeck } from './anki/deck.js';
export { ankiGuidFor } from './anki/guid.js';
export { ankiFieldChecksum, stripAnkiHtml } from './anki/text.js';
export type { AnkiSqlJsConfig } from './anki/sqljs.js';
