/**
 * The decks the site offers for download, built through the same code path as the CLI.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { checkFlashcardsOptions } from './api-arguments.js';
import { planAnkiDeck, writeAnkiPackage, type AnkiDeckOptions, type AnkiDeckPlan, type AnkiPackageInput } from '@cloudvirt/render/anki';
import { buildResolvedExport, planDeck } from './export.js';
import { resolveFlashcardsOptions, type DeckLanguage, type FlashcardsKnowledgeBase } from './selection.js';

/** One standard download, as the downloads page describes it. */
export interface StandardDownload {
  /** File name (`cloudvirt-en.apkg`, `cloudvirt-zh.csv`…). */
  readonly file: string;
  /** `apkg` or `csv`. */
  readonly format: 'apkg' | 'csv';
  /** Short format name (`Anki package`, `CSV`). */
  readonly formatName: string;
  /** MIME type (`application/zip` for `.apkg`, `text/csv` for the Anki text file). */
  readonly mediaType: string;
  /** Deck language. */
  readonly lang: DeckLanguage;
  /** Size in bytes. */
  readonly bytes: number;
  /** Notes. */
  readonly notes: number;
  /** Cards. */
  readonly cards: number;
  /** What the file is, in both languages. */
  readonly description: { readonly en: string; readonly zh: string };
}

/** A standard download with its content. */
export interface StandardDownloadFile extends StandardDownload {
  /** The file content. */
  readonly content: Uint8Array;
}

/** Options of {@link buildStandardDownloads}. */
export interface StandardDownloadsOptions {
  /** The knowledge base (default: the bundled one). */
  readonly kb?: FlashcardsKnowledgeBase;
  /**
   * Plans a deck (default: `planAnkiDeck` of `@cloudvirt/render/anki`): called once per deck language
   * with the knowledge base and the deck options of that download, it must return what `planAnkiDeck`
   * returns for them. The site passes one that shares its plans with the practice page and keeps
   * rendered notes between builds.
   */
  readonly plan?: (kb: FlashcardsKnowledgeBase, options: AnkiDeckOptions) => AnkiDeckPlan;
  /**
   * Writes an Anki package from a plan's notes and decks (default: `writeAnkiPackage` of
   * `@cloudvirt/render/anki`); it must give the bytes `writeAnkiPackage` gives. The site passes one that
   * keeps the packages of unchanged decks between builds.
   */
  readonly writePackage?: (input: AnkiPackageInput) => Promise<{ readonly bytes: Uint8Array }>;
}

/** CloudVirt's standard decks, in the order the downloads page lists them (another pack's start with its own id). */
export const standardDownloadNames: readonly string[] = ['cloudvirt-en.apkg', 'cloudvirt-zh.apkg', 'cloudvirt-bilingual.apkg', 'cloudvirt-en.csv', 'cloudvirt-zh.csv', 'cloudvirt-bilingual.csv'];

const languageNames: Readonly<Record<DeckLanguage, { readonly en: string; readonly zh: string }>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
  bilingual: { en: 'Chinese–English', zh: '中英双语' },
};

function describe(format: 'apkg' | 'csv', lang: DeckLanguage): { en: string; zh: string } {
  const name = languageNames[lang];
  return format === 'apkg'
    ? { en: `The ${name.en} Anki deck: import it with File → Import; re-importing a newer version keeps your progress.`, zh: `${name.zh}Anki 卡组：用“文件 → 导入”导入；导入新版本时保留学习进度。` }
    : {
        en: `The ${name.en} deck as an Anki text file (tab-separated, same notes and GUIDs); import the .apkg once first for the note types.`,
        zh: `${name.zh}卡组的 Anki 文本文件（制表符分隔，笔记与 GUID 相同）；请先导入一次 .apkg 以获得笔记类型。`,
      };
}

