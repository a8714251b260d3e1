/**
 * Format compiler messages like vfile-reporter, plus a `hint:` line per message.
 *
 * @module
 */
import type { CompileMessage, Position } from './message.js';

/** `line:column` or `line:column-endLine:endColumn`. */
function formatPlace(place: Position): string {
  const start = `${place.start.line}:${place.start.column}`;
  const { end } = place;
  if (end.line === place.start.line && end.column === place.start.column) return start;
  return `${start}-${end.line}:${end.column}`;
}

/** `2 errors`, `1 warning`. */
function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

/**
 * Render messages grouped by file, then a summary line (`✖ 2 errors, 1 warning`).
 *
 * @example
 *   content/concepts/hypervisor.md
 *     6:11-6:26  error  Unexpected relation target `virtual-machnie`, expected an existing concept id  unknown-relation-target  cloudvirt
 *     hint: Did you mean `virtual-machine`? Concept ids are the file names (without `.md`) in concepts/.
 *
 *   ✖ 1 error
 * @param messages
 *   Messages, already sorted.
 * @returns
 *   The report (empty string when there are no messages).
 */
export function formatMessages(messages: readonly CompileMessage[]): string {
  if (messages.length === 0) return '';
  const files = new Map<string, CompileMessage[]>();
  for (const message of messages) {
    const list = files.get(message.file);
    if (list === undefined) files.set(message.file, [message]);
    else list.push(message);
  }
  const blocks: string[] = [];
  for (const [file, list] of files) {
    const places = list.map((message) => formatPlace(message.place));
    const placeWidth = Math.max(...places.map((place) => place.length));
    const severityWidth = Math.max(...list.map((message) => message.severity.length));
    const lines = [file];
    list.forEach((message, index) => {
      const place = (places[index] ?? '').padEnd(placeWidth);
      const severity = message.severity.padEnd(severityWidth);
      lines.push(`  ${place}  ${severity}  ${message.reason}  ${message.ruleId}  ${message.source}`);
      lines.push(`  hint: ${message.note}`);
    });
    blocks.push(lines.join('\n'));
  }
  const errors = messages.filter((message) => message.fatal).length;
  const warnings = messages.length - errors;
  const parts = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : ''].filter(Boolean);
  const mark = errors > 0 ? '✖' : '⚠';
  return `${blocks.join('\n\n')}\n\n${mark} ${parts.join(', ')}`;
}

/** One message as `cloudvirt-pack check --format json` prints it: plain, stable field names for editors and CI. */
export interface JsonMessage {
  /** Path of the file, as the compiler was given it. */
  readonly file: string;
  /** Start line (1-based). */
  readonly line: number;
  /** Start column (1-based, UTF-16 code units). */
  readonly column: number;
  /** End line (1-based), when the problem spans a range. */
  readonly endLine?: number;
  /** End column (1-based, exclusive), when the problem spans a range. */
  readonly endColumn?: number;
  /** The stable rule id. */
  readonly ruleId: string;
  /** `error` or `warning`. */
  readonly severity: 'error' | 'warning';
  /** What is wrong ("Unexpected X, expected Y"). */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** What was found, when known. */
  readonly actual?: string;
  /** What would have been accepted, when known. */
  readonly expected?: readonly string[];
}

/**
 * The messages as plain JSON records, in the order given (sorted by file and position).
 *
 * @param messages
 *   Compiler messages.
 * @returns
 *   One {@link JsonMessage} per message; `endLine`/`endColumn` only for ranges.
 */
export function toJsonMessages(messages: readonly CompileMessage[]): JsonMessage[] {
  return messages.map((message) => {
    const { end } = message.place;
    const range = end.line !== message.line || end.column !== message.column;
    return {
      file: message.file,
      line: message.line,
      column: message.column,
      ...(range ? { endLine: end.line, endColumn: end.column } : {}),
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.reason,
      hint: message.note,
      ...(message.actual === undefined ? {} : { actual: message.actual }),
      ...(message.expected === undefined ? {} : { expected: message.expected }),
    };
  });
}
