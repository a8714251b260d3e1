/**
 * One state of the site in the dev server: the site context of one successful compile, and everything
 * served from it, made on request and cached until the next change. Nothing is written for the pages:
 * they are rendered when asked for (the localized pages straight from their page key, everything else
 * from the full `siteFiles` list, made on the first request for a path outside the localized pages).
 * The downloads (datasets, handbooks, decks) are written into a folder of this state on the first
 * request for one of them or for the downloads page; the search index is built in memory with
 * Pagefind's Node API on the first request under `/pagefind/`.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { locales, type KnowledgeBase } from '@cloudvirt/core';
import * as pagefind from 'pagefind';
import { loadAssets, type Assets } from '../assets.js';
import type { DownloadEntry, SiteContext } from '../context.js';
import { writeDownloads } from '../downloads.js';
import { renderPage, renderStandalone } from '../html/document.js';
import { notFoundPage, rootPage } from '../pages/standalone.js';
import { resolveRedirects, type Migration } from '../redirects.js';
import { pageDocument, pageKeys, siteFiles, type SiteFile } from '../site.js';
import { siteIdentity } from '../site-identity.js';
import { defaultSiteUrlOf, normalizeSiteUrl, pagePath, type PageKey } from '../urls.js';

/** Media types by file extension (pages are the paths ending in `/` or `.html`). */
const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.ttl': 'text/turtle; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.apkg': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

/** The media type of a served path. */
export function mediaTypeOf(path: string): string {
  if (path.endsWith('/')) return mediaTypes['.html'] as string;
  return mediaTypes[extname(path)] ?? 'application/octet-stream';
}

/** What a request is answered with. */
export type Served =
  | {
      readonly kind: 'file';
      /** 200, or 404 for the not-found page. */
      readonly status: number;
      readonly mediaType: string;
      readonly body: string | Uint8Array;
      /** For pages: the hash of `body` (what the live-reload client compares). */
      readonly hash?: string;
    }
  | { readonly kind: 'redirect'; readonly location: string };

/** A rendered page or file. */
interface Rendered {
  readonly body: string;
  readonly hash: string;
}

/** The downloads of one state: where they were written and what the downloads page lists. */
interface Downloads {
  readonly dir: string;
  readonly entries: readonly DownloadEntry[];
}

/** Options of {@link SiteGeneration}. */
export interface GenerationOptions {
  /** Base URL (default `SITE_URL`, else the pack's, as `buildSite`). */
  readonly siteUrl?: string;
  /** Redirects of renamed records. */
  readonly migrations?: readonly Migration[];
  /** A folder of its own for this state's downloads (created when they are first asked for). */
  readonly downloadsDir: string;
}

/** The hash the live-reload client compares. */
export function hashOf(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 22);
}

/** Paths answered from the downloads (`/kb.jsonld`, `/kb.ttl`, `/downloads/…`, `/.well-known/…`). */
function isDownloadPath(path: string): boolean {
  return path === '/kb.jsonld' || path === '/kb.ttl' || path.startsWith('/downloads/') || path.startsWith('/.well-known/');
}

// Note: Pagefind's Node API drives one backend process; indexes are built one at a time.
let searchQueue: Promise<unknown> = Promise.resolve();

/** One compiled state of the site, served on request. */
export class SiteGeneration {
  /** The site context (its `downloads` is empty: the downloads page gets them when it is asked for). */
  readonly context: SiteContext;
  readonly #assets: Assets;
  readonly #options: GenerationOptions;
  /** The root, the 404 page, every localized page and the assets, by path: what authors open. */
  readonly #pages = new Map<string, () => string>();
  readonly #downloadPages = new Map<string, PageKey>();
  #all: Map<string, SiteFile> | undefined;
  readonly #rendered = new Map<string, Rendered>();
  #downloads: Promise<Downloads> | undefined;
  #search: Promise<Map<string, Uint8Array>> | undefined;

  /**
   * @param kb The knowledge base (checked for the site by `siteKnowledgeBase`).
   * @param options Base URL, migrations, where the downloads go.
   * @throws {RangeError} When the migrations do not fit the knowledge base (see `resolveRedirects`).
   */
  constructor(kb: KnowledgeBase, options: GenerationOptions) {
    this.#options = options;
    this.#assets = loadAssets();
    const siteUrl = normalizeSiteUrl(options.siteUrl ?? process.env.SITE_URL ?? defaultSiteUrlOf(kb));
    const context: SiteContext = {
      kb,
      identity: siteIdentity(kb),
      siteUrl,
      assets: this.#assets.urls,
      downloads: [],
      redirects: resolveRedirects(kb, options.migrations ?? []),
    };
    this.context = context;
    this.#pages.set('/', () => renderStandalone(context, rootPage(context)));
    this.#pages.set('/404.html', () => renderStandalone(context, notFoundPage(context)));
    for (const key of pageKeys(context)) {
      for (const locale of locales) {
        const path = pagePath(locale, key);
        if (key.type === 'downloads') this.#downloadPages.set(path, key);
        else this.#pages.set(path, () => renderPage(context, pageDocument(context, locale, key)));
      }
    }
    // Every page loads the assets: they must not wait for the full file list.
    for (const asset of this.#assets.files) this.#pages.set(asset.path, () => asset.content);
  }

  /** Every file of the site but the downloads and the search index (`siteFiles`), by path; made once. */
  #allFiles(): Map<string, SiteFile> {
    this.#all ??= new Map(siteFiles(this.context, this.#assets.files).map((file) => [file.path, file]));
    return this.#all;
  }