/**
 * Build the standard downloads in memory: the full `en`, `zh` and `bilingual` decks as Anki packages and as
 * Anki text files (tab-separated, with `#` headers), each with the default card kinds: the same bytes as
 * `exportFlashcards({ lang, format })` and `cloudvirt-flashcards --lang <lang> --format <format>`.
 *
 * @param options The knowledge base (default: the bundled one), how to plan a deck (default `planAnkiDeck`) and
 *   to write a package (default `writeAnkiPackage`).
 * @returns The files with their descriptions, in {@link standardDownloadNames} order (named `<pack id>-<lang>.<format>`
 *   after the pack: `cloudvirt-en.apkg` for the bundled one).
 * @throws {TypeError} On an unknown option key, a `kb` that is not a knowledge base, a `plan` or `writePackage` that is not a function.
 */
export async function buildStandardDownloads(options: StandardDownloadsOptions = {}): Promise<StandardDownloadFile[]> {
  checkFlashcardsOptions('buildStandardDownloads', options, ['kb', 'plan', 'writePackage']);
  for (const [key, expected] of [
    ['plan', '(kb, deck options) => deck plan, such as planAnkiDeck'],
    ['writePackage', '(package input) => Promise<{ bytes }>, such as writeAnkiPackage'],
  ] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'function') throw new TypeError(`Unexpected \`${key}\` option of buildStandardDownloads: ${typeof value}, expected a function ${expected}.`);
  }
  const planner = options.plan ?? planAnkiDeck;
  const writePackage = options.writePackage ?? writeAnkiPackage;
  const files: StandardDownloadFile[] = [];
  const plans = new Map<DeckLanguage, AnkiDeckPlan>();
  for (const format of ['apkg', 'csv'] as const) {
    for (const lang of ['en', 'zh', 'bilingual'] as const) {
      const resolved = resolveFlashcardsOptions({ lang, format, ...(options.kb === undefined ? {} : { kb: options.kb }) });
      // The package and the text file of a language hold the same notes: plan them once.
      const plan = plans.get(lang) ?? planDeck(resolved, planner);
      plans.set(lang, plan);
      const result = await buildResolvedExport(resolved, plan, writePackage);
      if (result.summary.format === 'md') throw new TypeError('Unexpected Markdown summary for an Anki export.');
      files.push({
        file: result.fileName,
        format,
        formatName: format === 'apkg' ? 'Anki package' : 'CSV',
        mediaType: format === 'apkg' ? 'application/zip' : 'text/csv',
        lang,
        bytes: result.bytes.byteLength,
        notes: result.summary.notes,
        cards: result.summary.cards,
        description: describe(format, lang),
        content: result.bytes,
      });
    }
  }
  return files;
}

/**
 * Write the standard downloads into a folder (created if missing), each file atomically, and describe them
 * for the downloads page: `cloudvirt-en.apkg`, `cloudvirt-zh.apkg`, `cloudvirt-bilingual.apkg` and the CSV
 * versions `cloudvirt-en.csv`, `cloudvirt-zh.csv`, `cloudvirt-bilingual.csv`. Existing files are replaced.
 *
 * @param outDir The folder (e.g. `apps/site/dist/downloads`).
 * @param options The knowledge base (default: the bundled one).
 * @returns What was written, without the content.
 * @throws {TypeError} On a folder that is not a string, an unknown option key or a `kb` that is not a knowledge base.
 * @example
 * ```ts
 * for (const { file, bytes, notes, cards } of await writeStandardDownloads('dist/downloads')) console.log(file, bytes, notes, cards);
 * ```
 */
export async function writeStandardDownloads(outDir: string, options: { readonly kb?: FlashcardsKnowledgeBase } = {}): Promise<StandardDownload[]> {
  expectString('folder argument of writeStandardDownloads', outDir, 'a folder path (a string)');
  checkFlashcardsOptions('writeStandardDownloads', options, ['kb']);
  await mkdir(outDir, { recursive: true });
  const written: StandardDownload[] = [];
  for (const { content, ...entry } of await buildStandardDownloads(options)) {
    await writeFileAtomic(join(outDir, entry.file), content);
    written.push(entry);
  }
  return written;
}
