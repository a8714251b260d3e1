/**
 * The render memo (`RenderMemo`): the deck plans, handbooks and dataset rendered through a memo are the
 * same as without one, on the first run (everything rendered) and on a second run (everything taken from
 * the memo), and an edited concept renders only its own parts again.
 */
import { createKnowledgeBase, kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { defaultAnkiCardKinds, planAnkiDeck, type RenderMemo } from './anki.js';
import { toJsonLdDataset, toTurtle, withJsonLdMemo } from './jsonld.js';
import { toMarkdownHandbook } from './markdown.js';

/** A memo in a Map, counting what it rendered per part and record. */
class MapMemo implements RenderMemo {
  readonly entries = new Map<string, string>();
  rendered: string[] = [];
  reused = 0;
  text(part: string, record: string, input: string, render: () => string): string {
    const key = `${part}\0${input}`;
    const stored = this.entries.get(key);
    if (stored !== undefined) {
      this.reused++;
      return stored;
    }
    this.rendered.push(`${part} ${record}`);
    const text = render();
    this.entries.set(key, text);
    return text;
  }
}

const options = { baseIri: 'https://example.org/' };

/** Every output the memo reaches, rendered through `memo` (or without one). */
function outputs(data: typeof kb, memo?: MapMemo): string[] {
  const plans = (['en', 'zh', 'bilingual'] as const).map((lang) => JSON.stringify(planAnkiDeck(data, { lang, cardKinds: defaultAnkiCardKinds(lang) }, memo)));
  const handbooks = (['en', 'zh'] as const).map((lang) => toMarkdownHandbook(data, { lang }, memo));
  const dataset = () => [JSON.stringify(toJsonLdDataset(data, options)), toTurtle(data, options)];
  return [...plans, ...handbooks, ...(memo === undefined ? dataset() : withJsonLdMemo(memo, dataset))];
}

describe('RenderMemo', () => {
  it('renders the same decks, handbooks and dataset with a memo, cold and warm, and re-renders only an edited concept', () => {
    const memo = new MapMemo();
    const plain = outputs(kb);
    expect(outputs(kb, memo)).toEqual(plain);
    expect(memo.rendered.length).toBeGreaterThan(kb.concepts.length);
    memo.rendered = [];
    memo.reused = 0;
    expect(outputs(kb, memo)).toEqual(plain);
    expect(memo.rendered).toEqual([]);
    expect(memo.reused).toBeGreaterThan(kb.concepts.length);

    const [first] = kb.concepts;
    const edited = createKnowledgeBase({
      ...kb,
      concepts: kb.concepts.map((concept) => (concept.id === first!.id ? { ...concept, explanation: { ...concept.explanation, en: `${concept.explanation.en}\n\nAn added sentence.` } } : concept)),
    });
    memo.rendered = [];
    expect(outputs(edited, memo)).toEqual(outputs(edited));
    const records = new Set(memo.rendered.map((entry) => entry.split(' ')[1]));
    // The concept's notes (its record), its English explanation parsed and its section in the English
    // handbook (the section's heading id is the concept's slug), and its plain text in the dataset.
    expect([...records].sort()).toEqual([`concept:${first!.id}`, `markdown:${first!.id}-en`, `section:${first!.id}`, 'text'].sort());
  });
});
