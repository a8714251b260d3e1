/**
 * The persistent parse cache of `cloudvirt-pack build`: what the compiler derives from one content file
 * alone (its parse: the draft, the prose the style rules read, the file-local messages; and its style
 * findings under a given terminology table) kept on disk, one entry per file, under a content-addressed
 * key: the compiler's code fingerprint, the file's message path, its relative path and its bytes. The
 * cross-file checks (ids, links, relations, the matrix, terminology) run over every file each time, so a
 * cached compile gives exactly what {@link compileContent} gives. The same design as the dev server's
 * in-memory `incremental.ts`, across processes.
 *
 * The folder (default `node_modules/.cache/cloudvirt-pack/` of the pack) holds the entries of the last
 * compile only: entries no file used are removed after each compile. Entries are written atomically
 * (temporary file, rename); an entry that cannot be read back (corrupt, truncated, another version's) is
 * ignored, the file parsed again and the entry rewritten.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from './atomic-write.js';
import type { CompileOptions, CompileResult, ContentFile, FileParser, ParsedFile, StyleChecker } from './compile.js';
import { compileWith, parseNow, readContentFiles } from './compile.js';
import { compilerFingerprint } from './fingerprint.js';
import type { CompileMessage } from './message.js';
import type { Prose } from './prose.js';
import { SourceFile } from './source-file.js';

/** What one cached compile did. */
export interface ParseCacheStats {
  /** Relative paths of the files parsed (no usable entry), in path order. */
  readonly parsed: readonly string[];
  /** Relative paths of the files whose parse came from the cache, in path order. */
  readonly cached: readonly string[];
  /** Relative paths of the files whose entry was there but could not be used (corrupt), in path order. */
  readonly corrupt: readonly string[];
  /** Relative paths of the files whose style rules ran (no findings cached for the terminology table). */
  readonly styled: readonly string[];
  /** Entries written. */
  readonly written: number;
  /** Entries removed (no file of this compile uses them). */
  readonly removed: number;
}

/** The outcome of {@link compileContentCached}. */
export interface CachedCompile {
  /** What {@link compileContent} gives for the folder. */
  readonly result: CompileResult;
  /** What the cache did. */
  readonly stats: ParseCacheStats;
}

/** The version of the entry format (part of every key). */
const formatVersion = 1;

/** An entry's file name: its key and `.json`. */
const entryName = /^[0-9a-f]{64}\.json$/u;

/** A value the encoder cannot write (a class instance of unknown shape…): that file is not cached. */
class Uncacheable extends Error {}

/** The tag key of an encoded special value; a plain object with this key is not cached. */
const tag = '\u0000';

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

/**
 * Encode a value as JSON-safe data, keeping what JSON loses: `undefined`, `-0`, `NaN` and infinities,
 * regular expressions, maps, sets, the file's own {@link SourceFile} and shared references (an object
 * met twice is written once and referred to by its number in visiting order).
 */
function encode(value: unknown, source: SourceFile): Encoded {
  const seen = new Map<object, number>();
  const visit = (item: unknown): Encoded => {
    if (item === undefined) return { [tag]: 'u' };
    if (item === null || typeof item === 'boolean' || typeof item === 'string') return item;
    if (typeof item === 'number') return Number.isFinite(item) && !Object.is(item, -0) ? item : { [tag]: 'n', v: String(Object.is(item, -0) ? '-0' : item) };
    if (typeof item !== 'object') throw new Uncacheable(`a ${typeof item}`);
    if (item === source) return { [tag]: 's' };
    const known = seen.get(item);
    if (known !== undefined) return { [tag]: 'r', i: known };
    seen.set(item, seen.size);
    if (Array.isArray(item)) {
      const list: Encoded[] = [];
      for (let index = 0; index < item.length; index++) {
        if (!(index in item)) throw new Uncacheable('a sparse array');
        list.push(visit(item[index]));
      }
      return list;
    }
    if (item instanceof RegExp) return { [tag]: 'x', s: item.source, f: item.flags, l: item.lastIndex };
    if (item instanceof Map) return { [tag]: 'm', e: [...item].map(([key, entry]) => [visit(key), visit(entry)]) };
    if (item instanceof Set) return { [tag]: 't', e: [...item].map(visit) };
    if (Object.getPrototypeOf(item) !== Object.prototype) throw new Uncacheable(`an instance of ${item.constructor.name}`);
    const object: Record<string, Encoded> = {};
    for (const key of Object.keys(item)) {
      if (key === tag) throw new Uncacheable('a key of NUL');
      object[key] = visit((item as Record<string, unknown>)[key]);
    }
    return object;
  };
  return visit(value);
}

/** The entry does not decode (corrupt, or not ours). */
class CorruptEntry extends Error {}

