/**
 * The `cloudvirt-flashcards` command: parse the command line, check it, then list, plan or export, and
 * report on the right stream with the right exit code.
 *
 * @module
 */
import { kb as bundledKb } from '@cloudvirt/core';
import { removeActiveTempFiles, sweepStaleTempFiles, writeFileAtomic } from './atomic-write.js';
import { exitCodes, OutputError, PackContentError, UsageError } from './errors.js';
import { buildResolvedExport, planResolvedExport, type FlashcardsSummary } from './export.js';
import { checkOutputName, defaultFileName, formatOfPath } from './file-name.js';
import { listFlashcards } from './listing.js';
import { helpText, parseCliArgs, type RawCliOptions } from './options.js';
import { checkNotFolder, checkOutputPath, type OutputTarget } from './output-path.js';
import { loadKbOption } from './pack-option.js';
import { createStyle, formatError, formatListing, formatPlan, formatSummaryLine, shouldColor, type Style } from './report.js';
import { expectOneOf, outputFormats, resolveFlashcardsOptions, type DeckLanguage, type FlashcardsKnowledgeBase, type OutputFormat, type ResolvedFlashcardsOptions } from './selection.js';

/** A stream the CLI writes to. */
export interface CliStream {
  /** Write text or bytes; may return `false` when the buffer is full (then wait for `drain`). */
  write(chunk: string | Uint8Array): boolean;
  /** Whether it is a terminal. */
  readonly isTTY?: boolean;
  /** Wait for `drain` (Node streams). */
  once?(event: 'drain', listener: () => void): unknown;
}

/** Where the CLI reads its environment and writes its output. */
export interface CliIo {
  /** Data: exports to `-`, `--json`, `--list`, `--dry-run`, `--help`, `--version`. */
  readonly stdout: CliStream;
  /** Messages: the summary line, errors. */
  readonly stderr: CliStream;
  /** Environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder relative `-o` paths start from. */
  readonly cwd: string;
  /** The package version, for `--version`. */
  readonly version: string;
  /** Install `SIGINT`/`SIGTERM`/`SIGHUP` handlers while a file is written, to remove its temporary file. */
  readonly handleSignals?: boolean;
}

async function writeOut(stream: CliStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk) && stream.once !== undefined) await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

/** The options that only make sense for an export, by how they appear on the command line. */
function exportOptionsGiven(raw: RawCliOptions): string[] {
  return [
    raw.cards === undefined ? null : '--cards',
    raw.topics === undefined ? null : '--topic',
    raw.levels === undefined ? null : '--level',
    raw.concepts === undefined ? null : '--concept',
    raw.deckName === undefined ? null : '--deck-name',
    raw.format === undefined ? null : '--format',
    raw.out === undefined ? null : '--out',
    raw.dryRun ? '--dry-run' : null,
    raw.force ? '--force' : null,
  ].filter((name) => name !== null);
}

/** The output format: `--format`, else the `-o` extension, else `apkg`. */
function chooseFormat(raw: RawCliOptions): OutputFormat {
  if (raw.format !== undefined) return expectOneOf('--format', raw.format, outputFormats);
  if (raw.out === undefined) return 'apkg';
  if (raw.out === '-') throw new UsageError('Unexpected `-o -` without `--format`, expected the format of what goes to standard output', 'Add `--format csv` or `--format md`.');
  const implied = formatOfPath(raw.out);
  if (implied === undefined) {
    throw new UsageError(`Unexpected output name \`${raw.out}\`: its extension names no format, expected \`.apkg\`, \`.csv\`, \`.tsv\`, \`.txt\`, \`.md\` or \`.markdown\``, 'Rename the file or add `--format apkg|csv|md`.');
  }
  return implied;
}

/**
 * The JSON summary of an export or a dry run. `replaced`: a file is there (and is, or would be, replaced);
 * `needsForce`: the export would refuse to replace it without `--force` (only ever true in a dry run).
 */
