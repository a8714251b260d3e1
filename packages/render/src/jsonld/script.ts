/**
 * JSON-LD inside `<script type="application/ld+json">`: HTML ends a script at the first `</script`
 * whatever the JSON says, and does not decode entities there, so the only clean escape is JSON's own
 * `\u` form for `<`, `>` and `&` (plus U+2028/U+2029, which old JavaScript parsers treat as line breaks).
 *
 * @module
 */
import type { Element } from 'hast';
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
 * @param value Any JSON-serializable value.
 * @returns Compact JSON.
 * @throws {TypeError} When the value cannot be serialized as JSON.
 */
export function serializeJsonLdForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`Unexpected ${typeof value} value, expected a JSON-serializable value for a JSON-LD script block.`);
  return json.replace(unsafe, (char) => escapes[char]!);
}

/**
 * A hast `<script type="application/ld+json">` element holding the escaped JSON, ready for
 * `hast-util-to-html` (which writes script text as is).
 *
 * @param value The JSON-LD block.
 * @returns The element.
 */
export function jsonLdScriptElement(value: unknown): Element {
  return h('script', { type: 'application/ld+json' }, serializeJsonLdForScript(value));
}