/** Decode what {@link encode} wrote; throws {@link CorruptEntry} on anything it cannot have written. */
function decode(data: unknown, source: SourceFile): unknown {
  const objects: unknown[] = [];
  const visit = (item: unknown): unknown => {
    if (item === null || typeof item === 'boolean' || typeof item === 'string' || typeof item === 'number') return item;
    if (Array.isArray(item)) {
      const list: unknown[] = [];
      objects.push(list);
      for (const entry of item) list.push(visit(entry));
      return list;
    }
    if (typeof item !== 'object') throw new CorruptEntry();
    const record = item as Record<string, unknown>;
    if (tag in record) {
      const kind = record[tag];
      if (kind === 'u') return undefined;
      if (kind === 's') return source;
      if (kind === 'n' && typeof record['v'] === 'string') return record['v'] === '-0' ? -0 : Number(record['v']);
      if (kind === 'r' && typeof record['i'] === 'number' && record['i'] < objects.length) return objects[record['i']];
      if (kind === 'x' && typeof record['s'] === 'string' && typeof record['f'] === 'string' && typeof record['l'] === 'number') {
        const pattern = new RegExp(record['s'], record['f']);
        pattern.lastIndex = record['l'];
        objects.push(pattern);
        return pattern;
      }
      if (kind === 'm' && Array.isArray(record['e'])) {
        const map = new Map<unknown, unknown>();
        objects.push(map);
        for (const pair of record['e'] as unknown[]) {
          if (!Array.isArray(pair) || pair.length !== 2) throw new CorruptEntry();
          const key = visit(pair[0]);
          map.set(key, visit(pair[1]));
        }
        return map;
      }
      if (kind === 't' && Array.isArray(record['e'])) {
        const set = new Set<unknown>();
        objects.push(set);
        for (const entry of record['e'] as unknown[]) set.add(visit(entry));
        return set;
      }
      throw new CorruptEntry();
    }
    const object: Record<string, unknown> = {};
    objects.push(object);
    for (const key of Object.keys(record)) object[key] = visit(record[key]);
    return object;
  };
  return visit(data);
}

/** One entry as stored. */
interface StoredEntry {
  /** The format version. */
  readonly version: number;
  /** The key (the entry's file name without `.json`): a read of the wrong or a torn file is refused. */
  readonly key: string;
  /** The parse: prose, value and messages, encoded together (they may share objects). */
  readonly parse: Encoded;
  /** The style findings, with the key of the terminology table they were found under (`-` for none). */
  readonly style?: { readonly terminology: string; readonly messages: Encoded };
}

/** What is known about one file during a compile. */
interface Slot {
  readonly key: string;
  readonly relative: string;
  /** The entry read from disk, not yet decoded (`undefined` when there was none). */
  stored: StoredEntry | undefined;
  /** The parse, once made or decoded. */
  parsed?: ParsedFile<unknown> | undefined;
  /** The encoded parse (`undefined` when the file cannot be cached). */
  encoded?: Encoded | undefined;
  /** The style findings: terminology key and messages. */
  style?: { terminology: string; messages: readonly CompileMessage[] } | undefined;
  /** Whether the entry must be written. */
  dirty: boolean;
}

/** The key of a file's entry. */
function keyOf(fingerprint: string, messagePath: string, relative: string, value: string): string {
  return createHash('sha256').update(`cloudvirt-pack parse cache ${formatVersion}\0${fingerprint}\0${messagePath}\0${relative}\0`).update(value).digest('hex');
}

/** Read an entry, or `undefined` when it is missing; a file that is not an entry of `key` reads as `'corrupt'`. */
async function readEntry(file: string, key: string): Promise<StoredEntry | 'corrupt' | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return 'corrupt';
  }
  try {
    const entry = JSON.parse(text) as Partial<StoredEntry> | null;
    if (entry === null || typeof entry !== 'object' || entry.version !== formatVersion || entry.key !== key || !('parse' in entry)) return 'corrupt';
    return entry as StoredEntry;
  } catch {
    return 'corrupt';
  }
}