  /** The downloads of this state, written on first use. */
  #downloadsOf(): Promise<Downloads> {
    this.#downloads ??= (async () => {
      const { kb, siteUrl, identity } = this.context;
      const entries = await writeDownloads(this.#options.downloadsDir, { kb, siteUrl, identity });
      return { dir: this.#options.downloadsDir, entries };
    })();
    return this.#downloads;
  }

  /** The search index of this state (Pagefind, in memory), by served path. */
  #searchIndex(): Promise<Map<string, Uint8Array>> {
    this.#search ??= (searchQueue = searchQueue.catch(() => undefined).then(async () => {
      try {
        const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
        if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        for (const [path, render] of this.#pages) {
          if (!path.endsWith('/') || path === '/') continue;
          const added = await index.addHTMLFile({ url: path, content: render() });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
        }
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
        return new Map(files.map((file) => [`/pagefind/${file.path.split(sep).join('/')}`, file.content]));
      } finally {
        await pagefind.close();
      }
    })) as Promise<Map<string, Uint8Array>>;
    return this.#search;
  }

  /**
   * Render a page or file of the site (cached).
   *
   * @param path A site path as `siteFiles` names it (`/en/concepts/kvm/`, `/sitemap.xml`).
   * @returns It, or `undefined` when the site has no such file (downloads and search aside).
   */
  async render(path: string): Promise<Rendered | undefined> {
    const known = this.#rendered.get(path);
    if (known !== undefined) return known;
    let body: string | undefined;
    const page = this.#pages.get(path);
    const downloadsKey = this.#downloadPages.get(path);
    if (page !== undefined) body = page();
    else if (downloadsKey !== undefined) {
      const locale = locales.find((candidate) => pagePath(candidate, downloadsKey) === path) ?? 'en';
      const context: SiteContext = { ...this.context, downloads: (await this.#downloadsOf()).entries };
      body = renderPage(context, pageDocument(context, locale, downloadsKey));
    } else body = this.#allFiles().get(path)?.render();
    if (body === undefined) return undefined;
    const rendered = { body, hash: hashOf(body) };
    this.#rendered.set(path, rendered);
    return rendered;
  }

  /** The 404 page (for unknown paths). */
  async notFound(): Promise<Rendered> {
    return (await this.render('/404.html')) as Rendered;
  }

  /** Whether `path` names a page or file of the site (without rendering it, downloads and search aside). */
  has(path: string): boolean {
    return this.#pages.has(path) || this.#downloadPages.has(path) || this.#allFiles().has(path);
  }

  /**
   * Answer a request path as a static host serving the built site would: the file, clean URLs
   * (`/concepts/kvm` from `/concepts/kvm.html`), a redirect from a folder path without its final slash,
   * `…/index.html` as its folder; the downloads and the search index made on demand; else the 404 page.
   *
   * @param pathname The request path (decoded).
   * @returns What to send.
   */
  async serve(pathname: string): Promise<Served> {
    const path = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
    const candidates = path.endsWith('/') || extname(path) !== '' ? [path] : [path, `${path}.html`];
    for (const candidate of candidates) {
      if (!this.has(candidate)) continue;
      const rendered = await this.render(candidate);
      if (rendered !== undefined) return { kind: 'file', status: 200, mediaType: mediaTypeOf(candidate), body: rendered.body, hash: rendered.hash };
    }
    if (!path.endsWith('/') && this.has(`${path}/`)) return { kind: 'redirect', location: `${path}/` };
    if (path.startsWith('/pagefind/')) {
      const body = (await this.#searchIndex()).get(path);
      if (body !== undefined) return { kind: 'file', status: 200, mediaType: mediaTypeOf(path), body };
    } else if (isDownloadPath(path)) {
      const { dir } = await this.#downloadsOf();
      for (const candidate of candidates) {
        const file = normalize(join(dir, ...candidate.split('/').filter(Boolean)));
        if (!file.startsWith(dir + sep)) continue;
        const body = await readFile(file).catch(() => undefined);
        if (body !== undefined) return { kind: 'file', status: 200, mediaType: mediaTypeOf(candidate), body: new Uint8Array(body) };
      }
    }
    const notFound = await this.notFound();
    return { kind: 'file', status: 404, mediaType: mediaTypeOf('/404.html'), body: notFound.body, hash: notFound.hash };
  }

  /**
   * The hash of what `pathname` serves now (the 404 page's for a path that is gone), for the
   * live-reload check of an open page.
   *
   * @param pathname The page's path.
   */
  async pageHash(pathname: string): Promise<string | undefined> {
    const served = await this.serve(pathname);
    return served.kind === 'file' ? served.hash : `redirect:${served.location}`;
  }

  /** Remove this state's downloads folder. */
  async dispose(): Promise<void> {
    await rm(this.#options.downloadsDir, { recursive: true, force: true });
  }
}
