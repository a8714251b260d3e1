/**
 * The incremental compiler: compile a content folder again and again (an author's dev loop), re-reading
 * and re-parsing only the files that changed. Each file's parse (YAML, Markdown, the file-local rules)
 * is kept by path and content hash; the cross-file checks (ids, links, relations, prerequisites, the
 * matrix, terminology) run on the whole content every time, and the style rules again for each file that
 * changed (for every file when the terminology table changed), so the result is always the one
 * `compileContent` gives for the folder as it is now.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CompileOptions, CompileResult, ContentFile, ParsedFile } from './compile.js';
import { compileWith, parseNow, readContentFiles } from './compile.js';
import type { MessageSink } from './message.js';
import type { SourceFile } from './source-file.js';

/** Options of {@link createIncrementalCompiler}. */
export interface IncrementalCompilerOptions extends CompileOptions {
  /**
   * Prefix of message paths (default: `dir` as given), as `root` of `compileFiles`.
   */
  readonly root?: string;
  /** Called with the relative path of every file actually parsed (not taken from the cache). */
  readonly onParse?: (relative: string) => void;
}

/** What one {@link IncrementalCompiler.update} did. */
export interface UpdateStats {
  /** Relative paths of the files parsed in this update (changed, added, renamed to), in path order. */
  readonly parsed: readonly string[];
  /** Relative paths of the files read from disk in this update. */
  readonly read: readonly string[];
  /** Files of the content folder after the update. */
  readonly files: number;
  /** Wall time of the update, ms. */
  readonly milliseconds: number;
}

/** A compiler that keeps each file's parse between compiles of one content folder. */
export interface IncrementalCompiler {
  /** The content folder. */
  readonly dir: string;
  /**
   * Bring the compile up to date with the folder.
   *
   * @param changed
   *   Paths that changed since the last update (absolute, or relative to `dir`; as `fs.watch` reports
   *   them). Only these are re-read, plus any file the folder listing shows as new; files no longer
   *   listed are dropped. Without it (and on the first update), every file is read again (unchanged
   *   texts are still not re-parsed).
   * @returns
   *   The same result as `compileContent(dir)` for the folder as it is now.
   */
  update(changed?: readonly string[]): Promise<CompileResult>;
  /** What the last update did (`undefined` before the first). */
  readonly lastUpdate: UpdateStats | undefined;
}

const rootFiles = ['topics.md', 'responsibility-matrix.md', 'terminology.md', 'pack.md'] as const;
const folders = ['concepts', 'comparisons'] as const;

/** A listed file: its relative path and whether its text is read (`.md` files; others are listed with an empty value). */
interface Listed {
  readonly path: string;
  readonly readable: boolean;
}

/** List the files {@link readContentFiles} reads, without reading them. */
async function listContent(dir: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  for (const name of rootFiles) {
    const found = await stat(path.join(dir, name)).then(
      (stats) => stats.isFile(),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false;
        throw error;
      },
    );
    if (found) listed.push({ path: name, readable: true });
  }
  for (const folder of folders) {
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
      throw error;
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      listed.push({ path: `${folder}/${entry.name}${entry.isDirectory() ? '/' : ''}`, readable: entry.isFile() && entry.name.endsWith('.md') });
    }
  }
  return listed;
}

/** Read a listed file (a file deleted between the listing and the read reads as absent). */
async function readListed(dir: string, file: Listed): Promise<string | undefined> {
  if (!file.readable) return '';
  try {
    return await readFile(path.join(dir, file.path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') return undefined;
    throw error;
  }
}

/** The relative, `/`-separated form of a changed path (`undefined` when it is outside `dir`). */
function relativeTo(dir: string, changed: string): string | undefined {
  const relative = path.relative(dir, path.resolve(dir, changed));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** Content hashes of the files as read (a file not read again keeps its object, so it is hashed once). */
const hashes = new WeakMap<ContentFile, string>();

function hashOf(file: ContentFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = createHash('sha256').update(file.value).digest('base64url');
    hashes.set(file, hash);
  }
  return hash;
}

/**
 * Create an incremental compiler for a content folder. Nothing is read until the first
 * {@link IncrementalCompiler.update}.
 *
 * @param dir
 *   The content folder (holding `topics.md`, `concepts/`…).
 * @param options
 *   `frail`, the message path prefix (`root`, default `dir`), and a hook called for every file parsed.
 * @returns
 *   The compiler.
 * @example
 *   const compiler = createIncrementalCompiler('content');
 *   let result = await compiler.update();
 *   // … after fs.watch reported `concepts/kvm.md`:
 *   result = await compiler.update(['concepts/kvm.md']);
 */
export function createIncrementalCompiler(dir: string, options: IncrementalCompilerOptions = {}): IncrementalCompiler {
  const root = options.root ?? dir;
  const compileOptions: CompileOptions = options.frail === undefined ? {} : { frail: options.frail };
  /** The folder's files as last read, by relative path. */
  let files = new Map<string, ContentFile>();
  /** Parses by relative path + content hash. */
  let cache = new Map<string, ParsedFile<unknown>>();
  let first = true;
  let lastUpdate: UpdateStats | undefined;

  const update = async (changed?: readonly string[]): Promise<CompileResult> => {
    const started = performance.now();
    const read: string[] = [];
    if (first || changed === undefined) {
      files = new Map((await readContentFiles(dir)).map((file) => [file.path, file]));
      read.push(...files.keys());
    } else {
      const touched = new Set(changed.map((file) => relativeTo(dir, file)).filter((file) => file !== undefined));
      const next = new Map<string, ContentFile>();
      for (const listed of await listContent(dir)) {
        const known = files.get(listed.path);
        if (known !== undefined && !touched.has(listed.path)) {
          next.set(listed.path, known);
          continue;
        }
        const value = await readListed(dir, listed);
        read.push(listed.path);
        if (value !== undefined) next.set(listed.path, { path: listed.path, value });
      }
      files = next;
    }
    first = false;

    const parsed: string[] = [];
    const used = new Map<string, ParsedFile<unknown>>();
    function parser<T>(messagePath: string, relative: string, value: string, parse: (source: SourceFile, sink: MessageSink) => T): ParsedFile<T> {
      const file = files.get(relative);
      const key = `${relative}\u0000${file !== undefined && file.value === value ? hashOf(file) : hashOf({ path: relative, value })}`;
      const known = used.get(key) ?? cache.get(key);
      if (known !== undefined) {
        used.set(key, known);
        return known as ParsedFile<T>;
      }
      options.onParse?.(relative);
      parsed.push(relative);
      const fresh = parseNow(messagePath, relative, value, parse);
      used.set(key, fresh);
      return fresh;
    }
    const result = compileWith([...files.values()], root, compileOptions, parser);
    // Note: only the parses of the files as they are now are kept (an edit replaces its old parse).
    cache = used;
    lastUpdate = { parsed: parsed.sort(), read: read.sort(), files: files.size, milliseconds: performance.now() - started };
    return result;
  };

  return {
    dir,
    update,
    get lastUpdate() {
      return lastUpdate;
    },
  };
}
