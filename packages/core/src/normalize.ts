/**
 * Term normalization shared by the content compiler (alias clashes) and the runtime (`findConcept`).
 *
 * @module
 */
import { invalidTypeError } from './messages.js';

// Note: `\p{P}` is every Unicode punctuation character (hyphens, dots, `·`, `/`, brackets, full-width
// punctuation…). `#`, `%`, `&`, `@` and `*` are kept because they change a term's meaning (`C#` ≠ `C`).
// Built on first use, not as a literal: V8 compiles a `\p{…}` literal when it parses the module, which
// cost about 0.5 ms of every `import('@cloudvirt/core')`, lookups or not.
let ignorable: RegExp | undefined;

/**
 * Normalize a term for lookups: NFKC (full-width → half-width), lower case, then drop whitespace and
 * punctuation (hyphens, underscores, dots, `·`, `/`, brackets…).
 *
 * Two labels or aliases that normalize to the same string are the same term: the compiler rejects them
 * on two different concepts (`alias-clash`), and `findConcept` matches them.
 *
 * @param text
 *   Any label, alias or user query.
 * @returns
 *   The normalized key (may be empty when `text` has only punctuation).
 * @throws {TypeError} When `text` is not a string.
 * @example
 *   normalizeTerm('type-2  Hypervisor') === normalizeTerm('Type 2 hypervisor') // 'type2hypervisor'
 *   normalizeTerm('ＶＭＭ') === 'vmm'
 */
export function normalizeTerm(text: string): string {
  if (typeof text !== 'string') throw invalidTypeError('argument of normalizeTerm', text, 'a term (a string)');
  ignorable ??= new RegExp(String.raw`(?![#%&@*])[\p{White_Space}\p{P}]`, 'gu');
  return text.normalize('NFKC').toLowerCase().replace(ignorable, '');
}
