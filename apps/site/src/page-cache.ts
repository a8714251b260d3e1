/**
 * The persistent, content-addressed cache of rendered pages that makes a build after a one-concept edit
 * re-render only the pages that edit touches (`buildSite`'s `cacheDir`, by default
 * `node_modules/.cache/cloudvirt-site/` of the site package).
 *
 * What a page's HTML is a function of, and so what its cache entry is checked against:
 *
 * 1. **The code**: a fingerprint of the site's own modules (`lib/` when built, `src/` under tsx or vitest,
 *    the assets included), of `@cloudvirt/render` and `@cloudvirt/flashcards` (their built files), of
 *    `@cloudvirt/core` (its sources without the generated data in this repository, its built files when
 *    installed), the version of every other dependency of the site and the Node.js version.
 * 2. **The site's inputs every page may read**: the base URL, the identity, the asset URLs, the redirects
 *    and the *skeleton* of the knowledge base: all of its data except three fields of each concept, its
 *    `explanation`, `examples` and `sources` (the long text of a concept, which only that concept's own
 *    pages show).
 * 3. **What the page read of the rest**, recorded while it rendered: the concepts whose `explanation`,
 *    `examples` or `sources` it read (the knowledge base handed to the pages has reading getters on those
 *    fields), and whether it read the list of downloads (sizes change with every edit; the downloads page
 *    shows them).
 *
 * A stored page is used only when 1 and 2 are equal and every record of 3 still hashes the same (a
 * verifying trace): a stale page cannot be served unless a page reads data past these getters without a
 * trace. That holds by how the site reads its data: the text fields reach a page only through the
 * concept records (`kb.getConcept(id).explanation` and the like), and none of the memoized indexes of the
 * site, `@cloudvirt/render` and `@cloudvirt/core` (kept per knowledge base across pages) holds any of
 * them (they index ids, labels, aliases, relations, topics and comparisons, all in the skeleton). The
 * byte-identity test (`test/incremental-build.test.ts`) compares warm and cold builds after an edit, a
 * rename and a deletion.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type Concept, type KnowledgeBase, type KnowledgeBaseData } from '@cloudvirt/core';
import type { DownloadEntry } from './context.js';
import { packageRoot } from './package-root.js';
import type { SocialCard } from './seo/social-card.js';

/** Bump when the layout of a cache entry changes. */
const entryFormat = 1;

/** The fields of a concept only its own pages show; every other field is in every page's key. */
export const conceptTextFields = ['explanation', 'examples', 'sources'] as const;

/** The default cache folder. */
export const defaultPageCacheDir: string = join(packageRoot, 'node_modules', '.cache', 'cloudvirt-site');

/**
 * Hex SHA-256 of a string (the keys of the page cache and of the download cache).
 *
 * @param text The text.
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every file under `dir` (relative, `/`-separated, sorted), skipping folders for which `skip` is true. */
function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (skip(entry.name)) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return files.sort();
}

/** A group of files the code fingerprint hashes: `files` (relative, sorted) of `dir`, under a label. */
export interface CodeTree {
  /** What the group is (hashed with it). */
  readonly label: string;
  /** The folder the files are relative to. */
  readonly dir: string;
  /** The files, relative to `dir`, `/`-separated, sorted. */
  readonly files: readonly string[];
}

/** The files of `dir` that `keep` accepts (skipping folders for which `skip` is true), as a {@link CodeTree}. */
function codeTree(label: string, dir: string, keep: (rel: string) => boolean, skip?: (name: string) => boolean): CodeTree {
  return { label, dir, files: filesUnder(dir, skip).filter(keep) };
}

/** Hash the files of `tree` into `hash`. */
function hashFiles(hash: ReturnType<typeof createHash>, tree: CodeTree): void {
  hash.update(`${tree.label} ${tree.files.length}\0`);
  for (const rel of tree.files) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(join(tree.dir, rel)));
    hash.update('\0');
  }
}

/** Test files, which no build reads. */
const isTestFile = (rel: string): boolean => /\.test(-d)?\.ts$/u.test(rel);

