/**
 * Key sentences of an explanation, for cloze cards: the explanation's paragraphs and list items are
 * split into sentences, and the sentences that name the concept are kept, except those that only
 * introduce what follows (a list, a table): on a card they would dangle. Deterministic.
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

/** Blocks that a sentence can introduce ("… the following:" then a list or a table). */
const followerTags = new Set(['ul', 'ol', 'table', 'pre']);

/** The plain text of a leaf block, and whether a list, table or code block comes right after it. */
interface BlockText {
  /** Whitespace-collapsed text. */
  readonly text: string;
  /** Whether the next sibling element is a list, a table or a code block. */
  readonly beforeFollower: boolean;
}

/** The texts of leaf blocks (paragraphs, list items, cells), skipping code blocks. */
function blockTexts(nodes: readonly ElementContent[]): BlockText[] {
  const out: BlockText[] = [];
  const elements = nodes.filter(isElement);
  elements.forEach((node, index) => {
    if (node.tagName === 'pre') return;
    const hasBlockChild = node.children.some((child) => isElement(child) && blockTags.has(child.tagName));
    if (hasBlockChild) {
      out.push(...blockTexts(node.children));
      return;
    }
    if (!blockTags.has(node.tagName)) return;
    const text = textOf(node.children).replace(/\s+/gu, ' ').trim();
    const next = elements[index + 1];
    if (text !== '') out.push({ text, beforeFollower: next !== undefined && followerTags.has(next.tagName) });
  });
  return out;
}

/**
 * Whether a sentence only introduces what follows, so it dangles on its own: it ends with a colon
 * (`:` or `：`, before any closing quote or bracket), or it is the last sentence of a block followed by
 * a list, table or code block and has no sentence-final punctuation (`… include` then a list) or ends
 * by pointing at it (`… as follows.`, `…如下。`).
 *
 * @param sentence A sentence from {@link splitSentences}.
 * @param lastBeforeFollower Whether it ends a block that a list, table or code block follows.
 * @returns `true` when the sentence is not a cloze candidate.
 */
export function introducesFollowingBlock(sentence: string, lastBeforeFollower: boolean): boolean {
  const end = sentence.replace(/["”’'）)\]」』\s]+$/u, '');
  if (/[:：]$/u.test(end)) return true;
  if (!lastBeforeFollower) return false;
  return !/[.!?。！？…]$/u.test(end) || /(?:as follows|the following|below|如下|以下|下列)[.。]$/iu.test(end);
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
 * 6 in Chinese) and at most 400 characters; sentences that introduce the next block (see
 * {@link introducesFollowingBlock}) are skipped.
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
  for (const block of blockTexts(explanationNodes(markdown, options.isKnownConcept))) {
    const sentences = splitSentences(block.text);
    for (const [index, sentence] of sentences.entries()) {
      if (out.length >= (options.max ?? 3)) return out;
      if (seen.has(sentence) || sentence.length > 400 || !containsTerm(sentence, pattern)) continue;
      if (introducesFollowingBlock(sentence, block.beforeFollower && index === sentences.length - 1)) continue;
      const context = withoutTerms(sentence, pattern).replace(/[\s\p{P}]/gu, '');
      if ([...context].length < minimumContext) continue;
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}
