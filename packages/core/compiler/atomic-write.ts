/**
 * Atomic file writes: a temporary file next to the target, then a rename, so readers never see half a file.
 *
 * @module
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

/**
 * Write `text` to `file` through a temporary file and a rename, creating its folder; a file that already
 * holds exactly `text` is left untouched.
 *
 * @param file
 *   The file to write.
 * @param text
 *   Its new content (UTF-8).
 * @returns
 *   `true` when the file was written, `false` when it already held `text`.
 */
export async function writeAtomically(file: string, text: string): Promise<boolean> {
  const previous = await readFile(file, 'utf8').catch(() => undefined);
  if (previous === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return true;
}
