/**
 * The two kinds of problems the exporter reports to a person, and the exit codes they map to.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';

/**
 * Check the arguments of an error class.
 *
 * @param cls The class name, for messages.
 * @param message Its message argument.
 * @param hint Its hint argument.
 * @throws {TypeError} When `message` is not a string or `hint` neither a string nor undefined.
 */
function checkErrorArguments(cls: string, message: unknown, hint: unknown): void {
  expectString(`\`message\` argument of ${cls}`, message, 'what is wrong (a string)');
  if (hint !== undefined) expectString(`\`hint\` argument of ${cls}`, hint, 'what to do about it (a string)');
}

/** Exit codes of `cloudvirt-flashcards`. */
export const exitCodes = {
  /** Everything was written (or listed, or planned). */
  ok: 0,
  /**
   * The command line was fine, but the export could not be carried out: the output (folder, disk, build),
   * or the pack given to `--kb`, whose content does not compile or whose data is not valid.
   */
  failure: 1,
  /** The command line is wrong: unknown option or value, conflicting options, a filter that selects nothing, a `--kb` that names no pack. */
  usage: 2,
} as const;

/** A problem with what the user asked for. The CLI prints it without a stack trace and exits 2. */
export class UsageError extends Error {
  /** What to do about it ("Did you mean `--lang`?"). */
  readonly hint: string | undefined;

  /**
   * @param message What is wrong, phrased "Unexpected X, expected Y".
   * @param hint What to do about it.
   * @throws {TypeError} When `message` is not a string or `hint` neither a string nor undefined.
   */
  constructor(message: string, hint?: string) {
    super(message);
    checkErrorArguments('UsageError', message, hint);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/**
 * The export cannot be written where it was asked to go (missing folder, not writable, a directory, an
 * existing file without `--force`, a failed write). The CLI prints it without a stack trace and exits 1.
 */
export class OutputError extends Error {
  /** What to do about it. */
  readonly hint: string | undefined;

  /**
   * @param message What is wrong.
   * @param hint What to do about it.
   * @param options The underlying error, if any.
   * @throws {TypeError} When `message` is not a string or `hint` neither a string nor undefined.
   */
  constructor(message: string, hint?: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    checkErrorArguments('OutputError', message, hint);
    this.name = 'OutputError';
    this.hint = hint;
  }
}

/**
 * The pack given to `--kb` was found but cannot be used: its content does not compile (the message carries
 * every positioned compiler message, `file:line:col`, rule id, hint) or its `data.json` is not valid
 * knowledge-base data. The CLI prints it without a stack trace and exits 1, as `cloudvirt-pack check` does
 * for content problems.
 */
export class PackContentError extends Error {
  /** What to do about it. */
  readonly hint: string | undefined;

  /**
   * @param message What is wrong.
   * @param hint What to do about it.
   * @param options The underlying error (the compiler's `PackError`), if any.
   * @throws {TypeError} When `message` is not a string or `hint` neither a string nor undefined.
   */
  constructor(message: string, hint?: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    checkErrorArguments('PackContentError', message, hint);
    this.name = 'PackContentError';
    this.hint = hint;
  }
}
