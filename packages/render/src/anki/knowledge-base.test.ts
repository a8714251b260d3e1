/**
 * The real knowledge base of @cloudvirt/core through the Anki exporters: every importer invariant,
 * for the en, zh and bilingual decks. Set ANKI_OUT_DIR to also write the decks (for anki-verify).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/fixtures/anki-csv.js';
import { inspectApkg } from '../../test/fixtures/anki-inspect.js';
import type { AnkiLanguage } from './options.js';
import { toAnkiCsv } from './to-csv.js';
import { toAnkiPackage } from './to-package.js';

const outDir = process.env['ANKI_OUT_DIR'];

describe('toAnkiPackage (full knowledge base)', () => {
  for (const lang of ['en', 'zh', 'bilingual'] as const satisfies readonly AnkiLanguage[]) {
    it(`should write a valid, deterministic ${lang} deck with a note for every record`, async () => {
      const started = performance.now();
      const { bytes, summary } = await toAnkiPackage(kb, { lang });
      const milliseconds = performance.now() - started;
      const apkg = await inspectApkg(bytes);
      expect(apkg.problems).toEqual([]);

      const conceptKind = lang === 'bilingual' ? 'bilingual' : 'definition';
      expect(summary.byKind[conceptKind]?.notes).toBe(kb.concepts.length);
      expect(summary.byKind.responsibility?.notes).toBe(kb.responsibilityMatrix.cells.length);
      expect(summary.byKind.comparison?.notes).toBe(kb.comparisons.reduce((sum, comparison) => sum + comparison.cells.length, 0));
      expect(summary.byKind.relation?.notes).toBe(kb.relations.filter((relation) => relation.type !== 'related').length);
      expect(summary.byKind.cloze?.notes).toBeGreaterThan(kb.concepts.length / 2);
      expect(apkg.notes.length).toBe(summary.notes);
      expect(new Set(apkg.notes.map((note) => note.guid)).size).toBe(summary.notes);

      const again = await toAnkiPackage(kb, { lang });
      expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);

      const csvGuids = parseCsv(toAnkiCsv(kb, { lang }), '\t').rows.map((row) => row[2]);
      expect(new Set(csvGuids)).toEqual(new Set(apkg.notes.map((note) => note.guid)));

      if (outDir !== undefined) {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, `cloudvirt-${lang}.apkg`), bytes);
        writeFileSync(join(outDir, `cloudvirt-${lang}.tsv`), toAnkiCsv(kb, { lang }));
        writeFileSync(join(outDir, `cloudvirt-${lang}.json`), JSON.stringify({ ...summary, bytes: bytes.length, milliseconds: Math.round(milliseconds) }, null, 2));
      }
    }, 60_000);
  }
});
