import { describe, expect, it } from 'vitest';
import { inspectApkg } from '../../test/fixtures/anki-inspect.js';
import { hostileKb } from '../../test/fixtures/anki-kb-variants.js';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { planAnkiDeck } from './plan.js';
import { ankiDeckPlanToCsv, toAnkiCsv } from './to-csv.js';
import { toAnkiPackage } from './to-package.js';
import { parseCsv } from '../../test/fixtures/anki-csv.js';

describe('toAnkiCsv', () => {
  it('should write what ankiDeckPlanToCsv writes for the plan of the same options', () => {
    for (const [lang, separator] of [
      ['en', 'tab'],
      ['zh', 'comma'],
      ['bilingual', undefined],
    ] as const) {
      const plan = planAnkiDeck(hostileKb, { lang });
      const expected = toAnkiCsv(hostileKb, { lang, ...(separator === undefined ? {} : { separator }) });
      expect(ankiDeckPlanToCsv(plan, separator === undefined ? {} : { separator })).toBe(expected);
      expect(expected.startsWith(`#separator:${separator ?? 'tab'}\n`)).toBe(true);
    }
  });

  it('should carry the same notes, GUIDs, decks and tags as the package', async () => {
    for (const lang of ['en', 'zh', 'bilingual'] as const) {
      const csv = toAnkiCsv(miniKb, { lang });
      const { headers, rows } = parseCsv(csv, '\t');
      expect(headers.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#guid column:3', '#tags column:4']);
      const columns = headers[6]!.replace('#columns:', '').split('\t');
      expect(columns.slice(0, 4)).toEqual(['Notetype', 'Deck', 'GUID', 'Tags']);
      expect(rows.every((row) => row.length === columns.length)).toBe(true);
      const apkg = await inspectApkg((await toAnkiPackage(miniKb, { lang })).bytes);
      expect(rows.length).toBe(apkg.notes.length);
      const deckNames = new Map(Object.values(apkg.decks).map((deck) => [deck['id'], deck['name']]));
      for (const note of apkg.notes) {
        const row = rows.find((candidate) => candidate[2] === note.guid)!;
        const fields = note.flds.split('\x1f');
        expect(row[0]).toBe(String(note.mid));
        expect(row[1]).toBe(deckNames.get(apkg.cards.find((card) => card.nid === note.id)!.did));
        expect(row[3]).toBe(note.tags.trim());
        expect(row.slice(4, 4 + fields.length)).toEqual(fields);
        expect(row.slice(4 + fields.length).every((value) => value === '')).toBe(true);
      }
    }
  });

  it('should quote separators, quotes and newlines and never start a row with `#`', () => {
    for (const [separator, name] of [
      [',', 'comma'],
      ['\t', 'tab'],
    ] as const) {
      const csv = toAnkiCsv(hostileKb, { lang: 'en', separator: name });
      expect(csv.startsWith(`#separator:${name}\n#html:true\n`)).toBe(true);
      const { rows } = parseCsv(csv, separator);
      expect(rows.every((row) => /^\d+$/.test(row[0]!))).toBe(true);
      const width = rows[0]!.length;
      expect(rows.every((row) => row.length === width)).toBe(true);
      expect(rows.some((row) => row.some((value) => value.includes('"dq"')))).toBe(true);
    }
  });
});
