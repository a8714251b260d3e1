/**
 * The Pagefind search index, built from the written pages. Only pages marked `data-pagefind-body`
 * (concepts, comparisons, the matrix) are indexed, one index per `<html lang>` (`en`, `zh-Hans`; Pagefind
 * segments Chinese text, so mid-word queries such as 宿主 find 宿主模型).
 *
 * Pagefind is handed only those pages, one file at a time: given the whole folder it would read and
 * keep every page of the site (the resource pages, indexes, redirects…) until it learns that some pages
 * have a `data-pagefind-body` and drops the others, and its memory would grow with the whole site instead
 * of the indexed pages. The index is the same: Pagefind ignores pages without the marker as soon as one
 * page has it. A site without any marked page is handed whole, so every page is indexed as before.
 *
 * @module
 */
import { opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** What was indexed. */
export interface SearchIndexResult {
  /** Pages in the index, per Pagefind language (`en`, `zh-hans`). */
  readonly pagesByLanguage: Readonly<Record<string, number>>;
}

/** The attribute that marks the part of a page Pagefind indexes. */
const bodyMarker = 'data-pagefind-body';

/** Files read at the same time. */
const readAhead = 16;

/**
 * Every `.html` file under `dir` outside its `pagefind/` folder (relative, `/`-separated), in the order
 * Pagefind's `addDirectory` walks them: directory order, depth first. Pagefind numbers the pages in the
 * order it gets them, so the index is byte for byte the one `addDirectory` (and `pagefind --site`) writes.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    const handle = await opendir(join(dir, rel));
    for await (const entry of handle) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && entry.name.endsWith('.html') && !path.startsWith('pagefind/')) files.push(path);
    }
  };
  await visit('');
  return files;
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
    const files = await htmlFiles(outDir);
    let marked = 0;
    // Files are read a window at a time and handed over one by one, in the order Pagefind's own walk
    // takes (the order of the pages in the index).
    for (let start = 0; start < files.length; start += readAhead) {
      const window = files.slice(start, start + readAhead);
      const contents = await Promise.all(window.map((sourcePath) => readFile(join(outDir, sourcePath), 'utf8')));
      for (const [position, sourcePath] of window.entries()) {
        const content = contents[position]!;
        if (!content.includes(bodyMarker)) continue;
        marked++;
        const added = await index.addHTMLFile({ sourcePath, content });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      }
    }
    if (marked === 0) {
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    }
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { pagesByLanguage: Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count])) };
  } finally {
    await pagefind.close();
  }
}
