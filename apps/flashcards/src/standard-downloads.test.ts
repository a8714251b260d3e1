import { createKnowledgeBase, kb } from '@cloudvirt/core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseAnkiText } from '../test/helpers/anki-text.js';
import { openDeck } from '../test/helpers/apkg.js';
import { exportFlashcards } from './export.js';
import { sliceKnowledgeBase } from './knowledge-base-subset.js';
import { standardDownloadNames, writeStandardDownloads } from './standard-downloads.js';

// A small but real knowledge base (one topic of the bundled one) keeps the six builds fast.
const smallKb = createKnowledgeBase(sliceKnowledgeBase(kb, kb.concepts.filter((concept) => concept.topic === 'vmm-structures')));

describe('writeStandardDownloads', () => {
  it('should write the three decks and their CSV versions, and describe them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'flashcards-downloads-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const outDir = join(root, 'downloads');
    const entries = await writeStandardDownloads(outDir, { kb: smallKb });
    expect(entries.map((entry) => entry.file)).toEqual(standardDownloadNames);
    expect(readdirSync(outDir).sort()).toEqual([...standardDownloadNames].sort());
    for (const entry of entries) {
      const bytes = readFileSync(join(outDir, entry.file));
      expect(entry.bytes).toBe(bytes.byteLength);
      expect(entry.description.en.length).toBeGreaterThan(20);
      expect(entry.description.zh.length).toBeGreaterThan(10);
      if (entry.format === 'apkg') {
        const deck = await openDeck(bytes);
        expect([deck.notes.length, deck.cards.length]).toEqual([entry.notes, entry.cards]);
      } else {
        const { headers, rows } = parseAnkiText(bytes.toString('utf8'));
        expect(headers.get('separator')).toBe('tab');
        expect(rows.length).toBe(entry.notes);
      }
      const same = await exportFlashcards({ kb: smallKb, lang: entry.lang, format: entry.format });
      expect(Buffer.from(same.bytes).equals(bytes)).toBe(true);
    }
  });
});
