/**
 * Positioned compiler messages, shaped like vfile-message's `VFileMessage` (file, line, column, place,
 * ruleId, source, reason, fatal, expected, actual, note) but as plain, serializable objects.
 *
 * @module
 */
import type { RuleId, Severity } from './messages.js';
import { rules } from './messages.js';

/** One place in a file: 1-based line and column, and the 0-based offset when known. */
export interface Point {
  /** Line (1-based). */
  readonly line: number;
  /** Column (1-based, in UTF-16 code units). */
  readonly column: number;
  /** Offset from the start of the file (0-based), when known. */
  readonly offset?: number | undefined;
}

/** A range in a file, as in unist: `start` inclusive, `end` exclusive. */
export interface Position {
  /** First character. */
  readonly start: Point;
  /** Place after the last character. */
  readonly end: Point;
}

/** One problem found in the content, with where it is and how to fix it. */
export interface CompileMessage {
  /** Path of the file, as given to the compiler (content dir joined with the file's relative path). */
  readonly file: string;
  /** Line of the start of the problem (1-based). */
  readonly line: number;
  /** Column of the start of the problem (1-based). */
  readonly column: number;
  /** Full range of the problem. */
  readonly place: Position;
  /** Stable kebab-case rule id; see {@link rules}. */
  readonly ruleId: RuleId;
  /** Always `cloudvirt`: the tool that made the message. */
  readonly source: 'cloudvirt';
  /** `error` fails the compile; `warning` does not. */
  readonly severity: Severity;
  /** True for errors, false for warnings (vfile-message's convention). */
  readonly fatal: boolean;
  /** What is wrong, phrased "Unexpected X, expected Y". */
  readonly reason: string;
  /** What was found, when useful (the unknown value). */
  readonly actual?: string;
  /** The values that would have been accepted (a did-you-mean suggestion, or a closed vocabulary). */
  readonly expected?: readonly string[];
  /** The hint: how to fix it (a did-you-mean suggestion and/or the rule's fix). */
  readonly note: string;
}

/** Optional details of a message. */
export interface MessageDetails {
  /** What was found. */
  readonly actual?: string;
  /** What would have been accepted. */
  readonly expected?: readonly string[];
  /** A specific hint; the rule's generic fix is used when absent. */
  readonly note?: string;
}

/** Format a list of accepted values as "`a`, `b` or `c`". */
export function formatList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1) ?? ''}`;
}

/** A did-you-mean hint for `suggestions`, followed by `rest` (the rule's fix when omitted). */
export function didYouMean(suggestions: readonly string[], rest: string): string {
  if (suggestions.length === 0) return rest;
  return `Did you mean ${formatList(suggestions)}? ${rest}`;
}

/** Collects messages while a compile runs; nothing is thrown for bad content. */
export class MessageSink {
  /** Every message reported so far, in report order. */
  readonly messages: CompileMessage[] = [];

  /**
   * Report a problem.
   *
   * @param ruleId
   *   The rule it breaks (severity and default hint come from the rule table).
   * @param file
   *   Path of the file.
   * @param place
   *   Where the problem is.
   * @param reason
   *   "Unexpected X, expected Y".
   * @param details
   *   Actual and expected values, and a specific hint.
   */
  report(ruleId: RuleId, file: string, place: Position, reason: string, details: MessageDetails = {}): void {
    const rule = rules[ruleId];
    this.messages.push({
      file,
      line: place.start.line,
      column: place.start.column,
      place,
      ruleId,
      source: 'cloudvirt',
      severity: rule.severity,
      fatal: rule.severity === 'error',
      reason,
      ...(details.actual === undefined ? {} : { actual: details.actual }),
      ...(details.expected === undefined ? {} : { expected: details.expected }),
      note: details.note ?? rule.fix,
    });
  }

  /** Number of errors reported so far. */
  get errorCount(): number {
    return this.messages.filter((message) => message.fatal).length;
  }
}

/**
 * Sort messages for output: by file, then position, then rule id (deterministic).
 *
 * @param messages
 *   Messages in any order.
 * @returns
 *   A new, sorted array.
 */
export function sortMessages(messages: readonly CompileMessage[]): CompileMessage[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...messages].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.reason, b.reason),
  );
}