/** The decoded parse of an entry (`undefined` when it does not decode). */
function decodeParse(stored: StoredEntry, messagePath: string, relative: string, value: string): ParsedFile<unknown> | undefined {
  const source = new SourceFile(messagePath, relative, value.replace(/^\uFEFF/u, ''));
  try {
    const decoded = decode(stored.parse, source) as { prose?: unknown; value?: unknown; messages?: unknown } | null;
    if (decoded === null || typeof decoded !== 'object' || !Array.isArray(decoded.prose) || !Array.isArray(decoded.messages) || !('value' in decoded)) return undefined;
    source.prose.push(...(decoded.prose as Prose[]));
    return { source, value: decoded.value, messages: decoded.messages as CompileMessage[] };
  } catch (error) {
    if (error instanceof CorruptEntry || error instanceof SyntaxError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Compile a content folder as {@link compileContent} does, with each file's parse and style findings
 * taken from (and kept in) a cache folder.
 *
 * @param dir
 *   The content folder; message paths are `dir` joined with the file's relative path.
 * @param cacheDir
 *   The cache folder (created when missing).
 * @param options
 *   Compile options (`frail` affects no entry: it is applied after the checks).
 * @returns
 *   The result ({@link compileContent}'s for the folder) and what the cache did.
 * @example
 *   const { result, stats } = await compileContentCached('content', 'node_modules/.cache/cloudvirt-pack');
 *   // stats.parsed: ['concepts/kvm.md'] after an edit of kvm.md
 */
export async function compileContentCached(dir: string, cacheDir: string, options: CompileOptions = {}): Promise<CachedCompile> {
  const files: readonly ContentFile[] = await readContentFiles(dir);
  const fingerprint = compilerFingerprint();
  const messagePath = (relative: string): string => (dir === '' ? relative : path.join(dir, relative));
  const parsed = new Set<string>();
  const cached = new Set<string>();
  const corrupt = new Set<string>();
  const styled = new Set<string>();
  // Every `.md` file's entry is read at once (a stray file, which is never parsed, only costs a missing entry).
  const slots = new Map<string, Slot>();
  await Promise.all(
    files
      .filter((file) => file.path.endsWith('.md'))
      .map(async (file) => {
        const key = keyOf(fingerprint, messagePath(file.path), file.path, file.value);
        const stored = await readEntry(path.join(cacheDir, `${key}.json`), key);
        if (stored === 'corrupt') corrupt.add(file.path);
        slots.set(key, { key, relative: file.path, stored: stored === 'corrupt' ? undefined : stored, dirty: false });
      }),
  );
  /** The slot of each parsed file and table, to find their keys again. */
  const slotOfSource = new WeakMap<SourceFile, Slot>();
  const keyOfValue = new WeakMap<object, string>();

  const parser: FileParser = (path_, relative, value, parse) => {
    const key = keyOf(fingerprint, path_, relative, value);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { key, relative, stored: undefined, dirty: false };
      slots.set(key, slot);
    }
    if (slot.parsed === undefined && slot.stored !== undefined) {
      slot.parsed = decodeParse(slot.stored, path_, relative, value);
      if (slot.parsed === undefined) {
        corrupt.add(relative);
        slot.stored = undefined;
      } else {
        slot.encoded = slot.stored.parse;
        if (slot.stored.style !== undefined) {
          try {
            const messages = decode(slot.stored.style.messages, slot.parsed.source);
            if (Array.isArray(messages)) slot.style = { terminology: slot.stored.style.terminology, messages: messages as CompileMessage[] };
          } catch (error) {
            if (!(error instanceof CorruptEntry)) throw error;
          }
        }
        cached.add(relative);
      }
    }
    if (slot.parsed === undefined) {
      const fresh = parseNow(path_, relative, value, parse);
      parsed.add(relative);
      slot.parsed = fresh;
      try {
        // Note: encoded at once, before the cross-file checks see the parse.
        slot.encoded = encode({ prose: fresh.source.prose, value: fresh.value, messages: fresh.messages }, fresh.source);
      } catch (error) {
        if (!(error instanceof Uncacheable)) throw error;
        slot.encoded = undefined;
      }
      slot.dirty = slot.encoded !== undefined;
    }
    slotOfSource.set(slot.parsed.source, slot);
    if (typeof slot.parsed.value === 'object' && slot.parsed.value !== null) keyOfValue.set(slot.parsed.value, key);
    return slot.parsed as ParsedFile<never>;
  };

  const style: StyleChecker = (file, terminology, check) => {
    const slot = slotOfSource.get(file);
    const terminologyKey = terminology === undefined ? '-' : keyOfValue.get(terminology);
    if (slot === undefined || terminologyKey === undefined || slot.encoded === undefined) {
      styled.add(file.relative);
      return check();
    }
    if (slot.style?.terminology === terminologyKey) return slot.style.messages;
    styled.add(file.relative);
    const messages = check();
    slot.style = { terminology: terminologyKey, messages };
    slot.dirty = true;
    return messages;
  };

  const result = compileWith(files, dir, options, parser, style);

  let written = 0;
  const used = new Set<string>();
  for (const slot of slots.values()) {
    if (slot.parsed === undefined) continue;
    used.add(`${slot.key}.json`);
    if (!slot.dirty || slot.encoded === undefined) continue;
    const entry: StoredEntry = {
      version: formatVersion,
      key: slot.key,
      parse: slot.encoded,
      ...(slot.style === undefined ? {} : { style: { terminology: slot.style.terminology, messages: encode(slot.style.messages, slot.parsed.source) } }),
    };
    // Note: the cache only saves time; an entry that cannot be written (a read-only folder…) is left out.
    if (await writeAtomically(path.join(cacheDir, `${slot.key}.json`), `${JSON.stringify(entry)}\n`).catch(() => false)) written += 1;
  }
  let removed = 0;
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!entryName.test(name) || used.has(name)) continue;
    if (await rm(path.join(cacheDir, name), { force: true }).then(() => true, () => false)) removed += 1;
  }
  const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();
  return { result, stats: { parsed: sorted(parsed), cached: sorted(cached), corrupt: sorted(corrupt), styled: sorted(styled), written, removed } };
}
