/**
 * The files the site offers for download, written next to the pages: the JSON-LD dataset (`/kb.jsonld`),
 * the same graph as Turtle (`/kb.ttl`), the Markdown handbooks (`/downloads/handbook-{en,zh}.md`) and the
 * standard flashcard decks from `@cloudvirt/flashcards` (`/downloads/{pack id}-{en,zh,bilingual}.apkg`,
 * named by the flashcards package from the pack, and the same decks as Anki CSV).
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { kb as bundledKb, type KnowledgeBase } from '@cloudvirt/core';
import { buildStandardDownloads } from '@cloudvirt/flashcards';
import type { AnkiDeckOptions, AnkiDeckPlan, RenderMemo } from '@cloudvirt/render/anki';
import { withJsonLdMemo } from '@cloudvirt/render/jsonld';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import type { DownloadEntry } from './context.js';
import { DownloadCache, sharedDeckPlan } from './download-cache.js';
import { datasetFiles } from './seo/dataset.js';
import { siteIdentity, type SiteIdentity } from './site-identity.js';
import { defaultSiteUrlOf, filePaths, normalizeSiteUrl } from './urls.js';
import { writeVoidDescription } from './void-description.js';

/** Options of {@link writeDownloads}. */
export interface WriteDownloadsOptions {
  /** The knowledge base (default: the one bundled with `@cloudvirt/core`). */
  readonly kb?: KnowledgeBase;
  /** Base URL of the site and the dataset IRIs (default `SITE_URL`, else the pack's, see `defaultSiteUrlOf`). */
  readonly siteUrl?: string;
  /** The site's identity (default: the knowledge base's, see `siteIdentity`). */
  readonly identity?: SiteIdentity;
  /**
   * The build's persistent cache folder (the page cache's, see `page-cache.ts`), where per-record parts
   * of the downloads are kept between builds. Default: none (everything is built anew).
   */
  readonly cacheDir?: string;
  /**
   * The download cache to use instead of opening the one of `cacheDir` (tests read its `stats`); it is
   * saved when the downloads are written.
   */
  readonly cache?: DownloadCache;
}

/** A file to write: where, what, and how the downloads page describes it. */
export interface DownloadFile extends Omit<DownloadEntry, 'size'> {
  /** The content. */
  readonly content: string | Uint8Array;
}

/** How the downloads page describes a file: its entry, with the content's size in bytes. */
function entryOf(file: DownloadFile): DownloadEntry {
  const { content, ...entry } = file;
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  return { ...entry, size };
}

/**
 * Write one download under `outDir` and describe it.
 *
 * @param outDir The site's output folder.
 * @param file The file (its `path` is root-relative).
 */
export async function writeDownload(outDir: string, file: DownloadFile): Promise<DownloadEntry> {
  const target = join(outDir, ...file.path.split('/').filter(Boolean));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
  return entryOf(file);
}

/** The Markdown handbooks, one per language. */
function handbookFiles(kb: KnowledgeBase, memo: RenderMemo | undefined): DownloadFile[] {
  return (['en', 'zh'] as const).map((lang) => ({
    path: `/downloads/handbook-${lang}.md`,
    format: 'Markdown',
    mediaType: 'text/markdown',
    lang,
    description:
      lang === 'en'
        ? { en: 'The handbook in English: every concept, comparison and the matrix, with a table of contents.', zh: '英文版手册：所有概念、对比和责任矩阵，附目录。' }
        : { en: 'The handbook in Chinese: every concept, comparison and the matrix, with a table of contents.', zh: '中文版手册：所有概念、对比和责任矩阵，附目录。' },
    content: toMarkdownHandbook(kb, { lang }, memo),
  }));
}

/** The standard decks (Anki packages and Anki CSV) built by `@cloudvirt/flashcards`. */
async function deckFiles(kb: KnowledgeBase, cache: DownloadCache | undefined): Promise<DownloadFile[]> {
  // The practice page plans the same decks (practice/data.ts): one plan per deck for both.
  const plan = (data: KnowledgeBase, options: AnkiDeckOptions): AnkiDeckPlan => sharedDeckPlan(data, options, cache);
  return (await buildStandardDownloads({ kb, plan, ...(cache === undefined ? {} : { writePackage: cache.packageWriter() }) })).map((deck) => ({
    path: `/downloads/${deck.file}`,
    format: deck.formatName,
    mediaType: deck.mediaType,
    description: deck.description,
    deck: { notes: deck.notes, cards: deck.cards },
    ...(deck.lang === 'bilingual' ? {} : { lang: deck.lang }),
    content: deck.content,
  }));
}

/**
 * Write every downloadable file into the site's output folder, and the DCAT + VoID description of them
 * (`/.well-known/void`, see `void-description.ts`). Add new downloads to `files` below; the downloads
 * page lists whatever this returns.
 *
 * @param outDir The site's output folder (`apps/site/dist`).
 * @param options The knowledge base, base URL and cache folder (the parts of records unchanged since the
 *   last build with that folder are taken from its download cache, see `download-cache.ts`).
 * @returns What was written, in the order the downloads page lists it.
 */
export async function writeDownloads(outDir: string, options: WriteDownloadsOptions = {}): Promise<DownloadEntry[]> {
  const kb = options.kb ?? bundledKb;
  const siteUrl = normalizeSiteUrl(options.siteUrl ?? process.env.SITE_URL ?? defaultSiteUrlOf(kb));
  const identity = options.identity ?? siteIdentity(kb);
  const cache = options.cache ?? (options.cacheDir === undefined ? undefined : DownloadCache.open(options.cacheDir));
  const decks = await deckFiles(kb, cache);
  const handbooks = handbookFiles(kb, cache);
  // The dataset files and the VoID description (built synchronously, before writeVoidDescription writes
  // its files) read one dataset graph: with the cache, one scope of the JSON-LD memo holds both.
  const describe = (): { files: DownloadFile[]; entries: DownloadEntry[]; voidWritten: Promise<unknown> } => {
    const files: DownloadFile[] = [...datasetFiles(kb, siteUrl, identity), ...handbooks, ...decks];
    const entries = files.map(entryOf);
    const turtle = files.find((file) => file.path === filePaths.turtle)?.content;
    const voidWritten = typeof turtle === 'string' ? writeVoidDescription(outDir, kb, siteUrl, entries, turtle, identity) : Promise.resolve();
    return { files, entries, voidWritten };
  };
  const { files, entries, voidWritten } = cache === undefined ? describe() : withJsonLdMemo(cache, describe);
  await voidWritten;
  for (const file of files) await writeDownload(outDir, file);
  await cache?.save();
  return entries;
}
