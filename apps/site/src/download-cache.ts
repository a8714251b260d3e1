/**
 * The persistent, content-addressed cache of the parts of the downloads rendered per record: the fields
 * of each concept's Anki notes, the parsed Markdown of each explanation and description of the
 * handbooks, the plain text of each of them in the dataset (`kb.jsonld`, `kb.ttl`). It is the
 * `RenderMemo` the renderers of `@cloudvirt/render` take; they say what a part is rendered from (its
 * input: the record and whatever else of the knowledge base it reads, such as which concept ids exist),
 * and this cache keys each part by the SHA-256 of that input, in one file per part under the `downloads/`
 * folder of the page cache, each stamped with the code fingerprint (`codeFingerprint` of
 * `page-cache.ts`: the site's, render's and flashcards' code), so a code change empties it.
 *
 * A build assembles the files from the stored parts and renders only the parts whose input changed;
 * the files are the same bytes as without the cache (`test/download-cache.test.ts`). A part file that is
 * missing, unreadable, of another code or corrupt counts as empty (everything is rendered again). Each
 * file is written atomically (a temporary file, then a rename) and holds only the parts the last build
 * used, so it never grows with old versions.
 *
 * The deck plans are shared too: {@link sharedDeckPlan} plans a deck once per knowledge base and deck
 * options in a process, so the practice page (`practice/data.ts`) and the download decks use one plan.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planAnkiDeck, writeAnkiPackage, type AnkiDeckOptions, type AnkiDeckPlan, type AnkiPackageInput, type RenderMemo } from '@cloudvirt/render/anki';
import { codeFingerprint, sha256 } from './page-cache.js';

/** Bump when the layout of a part file changes. */
const fileFormat = 1;

/** The part of whole Anki packages (a deck whose notes did not change is not written again). */
const packagePart = 'anki-package-1';


/** What one part of the cache did in a build. */
export interface DownloadPartStats {
  /** Parts taken from the cache (stored by an earlier build). */
  readonly reused: number;
  /** Parts asked again in this build (the plain texts of `kb.ttl` are those of `kb.jsonld`). */
  readonly repeated: number;
  /** Parts rendered (not in the cache, or their input changed). */
  readonly rendered: number;
  /** The records of the parts rendered (`concept:kvm`, `markdown:kvm-en`), sorted, without repeats. */
  readonly renderedRecords: readonly string[];
}

/** What the cache did in a build, per renderer part (`anki-concept-fields-1`, `markdown-blocks-1`…). */
export type DownloadCacheStats = Readonly<Record<string, DownloadPartStats>>;

/** One part's entries: those read from disk and those used by this build. */
interface PartState {
  readonly stored: ReadonlyMap<string, string>;
  readonly used: Map<string, string>;
  reused: number;
  repeated: number;
  rendered: number;
  readonly renderedRecords: Set<string>;
}

/** The part file's content. */
interface PartFile {
  readonly format: number;
  readonly code: string;
  readonly entries: Readonly<Record<string, string>>;
}

/**
 * The download cache of one build: a `RenderMemo` backed by the `downloads/` folder of a cache folder.
 * Open it with {@link DownloadCache.open}, hand it to the renderers, then {@link DownloadCache.save}.
 */
export class DownloadCache implements RenderMemo {
  private readonly parts = new Map<string, PartState>();
  private readonly code = codeFingerprint();

  private constructor(private readonly dir: string) {}

  /**
   * Open the download cache under a cache folder (its `downloads/` subfolder, created on save).
   *
   * @param cacheDir The build's cache folder (the page cache's).
   */
  static open(cacheDir: string): DownloadCache {
    return new DownloadCache(join(cacheDir, 'downloads'));
  }

  /** The file of a part (its name made safe for any file system). */
  private fileOf(part: string): string {
    return join(this.dir, `${part.replace(/[^\w.-]/gu, '_')}.json`);
  }

