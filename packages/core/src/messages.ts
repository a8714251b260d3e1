/**
 * Error messages for bad input, shared by every public function of core, render and flashcards and by the
 * `cloudvirt-flashcards` CLI, so that all of them read alike: what was received, what was expected
 * (naming the allowed values), a did-you-mean and a hint.
 *
 * Every error built here is a plain `TypeError` (wrong type, missing argument, unknown option key) or
 * `RangeError` (a value outside its allowed set) with a stable {@link ArgumentErrorCode} in `code`.
 *
 * @module
 */
import { suggest } from './suggest.js';

/**
 * Stable rule ids of argument errors (the `code` property):
 * - `invalid-type`: the argument has the wrong type (a string where an array is expected, `null`…);
 * - `missing-argument`: a required argument is absent;
 * - `unknown-value`: a string outside its allowed set (an unknown id, locale, relation type…);
 * - `unknown-option`: an options object has a key the function does not know.
 */
export type ArgumentErrorCode = 'invalid-type' | 'missing-argument' | 'unknown-value' | 'unknown-option';

/** A `TypeError` or `RangeError` raised by an argument check, with its rule id. */
export type ArgumentError = (TypeError | RangeError) & {
  /** The rule id. */
  readonly code: ArgumentErrorCode;
};

/** At most this many allowed values are named in a message; longer lists are counted instead. */
const namedValuesLimit = 12;

/**
 * Values quoted for a message: `` `a`, `b`, `c` ``.
 *
 * @param values
 *   The values.
 * @returns
 *   Each value in backticks, comma-separated.
 * @throws {TypeError} When `values` is not an array of strings.
 */
export function quoteList(values: readonly string[]): string {
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) throw invalidTypeError('`values` argument of quoteList', values, 'an array of strings');
  return values.map((value) => `\`${value}\``).join(', ');
}

/**
 * How a received value is shown in a message: strings in backticks, `null`, `undefined`, numbers and
 * booleans as written, arrays and objects by kind.
 *
 * @param value
 *   Anything.
 * @returns
 *   A short description (`` `fr` ``, `null`, `an array`, `a function`, `` `3` (a number) ``).
 * @example
 *   describeValue('fr') // '`fr`'
 *   describeValue(['a']) // 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `\`${value}\``;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `\`${String(value)}\` (a ${typeof value})`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

/**
 * Check the `what` argument of a message helper: the description of the checked value.
 *
 * @param fn The helper's name.
 * @param what The value received.
 * @throws {TypeError} When it is not a string.
 */
function expectWhat(fn: string, what: unknown): asserts what is string {
  if (typeof what !== 'string') throw invalidTypeError(`\`what\` argument of ${fn}`, what, "a description of the checked value (a string, such as \"`lang` option of toAnkiPackage\")");
}

/** Check the `allowed` argument of a message helper: the allowed strings. */
function expectAllowed(fn: string, allowed: unknown): asserts allowed is readonly string[] {
  if (!Array.isArray(allowed) || allowed.some((value) => typeof value !== 'string')) throw invalidTypeError(`\`allowed\` argument of ${fn}`, allowed, 'an array of the allowed strings');
}

function withCode<E extends TypeError | RangeError>(error: E, code: ArgumentErrorCode): E & { readonly code: ArgumentErrorCode } {
  return Object.assign(error, { code });
}

/** Join the sentences of a message: the problem, then the optional did-you-mean and hint. */
function sentences(problem: string, guess: string | undefined, hint: string | undefined): string {
  const parts = [problem];
  if (guess !== undefined) parts.push(`Did you mean ${guess}?`);
  if (hint !== undefined && hint !== '') parts.push(hint);
  return parts.join('. ').replace(/\?\./gu, '?');
}

/** Options of {@link unknownValueError}. */
export interface UnknownValueOptions {
  /** Suggest among these instead of `allowed` (labels, aliases); default `allowed`. */
  readonly suggestFrom?: readonly string[] | undefined;
  /** A did-you-mean found some other way (it replaces the edit-distance suggestion). */
  readonly guess?: string | undefined;
  /** What to do about it. */
  readonly hint?: string | undefined;
  /** How the allowed values are named when there are too many to list (`concept ids`). */
  readonly plural?: string | undefined;
}

/**
 * The `RangeError` for a string outside its allowed set, in the CLI's voice:
 * "Unexpected lang `fr`, expected one of `en`, `zh`. Did you mean …? Hint."
 *
 * @param what
 *   What the value is (`lang`, `concept id`, `relation type`).
 * @param received
 *   The value received.
 * @param allowed
 *   The allowed values; up to 12 are named, more are counted.
 * @param options
 *   Where to look for a suggestion, and a hint.
 * @returns
 *   The error (throw it).
 * @throws {TypeError} When `what`, `received` or `allowed` has the wrong type, or `options` an unknown key.
 * @example
 *   throw unknownValueError('relation type', 'examples-of', relationTypeList);
 *   // RangeError: Unexpected relation type `examples-of`, expected one of `is-a`, `example-of`, …. Did you mean `example-of`?
 */
export function unknownValueError(what: string, received: string, allowed: readonly string[], options: UnknownValueOptions = {}): RangeError & { readonly code: ArgumentErrorCode } {
  expectWhat('unknownValueError', what);
  expectString('`received` argument of unknownValueError', received, 'the value received (a string)');
  expectAllowed('unknownValueError', allowed);
  checkOptionKeys('unknownValueError options', options, ['suggestFrom', 'guess', 'hint', 'plural']);
  const expected =
    allowed.length <= namedValuesLimit ? `expected one of ${quoteList(allowed)}` : `expected one of ${allowed.length} ${options.plural ?? 'known values'}`;
  const guess = options.guess ?? suggest(received, options.suggestFrom ?? allowed)[0];
  const problem = `Unexpected ${what} ${describeValue(received)}, ${expected}`;
  return withCode(new RangeError(sentences(problem, guess === undefined ? undefined : `\`${guess}\``, options.hint)), 'unknown-value');
}

