/**
 * Hash every file of a folder, compare two such manifests, and search files (inside zips and gzip
 * streams too) for strings that must not be in a build: the machine's paths, host name and clock.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { homedir, hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';
import { repoRoot } from '../paths.js';

/** File path (relative, `/`-separated) → SHA-256 (hex). */
export type TreeHashes = ReadonlyMap<string, string>;

/** Every file under a folder, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Hash every file of a folder.
 *
 * @param dir The folder.
 * @returns The hashes by relative path.
 */
export async function hashTree(dir: string): Promise<TreeHashes> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) hashes.set(file, createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex'));
  return hashes;
}

/**
 * The differences between two manifests.
 *
 * @param before The first build.
 * @param after The second build.
 * @returns Sentences: files only in one build, files whose bytes differ.
 */
export function diffTrees(before: TreeHashes, after: TreeHashes): string[] {
  const problems: string[] = [];
  for (const [file, hash] of before) {
    const other = after.get(file);
    if (other === undefined) problems.push(`${file} is only in the first build`);
    else if (other !== hash) problems.push(`${file} differs between the builds`);
  }
  for (const file of after.keys()) if (!before.has(file)) problems.push(`${file} is only in the second build`);
  return problems;
}

/** A string that must not be in a build, with why. */
export interface Needle {
  /** The text. */
  readonly text: string;
  /** What it is (`the repository path`…). */
  readonly what: string;
}

/** The machine's paths and host name, as needles (host names shorter than 6 characters are too common a word to search). */
export function machineNeedles(): Needle[] {
  const needles: Needle[] = [
    { text: repoRoot, what: 'the repository path' },
    { text: `${tmpdir()}/`, what: 'the temporary folder' },
    { text: `${homedir()}/`, what: 'the home folder' },
  ];
  if (hostname().length >= 6) needles.push({ text: hostname(), what: 'the host name' });
  return needles;
}

/** The renderings of the fake clock of `fake-clock.mjs` (2031-03-04T05:06:07Z) a build could write. */
export const fakeClockNeedles: readonly Needle[] = [
  { text: '2031-03-0', what: 'the build time (ISO date)' },
  { text: '2031/03/0', what: 'the build time' },
  { text: 'Mar 04 2031', what: 'the build time (Date#toString)' },
  { text: '4 Mar 2031', what: 'the build time (UTC string)' },
  { text: '3/4/2031', what: 'the build time (US locale)' },
  { text: '193036', what: 'the build time (epoch seconds or milliseconds)' },
];

/** The readable layers of a file: itself, zip members, gunzipped content. */
function layers(name: string, bytes: Uint8Array): { name: string; bytes: Uint8Array }[] {
  const result = [{ name, bytes }];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      for (const [member, content] of Object.entries(unzipSync(bytes))) result.push(...layers(`${name}!${member}`, content));
    } catch {
      // Not a zip after all.
    }
  } else if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      result.push(...layers(`${name}!gunzip`, gunzipSync(bytes)));
    } catch {
      // Not gzip after all.
    }
  }
  return result;
}

/**
 * Search every file of a folder (and the members of zips and gzip streams) for needles.
 *
 * @param dir The folder.
 * @param needles What must not be there.
 * @returns One sentence per hit.
 */
export async function scanForLeaks(dir: string, needles: readonly Needle[]): Promise<string[]> {
  const hits: string[] = [];
  const encoded = needles.map((needle) => ({ ...needle, bytes: Buffer.from(needle.text, 'utf8') }));
  for (const file of await listFiles(dir)) {
    for (const layer of layers(file, new Uint8Array(await readFile(path.join(dir, file))))) {
      const buffer = Buffer.from(layer.bytes.buffer, layer.bytes.byteOffset, layer.bytes.byteLength);
      for (const needle of encoded) {
        const at = buffer.indexOf(needle.bytes);
        if (at !== -1) hits.push(`${layer.name} contains ${needle.what} (${JSON.stringify(needle.text)}) at byte ${at}`);
      }
    }
  }
  return hits;
}