  /** A part's state, its stored entries read on first use (an unreadable file counts as empty). */
  private partOf(part: string): PartState {
    let state = this.parts.get(part);
    if (state === undefined) {
      let stored = new Map<string, string>();
      try {
        const file = JSON.parse(readFileSync(this.fileOf(part), 'utf8')) as PartFile;
        if (file.format === fileFormat && file.code === this.code && typeof file.entries === 'object' && file.entries !== null) {
          stored = new Map(Object.entries(file.entries).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
        }
      } catch {
        // Missing or corrupt: render everything of this part.
      }
      state = { stored, used: new Map(), reused: 0, repeated: 0, rendered: 0, renderedRecords: new Set() };
      this.parts.set(part, state);
    }
    return state;
  }

  /**
   * A rendered part: the stored text when its input is unchanged, else `render()` (stored on save).
   *
   * @param part The renderer part with its version.
   * @param record The record, for {@link DownloadCache.stats}.
   * @param input Everything the text is rendered from.
   * @param render Renders the text.
   */
  text(part: string, record: string, input: string, render: () => string): string {
    const state = this.partOf(part);
    const key = sha256(input);
    const used = state.used.get(key);
    if (used !== undefined) {
      state.repeated++;
      return used;
    }
    const stored = state.stored.get(key);
    if (stored !== undefined) {
      state.reused++;
      state.used.set(key, stored);
      return stored;
    }
    const text = render();
    state.rendered++;
    state.renderedRecords.add(record);
    state.used.set(key, text);
    return text;
  }

  /**
   * A rendered part rendered asynchronously (an Anki package): like {@link DownloadCache.text}.
   *
   * @param part The part with its version.
   * @param record The record, for {@link DownloadCache.stats}.
   * @param input Everything the text is rendered from.
   * @param render Renders the text.
   */
  async textAsync(part: string, record: string, input: string, render: () => Promise<string>): Promise<string> {
    const state = this.partOf(part);
    const key = sha256(input);
    const known = state.used.get(key) ?? state.stored.get(key);
    if (known !== undefined) return this.text(part, record, input, () => known);
    const text = await render();
    return this.text(part, record, input, () => text);
  }

  /**
   * A `writeAnkiPackage` that keeps each package's bytes (base64) by its input: the notes (note type id,
   * GUID, fields, tags, `mod`, deck), the note types and the decks, the media (none in the decks).
   *
   * The record of a package in the statistics is its first deck (`deck:CloudVirt`, the root deck of a plan).
   */
  packageWriter(): (input: AnkiPackageInput) => Promise<{ readonly bytes: Uint8Array }> {
    return async (input) => {
      const record = `deck:${input.decks?.[0]?.name ?? input.notes[0]?.deck ?? ''}`;
      const noteTypes = [...new Map(input.notes.map((note) => [note.noteType.id, note.noteType])).values()];
      const key = JSON.stringify([
        noteTypes,
        input.notes.map((note) => [note.noteType.id, note.guid, note.fields, note.tags ?? null, note.mod, note.deck]),
        input.decks ?? null,
        (input.media ?? []).map((file) => [file.name, Buffer.from(file.data).toString('base64')]),
        input.deckIdNamespace ?? null,
      ]);
      const base64 = await this.textAsync(packagePart, record, key, async () => Buffer.from((await writeAnkiPackage(input)).bytes).toString('base64'));
      return { bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
    };
  }

  /** What the cache did so far, per part. */
  get stats(): DownloadCacheStats {
    return Object.fromEntries(
      [...this.parts].map(([part, state]) => [part, { reused: state.reused, repeated: state.repeated, rendered: state.rendered, renderedRecords: [...state.renderedRecords].sort() }]),
    );
  }

  /**
   * Write each part that changed (a part rendered, or a stored one no longer used), atomically, with
   * only the parts this build used.
   */
  async save(): Promise<void> {
    for (const [part, state] of this.parts) {
      const unchanged = state.rendered === 0 && state.used.size === state.stored.size;
      if (unchanged) continue;
      await mkdir(this.dir, { recursive: true });
      const target = this.fileOf(part);
      const temporary = `${target}.${process.pid}.tmp`;
      const file: PartFile = { format: fileFormat, code: this.code, entries: Object.fromEntries(state.used) };
      try {
        await writeFile(temporary, JSON.stringify(file));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    }
  }
}

/** Digests of the knowledge bases planned in this process (the data, not the object, keys a plan). */
const kbDigests = new WeakMap<object, string>();

/** The plans made in this process, by digest of knowledge base and options (the latest few only). */
const plans = new Map<string, AnkiDeckPlan>();

/** How many plans {@link sharedDeckPlan} keeps: the three deck languages of one knowledge base (a plan of 10,000 concepts is large). */
const keptPlans = 3;

/** Plans made by {@link sharedDeckPlan} in this process. */
let plansMade = 0;

/** The digest of a knowledge base's data (its non-function properties). */
function kbDigest(kb: object): string {
  let digest = kbDigests.get(kb);
  if (digest === undefined) {
    const data = Object.fromEntries(Object.entries(kb).filter(([, value]) => typeof value !== 'function'));
    digest = sha256(JSON.stringify(data));
    kbDigests.set(kb, digest);
  }
  return digest;
}

/**
 * A deck's plan (`planAnkiDeck`), made once per knowledge-base data and deck options in this process:
 * the practice page and the download decks plan the same three decks, so the second asks get the plan of
 * the first. Plans are immutable data, so sharing one is safe.
 *
 * @param kb The knowledge base.
 * @param options The deck options.
 * @param memo The download cache of the build, if any (the fields of concept notes).
 * @returns The plan.
 */
export function sharedDeckPlan(kb: Parameters<typeof planAnkiDeck>[0], options: AnkiDeckOptions, memo?: RenderMemo): AnkiDeckPlan {
  const key = sha256(JSON.stringify([kbDigest(kb), options]));
  const known = plans.get(key);
  if (known !== undefined) return known;
  const plan = planAnkiDeck(kb, options, memo);
  plansMade++;
  plans.set(key, plan);
  for (const old of plans.keys()) {
    if (plans.size <= keptPlans) break;
    plans.delete(old);
  }
  return plan;
}

/** Forget the plans {@link sharedDeckPlan} kept (tests: a build without a cache must plan anew). */
export function clearDeckPlans(): void {
  plans.clear();
}

/** How many plans {@link sharedDeckPlan} made in this process (for tests). */
export function deckPlansMade(): number {
  return plansMade;
}