/**
 * The `TypeError` for an argument of the wrong type: "Unexpected `topics` value `service-models`,
 * expected an array of topic ids. Hint."
 *
 * @param what
 *   Which argument (`` `topics` option of toAnkiPackage ``).
 * @param received
 *   The value received (described with {@link describeValue}).
 * @param expected
 *   What was expected, as a noun phrase (`an array of topic ids`).
 * @param hint
 *   What to do about it.
 * @returns
 *   The error (throw it).
 * @throws {TypeError} When `what` or `expected` is not a string.
 */
export function invalidTypeError(what: string, received: unknown, expected: string, hint?: string): TypeError & { readonly code: ArgumentErrorCode } {
  if (typeof what !== 'string') throw invalidTypeError('`what` argument of invalidTypeError', what, 'a description of the argument (a string)');
  if (typeof expected !== 'string') throw invalidTypeError('`expected` argument of invalidTypeError', expected, 'what was expected, as a noun phrase (a string)');
  const code: ArgumentErrorCode = received === undefined ? 'missing-argument' : 'invalid-type';
  const problem = received === undefined ? `Missing ${what}, expected ${expected}` : `Unexpected ${what} ${describeValue(received)}, expected ${expected}`;
  return withCode(new TypeError(sentences(problem, undefined, hint)), code);
}

/**
 * Check that a value is a string, for an id or enum argument.
 *
 * @param what
 *   Which argument, for the message.
 * @param value
 *   The value received.
 * @param expected
 *   What was expected (`a concept id`).
 * @param hint
 *   What to do about it.
 * @throws {TypeError} When `value` is not a string.
 */
export function expectString(what: string, value: unknown, expected: string, hint?: string): asserts value is string {
  expectWhat('expectString', what);
  if (typeof value !== 'string') throw invalidTypeError(what, value, expected, hint);
}

/**
 * Check that a value is one of the allowed strings.
 *
 * @param what
 *   What the value is (`lang`).
 * @param value
 *   The value received.
 * @param allowed
 *   The allowed values.
 * @param options
 *   Suggestion sources and a hint.
 * @returns
 *   The value, typed.
 * @throws {TypeError} When `value` is not a string.
 * @throws {RangeError} When it is not one of `allowed` (with a did-you-mean).
 */
export function expectOneOf<T extends string>(what: string, value: unknown, allowed: readonly T[], options: UnknownValueOptions = {}): T {
  expectWhat('expectOneOf', what);
  expectAllowed('expectOneOf', allowed);
  expectString(what, value, allowed.length <= namedValuesLimit ? `one of ${quoteList(allowed)}` : `a string (one of ${allowed.length} ${options.plural ?? 'known values'})`);
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw unknownValueError(what, value, allowed, options);
  return found;
}

/**
 * Check that a value is an array (not a single string: `topics: 'a'` is a mistake for `topics: ['a']`)
 * whose items are all strings.
 *
 * @param what
 *   Which argument (`` `topics` option ``).
 * @param value
 *   The value received.
 * @param itemNoun
 *   What each item is, plural (`topic ids`).
 * @returns
 *   The array.
 * @throws {TypeError} When `value` is not an array of strings (a lone string gets a "wrap it" hint).
 */
export function expectStringArray(what: string, value: unknown, itemNoun: string): readonly string[] {
  expectWhat('expectStringArray', what);
  if (typeof value === 'string') {
    throw invalidTypeError(what, value, `an array of ${itemNoun}`, `Wrap a single value in an array: ${JSON.stringify([value])}.`);
  }
  if (!Array.isArray(value)) throw invalidTypeError(what, value, `an array of ${itemNoun}`);
  const index = value.findIndex((item) => typeof item !== 'string');
  if (index !== -1) throw invalidTypeError(`item ${index} of ${what}`, value[index], `one of the ${itemNoun} (a string)`);
  return value as readonly string[];
}

/**
 * Check an options argument: `undefined` or a plain object whose keys are all known. Unknown keys are
 * errors (with a did-you-mean), never silently ignored.
 *
 * @param what
 *   Whose options (`exportFlashcards options`).
 * @param options
 *   The value received.
 * @param allowed
 *   The option names the function accepts.
 * @param required
 *   Whether the options argument itself is required.
 * @throws {TypeError} When `options` is not an object, or is missing though required, or has an unknown key.
 * @example
 *   checkOptionKeys('exportFlashcards options', { topic: ['x'] }, ['lang', 'topics']);
 *   // TypeError: Unexpected option `topic` in exportFlashcards options, expected one of `lang`, `topics`. Did you mean `topics`?
 */
export function checkOptionKeys(what: string, options: unknown, allowed: readonly string[], required = false): void {
  expectWhat('checkOptionKeys', what);
  expectAllowed('checkOptionKeys', allowed);
  if (options === undefined && !required) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidTypeError(what, options, `an object with ${allowed.length === 0 ? 'no keys' : `keys among ${quoteList(allowed)}`}`);
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const [guess] = suggest(key, allowed);
    const problem = `Unexpected option \`${key}\` in ${what}, expected one of ${quoteList(allowed)}`;
    throw withCode(new TypeError(sentences(problem, guess === undefined ? undefined : `\`${guess}\``, undefined)), 'unknown-option');
  }
}
