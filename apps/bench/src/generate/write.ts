/**
 * Write a generated pack to disk.
 *
 * @module
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentPack } from './pack.js';

/**
 * Write every file of `pack` under `dir`, after emptying `dir`.
 *
 * @param pack The pack.
 * @param dir The content folder to (re)create.
 * @returns `dir`.
 */
export async function writePack(pack: ContentPack, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'concepts'), { recursive: true });
  await mkdir(path.join(dir, 'comparisons'), { recursive: true });
  for (const [relative, text] of pack.files) await writeFile(path.join(dir, relative), text, 'utf8');
  return dir;
}
