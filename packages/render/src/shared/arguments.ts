/**
 * Argument checks at the boundary of every render entry point (Markdown, JSON-LD, Anki), with core's
 * shared messages: what was received, what was expected (naming the allowed values), a did-you-mean, a
 * hint. Unknown option keys are errors.
 *
 * @module
 */
import { checkOptionKeys, expectKnowledgeBaseData, expectOneOf, type KnowledgeBaseData } from '@cloudvirt/core';

/** What each entry point's options may hold (the keys of its options interface). */
export interface OptionsShape {
  /** The option names the function accepts. */
  readonly keys: readonly string[];
  /** Whether the options argument is required (it is when it holds a required `lang`). */
  readonly required?: boolean;
  /** An example call, for the hint when options are missing (`toAnkiPackage(kb, { lang: 'en' })`). */
  readonly example?: string;
}

/**
 * Check the knowledge base and options arguments of a render entry point.
 *
 * @param fn
 *   The function's name, for messages (`toAnkiPackage`).
 * @param data
 *   Its knowledge-base argument.
 * @param options
 *   Its options argument.
 * @param shape
 *   The keys the options may have, whether they are required, an example call.
 * @throws {TypeError} When `data` is not knowledge-base data, or `options` is missing though required,
 *   not an object, or has an unknown key (with a did-you-mean).
 */
export function checkEntryArguments(fn: string, data: unknown, options: unknown, shape: OptionsShape): asserts data is KnowledgeBaseData {
  expectKnowledgeBaseData(`knowledge base argument of ${fn}`, data);
  if (options === undefined && shape.required === true) {
    throw Object.assign(
      new TypeError(
        `Missing options argument of ${fn}, expected an object with ${shape.keys.map((key) => `\`${key}\``).join(', ')} (\`lang\` is required)` +
          (shape.example === undefined ? '' : `. For example ${shape.example}`),
      ),
      { code: 'missing-argument' },
    );
  }
  checkOptionKeys(`${fn} options`, options, shape.keys, shape.required === true);
}

/**
 * Check a `lang` option.
 *
 * @param fn
 *   The function's name, for messages.
 * @param value
 *   The value received.
 * @param allowed
 *   The languages the function accepts.
 * @returns
 *   The language, typed.
 * @throws {TypeError} When it is missing or not a string.
 * @throws {RangeError} When it is not one of `allowed` (`cn` and `chinese` suggest `zh`).
 */
export function checkLang<L extends string>(fn: string, value: unknown, allowed: readonly L[]): L {
  return expectOneOf(`\`lang\` option of ${fn}`, value, allowed);
}
