/**
 * Build (or serve) the site with Eleventy 3. Pages come from `siteFiles` as one paginated virtual
 * JavaScript template; before each build the downloads are written (the downloads page lists them),
 * after it the Pagefind index.
 *
 * @module
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import { kb as bundledKb, type KnowledgeBase } from '@cloudvirt/core';
import { loadAssets } from './assets.js';
import type { DownloadEntry, SiteContext } from './context.js';
import { writeDownloads } from './downloads.js';
import { writeSearchIndex } from './search-index.js';
import { siteFiles, type SiteFile } from './site.js';
import { defaultSiteUrl, normalizeSiteUrl } from './urls.js';

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Output folder (default `apps/site/dist`). */
  readonly outDir?: string;
  /** Base URL (default `SITE_URL` or `https://cloudvirt.example/`). */
  readonly siteUrl?: string;
  /** The knowledge base (default: the one bundled with `@cloudvirt/core`). */
  readonly kb?: KnowledgeBase;
  /** `serve`: dev server with live reload (does not return until stopped). Default `build`. */
  readonly mode?: 'build' | 'serve';
  /** Dev server port (default 8080). */
  readonly port?: number;
  /** Silence Eleventy's per-file log. Default true. */
  readonly quiet?: boolean;
}

/** What a build produced. */
export interface BuildSiteResult {
  /** The output folder. */
  readonly outDir: string;
  /** Files written by Eleventy (pages, sitemap, assets…). */
  readonly fileCount: number;
  /** HTML pages among them. */
  readonly pageCount: number;
  /** Pages in the search index, per Pagefind language. */
  readonly indexed: Readonly<Record<string, number>>;
  /** Downloads written. */
  readonly downloadCount: number;
  /** Wall time in milliseconds. */
  readonly milliseconds: number;
}

/** The default output folder, `apps/site/dist`. */
export const defaultOutDir = fileURLToPath(new URL('../dist/', import.meta.url));
const inputDir = fileURLToPath(new URL('./', import.meta.url));

/**
 * Build the site into `outDir` (emptied first), or serve it with live reload.
 *
 * @param options Where, which base URL, which knowledge base, build or serve.
 * @returns Counts and timing (for `build`).
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const started = performance.now();
  const outDir = options.outDir ?? defaultOutDir;
  const siteUrl = normalizeSiteUrl(options.siteUrl ?? process.env.SITE_URL ?? defaultSiteUrl);
  const kb = options.kb ?? bundledKb;
  const mode = options.mode ?? 'build';
  await rm(outDir, { recursive: true, force: true });

  const state = { files: [] as SiteFile[], byPath: new Map<string, SiteFile>(), downloads: 0, indexed: {} as Readonly<Record<string, number>> };
  // The knowledge base cannot change within one process (the dev script restarts on code and data
  // changes), so the downloads are written once; later rebuilds (asset edits) keep them.
  let written: Promise<DownloadEntry[]> | undefined;
  const prepare = async (): Promise<void> => {
    const assets = loadAssets();
    written ??= writeDownloads(outDir, { kb, siteUrl });
    const downloads = await written;
    const context: SiteContext = { kb, siteUrl, assets: assets.urls, downloads };
    state.files = siteFiles(context, assets.files);
    state.byPath = new Map(state.files.map((file) => [file.path, file]));
    state.downloads = downloads.length;
  };

  const elev = new Eleventy(inputDir, outDir, {
    quietMode: options.quiet ?? true,
    runMode: mode,
    configPath: false,
    config(eleventyConfig: EleventyUserConfig) {
      eleventyConfig.setTemplateFormats(['11ty.js']);
      eleventyConfig.on('eleventy.before', prepare);
      eleventyConfig.on('eleventy.after', async () => {
        state.indexed = (await writeSearchIndex(outDir)).pagesByLanguage;
      });
      eleventyConfig.addGlobalData('siteFilePaths', () => state.files.map((file) => ({ path: file.path })));
      eleventyConfig.addTemplate('site.11ty.js', {
        data: {
          pagination: { data: 'siteFilePaths', size: 1, alias: 'siteFile' },
          permalink: (data: { siteFile: { path: string } }) => data.siteFile.path,
          eleventyExcludeFromCollections: true,
        },
        render(data: { siteFile: { path: string } }) {
          const file = state.byPath.get(data.siteFile.path);
          if (file === undefined) throw new Error(`Internal error: no site file for ${data.siteFile.path}`);
          return file.render();
        },
      });
      if (mode === 'serve') {
        eleventyConfig.addWatchTarget(fileURLToPath(new URL('./assets/', import.meta.url)));
        eleventyConfig.setServerOptions({ port: options.port ?? 8080, showVersion: false });
      }
    },
  });
  await elev.init();

  if (mode === 'serve') {
    await elev.watch();
    await elev.serve(options.port ?? 8080);
    return { outDir, fileCount: 0, pageCount: 0, indexed: {}, downloadCount: 0, milliseconds: performance.now() - started };
  }
  await elev.write();
  return {
    outDir,
    fileCount: state.files.length,
    pageCount: state.files.filter((file) => file.path.endsWith('/') || file.path.endsWith('.html')).length,
    indexed: state.indexed,
    downloadCount: state.downloads,
    milliseconds: performance.now() - started,
  };
}
