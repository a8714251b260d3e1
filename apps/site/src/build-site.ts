/// <reference path="./types/eleventy.d.ts" />
/**
 * Build (or serve) the site with Eleventy 3. Pages come from `siteFiles` as one paginated virtual
 * JavaScript template; before each build the downloads are written (the downloads page lists them),
 * after it the Pagefind index.
 *
 * This module is also the site's programmatic build hook, exported as `@cloudvirt/site/build` (and
 * from `@cloudvirt/site`):
 *
 * ```ts
 * import { buildSite } from '@cloudvirt/site/build';
 * const result = await buildSite({ outDir: '/tmp/site', data, downloads: false, search: false });
 * ```
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, parse, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import { withJsonLdMemo } from '@cloudvirt/render/jsonld';
import { createKnowledgeBase, kb as bundledKb, locales, type KnowledgeBase, type KnowledgeBaseData } from '@cloudvirt/core';
import { loadAssets } from './assets.js';
import type { DownloadEntry, SiteContext } from './context.js';
import { DownloadCache } from './download-cache.js';
import { writeDownloads } from './downloads.js';
import { packageRoot } from './package-root.js';
import { cachedSearchIndex, defaultPageCacheDir, PageCache, type PageCacheStats } from './page-cache.js';
import { resolveRedirects, type Migration } from './redirects.js';
import { writeSearchIndex } from './search-index.js';
import { writeSocialCards, type SocialCard } from './seo/social-card.js';
import { siteFiles, type SiteFile } from './site.js';
import { siteIdentity } from './site-identity.js';
import { defaultSiteUrlOf, normalizeSiteUrl } from './urls.js';

export type { Migration, Redirect } from './redirects.js';

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Output folder; emptied first (the command line's default is `./_site`; the repository's build passes `apps/site/dist`). */
  readonly outDir: string;
  /**
   * The knowledge base to build the site from (default: the CloudVirt pack bundled with `@cloudvirt/core`).
   * Compiled data (`KnowledgeBaseData`, e.g. the content compiler's output), a `KnowledgeBase` of
   * `createKnowledgeBase`, or the `kb` of `loadPack` (`@cloudvirt/core/compiler`). Concept, comparison
   * and topic ids must be kebab-case (they become paths). The site's name, titles and base URL come from
   * its `pack` (see `site-identity.ts`).
   */
  readonly data?: KnowledgeBaseData | KnowledgeBase;
  /** Base URL (default `SITE_URL`, else the pack's `baseIri`, else `https://{pack id}.example/`). */
  readonly siteUrl?: string;
  /**
   * Write the downloads: `kb.jsonld`, `kb.ttl`, the Markdown handbooks and the Anki decks (most of the
   * build time). Default `true`. With `false` the downloads page lists nothing and the links to the
   * dataset files lead nowhere: for fast builds of benchmarks and tests only.
   */
  readonly downloads?: boolean;
  /** Write the Pagefind search index (`/pagefind/`). Default `true`; without it the search page finds nothing. */
  readonly search?: boolean;
  /**
   * Renamed or retired records whose old pages redirect (the format of the repository's
   * `packages/checks/migrations.json`, which its build passes). Default: none.
   */
  readonly migrations?: readonly Migration[];
  /** `serve`: dev server with live reload (does not return until stopped). Default `build`. */
  readonly mode?: 'build' | 'serve';
  /** Dev server port (default 8080). */
  readonly port?: number;
  /** Silence Eleventy's per-file log. Default true. */
  readonly quiet?: boolean;
  /**
   * The folder of the persistent cache of rendered pages (see `page-cache.ts`): a build re-renders only
   * the pages whose code or data changed since a build that used the same folder. Default: the
   * environment variable `CLOUDVIRT_SITE_CACHE_DIR` when set (empty: no cache), else
   * `node_modules/.cache/cloudvirt-site/` of the site package; `null`: no cache (every page rendered).
   * Not used by `serve`.
   */
  readonly cacheDir?: string | null;
  /**
   * Files one Eleventy run writes at most (default {@link eleventyBatchSize}): a build writes its files
   * in batches, one Eleventy run each, because Eleventy holds every page of a run in memory until the
   * run ends. A smaller batch needs less memory and starts more runs; the output is the same.
   */
  readonly batchSize?: number;
}

