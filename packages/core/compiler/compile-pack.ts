/**
 * `compilePack`: compile a pack folder (the folder holding `content/`) or a content folder itself.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkOptionKeys, expectString } from '../src/messages.js';
import type { CompileOptions, CompileResult } from './compile.js';
import { compileContent } from './compile.js';
import { PackError } from './pack-error.js';

/** Where a pack's content is. */
export interface PackFolder {
  /** The pack folder (the one holding `content/`, `package.json` and `dist/`); the content folder itself when it stands alone. */
  readonly packDir: string;
  /** The content folder (`topics.md`, `concepts/`…). */
  readonly contentDir: string;
}

/** What marks a content folder: any of these. */
const contentMarkers = ['topics.md', 'pack.md', 'concepts'] as const;

async function kindOf(file: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Find the content of a pack: `<dir>/content` when it is a folder, else `dir` itself when it looks like a
 * content folder (it holds `topics.md`, `pack.md` or `concepts/`).
 *
 * @param dir
 *   A pack folder or a content folder (paths stay as given, relative or absolute).
 * @returns
 *   The pack and content folders.
 * @throws {PackError} `pack-not-found` when `dir` does not exist; `not-a-pack` when it is a file or a
 *   folder holding neither `content/` nor content files.
 */
export async function findPackFolder(dir: string): Promise<PackFolder> {
  expectString('`dir` argument of compilePack', dir, 'the path of a pack folder (a string)');
  const kind = await kindOf(dir);
  if (kind === undefined) {
    throw new PackError('pack-not-found', `Unexpected pack folder \`${dir}\`: it does not exist, expected a pack folder (holding \`content/\`) or a content folder. Create one with \`cloudvirt-pack init ${dir}\``);
  }
  if (kind === 'file') {
    throw new PackError('not-a-pack', `Unexpected pack folder \`${dir}\`: it is a file, expected a pack folder (holding \`content/\`) or a content folder`);
  }
  const content = path.join(dir, 'content');
  if ((await kindOf(content)) === 'folder') return { packDir: dir, contentDir: content };
  for (const marker of contentMarkers) {
    if ((await kindOf(path.join(dir, marker))) !== undefined) return { packDir: dir, contentDir: dir };
  }
  throw new PackError(
    'not-a-pack',
    `Unexpected pack folder \`${dir}\`: it holds no \`content/\` folder and no \`topics.md\`, \`pack.md\` or \`concepts/\`, expected a pack folder or a content folder. Create a pack with \`cloudvirt-pack init <dir>\`, or pass the folder that holds \`content/\``,
  );
}

/**
 * Compile a knowledge pack: its content folder's Markdown into knowledge-base data, or every problem found.
 *
 * @param dir
 *   The pack folder (holding `content/`), or a content folder itself. Message paths start with it, as given.
 * @param options
 *   `frail: true` fails on warnings too.
 * @returns
 *   `{ok: true, data, messages}` (messages are warnings) or `{ok: false, messages}`: bad content never throws.
 * @throws {PackError} When `dir` does not exist or holds no pack (`pack-not-found`, `not-a-pack`).
 * @throws {TypeError} When `dir` is not a string, or `options` has an unknown key (with a did-you-mean).
 * @example
 *   const result = await compilePack('my-pack');
 *   if (!result.ok) console.error(formatMessages(result.messages));
 */
export async function compilePack(dir: string, options: CompileOptions = {}): Promise<CompileResult> {
  checkOptionKeys('compilePack options', options, ['frail']);
  const { contentDir } = await findPackFolder(dir);
  return compileContent(contentDir, options);
}
