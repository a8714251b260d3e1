/**
 * Guards against file names that make Anki replace the user's whole collection.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';

/**
 * Checks an output file name for an Anki package. Anki treats `collection.apkg` and `backup-*.apkg`
 * as whole-collection backups and offers to **replace** the user's collection with them
 * (`qt/aqt/import_export/importing.py`, `ColpkgImporter.can_import`).
 *
 * @param fileName A file name or path (only the last path component is checked).
 * @returns The base name, when it is acceptable.
 * @throws {Error} When the name is `collection.apkg`, `backup-*.apkg`, or does not end in `.apkg`.
 * @example
 * ```ts
 * checkApkgFileName('out/cloudvirt-en.apkg'); // 'cloudvirt-en.apkg'
 * checkApkgFileName('collection.apkg');      // throws
 * ```
 * @throws {TypeError} When `fileName` is not a string.
 */
export function checkApkgFileName(fileName: string): string {
  expectString('`fileName` argument of checkApkgFileName', fileName, 'a file name or path ending in `.apkg` (a string, such as `cloudvirt-en.apkg`)');
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  const lower = base.toLowerCase();
  if (!lower.endsWith('.apkg') || lower === '.apkg') {
    throw new Error(`Unexpected Anki package name \`${base}\`, expected a name ending in \`.apkg\`.\nFor example \`cloudvirt-en.apkg\`.`);
  }
  if (lower === 'collection.apkg' || lower.startsWith('backup-')) {
    throw new Error(
      `Refusing the Anki package name \`${base}\`: Anki treats \`collection.apkg\` and \`backup-*.apkg\` as a whole-collection backup and offers to replace the user's collection.\nChoose another name, e.g. \`cloudvirt-en.apkg\`.`,
    );
  }
  return base;
}
