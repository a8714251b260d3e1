import { kb } from '@cloudvirt/core';
import { ankiLanguages, defaultAnkiCardKinds, planAnkiDeck, toAnkiPackage } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import { bundlePracticeScript, practiceBundlePath } from './bundle.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { practiceData, practiceScopes } from './data.js';

describe('practice data', () => {
  it.each(ankiLanguages)('should hold every card of the %s deck, with its GUID and ordinal, once', async (lang) => {
    const files = practiceData(kb).filter((file) => file.lang === lang);
    const cards = files.flatMap((file) => file.cards.map((card) => `${card.o}:${card.g}`));
    const plan = planAnkiDeck(kb, { lang, cardKinds: defaultAnkiCardKinds(lang) });
    const expected = plan.notes.flatMap((note) => note.noteType.cardOrdinals(note.fields.map((field) => field.normalize('NFC'))).map((ord) => `${ord}:${note.guid}`));
    expect([...cards].sort()).toEqual([...expected].sort());
    expect(new Set(cards).size).toBe(cards.length);
    const { summary } = await toAnkiPackage(kb, { lang });
    expect(cards).toHaveLength(summary.cards);
  });

  it('should split the cards by top-level topic, one valid JSON file per deck language and scope', () => {
    expect(practiceData(kb)).toHaveLength(ankiLanguages.length * practiceScopes(kb).length);
    for (const file of practiceData(kb)) {
      expect(practiceScopes(kb)).toContain(file.scope);
      expect(JSON.parse(file.content).cards).toHaveLength(file.cards.length);
      expect(file.path).toBe(`/practice/${file.lang}/${file.scope}.json`);
      for (const card of file.cards) expect(card.q).not.toMatch(/\{\{/u);
    }
  });
});

describe('practice script', () => {
  it('should be the bundle of src/practice/client/ (regenerate: pnpm exec tsx src/practice/bundle.ts)', async () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    expect(sha(await readFile(practiceBundlePath, 'utf8'))).toBe(sha(await bundlePracticeScript()));
  });
});