function jsonSummary(summary: FlashcardsSummary, file: string | null, path: string | null, size: number | null, dryRun: boolean, replaced: boolean, needsForce: boolean): string {
  return `${JSON.stringify({ dryRun, file, path, size, replaced, needsForce, ...summary }, null, 2)}\n`;
}

/** The dry run's line about an existing output file, or `undefined` when there is none. */
function replacementNote(file: string, target: OutputTarget, force: boolean): string | undefined {
  if (!target.exists) return undefined;
  return force
    ? `\`${file}\` exists: --force would replace it (the old file stays intact until the new one is complete).`
    : `\`${file}\` exists: the export would need --force to replace it (or choose another -o path).`;
}

/** Write `bytes` to `target`, removing the temporary file if a signal interrupts it. */
async function writeTarget(target: OutputTarget, bytes: Uint8Array, io: CliIo): Promise<void> {
  sweepStaleTempFiles(target.path);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const codes = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
  const onSignal = (signal: (typeof signals)[number]): void => {
    removeActiveTempFiles();
    io.stderr.write(formatError(`Interrupted by ${signal}; ${target.exists ? 'the previous file is unchanged' : 'nothing was written'}`, undefined, createStyle(shouldColor(io.stderr.isTTY, io.env))));
    process.exit(128 + codes[signal]);
  };
  if (io.handleSignals) for (const signal of signals) process.on(signal, onSignal);
  try {
    await writeFileAtomic(target.path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(
      `Could not write \`${target.path}\`: ${(error as Error).message}`,
      `${target.exists ? 'The previous file is unchanged' : 'Nothing was written'}${code === 'ENOSPC' ? '; free some disk space and try again' : ''}.`,
      { cause: error },
    );
  } finally {
    if (io.handleSignals) for (const signal of signals) process.off(signal, onSignal);
  }
}

/** Resolve the export options of the command line, against the pack it serves. */
function resolveCliExport(raw: RawCliOptions, format: OutputFormat, kb: FlashcardsKnowledgeBase): ResolvedFlashcardsOptions {
  return resolveFlashcardsOptions({
    kb,
    lang: (raw.lang ?? 'en') as DeckLanguage,
    format,
    ...(raw.cards === undefined ? {} : { cardKinds: raw.cards as never }),
    ...(raw.topics === undefined ? {} : { topics: raw.topics }),
    ...(raw.levels === undefined ? {} : { levels: raw.levels as never }),
    ...(raw.concepts === undefined ? {} : { concepts: raw.concepts }),
    ...(raw.deckName === undefined ? {} : { deckName: raw.deckName }),
  });
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  const style = createStyle(shouldColor(io.stderr.isTTY, io.env));
  // Parsed once to find `--kb` (and answer --help and --version without loading a pack), then again with
  // that pack, whose concept names decide whether a `--concept` value with a comma is one name or several.
  const first = parseCliArgs(argv);
  if (first.help || first.version) return answerHelpOrVersion(first, io);
  const kb = first.kb === undefined ? bundledKb : await loadKbOption(first.kb, io.cwd);
  const raw = first.concepts === undefined ? first : parseCliArgs(argv, (text) => kb.findConcept(text) !== undefined);
  return runWithPack(raw, kb, io, style);
}

/** `--help` or `--version`. */
async function answerHelpOrVersion(raw: RawCliOptions, io: CliIo): Promise<number> {
  if (raw.help) {
    await writeOut(io.stdout, helpText);
    return exitCodes.ok;
  }
  await writeOut(io.stdout, `${io.version}\n`);
  return exitCodes.ok;
}

/** List, plan or export, serving `kb`. */
async function runWithPack(raw: RawCliOptions, kb: FlashcardsKnowledgeBase, io: CliIo, style: Style): Promise<number> {
  if (raw.list) {
    const extra = exportOptionsGiven(raw);
    if (extra.length > 0) throw new UsageError(`Unexpected ${extra.join(', ')} with --list, expected only --kb, --lang and --json`, 'Run --list alone to see what there is, then export with the filters you chose.');
    const listing = listFlashcards({ lang: (raw.lang ?? 'en') as DeckLanguage, kb });
    await writeOut(io.stdout, raw.json ? `${JSON.stringify(listing, null, 2)}\n` : formatListing(listing, createStyle(shouldColor(io.stdout.isTTY, io.env))));
    return exitCodes.ok;
  }
  if (raw.out !== undefined && raw.out !== '-') checkNotFolder(raw.out, io.cwd);
  const format = chooseFormat(raw);
  const toStdout = raw.out === '-';
  if (toStdout && raw.json) throw new UsageError('Unexpected --json with `-o -`, expected one of them: both write to standard output', 'Write the export to a file with -o FILE, or drop --json.');
  if (toStdout && raw.force) throw new UsageError('Unexpected --force with `-o -`, expected one of them', 'Standard output replaces no file; drop --force.');
  if (toStdout && format === 'apkg' && io.stdout.isTTY === true) {
    throw new UsageError('Refusing to write an Anki package (binary) to a terminal', 'Redirect standard output to a file or a pipe, or use -o FILE.apkg.');
  }
  const resolved = resolveCliExport(raw, format, kb);
  const file = toStdout ? undefined : (raw.out ?? defaultFileName(resolved));
  if (file !== undefined) checkOutputName(file, format);

  if (raw.dryRun) {
    // A dry run writes nothing, so it refuses nothing: an existing file is reported (and whether the export
    // would need --force), not an error. The path is still checked (missing folder, not a file).
    const target = file === undefined ? undefined : checkOutputPath(file, { force: true, cwd: io.cwd, probe: false });
    const needsForce = target?.exists === true && !raw.force;
    const plan = planResolvedExport(resolved);
    if (raw.json) {
      await writeOut(io.stdout, jsonSummary(plan.summary, file ?? null, target?.path ?? null, null, true, target?.exists ?? false, needsForce));
      return exitCodes.ok;
    }
    const report = formatPlan(plan, file, createStyle(shouldColor(io.stdout.isTTY, io.env)));
    const note = file === undefined || target === undefined ? undefined : replacementNote(file, target, raw.force);
    const firstLineEnd = report.indexOf('\n') + 1;
    await writeOut(io.stdout, note === undefined ? report : `${report.slice(0, firstLineEnd)}${note}\n${report.slice(firstLineEnd)}`);
    return exitCodes.ok;
  }

  const target = file === undefined ? undefined : checkOutputPath(file, { force: raw.force, cwd: io.cwd });
  const result = await buildResolvedExport(resolved);
  if (target === undefined) await writeOut(io.stdout, result.bytes);
  else await writeTarget(target, result.bytes, io);
  if (raw.json) await writeOut(io.stdout, jsonSummary(result.summary, file ?? null, target?.path ?? null, result.bytes.byteLength, false, target?.exists ?? false, false));
  if (!raw.quiet) io.stderr.write(`${formatSummaryLine(result, file, style)}\n`);
  return exitCodes.ok;
}

/**
 * Run `cloudvirt-flashcards` with these arguments.
 *
 * @param argv Arguments after the command name.
 * @param io Streams, environment, working folder, version.
 * @returns The exit code: 0 done, 1 the output could not be written or the `--kb` pack has content errors,
 *   2 bad command line (a `--kb` that names no pack included).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const style = createStyle(shouldColor(io.stderr.isTTY, io.env));
  try {
    return await runChecked(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(formatError(error.message, error.hint ?? 'Run `cloudvirt-flashcards --help` for usage.', style));
      return exitCodes.usage;
    }
    if (error instanceof OutputError || error instanceof PackContentError) {
      io.stderr.write(formatError(error.message, error.hint, style));
      return exitCodes.failure;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(formatError(`Unexpected internal error, nothing was written.\n${message}`, 'This is a bug in cloudvirt-flashcards; please report it with the command you ran.', style));
    return exitCodes.failure;
  }
}