/**
 * The code of workspace package `name` (at `dir`) that the pages' code fingerprint hashes, or
 * `undefined` for a package outside the workspace (its version stands for its code).
 *
 * `@cloudvirt/core` in this repository (a source checkout, with `src/index.ts`) is hashed by its sources:
 * its built files embed the knowledge base, which the pages' keys hold anyway, so hashing them would
 * make every content edit a new fingerprint and empty the caches. Its sources are `src/` without the
 * generated data, `node/`, the build scripts and configuration at its top level, and the lockfile (the
 * bundler's version). Installed, core is hashed by its built files like the other workspace packages.
 *
 * @param name The package name.
 * @param dir The package's folder.
 */
export function workspaceCodeTrees(name: string, dir: string): CodeTree[] | undefined {
  if (!name.startsWith('@cloudvirt/')) return undefined;
  if (name === '@cloudvirt/core' && existsSync(join(dir, 'src', 'index.ts'))) {
    const trees = [
      codeTree(`${name} src`, join(dir, 'src'), (rel) => !rel.startsWith('generated/') && !isTestFile(rel)),
      codeTree(`${name} node`, join(dir, 'node'), () => true),
      codeTree(`${name} config`, dir, (rel) => !rel.includes('/') && (/\.(?:[cm]?ts|[cm]?js)$/u.test(rel) || rel === 'package.json') && !isTestFile(rel)),
    ];
    const lockfile = join(dir, '..', '..', 'pnpm-lock.yaml');
    return existsSync(lockfile) ? [...trees, { label: 'lockfile', dir: dirname(lockfile), files: ['pnpm-lock.yaml'] }] : trees;
  }
  return [codeTree(`${name} dist`, join(dir, 'dist'), () => true), { label: `${name} manifest`, dir, files: ['package.json'] }];
}

