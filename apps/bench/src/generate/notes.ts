/**
 * Flashcard texts for the Anki benchmark: front/back pairs drawn from generated concepts (five cards
 * per concept: each language's label → definition and definition → label, and English → Chinese label).
 *
 * @module
 */
import { chooseConcepts, defaultSeed } from './pack.js';
import { Random } from './prng.js';
import { definitionText } from './text.js';

/** One card's two sides, as HTML. */
export interface CardText {
  /** The question side. */
  readonly front: string;
  /** The answer side. */
  readonly back: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/gu, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Generate `count` distinct cards, deterministically.
 *
 * @param count How many cards.
 * @param seed PRNG seed (default: the pack generator's).
 * @returns The cards.
 */
export function generateCards(count: number, seed = defaultSeed): CardText[] {
  const random = new Random(seed);
  const concepts = chooseConcepts(random, Math.max(16, Math.ceil(count / 5)));
  const cards: CardText[] = [];
  for (const concept of concepts) {
    const definition = definitionText(random, concept);
    const en = escapeHtml(concept.label.en);
    const zh = escapeHtml(concept.label.zh);
    cards.push(
      { front: `<b>${en}</b>`, back: escapeHtml(definition.en) },
      { front: `<b>${zh}</b>`, back: escapeHtml(definition.zh) },
      { front: escapeHtml(definition.en), back: `<b>${en}</b>` },
      { front: escapeHtml(definition.zh), back: `<b>${zh}</b>` },
      { front: `${en} (中文?)`, back: zh },
    );
    if (cards.length >= count) break;
  }
  return cards.slice(0, count);
}
