/**
 * Guards against file names that make Anki replace the user's whole collection.
 *
 * @module
 */
import { expectKnowledgeBaseData, expectOneOf, expectString, type KnowledgeBaseData } from '@cloudvirt/core';
import { packIdentityOf } from '../shared/pack-identity.js';
import { ankiLanguages, type AnkiLanguage } from './options.js';

/**
 * The stem of a pack's default file names in a deck language: `<pack id>-<lang>` (`cloudvirt-en`,
 * `container-orchestration-zh`), so decks of two packs never take each other's file names. The full
 * deck's default file is `${ankiFileStem(kb, lang)}.apkg`; a filtered export appends its filters.
 *
 * @param kb The knowledge base (its `pack`).
 * @param lang The deck language.
 * @returns The stem, without extension.
 * @throws {TypeError} When `kb` is not knowledge-base data or has no pack identity.
 * @throws {RangeError} When `lang` is not a deck language.
 * @example
 * ```ts
 * `${ankiFileStem(kb, 'zh')}.apkg`; // 'cloudvirt-zh.apkg'
 * ```
 */
export function ankiFileStem(kb: KnowledgeBaseData, lang: AnkiLanguage): string {
  expectKnowledgeBaseData('knowledge base argument of ankiFileStem', kb);
  const pack = packIdentityOf('ankiFileStem', kb);
  return `${pack.id}-${expectOneOf('`lang` argument of ankiFileStem', lang, ankiLanguages)}`;
}

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