/** What a build produced. */
export interface BuildSiteResult {
  /** The output folder (absolute). */
  readonly outDir: string;
  /** Files of the site (pages, sitemap, robots.txt, assets, social cards); not the downloads nor the search index. */
  readonly fileCount: number;
  /** Social card images among them (`/og/…png`, one per indexable page). */
  readonly socialCardCount: number;
  /**
   * HTML pages (localized pages, `/`, `/404.html`, concept IRI pages, redirects, and `/.well-known/void.html`,
   * which is written with the downloads).
   */
  readonly pageCount: number;
  /** Landing pages of concept IRIs among them (`/concepts/` and one per concept). */
  readonly conceptIriPageCount: number;
  /** Redirect pages among them (two per renamed record). */
  readonly redirectPageCount: number;
  /** Pages in the search index, per Pagefind language (`{}` without search). */
  readonly indexed: Readonly<Record<string, number>>;
  /** Downloads written (0 without downloads). */
  readonly downloadCount: number;
  /** Eleventy runs of the build, one per batch of files (see {@link BuildSiteOptions.batchSize}; 0 for `serve`). */
  readonly eleventyRuns: number;
  /** Files rendered in this build and files taken from the page cache (all rendered without a cache). */
  readonly cache: PageCacheStats;
  /** Wall time in milliseconds. */
  readonly milliseconds: number;
}

/** Eleventy's input folder: this module's own (`src/`, or `lib/` when built); it holds no template. */
const inputDir = fileURLToPath(new URL('./', import.meta.url));

/**
 * Files one Eleventy run of a build writes at most, by default (see {@link BuildSiteOptions.batchSize}). Eleventy 3 holds every
 * page of a run in memory until the run ends, so this bounds the memory a build needs, whatever the size
 * of the site; a run costs a few milliseconds to start.
 */
export const eleventyBatchSize = 4000;

/**
 * Write one batch of files with a fresh Eleventy run (`build` mode).
 *
 * @param outDir The output folder.
 * @param quiet Silence Eleventy's log, its summary line included (the site prints its own).
 * @param configure Adds the batch's template.
 */
async function writeWithEleventy(outDir: string, quiet: boolean, configure: (eleventyConfig: EleventyUserConfig) => void): Promise<void> {
  const elev = new Eleventy(inputDir, outDir, { quietMode: quiet, runMode: 'build', configPath: false, config: configure });
  if (quiet) {
    // Eleventy prints its summary ("Wrote N files in …") even when quiet: one line per batch.
    const logger = elev.logger;
    const logWithOptions = logger.logWithOptions.bind(logger);
    logger.logWithOptions = (options) => {
      if (options.force !== true) logWithOptions(options);
    };
  }
  await elev.init();
  await elev.write();
}

const optionNames: ReadonlySet<string> = new Set(['outDir', 'data', 'siteUrl', 'downloads', 'search', 'migrations', 'mode', 'port', 'quiet', 'cacheDir', 'batchSize']);

/** Check the options a caller from another workspace (or plain JavaScript) passed. */
function checkOptions(options: BuildSiteOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('Unexpected options of buildSite, expected an object such as { outDir }.');
  const unknown = Object.keys(options).filter((name) => !optionNames.has(name));
  if (unknown.length > 0) {
    throw new TypeError(
      `Unexpected option${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `\`${name}\``).join(', ')} of buildSite, expected ${[...optionNames].join(', ')}.` +
        (unknown.includes('kb') ? '\nhint: pass the knowledge base as `data`.' : ''),
    );
  }
  if (typeof options.outDir !== 'string' || options.outDir === '') throw new TypeError('Unexpected `outDir` of buildSite, expected the path of the output folder.');
  if (options.cacheDir !== undefined && options.cacheDir !== null && (typeof options.cacheDir !== 'string' || options.cacheDir === '')) {
    throw new TypeError('Unexpected `cacheDir` of buildSite, expected the path of a cache folder, or null for none.');
  }
  if (options.batchSize !== undefined && (!Number.isSafeInteger(options.batchSize) || options.batchSize < 1)) {
    throw new TypeError(`Unexpected \`batchSize\` of buildSite: ${String(options.batchSize)}, expected a whole number of files of at least 1.`);
  }
  for (const name of ['downloads', 'search', 'quiet'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'boolean') throw new TypeError(`Unexpected \`${name}\` of buildSite, expected true or false.`);
  }
}

