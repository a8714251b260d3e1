/**
 * Test helper: materialize a content folder in a temporary directory from the shared `base` pack plus a
 * broken case's overlay (`test/fixtures/broken/<case>/`). An overlay file `_remove` lists base files to delete.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `test/fixtures/`. */
export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A temporary content folder; `cleanup` deletes it. */
export interface TemporaryContent {
  readonly dir: string;
  cleanup(): Promise<void>;
}

/**
 * Copy `base` and the overlay of a broken case into a fresh temporary folder.
 *
 * @param caseName
 *   Folder name under `test/fixtures/broken/`.
 */
export async function materialize(caseName: string): Promise<TemporaryContent> {
  const dir = await mkdtemp(path.join(tmpdir(), `cloudvirt-${caseName}-`));
  await cp(path.join(fixturesDir, 'base'), dir, { recursive: true });
  await cp(path.join(fixturesDir, 'broken', caseName), dir, { recursive: true });
  const removeList = path.join(dir, '_remove');
  const removed = await readFile(removeList, 'utf8').catch(() => '');
  for (const file of removed.split('\n').filter(Boolean)) await rm(path.join(dir, file), { recursive: true });
  await rm(removeList, { force: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
