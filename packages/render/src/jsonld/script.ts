/**
 * JSON-LD inside `<script type="application/ld+json">`: HTML ends a script at the first `</script`
 * whatever the JSON says, and does not decode entities there, so the only clean escape is JSON's own
 * `\u` form for `<`, `>` and `&` (plus U+2028/U+2029, which old JavaScript parsers treat as line breaks).
 *
 * @module
 */
import type { Element } from 'hast';
import { invalidTypeError } from '@cloudvirt/core';
import { h } from 'hastscript';

const unsafe = /[<>&\u2028\u2029]/g;
const escapes: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialize a value as JSON that is safe as the text of a `<script>` element: no `<`, `>`, `&`,
 * U+2028 or U+2029 appears raw, and `JSON.parse` returns the original value.
 *
 * @param value A JSON-LD block or any other JSON-serializable object or array.
 * @returns Compact JSON.
 * @throws {TypeError} When the value is not an object or an array, or cannot be serialized as JSON.
 */
export function serializeJsonLdForScript(value: unknown): string {
  return serializeChecked('serializeJsonLdForScript', value);
}

/** {@link serializeJsonLdForScript}, with the public function's name for messages. */
function serializeChecked(fn: string, value: unknown): string {
  const expected = 'a JSON-serializable value for a JSON-LD script block (an object or an array, such as the result of conceptPageJsonLd)';
  if (value === null || typeof value !== 'object') throw invalidTypeError(`\`value\` argument of ${fn}`, value, expected);
  const json = JSON.stringify(value);
  if (json === undefined) throw invalidTypeError(`\`value\` argument of ${fn}`, value, expected);
  return json.replace(unsafe, (char) => escapes[char]!);
}

/**
 * A hast `<script type="application/ld+json">` element holding the escaped JSON, ready for
 * `hast-util-to-html` (which writes script text as is).
 *
 * @param value The JSON-LD block.
 * @returns The element.
 * @throws {TypeError} When the value is not an object or an array, or cannot be serialized as JSON.
 */
export function jsonLdScriptElement(value: unknown): Element {
  return h('script', { type: 'application/ld+json' }, serializeChecked('jsonLdScriptElement', value));
}
