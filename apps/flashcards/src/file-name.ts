/**
 * Output file names: the default name of an export, the format a name implies, and names that must be
 * refused (`collection.apkg`, `backup-*.apkg`, an extension that contradicts `--format`).
 *
 * @module
 */
import { ankiCardKinds, checkApkgFileName } from '@cloudvirt/render/anki';
import { expectOneOf, expectString, invalidTypeError } from '@cloudvirt/core';
import { UsageError } from './errors.js';
import { outputFormats, type OutputFormat, type ResolvedFlashcardsOptions } from './selection.js';

/** File extensions of each format; the first is the one default names use. */
export const formatExtensions: Readonly<Record<OutputFormat, readonly string[]>> = {
  apkg: ['.apkg'],
  csv: ['.csv', '.tsv', '.txt'],
  md: ['.md', '.markdown'],
};

const maxStemLength = 100;

/**
 * The pack id of a knowledge base: the stem of its default file names.
 *
 * @param kb The knowledge base of resolved options.
 * @returns Its `pack.id` (`cloudvirt` for the bundled pack).
 * @throws {TypeError} When the knowledge base has no pack identity (hand-built data without `pack`).
 */
function packIdOf(kb: ResolvedFlashcardsOptions['kb']): string {
  const id: unknown = kb.pack?.id;
  if (typeof id !== 'string' || id === '') {
    throw invalidTypeError(
      '`pack` of the knowledge base of defaultFileName',
      kb.pack,
      "the pack's identity (an object with an `id`, as content/pack.md declares it)",
      'Default file names start with the pack id (`<pack id>-<lang>.apkg`). A compiled pack takes it from content/pack.md; add `pack` to hand-built data and check it with validateKnowledgeBase from @cloudvirt/core.',
    );
  }
  return id;
}

/**
 * The default file name of an export: `<pack id>-<lang>` (`cloudvirt-zh.apkg` for the bundled pack,
 * `my-pack-zh.apkg` for a pack whose id is `my-pack`) plus, when filters or non-default card kinds are
 * used, their ids (`cloudvirt-zh-vmm-structures.apkg`, `cloudvirt-en-kvm-xen-cloze.csv`,
 * `cloudvirt-en-all-cards.apkg`), so a filtered deck never takes the name of the full one, and two packs'
 * decks never take each other's.
 *
 * @param resolved Resolved export options.
 * @returns A file name without folder.
 * @throws {TypeError} When `resolved` is not resolved flashcards options, or its knowledge base has no
 *   pack identity.
 */
export function defaultFileName(resolved: ResolvedFlashcardsOptions): string {
  const given: unknown = resolved;
  if (given === null || typeof given !== 'object' || typeof (given as { lang?: unknown }).lang !== 'string' || !Array.isArray((given as { cardKinds?: unknown }).cardKinds)) {
    throw invalidTypeError('`resolved` argument of defaultFileName', given, 'resolved flashcards options (the result of resolveFlashcardsOptions)');
  }
  expectOneOf('`format` of the `resolved` argument of defaultFileName', resolved.format, outputFormats);
  const concepts = resolved.concepts === undefined ? [] : resolved.concepts.length <= 3 ? resolved.concepts : [`${resolved.concepts.length}-concepts`];
  const parts = [
    packIdOf(resolved.kb),
    resolved.lang,
    ...(resolved.topics ?? []),
    ...(resolved.levels ?? []),
    ...concepts,
    ...(resolved.format === 'md' || resolved.defaultCardKinds ? [] : resolved.cardKinds.length === ankiCardKinds.length ? ['all-cards'] : resolved.cardKinds),
  ];
  const stem = parts.join('-').slice(0, maxStemLength).replace(/-+$/, '');
  return `${stem}${formatExtensions[resolved.format][0]}`;
}

/**
 * The format an output path implies by its extension.
 *
 * @param path A file path.
 * @returns The format, or `undefined` when the extension is not one of {@link formatExtensions}.
 * @throws {TypeError} When `path` is not a string.
 */
export function formatOfPath(path: string): OutputFormat | undefined {
  expectString('`path` argument of formatOfPath', path, 'a file path (a string)');
  const lower = path.toLowerCase();
  return (Object.keys(formatExtensions) as OutputFormat[]).find((format) => formatExtensions[format].some((extension) => lower.endsWith(extension)));
}

/**
 * Check that an output path suits its format: Anki packages must not be named like a collection
 * backup, and an extension must not contradict the format (a CSV file named `.apkg` would fail to import).
 *
 * @param path The output path (not `-`).
 * @param format The output format.
 * @throws {UsageError} When the name is refused.
 * @throws {TypeError} When `path` or `format` is not a string.
 */
export function checkOutputName(path: string, format: OutputFormat): void {
  expectString('`path` argument of checkOutputName', path, 'an output file path (a string)');
  expectOneOf('`format` argument of checkOutputName', format, outputFormats);
  const implied = formatOfPath(path);
  if (implied !== undefined && implied !== format) {
    throw new UsageError(
      `Unexpected output name \`${path}\` for --format ${format}, expected a name ending in ${formatExtensions[format].map((extension) => `\`${extension}\``).join(' or ')}`,
      `The extension says ${implied}; drop --format or rename the file.`,
    );
  }
  if (format === 'apkg') {
    try {
      checkApkgFileName(path);
    } catch (error) {
      const [message = '', hint] = (error as Error).message.split('\n');
      throw new UsageError(message.replace(/\.$/, ''), hint);
    }
  }
}
