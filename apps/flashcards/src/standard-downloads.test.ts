import { createKnowledgeBase, kb } from '@cloudvirt/core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseAnkiText } from '../test/helpers/anki-text.js';
import { openDeck } from '../test/helpers/apkg.js';
import { exportFlashcards } from './export.js';
import { sliceKnowledgeBase } from './knowledge-base-subset.js';
import { planAnkiDeck, writeAnkiPackage, type AnkiDeckOptions, type AnkiPackageInput } from '@cloudvirt/render/anki';
import { buildStandardDownloads, standardDownloadNames, writeStandardDownloads } from './standard-downloads.js';

// A small but real knowledge base (one topic of the bundled one) keeps the six builds fast. A slice keeps
// prerequisites and `concept:` links to concepts outside it, which createKnowledgeBase rejects
// (`unknown-prerequisite`, `broken-concept-link`): drop those prerequisites and turn those links into text.
const slice = sliceKnowledgeBase(kb, kb.concepts.filter((concept) => concept.topic === 'vmm-structures'));
const inSlice = new Set<string>(slice.concepts.map((concept) => concept.id));
const unlink = (text: string): string => text.replace(/\[([^\]]*)\]\(concept:([^)\s]*)\)/gu, (link, label: string, id: string) => (inSlice.has(id) ? link : label));
const unlinkText = <T extends { en: string; zh: string }>(text: T): T => ({ ...text, en: unlink(text.en), zh: unlink(text.zh) });
const smallKb = createKnowledgeBase({
  ...slice,
  concepts: slice.concepts.map((concept) => ({ ...concept, explanation: unlinkText(concept.explanation), prerequisites: concept.prerequisites.filter((id) => inSlice.has(id)) })),
  comparisons: slice.comparisons.map((comparison) => ({ ...comparison, description: unlinkText(comparison.description), cells: comparison.cells.map((cell) => ({ ...cell, text: unlinkText(cell.text) })) })),
  responsibilityMatrix: { ...slice.responsibilityMatrix, description: unlinkText(slice.responsibilityMatrix.description) },
});

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

  it('should plan and write through the given functions, once per deck language and package, with the same bytes', async () => {
    const planned: AnkiDeckOptions[] = [];
    const written: AnkiPackageInput[] = [];
    const files = await buildStandardDownloads({
      kb: smallKb,
      plan: (data, options) => {
        planned.push(options);
        return planAnkiDeck(data, options);
      },
      writePackage: (input) => {
        written.push(input);
        return writeAnkiPackage(input);
      },
    });
    expect(planned.map((options) => options.lang)).toEqual(['en', 'zh', 'bilingual']);
    expect(written).toHaveLength(3);
    const plain = await buildStandardDownloads({ kb: smallKb });
    expect(files.map((file) => Buffer.from(file.content).toString('base64'))).toEqual(plain.map((file) => Buffer.from(file.content).toString('base64')));
    await expect(buildStandardDownloads({ kb: smallKb, plan: 'planAnkiDeck' as never })).rejects.toThrow('Unexpected `plan` option of buildStandardDownloads: string, expected a function');
  });
});
