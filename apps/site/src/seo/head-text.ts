/**
 * The text a search result shows: meta descriptions and titles, fitted to what Google displays.
 * English descriptions at most 160 characters; Chinese ones 25 to 80 characters (a Chinese result
 * snippet shows about 80); titles at most 60 characters. Text is counted in code points.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';

/** Limits of a meta description, per language: `[min, max]` characters. */
export const descriptionLimits: Readonly<Record<Locale, readonly [number, number]>> = { en: [50, 160], zh: [25, 80] };

/** The longest title a search result shows in full. */
export const maxSearchTitleLength = 60;

const sentenceEnd: Readonly<Record<Locale, RegExp>> = { en: /[.!?](?=\s|$)/g, zh: /[。！？]/g };

function length(text: string): number {
  return [...text].length;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** End a part with sentence punctuation so parts join into sentences. */
function asSentence(text: string, locale: Locale): string {
  const trimmed = clean(text);
  if (trimmed === '' || /[.!?。！？…]$/.test(trimmed)) return trimmed;
  return `${trimmed}${locale === 'zh' ? '。' : '.'}`;
}

/** Cut `text` to at most `max` code points: at the last sentence end that keeps `min`, else at a word (en) or clause (zh) boundary, with `…`. */
function cut(text: string, locale: Locale, min: number, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  let best = -1;
  for (const match of head.matchAll(sentenceEnd[locale])) {
    const end = length(head.slice(0, match.index)) + 1;
    if (end >= min) best = end;
  }
  if (best > 0) return chars.slice(0, best).join('');
  const room = chars.slice(0, max - 1).join('');
  // A clause end when it keeps two thirds of the room; else a word boundary (en: a space; zh: before a
  // Chinese character or a Latin word, never inside a Latin word).
  const clause = locale === 'zh' ? Math.max(room.lastIndexOf('，'), room.lastIndexOf('、'), room.lastIndexOf('；')) : Math.max(room.lastIndexOf(', '), room.lastIndexOf('; '));
  const word = locale === 'zh' ? Math.max(0, ...[...room.matchAll(/(?<=[^A-Za-z0-9])(?=[A-Za-z0-9])|(?=[\u2e80-\uffff])/gu)].map((match) => match.index)) : room.lastIndexOf(' ');
  const boundary = clause > 0 && length(room.slice(0, clause)) >= Math.max(min, (2 * max) / 3) ? clause : word;
  const kept = boundary > 0 && length(room.slice(0, boundary)) >= min ? room.slice(0, boundary) : room;
  return `${kept.replace(/[\s,;:，、；：（(]+$/u, '')}…`;
}

/**
 * A meta description within {@link descriptionLimits}: the parts, in order, as sentences, as many as
 * it takes to reach the minimum, then cut to the maximum at a sentence end when one is near (else at a
 * word or clause, with `…`).
 *
 * @param locale Language of the text.
 * @param parts The page's own description first, then more text about the page, then a fallback.
 */
export function fitDescription(locale: Locale, parts: readonly string[]): string {
  const [min, max] = descriptionLimits[locale];
  let text = '';
  for (const part of parts) {
    const sentence = asSentence(part, locale);
    if (sentence === '' || text.includes(sentence)) continue;
    text = text === '' ? sentence : `${text}${locale === 'zh' ? '' : ' '}${sentence}`;
    if (length(text) >= min) break;
  }
  return cut(text, locale, min, max);
}

/**
 * A `<title>` of at most {@link maxSearchTitleLength} characters: the first candidate that fits, else
 * the last one cut at a word boundary with `…`.
 *
 * @param candidates Titles, from the most to the least complete.
 */
export function fitTitle(...candidates: readonly [string, ...string[]]): string {
  const fitting = candidates.find((title) => length(title) <= maxSearchTitleLength);
  if (fitting !== undefined) return fitting;
  const last = candidates[candidates.length - 1]!;
  const room = [...last].slice(0, maxSearchTitleLength - 1).join('');
  const space = room.lastIndexOf(' ');
  return `${(space > maxSearchTitleLength / 2 ? room.slice(0, space) : room).replace(/[\s,;:，、；：·—-]+$/u, '')}…`;
}