/**
 * Refuse output folders whose emptying would destroy something else: the file system root, the home
 * folder, the current folder or one that holds it, a project folder (one with a `package.json` or
 * `.git`, such as a pack's own folder), the site package or a folder that holds it, and anything inside
 * its code.
 *
 * @param outDir The resolved output folder.
 * @param cwd The current folder (default `process.cwd()`).
 * @throws {Error} When the folder is one of those.
 */
export function assertSafeOutDir(outDir: string, cwd: string = process.cwd()): void {
  const inside = (child: string, parent: string): boolean => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  const project = ['package.json', '.git'].find((name) => existsSync(join(outDir, name)));
  const unsafe =
    outDir === parse(outDir).root ||
    outDir === resolve(homedir()) ||
    inside(resolve(cwd), outDir) ||
    project !== undefined ||
    inside(packageRoot, outDir) ||
    inside(outDir, resolve(inputDir));
  if (unsafe) {
    throw new Error(
      `Unexpected output folder ${outDir}: the build empties it first, expected a folder of its own such as ./_site or a temporary folder` +
        (project === undefined ? '.' : ` (it holds ${project}: a project folder).`),
    );
  }
}

/** Kebab-case ASCII, the content compiler's rule for ids (ids become path segments). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Index knowledge-base data for the site, after checking the parts the site relies on.
 *
 * @param data Compiled knowledge-base data.
 * @returns The knowledge base.
 * @throws {TypeError} When a list is missing or an id is not kebab-case.
 */
export function siteKnowledgeBase(data: KnowledgeBaseData | KnowledgeBase): KnowledgeBase {
  const value = data as Partial<Record<keyof KnowledgeBaseData, unknown>>;
  for (const list of ['topics', 'concepts', 'relations', 'comparisons'] as const) {
    if (!Array.isArray(value[list])) throw new TypeError(`Unexpected knowledge-base data: \`${list}\` is not a list, expected KnowledgeBaseData (the content compiler's output).`);
  }
  if (typeof value.responsibilityMatrix !== 'object' || value.responsibilityMatrix === null) {
    throw new TypeError('Unexpected knowledge-base data: `responsibilityMatrix` is missing, expected KnowledgeBaseData (the content compiler\'s output).');
  }
  for (const [what, records] of [['concept', data.concepts], ['comparison', data.comparisons], ['topic', data.topics]] as const) {
    for (const record of records as readonly { id: unknown }[]) {
      if (typeof record.id !== 'string' || !idPattern.test(record.id)) {
        throw new TypeError(`Unexpected ${what} id ${JSON.stringify(record.id)}, expected a kebab-case id such as \`virtual-machine\` (ids become page paths).`);
      }
    }
  }
  return createKnowledgeBase(data);
}

/** The page cache folder of a build (see {@link BuildSiteOptions.cacheDir}), or `undefined` for none. */
function pageCacheDirOf(option: string | null | undefined): string | undefined {
  if (option === null) return undefined;
  if (option !== undefined) return resolve(option);
  const fromEnvironment = process.env.CLOUDVIRT_SITE_CACHE_DIR;
  if (fromEnvironment !== undefined) return fromEnvironment === '' ? undefined : resolve(fromEnvironment);
  return defaultPageCacheDir;
}