/** The folder of an installed package, looked up as Node.js does (`node_modules` of each parent folder). */
function packageDir(name: string): string | undefined {
  for (let dir = packageRoot; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

let codeFingerprintMemo: string | undefined;

/**
 * The fingerprint of the code that renders the pages (see the module's note, point 1). Computed once
 * per process.
 */
export function codeFingerprint(): string {
  if (codeFingerprintMemo !== undefined) return codeFingerprintMemo;
  const hash = createHash('sha256');
  hash.update(`format ${entryFormat}\0node ${process.version}\0`);
  // This module's folder: lib/ (built) or src/ (tsx, vitest), the assets included.
  const ownDir = dirname(fileURLToPath(import.meta.url));
  hashFiles(hash, codeTree('site', ownDir, (rel) => !isTestFile(rel), (name) => name === 'node_modules'));
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const dir = packageDir(name);
    if (dir === undefined) {
      hash.update(`${name} not found\0`);
      continue;
    }
    const trees = workspaceCodeTrees(name, dir);
    if (trees !== undefined) {
      for (const tree of trees) hashFiles(hash, tree);
    } else {
      const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version;
      hash.update(`${name}@${version ?? '?'}\0`);
    }
  }
  codeFingerprintMemo = hash.digest('hex');
  return codeFingerprintMemo;
}

/** What the page being rendered (in any build of this process) has read so far. */
interface Recording {
  texts: Set<string>;
  all: boolean;
  downloads: boolean;
  cards: SocialCard[];
}

/** The recording of the page being rendered now (renders are synchronous, so there is one at a time). */
let active: Recording | undefined;

/**
 * Declare that the page being rendered shows data derived from the text fields of every concept, read
 * earlier and kept (the dataset's resource documents, built once per build from the whole knowledge base,
 * carry each concept's `scopeNote`, examples and sources): its cache entry is then checked against the
 * text of every concept. Does nothing outside a cached build.
 */
export function readsEveryConceptText(): void {
  if (active !== undefined) active.all = true;
}

/** What one page read past the skeleton (point 3). */
interface Trace {
  /** Hash of the text fields of every concept, when the page declared it reads them all. */
  readonly all?: string;
  /** Concept id → hash of its text fields, for every concept whose text the page read. */
  readonly texts: Record<string, string>;
  /** Hash of the downloads list, when the page read it. */
  readonly downloads?: string;
}

/** A stored page. */
interface Entry {
  readonly format: number;
  readonly path: string;
  /** Hash of points 1 and 2. */
  readonly key: string;
  readonly trace: Trace;
  readonly content: string;
  /** The social cards the page registered as it rendered. */
  readonly cards: readonly SocialCard[];
}

/** The parts of the site's inputs that every page's key holds (point 2, with the knowledge base). */
export interface PageCacheInputs {
  readonly kb: KnowledgeBase;
  readonly siteUrl: string;
  readonly identity: unknown;
  readonly assets: unknown;
  readonly redirects: unknown;
}

/** Counts of one build. */
export interface PageCacheStats {
  /** Files rendered (not found in the cache, or stale). */
  readonly rendered: number;
  /** Files taken from the cache. */
  readonly reused: number;
  /** Files never cached (their content is at hand: the resources' JSON-LD and Turtle copies, the assets). */
  readonly uncached: number;
  /** The paths of the files rendered, in build order. */
  readonly renderedPaths: readonly string[];
  /** Whether the search index was copied from the cache (see {@link cachedSearchIndex}). */
  readonly searchIndexReused?: boolean;
}

/** The data of a knowledge base: its own enumerable members that are not functions. */
function dataOf(kb: KnowledgeBase): Record<string, unknown> {
  return Object.fromEntries(Object.entries(kb).filter(([, value]) => typeof value !== 'function'));
}

/**
 * The page cache of one build. Create it with {@link PageCache.open}, hand {@link PageCache.kb} and a
 * context whose `downloads` is {@link PageCache.trackDownloads}'s to the pages, render every page through
 * {@link PageCache.render} (with {@link PageCache.flush} between batches of pages), then {@link PageCache.save}.
 */
export class PageCache {
  /** The knowledge base for the pages: the same data, with reading getters on the concepts' text fields. */
  readonly kb: KnowledgeBase;
  private readonly original: KnowledgeBase;
  private readonly key: string;
  private readonly textHashes = new Map<string, string>();
  private downloadsHash: string | undefined;
  private allTextsHash: string | undefined;
  private readonly written = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private readonly renderedPaths: string[] = [];
  private reusedCount = 0;
  private uncachedCount = 0;

  private constructor(
    private readonly dir: string,
    inputs: PageCacheInputs,
  ) {
    this.original = inputs.kb;
    const data = dataOf(inputs.kb);
    const concepts = inputs.kb.concepts as readonly Concept[];
    const skeleton = {
      ...data,
      concepts: concepts.map((concept) => {
        const rest: Record<string, unknown> = { ...concept };
        for (const field of conceptTextFields) delete rest[field];
        return rest;
      }),
    };
    this.key = sha256(JSON.stringify([codeFingerprint(), inputs.siteUrl, inputs.identity, inputs.assets, inputs.redirects, skeleton]));
    const tracked = concepts.map((concept) => {
      const copy: Record<string, unknown> = { ...concept };
      for (const field of conceptTextFields) {
        Object.defineProperty(copy, field, {
          enumerable: true,
          get: () => {
            active?.texts.add(concept.id);
            return concept[field];
          },
        });
      }
      return copy;
    });
    this.kb = createKnowledgeBase({ ...data, concepts: tracked } as unknown as KnowledgeBaseData);
  }

  /**
   * Open the cache folder (created on save) for a build.
   *
   * @param dir The cache folder.
   * @param inputs The inputs every page's key holds.
   */
  static open(dir: string, inputs: PageCacheInputs): PageCache {
    return new PageCache(dir, inputs);
  }

  /** The counts so far. */
  get stats(): PageCacheStats {
    return { rendered: this.renderedPaths.length, reused: this.reusedCount, uncached: this.uncachedCount, renderedPaths: [...this.renderedPaths] };
  }

  /**
   * Give a context's `downloads` a reading getter.
   *
   * @param target The context object (its `downloads` is replaced by a getter of `downloads`).
   * @param downloads The list.
   */
  trackDownloads<T extends object>(target: T, downloads: readonly DownloadEntry[]): T {
    this.downloadsHash = sha256(JSON.stringify(downloads));
    Object.defineProperty(target, 'downloads', {
      enumerable: true,
      get: () => {
        if (active !== undefined) active.downloads = true;
        return downloads;
      },
    });
    return target;
  }

  /**
   * Give a social-card registry a recording `set`: the cards a page registers are stored with it.
   *
   * @param cards The registry the pages write to.
   */
  trackCards(cards: Map<string, SocialCard>): Map<string, SocialCard> {
    const set = cards.set.bind(cards);
    cards.set = (path: string, card: SocialCard) => {
      active?.cards.push(card);
      return set(path, card);
    };
    return cards;
  }

  /** Hash of a concept's text fields now (`''` when it no longer exists). */
  private textHash(id: string): string {
    let hash = this.textHashes.get(id);
    if (hash === undefined) {
      const concept = this.original.hasConcept(id) ? (this.original.getConcept(id) as Concept) : undefined;
      hash = concept === undefined ? '' : sha256(JSON.stringify(conceptTextFields.map((field) => concept[field])));
      this.textHashes.set(id, hash);
    }
    return hash;
  }

  /** Hash of the text fields of every concept now. */
  private everyTextHash(): string {
    this.allTextsHash ??= sha256(JSON.stringify((this.original.concepts as readonly Concept[]).map((concept) => [concept.id, ...conceptTextFields.map((field) => concept[field])])));
    return this.allTextsHash;
  }

  /** The entry's file. */
  private fileOf(path: string): string {
    return join(this.dir, `${sha256(path).slice(0, 40)}.json`);
  }

  /**
   * Count a file that is never cached, and render it.
   *
   * @param render Renders it.
   */
  renderUncached(render: () => string): string {
    this.uncachedCount++;
    return render();
  }

  /**
   * A page's content: the stored one when it is still valid, else rendered now (and stored on save).
   *
   * @param path The page's root-relative path.
   * @param render Renders it.
   * @param cards The social-card registry (a stored page's cards are registered again).
   */
  async render(path: string, render: () => string, cards: Map<string, SocialCard> | undefined): Promise<string> {
    this.seen.add(path);
    const stored = await readFile(this.fileOf(path), 'utf8')
      .then((text) => JSON.parse(text) as Entry)
      .catch(() => undefined);
    if (stored !== undefined && this.valid(stored, path)) {
      for (const card of stored.cards) cards?.set(card.path, card);
      this.reusedCount++;
      return stored.content;
    }
    const recording: Recording = { texts: new Set(), all: false, downloads: false, cards: [] };
    const outer = active;
    active = recording;
    let content: string;
    try {
      content = render();
    } finally {
      active = outer;
    }
    const texts = Object.fromEntries([...recording.texts].sort().map((id) => [id, this.textHash(id)]));
    const trace: Trace = {
      texts,
      ...(recording.all ? { all: this.everyTextHash() } : {}),
      ...(recording.downloads ? { downloads: this.downloadsHash ?? '' } : {}),
    };
    this.written.set(path, { format: entryFormat, path, key: this.key, trace, content, cards: recording.cards });
    this.renderedPaths.push(path);
    return content;
  }

  /** Whether a stored entry is still the page's content. */
  private valid(entry: Entry, path: string): boolean {
    if (entry.format !== entryFormat || entry.path !== path || entry.key !== this.key || typeof entry.content !== 'string') return false;
    if (entry.trace.downloads !== undefined && entry.trace.downloads !== (this.downloadsHash ?? '')) return false;
    if (entry.trace.all !== undefined && entry.trace.all !== this.everyTextHash()) return false;
    return Object.entries(entry.trace.texts).every(([id, hash]) => this.textHash(id) === hash);
  }

  /**
   * Store the pages rendered since the last flush, and let go of them (a build flushes after each batch
   * of pages, so the cache never holds more than a batch).
   */
  async flush(): Promise<void> {
    if (this.written.size === 0) return;
    await mkdir(this.dir, { recursive: true });
    const entries = [...this.written.values()];
    this.written.clear();
    const batch = 32;
    for (let start = 0; start < entries.length; start += batch) {
      await Promise.all(
        entries.slice(start, start + batch).map(async (entry) => {
          const file = this.fileOf(entry.path);
          const temporary = `${file}.${process.pid}.tmp`;
          await writeFile(temporary, JSON.stringify(entry));
          await rename(temporary, file);
        }),
      );
    }
  }

  /** Store the pages rendered in this build, and drop the entries of pages this build did not have. */
  async save(): Promise<void> {
    await this.flush();
    await mkdir(this.dir, { recursive: true });
    const keep = new Set([...this.seen].map((path) => `${sha256(path).slice(0, 40)}.json`));
    for (const name of await readdir(this.dir)) {
      if (name.endsWith('.json') && !keep.has(name)) await rm(join(this.dir, name), { force: true });
    }
  }
}

/** Whether `dir` looks like a page cache folder (for tests). */
export function pageCacheEntries(dir: string): number {
  return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((name) => name.endsWith('.json')).length : 0;
}

/** What {@link cachedSearchIndex} did. */
export interface SearchIndexCacheResult {
  /** Pages in the index, per Pagefind language. */
  readonly pagesByLanguage: Readonly<Record<string, number>>;
  /** Whether the index was copied from the cache (no HTML file changed since it was built). */
  readonly reused: boolean;
}

/**
 * The Pagefind index of `outDir`, taken from the cache when no HTML file of the site changed since it
 * was built (Pagefind reads nothing else), else built by `build` and stored. Key: the code fingerprint,
 * Pagefind's version, and the path and bytes of every `.html` file under `outDir` (outside `pagefind/`).
 * Only the latest index is kept.
 *
 * @param outDir The site's output folder (written, without its index).
 * @param cacheDir The page cache folder (the index goes to its `pagefind/` folder).
 * @param build Writes `outDir/pagefind/` and says what it indexed.
 */
export async function cachedSearchIndex(
  outDir: string,
  cacheDir: string,
  build: () => Promise<{ readonly pagesByLanguage: Readonly<Record<string, number>> }>,
): Promise<SearchIndexCacheResult> {
  const hash = createHash('sha256');
  const pagefindDir = packageDir('pagefind');
  const version = pagefindDir === undefined ? '?' : (JSON.parse(readFileSync(join(pagefindDir, 'package.json'), 'utf8')) as { version?: string }).version;
  hash.update(`${codeFingerprint()}\0pagefind ${version ?? '?'}\0`);
  hashFiles(hash, codeTree('html', outDir, (rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/')));
  const key = hash.digest('hex').slice(0, 40);
  const root = join(cacheDir, 'pagefind');
  const stored = join(root, key);
  const target = join(outDir, 'pagefind');
  const result = await readFile(join(stored, 'result.json'), 'utf8')
    .then((text) => JSON.parse(text) as { pagesByLanguage: Record<string, number> })
    .catch(() => undefined);
  if (result !== undefined && existsSync(join(stored, 'index'))) {
    await rm(target, { recursive: true, force: true });
    await cp(join(stored, 'index'), target, { recursive: true });
    return { pagesByLanguage: result.pagesByLanguage, reused: true };
  }
  const built = await build();
  const temporary = join(root, `${key}.${process.pid}.tmp`);
  await rm(temporary, { recursive: true, force: true });
  await cp(target, join(temporary, 'index'), { recursive: true });
  await writeFile(join(temporary, 'result.json'), JSON.stringify({ pagesByLanguage: built.pagesByLanguage }));
  for (const name of existsSync(root) ? await readdir(root) : []) {
    if (!name.endsWith('.tmp')) await rm(join(root, name), { recursive: true, force: true });
  }
  await rename(temporary, stored);
  return { pagesByLanguage: built.pagesByLanguage, reused: false };
}
