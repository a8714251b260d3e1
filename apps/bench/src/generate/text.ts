/**
 * Sentences and paragraphs for synthetic concepts, in English and Chinese, with `concept:` links.
 * Every builder draws from a {@link Random}, so the same seed gives the same text.
 *
 * @module
 */
import type { Random } from './prng.js';
import type { Word } from './vocabulary.js';
import { actions, benefits, contexts, exampleTexts } from './vocabulary.js';

/** What the text builders need to know about a concept. */
export interface ConceptSketch {
  /** The id (file name). */
  readonly id: string;
  /** The label in both languages. */
  readonly label: Word;
}

/** A text in both languages. */
export interface Bilingual {
  /** English. */
  readonly en: string;
  /** Simplified Chinese. */
  readonly zh: string;
}

/**
 * Upper-case the first letter.
 *
 * @param text Any text.
 * @returns The text with its first letter capitalized.
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const article = (text: string): string => (/^[aeiou]/iu.test(text) ? 'An' : 'A');

/** A Markdown link to a concept, in one language. */
function link(concept: ConceptSketch, locale: 'en' | 'zh'): string {
  const text = locale === 'en' ? concept.label.en.toLowerCase() : concept.label.zh;
  return `[${text}](concept:${concept.id})`;
}

/**
 * The one- or two-sentence definition (plain text, no Markdown).
 *
 * @param random The random source.
 * @param concept The concept.
 * @returns The definition in both languages.
 */
export function definitionText(random: Random, concept: ConceptSketch): Bilingual {
  const action = random.pick(actions);
  const benefit = random.pick(benefits);
  const label = concept.label.en.toLowerCase();
  let en = `${article(label)} ${label} ${action.en}, so that ${benefit.en}.`;
  let zh = `${concept.label.zh}${action.zh}，从而使${benefit.zh}。`;
  if (random.chance(0.5)) {
    const context = random.pick(contexts);
    en += ` It is mostly found ${context.en}.`;
    zh += `它主要出现${context.zh}。`;
  }
  return { en, zh };
}

/**
 * The Markdown explanation: two to four paragraphs, sometimes a list, linking every concept of
 * `linked` at least once.
 *
 * @param random The random source.
 * @param concept The concept explained.
 * @param linked Other concepts to link to (at least one).
 * @returns The explanation in both languages.
 */
export function explanationText(random: Random, concept: ConceptSketch, linked: readonly ConceptSketch[]): Bilingual {
  const en: string[] = [];
  const zh: string[] = [];
  const label = concept.label.en.toLowerCase();
  const queue = [...linked];
  const next = (): ConceptSketch => queue.shift() ?? random.pick(linked);
  const paragraphs = random.between(2, 4);
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const sentencesEn: string[] = [];
    const sentencesZh: string[] = [];
    const count = random.between(2, 4);
    for (let sentence = 0; sentence < count; sentence++) {
      const action = random.pick(actions);
      const benefit = random.pick(benefits);
      const context = random.pick(contexts);
      switch (random.int(5)) {
        case 0:
          sentencesEn.push(`The ${label} ${action.en} ${context.en}.`);
          sentencesZh.push(`${concept.label.zh}${context.zh}${action.zh}。`);
          break;
        case 1: {
          const other = next();
          sentencesEn.push(`It works together with the ${link(other, 'en')}, which ${action.en}.`);
          sentencesZh.push(`它与${link(other, 'zh')}协同工作，后者负责${action.zh}。`);
          break;
        }
        case 2: {
          const other = next();
          sentencesEn.push(`Compared with the ${link(other, 'en')}, it ${action.en}, so ${benefit.en}.`);
          sentencesZh.push(`与${link(other, 'zh')}相比，它${action.zh}，因此${benefit.zh}。`);
          break;
        }
        case 3: {
          const first = next();
          const second = next();
          sentencesEn.push(`Operators usually pair it with the ${link(first, 'en')} and the ${link(second, 'en')}.`);
          sentencesZh.push(`运维人员通常将它与${link(first, 'zh')}和${link(second, 'zh')}搭配使用。`);
          break;
        }
        default:
          sentencesEn.push(`The main reason to adopt it is that **${benefit.en}**.`);
          sentencesZh.push(`采用它的主要原因是**${benefit.zh}**。`);
      }
    }
    en.push(sentencesEn.join(' '));
    zh.push(sentencesZh.join(''));
    if (paragraph === 0 && random.chance(0.4)) {
      const items = random.sample(exampleTexts, 3);
      en.push(`Typical uses:\n\n${items.map((item) => `- ${item.en}`).join('\n')}`);
      zh.push(`典型用途：\n\n${items.map((item) => `- ${item.zh}`).join('\n')}`);
    }
  }
  // Link whatever the sentences did not reach, so every chosen link is present.
  if (queue.length > 0) {
    en.push(`See also ${queue.map((other) => `the ${link(other, 'en')}`).join(', ')}.`);
    zh.push(`另请参阅${queue.map((other) => link(other, 'zh')).join('、')}。`);
  }
  return { en: en.join('\n\n'), zh: zh.join('\n\n') };
}
