/**
 * The error of the pack functions (`compilePack`, `loadPack`): a pack that cannot be found or read, or
 * whose content breaks a rule, in the voice of core's argument errors (what was received, what was
 * expected, a hint).
 *
 * @module
 */
import type { CompileMessage } from './message.js';
import { formatMessages } from './report.js';

/**
 * Stable codes of {@link PackError}:
 * - `pack-not-found`: no file, folder or installed package by that name;
 * - `not-a-pack`: the folder or package holds no pack (no `content/`, no built `dist/data.json`);
 * - `bad-data`: a `data.json` that is not JSON or not valid knowledge-base data;
 * - `content-errors`: the content does not compile (`messages` lists every problem).
 */
export type PackErrorCode = 'pack-not-found' | 'not-a-pack' | 'bad-data' | 'content-errors';

/** A pack that cannot be found, read or compiled. */
export class PackError extends Error {
  /** The stable code. */
  readonly code: PackErrorCode;
  /** The compiler's messages, every problem found (only for `content-errors`; empty otherwise). */
  readonly messages: readonly CompileMessage[];

  /**
   * @param code
   *   The stable code.
   * @param message
   *   The message: what was received, what was expected, a hint.
   * @param messages
   *   The compiler's messages (`content-errors`).
   * @param options
   *   The underlying error, if any.
   */
  constructor(code: PackErrorCode, message: string, messages: readonly CompileMessage[] = [], options: { readonly cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PackError';
    this.code = code;
    this.messages = messages;
  }
}

/**
 * The error for content that does not compile: the message names the folder and carries the full report.
 *
 * @param contentDir
 *   The content folder (as shown in the messages).
 * @param messages
 *   Every message of the compile.
 * @returns
 *   The error (throw it).
 */
export function contentErrors(contentDir: string, messages: readonly CompileMessage[]): PackError {
  const errors = messages.filter((message) => message.fatal).length;
  const what = errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : 'warnings (frail)';
  return new PackError('content-errors', `The pack content in \`${contentDir}\` does not compile (${what}):\n\n${formatMessages(messages)}`, messages);
}
