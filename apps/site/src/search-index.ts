/**
 * The Pagefind search index, built from the written pages. Only pages marked `data-pagefind-body`
 * (concepts, comparisons, the matrix) are indexed, one index per `<html lang>` (`en`, `zh-Hans`; Pagefind
 * segments Chinese text, so mid-word queries such as 宿主 find 宿主模型).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** What was indexed. */
export interface SearchIndexResult {
  /** Pages in the index, per Pagefind language (`en`, `zh-hans`). */
  readonly pagesByLanguage: Readonly<Record<string, number>>;
}

/**
 * Index the site in `outDir` and write the index to `outDir/pagefind/`.
 *
 * @param outDir The site's output folder.
 * @throws {Error} When Pagefind reports errors.
 */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pagesByLanguage: Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count])) };
  } finally {
    await pagefind.close();
  }
}