/**
 * Build the site into `outDir` (emptied first), or serve it with live reload.
 *
 * @param options Where, from which knowledge base, which base URL, which parts, build or serve.
 * @returns Counts and timing (for `build`).
 * @throws {TypeError} On unknown or invalid options, invalid data or migrations, a bad `siteUrl`.
 * @throws {Error} When `outDir` is a folder the build must not empty.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  checkOptions(options);
  const outDir = resolve(options.outDir);
  assertSafeOutDir(outDir);
  const kb = options.data === undefined ? bundledKb : siteKnowledgeBase(options.data);
  const siteUrl = normalizeSiteUrl(options.siteUrl ?? process.env.SITE_URL ?? defaultSiteUrlOf(kb));
  const identity = siteIdentity(kb);
  const migrations = options.migrations ?? [];
  const redirects = resolveRedirects(kb, migrations);
  const withDownloads = options.downloads ?? true;
  const withSearch = options.search ?? true;
  const mode = options.mode ?? 'build';
  const cacheDir = mode === 'build' ? pageCacheDirOf(options.cacheDir) : undefined;
  await rm(outDir, { recursive: true, force: true });

  const state = { files: [] as SiteFile[], byPath: new Map<string, SiteFile>(), downloads: 0, wellKnownPages: 0, indexed: {} as Readonly<Record<string, number>>, searchIndexReused: false, cards: new Map<string, SocialCard>() };
  // The knowledge base cannot change within one process (the dev script restarts on code and data
  // changes), so the downloads are written once; later rebuilds (asset edits) keep them.
  let written: Promise<DownloadEntry[]> | undefined;
  let cache: PageCache | undefined;
  // The download cache (per-record parts of the downloads, see download-cache.ts) also holds the plain
  // texts the resource pages' documents are built from: they are the dataset's.
  const downloadCache = cacheDir === undefined ? undefined : DownloadCache.open(cacheDir);
  const prepare = async (): Promise<void> => {
    const assets = loadAssets();
    written ??= withDownloads ? writeDownloads(outDir, { kb, siteUrl, identity, ...(downloadCache === undefined ? {} : { cache: downloadCache }) }) : Promise.resolve([]);
    const downloads = await written;
    // The page cache hands the pages a knowledge base and a context that record what each page reads.
    cache = cacheDir === undefined ? undefined : PageCache.open(cacheDir, { kb, siteUrl, identity, assets: assets.urls, redirects });
    const context: SiteContext =
      cache === undefined
        ? { kb, identity, siteUrl, assets: assets.urls, downloads, redirects, socialCards: state.cards }
        : cache.trackDownloads({ kb: cache.kb, identity, siteUrl, assets: assets.urls, downloads, redirects, socialCards: cache.trackCards(state.cards) }, downloads);
    state.files = downloadCache === undefined ? siteFiles(context, assets.files) : withJsonLdMemo(downloadCache, () => siteFiles(context, assets.files));
    // writeDownloads saved the download cache; without downloads the resource documents' texts are saved here.
    if (!withDownloads) await downloadCache?.save();
    state.byPath = new Map(state.files.map((file) => [file.path, file]));
    state.downloads = downloads.length;
    // writeDownloads also writes the dataset description page, /.well-known/void.html.
    state.wellKnownPages = downloads.length > 0 ? 1 : 0;
  };

  // The steps after the pages: the social cards the pages registered as they rendered, and the search
  // index of the written pages.
  const finish = async (): Promise<void> => {
    await cache?.save();
    // Pagefind reads the HTML pages only, so it does not wait for the cards.
    if (withSearch && cacheDir !== undefined) {
      const search = await cachedSearchIndex(outDir, cacheDir, () => writeSearchIndex(outDir));
      state.indexed = search.pagesByLanguage;
      state.searchIndexReused = search.reused;
    } else if (withSearch) {
      state.indexed = (await writeSearchIndex(outDir)).pagesByLanguage;
    }
    await writeSocialCards(outDir, [...state.cards.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  };

  // One paginated virtual template writes the files of `files()`.
  const addSiteTemplate = (eleventyConfig: EleventyUserConfig, files: () => readonly SiteFile[]): void => {
    eleventyConfig.setTemplateFormats(['11ty.js']);
    // Write files asynchronously (the file system works while the next pages render), not one
    // blocking write (and folder creation) per file.
    eleventyConfig.configureTemplateHandling({ writeMode: 'async' });
    eleventyConfig.addGlobalData('siteFilePaths', () => files().map((file) => ({ path: file.path })));
    eleventyConfig.addTemplate('site.11ty.js', {
      data: {
        pagination: { data: 'siteFilePaths', size: 1, alias: 'siteFile' },
        permalink: (data: { siteFile: { path: string } }) => data.siteFile.path,
        eleventyExcludeFromCollections: true,
      },
      render(data: { siteFile: { path: string } }) {
        const file = state.byPath.get(data.siteFile.path);
        if (file === undefined) throw new Error(`Internal error: no site file for ${data.siteFile.path}`);
        if (cache === undefined) return file.render();
        return file.uncached === true ? cache.renderUncached(file.render) : cache.render(file.path, file.render, state.cards);
      },
    });
  };

  const empty = { outDir, fileCount: 0, socialCardCount: 0, pageCount: 0, conceptIriPageCount: 0, redirectPageCount: 0, indexed: {}, downloadCount: 0, eleventyRuns: 0, cache: { rendered: 0, reused: 0, uncached: 0, renderedPaths: [] } };
  if (mode === 'serve') {
    // One Eleventy for the whole site, which rebuilds it on asset edits.
    const elev = new Eleventy(inputDir, outDir, {
      quietMode: options.quiet ?? true,
      runMode: mode,
      configPath: false,
      config(eleventyConfig: EleventyUserConfig) {
        eleventyConfig.on('eleventy.before', prepare);
        eleventyConfig.on('eleventy.after', finish);
        addSiteTemplate(eleventyConfig, () => state.files);
        eleventyConfig.addWatchTarget(fileURLToPath(new URL('./assets/', import.meta.url)));
        eleventyConfig.setServerOptions({ port: options.port ?? 8080, showVersion: false });
      },
    });
    await elev.init();
    await elev.watch();
    await elev.serve(options.port ?? 8080);
    return { ...empty, milliseconds: performance.now() - started };
  }

  await prepare();
  // Eleventy keeps everything of the pages it writes (each page's rendered content, data and template
  // copy) until its run ends, and a page cache keeps the pages it rendered until it stores them: so the
  // files go to Eleventy in batches, one run each, and memory stays bounded by a batch instead of growing
  // with the site.
  const batchSize = options.batchSize ?? eleventyBatchSize;
  let eleventyRuns = 0;
  for (let start = 0; start < state.files.length; start += batchSize) {
    const batch = state.files.slice(start, start + batchSize);
    eleventyRuns++;
    await writeWithEleventy(outDir, options.quiet ?? true, (eleventyConfig) => addSiteTemplate(eleventyConfig, () => batch));
    await cache?.flush();
  }
  await finish();
  const pages = state.files.filter((file) => file.path.endsWith('/') || file.path.endsWith('.html'));
  return {
    outDir,
    fileCount: state.files.length + state.cards.size,
    socialCardCount: state.cards.size,
    pageCount: pages.length + state.wellKnownPages,
    // Note: the folder copies `/concepts/{id}/` of the concept IRI pages are not counted again.
    conceptIriPageCount: pages.filter((file) => file.path === '/concepts/' || (file.path.startsWith('/concepts/') && file.path.endsWith('.html'))).length,
    redirectPageCount: redirects.length * locales.length,
    indexed: state.indexed,
    downloadCount: state.downloads,
    eleventyRuns,
    cache:
      cache === undefined
        ? { rendered: state.files.length, reused: 0, uncached: 0, renderedPaths: state.files.map((file) => file.path) }
        : { ...cache.stats, searchIndexReused: state.searchIndexReused },
    milliseconds: performance.now() - started,
  };
}
