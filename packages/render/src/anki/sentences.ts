/**
 * Key sentences of an explanation, for cloze cards: the explanation's paragraphs and list items are
 * split into sentences, and the sentences that name the concept are kept. Deterministic.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import type { ElementContent } from 'hast';
import { isElement } from '../shared/explanation.js';
import { explanationNodes, textOf } from './html.js';
import { containsTerm, withoutTerms } from './terms.js';

const blockTags = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre']);
const abbreviations = new Set(['e.g', 'i.e', 'vs', 'etc', 'cf', 'mr', 'mrs', 'dr', 'no', 'fig', 'approx', 'inc', 'ltd', 'u.s', 'st', 'al']);

/** The texts of leaf blocks (paragraphs, list items, cells), skipping code blocks. */
function blockTexts(nodes: readonly ElementContent[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (!isElement(node) || node.tagName === 'pre') continue;
    const hasBlockChild = node.children.some((child) => isElement(child) && blockTags.has(child.tagName));
    if (hasBlockChild) out.push(...blockTexts(node.children));
    else if (blockTags.has(node.tagName)) out.push(textOf(node.children));
  }
  return out.map((value) => value.replace(/\s+/gu, ' ').trim()).filter((value) => value !== '');
}

/**
 * Splits a paragraph into sentences: after `。！？` always, after `.!?` when whitespace and an
 * upper-case letter, digit, quote, bracket or Han character follow, except after abbreviations
 * (`e.g.`, `vs.`) and initials.
 *
 * @param paragraph Plain text.
 * @returns Trimmed sentences.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[。！？]+[”』」）)]?|[.!?]+["”')）]?(?=\s+["“'‘(（\p{Lu}\p{N}\p{Script=Han}])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.')) {
      // Only the last word matters (an abbreviation or an initial): look at the tail, not the whole
      // sentence, or the end-anchored regex rescans it from every position.
      const word = /([\p{L}.]+)\.$/u.exec(paragraph.slice(Math.max(start, match.index + 1 - 64), match.index + 1))?.[1]?.toLowerCase() ?? '';
      if (abbreviations.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    sentences.push(paragraph.slice(start, end));
    start = end;
  }
  sentences.push(paragraph.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** Options of {@link keySentences}. */
export interface KeySentenceOptions {
  /** The concept's terms, from `termPattern`. */
  readonly pattern: RegExp | null;
  /** Language of the text (decides the minimum length of context around the term). */
  readonly locale: Locale;
  /** At most this many sentences. Default 3. */
  readonly max?: number;
  /** Whether a `concept:` link target exists. */
  readonly isKnownConcept: (id: string) => boolean;
}

/**
 * The sentences of an explanation that name the concept (its label or an alias), in document order,
 * without duplicates, with enough context around the term (at least 12 other characters in English,
 * 6 in Chinese) and at most 400 characters.
 *
 * @param markdown The explanation.
 * @param options Terms, locale, limit.
 * @returns Plain-text sentences.
 */
export function keySentences(markdown: string, options: KeySentenceOptions): string[] {
  const { pattern } = options;
  if (pattern === null) return [];
  const minimumContext = options.locale === 'zh' ? 6 : 12;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const paragraph of blockTexts(explanationNodes(markdown, options.isKnownConcept))) {
    for (const sentence of splitSentences(paragraph)) {
      if (out.length >= (options.max ?? 3)) return out;
      if (seen.has(sentence) || sentence.length > 400 || !containsTerm(sentence, pattern)) continue;
      const context = withoutTerms(sentence, pattern).replace(/[\s\p{P}]/gu, '');
      if ([...context].length < minimumContext) continue;
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}
