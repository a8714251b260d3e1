/**
 * `@cloudvirt/flashcards`: the programmatic side of the `cloudvirt-flashcards` CLI. The CLI and the
 * site's downloads go through the same functions.
 *
 * - {@link exportFlashcards}: one export in memory (`apkg`, `csv` or `md`) with a summary.
 * - {@link planFlashcards}: what an export would hold, without building it (`--dry-run`).
 * - {@link listFlashcards}: topics, levels and card kinds with counts (`--list`).
 * - {@link writeStandardDownloads}: the six standard decks for the site's downloads page.
 *
 * @packageDocumentation
 */
export { writeFileAtomic } from './atomic-write.js';
export { exitCodes, OutputError, PackContentError, UsageError } from './errors.js';
export { exportFlashcards, planFlashcards, summarizeAnkiPlan } from './export.js';
export type { AnkiExportSummary, FlashcardsExport, FlashcardsPlan, FlashcardsSummary, MarkdownExportSummary } from './export.js';
export { checkOutputName, defaultFileName, formatExtensions, formatOfPath } from './file-name.js';
export { sliceKnowledgeBase } from './knowledge-base-subset.js';
export { listFlashcards } from './listing.js';
export type { CardKindListing, ConceptListing, FlashcardsListing, LevelListing, PackListing, TopicListing } from './listing.js';
export type { MarkdownContentCounts } from './markdown-export.js';
export { deckLanguages, outputFormats, resolveFlashcardsOptions } from './selection.js';
export type { BundledKnowledgeBase, DeckLanguage, FlashcardsKnowledgeBase, FlashcardsOptions, OutputFormat, ResolvedFlashcardsOptions } from './selection.js';
export { buildStandardDownloads, standardDownloadNames, writeStandardDownloads } from './standard-downloads.js';
export type { StandardDownload, StandardDownloadFile, StandardDownloadsOptions } from './standard-downloads.js';
