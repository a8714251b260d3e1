/**
 * Finding a concept's terms (label and aliases) in text: to blank them out of clues and to cloze
 * them in key sentences.
 *
 * @module
 */
import type { ElementContent } from 'hast';
import { element, text } from './html.js';
import { cleanText } from './text.js';

const latinWordCharacter = '[\\p{Script=Latin}\\p{N}]';

/**
 * A pattern matching any of the given terms: longest first, case-insensitive; Latin terms only as
 * whole words (an `s`/`es` plural is included), CJK terms anywhere.
 *
 * @param terms Labels and aliases.
 * @returns A global regex, or `null` when no term is usable (shorter than 2 characters).
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  // The same concept's terms come back for every note and deck: reuse the compiled pattern (compiling
  // the Unicode look-arounds costs far more than matching). The patterns are only read through the
  // private copy of `scannerOf`, so sharing them is safe.
  const key = terms.join('\u0000');
  const known = patterns.get(key);
  if (known !== undefined) return known;
  if (patterns.size >= patternCacheSize) patterns.clear();
  const pattern = buildTermPattern(terms);
  patterns.set(key, pattern);
  return pattern;
}

/** Compiled term patterns by their terms (cleared when full). */
const patterns = new Map<string, RegExp | null>();
const patternCacheSize = 50_000;

function buildTermPattern(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.map((term) => cleanText(term).trim()).filter((term) => [...term].length >= 2))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const alternatives = unique.map((term) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
    const startsLatin = new RegExp(`^${latinWordCharacter}`, 'u').test(term);
    const endsLatin = new RegExp(`${latinWordCharacter}$`, 'u').test(term);
    return `${startsLatin ? `(?<!${latinWordCharacter})` : ''}${escaped}${endsLatin ? `(?:e?s)?(?!${latinWordCharacter})` : ''}`;
  });
  return new RegExp(alternatives.join('|'), 'giu');
}

/**
 * A private global copy of each term pattern, compiled once per pattern: compiling these alternations
 * with Unicode look-arounds under the `iu` flags (about 0.3 ms each) was the costliest part of planning
 * a large deck. Only used synchronously, with `lastIndex` reset before each use.
 */
const scanners = new WeakMap<RegExp, RegExp>();

function scannerOf(pattern: RegExp): RegExp {
  let scanner = scanners.get(pattern);
  if (scanner === undefined) {
    scanner = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    scanners.set(pattern, scanner);
  }
  scanner.lastIndex = 0;
  return scanner;
}

/** Splits text into alternating non-matching and matching parts (matches at odd indexes). */
function splitByPattern(value: string, pattern: RegExp): string[] {
  const parts: string[] = [];
  const scan = scannerOf(pattern);
  let last = 0;
  for (let match = scan.exec(value); match !== null; match = scan.exec(value)) {
    if (match[0] === '') {
      scan.lastIndex += (value.codePointAt(scan.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    parts.push(value.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return parts;
}

/**
 * Text with every term occurrence removed.
 *
 * @param value Plain text.
 * @param pattern From {@link termPattern}.
 * @returns The rest of the text.
 */
export function withoutTerms(value: string, pattern: RegExp): string {
  return splitByPattern(value, pattern)
    .filter((_, index) => index % 2 === 0)
    .join('');
}

/**
 * Text with every term occurrence replaced by a visible blank.
 *
 * @param value Plain text.
 * @param pattern From {@link termPattern}.
 * @param blank The blank to show (`[…]`).
 * @returns hast nodes.
 */
export function maskTerms(value: string, pattern: RegExp | null, blank: string): ElementContent[] {
  if (pattern === null) return [text(value)];
  return splitByPattern(value, pattern).flatMap((part, index): ElementContent[] => {
    if (index % 2 === 1) return [element('span', { className: ['cv-blank'] }, [text(blank)])];
    return part === '' ? [] : [text(part)];
  });
}

/**
 * Whether a text contains any of the terms.
 *
 * @param value Plain text.
 * @param pattern From {@link termPattern}.
 */
export function containsTerm(value: string, pattern: RegExp | null): boolean {
  return pattern !== null && scannerOf(pattern).test(value);
}

/**
 * A sentence with every term occurrence wrapped as cloze 1 (`{{c1::term}}`). The caller must have
 * defused braces in the sentence; terms containing `{`, `}` or `::` are left alone.
 *
 * @param sentence Plain text without `{{`/`}}`.
 * @param pattern From {@link termPattern}.
 * @returns The cloze text, or `null` when nothing could be clozed.
 */
export function clozeTerms(sentence: string, pattern: RegExp | null): string | null {
  if (pattern === null) return null;
  const parts = splitByPattern(sentence, pattern);
  let clozed = 0;
  const out = parts.map((part, index) => {
    if (index % 2 === 0 || /[{}]|::/.test(part) || part.startsWith(':') || part.endsWith(':')) return part;
    clozed++;
    return `{{c1::${part}}}`;
  });
  return clozed > 0 ? out.join('') : null;
}
