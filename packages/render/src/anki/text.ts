/**
 * Ports of the Anki text helpers that the importer applies to note fields (`rslib/src/text.rs`,
 * `rslib/src/notes/mod.rs`), plus the text clean-up every field goes through before it becomes HTML.
 *
 * @module
 */
import { expectString } from '@cloudvirt/core';
import { sha1 } from './hash.js';

const htmlTags = /(<!--.*?-->)|(<style.*?>.*?<\/style>)|(<script.*?>.*?<\/script>)|(<.*?>)/gis;
const mediaTags =
  /<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b=(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?:\x20[^>]*>|>))/gis;
const emptyField = /^(?:\s|<\/?(?:br|div) ?\/?>)*$/i;

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes character references like Anki does (the `htmlescape` crate): numeric references and the
 * common named ones. Like Anki, a malformed or unknown reference leaves the whole text undecoded, and
 * NBSP becomes a plain space only when something was decoded.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let malformed = false;
  const decoded = text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*)?;?/g, (match, body: string | undefined) => {
    if (body === undefined || !match.endsWith(';')) {
      malformed = true;
      return match;
    }
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        malformed = true;
        return match;
      }
      return String.fromCodePoint(code);
    }
    const named = namedEntities[body];
    if (named === undefined) {
      malformed = true;
      return match;
    }
    return named;
  });
  return malformed ? text : decoded.replaceAll('\u00a0', ' ');
}

/**
 * Strips HTML from a field the way Anki computes the sort field and the checksum
 * (`strip_html_preserving_media_filenames`): media tags become ` filename `, comments, `<style>`,
 * `<script>` and all other tags are removed, then character references are decoded. No trimming.
 *
 * @param html Field content (HTML).
 * @returns The text Anki stores in `sfld` and hashes for `csum`.
 * @throws {TypeError} When `html` is not a string.
 */
export function stripAnkiHtml(html: string): string {
  expectString('`html` argument of stripAnkiHtml', html, 'a field value (an HTML string)');
  const withMedia = html.replace(mediaTags, (_match, a?: string, b?: string, c?: string) => ` ${a ?? b ?? c ?? ''} `);
  return decodeEntities(withMedia.replace(htmlTags, ''));
}

/**
 * Anki's note checksum (`csum`): the first 4 bytes of SHA-1 over the stripped **first** field, as an
 * unsigned big-endian integer (`int(sha1hex[:8], 16)`).
 *
 * @param firstField The note's first field (HTML).
 * @returns An integer in 0…2³²−1.
 * @throws {TypeError} When `firstField` is not a string.
 */
export function ankiFieldChecksum(firstField: string): number {
  expectString('`firstField` argument of ankiFieldChecksum', firstField, "a note's first field (an HTML string)");
  const digest = sha1(stripAnkiHtml(firstField));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}

/**
 * Whether Anki treats a field as empty when it decides which cards a note has
 * (`rslib/src/notetype/cardgen.rs`): only whitespace and `<br>`/`<div>` tags.
 *
 * @param html Field content.
 * @returns True when the field counts as empty.
 */
export function isAnkiFieldEmpty(html: string): boolean {
  return emptyField.test(html);
}

/**
 * Makes text safe to put into a field, a name or an attribute: Unicode NFC (Anki normalizes on
 * import, so hashing anything else would drift), CRLF → LF, and control characters other than tab
 * and line feed removed (a stray `\x1f` would split a field in two).
 *
 * @param text Any text from the knowledge base.
 * @returns The cleaned text.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replaceAll('\r\n', '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
