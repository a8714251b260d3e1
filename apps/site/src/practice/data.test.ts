import { createKnowledgeBase, kb } from '@cloudvirt/core';
import { ankiLanguages, defaultAnkiCardKinds, planAnkiDeck, toAnkiPackage } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import { bundlePracticeDeckScript, bundlePracticeScript, practiceBundlePath, practiceDeckBundlePath } from './bundle.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { practiceData, practiceDataFile, practiceScopes } from './data.js';

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

  it('should give each file by deck language and scope as practiceData lists it, keeping one language at a time', () => {
    const all = practiceData(kb);
    for (const lang of [...ankiLanguages, ...ankiLanguages]) {
      for (const scope of practiceScopes(kb)) {
        const file = practiceDataFile(kb, lang, scope);
        const listed = all.find((entry) => entry.lang === lang && entry.scope === scope)!;
        expect(file.content).toBe(listed.content);
        expect(file.notesContent).toBe(listed.notesContent);
        // Asked again for the same language: the file kept, not planned and rendered anew.
        expect(practiceDataFile(kb, lang, scope)).toBe(file);
      }
    }
    expect(() => practiceDataFile(kb, 'en', 'no-such-topic')).toThrow(/Unexpected practice scope "no-such-topic", expected one of/u);
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

  it('should keep every card key (GUID and ordinal) when a concept is edited, so progress survives a rebuild', () => {
    const edited = createKnowledgeBase({
      ...kb.pack === undefined ? {} : { pack: kb.pack },
      topics: kb.topics,
      concepts: kb.concepts.map((concept) =>
        concept.id === 'kvm'
          ? { ...concept, definition: { en: `${concept.definition.en} Edited.`, zh: `${concept.definition.zh}（已修改）` }, updated: '2026-12-03' }
          : concept,
      ),
      relations: kb.relations,
      comparisons: kb.comparisons,
      responsibilityMatrix: kb.responsibilityMatrix,
    });
    const keys = (files: ReturnType<typeof practiceData>): string[] => files.flatMap((file) => file.cards.map((card) => `${file.lang} ${card.o}:${card.g}`)).sort();
    const before = practiceData(kb);
    const after = practiceData(edited);
    expect(keys(after)).toEqual(keys(before));
    const text = (files: ReturnType<typeof practiceData>): string => files.map((file) => file.content).join('');
    expect(text(after)).not.toBe(text(before));
    expect(text(after)).toContain('Edited.');
  });

  it('should write beside each card file the notes of its cards, for the deck download', () => {
    for (const file of practiceData(kb)) {
      const notes = JSON.parse(file.notesContent) as { packId: string; noteTypes: Record<string, { id: number }>; notes: { guid: string; noteType: number }[] };
      expect(file.notesPath).toBe(file.path.replace(/\.json$/u, '.notes.json'));
      expect(notes.packId).toBe('cloudvirt');
      expect(new Set(notes.notes.map((note) => note.guid))).toEqual(new Set(file.cards.map((card) => card.g)));
      for (const note of notes.notes) expect(notes.noteTypes[String(note.noteType)]).toBeDefined();
    }
  });
});

describe('practice scripts', () => {
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

  it('should be the bundle of src/practice/client/main.ts (regenerate: pnpm exec tsx src/practice/bundle.ts)', async () => {
    expect(sha(await readFile(practiceBundlePath, 'utf8'))).toBe(sha(await bundlePracticeScript()));
  });

  it('should be the bundle of src/practice/client/deck.ts with the writer, sql.js and its wasm, and their licences', async () => {
    const bundled = await readFile(practiceDeckBundlePath, 'utf8');
    expect(sha(bundled)).toBe(sha(await bundlePracticeDeckScript()));
    expect(bundled).toContain('Bundles sql.js');
    expect(bundled).toContain('Bundles fflate');
  });
});
