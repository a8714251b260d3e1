import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectApkg } from '../../test/fixtures/anki-inspect.js';
import { ankiGuidFor } from './guid.js';
import { AnkiNoteType } from './note-type.js';
import type { AnkiNote } from './package.js';
import { writeAnkiPackage } from './package.js';

const basic = new AnkiNoteType({
  id: 1607392319,
  name: 'Test basic',
  kind: 'standard',
  css: '.card { color: red }',
  mod: 1764115200,
  fields: [
    { name: 'Front', id: 1 },
    { name: 'Back', id: 2 },
  ],
  templates: [
    { name: 'Forward', id: 3, front: '{{Front}}', back: '{{FrontSide}}<hr id="answer">{{Back}}' },
    { name: 'Reverse', id: 4, front: '{{Back}}', back: '{{FrontSide}}<hr id="answer">{{Front}}' },
  ],
});

const cloze = new AnkiNoteType({
  id: 1607392320,
  name: 'Test cloze',
  kind: 'cloze',
  css: '',
  mod: 1764115200,
  fields: [
    { name: 'Text', id: 1 },
    { name: 'Extra', id: 2 },
  ],
  templates: [{ name: 'Cloze', id: 3, front: '{{cloze:Text}}', back: '{{cloze:Text}}<br>{{Extra}}' }],
});

const note = (index: number, patch: Partial<AnkiNote> = {}): AnkiNote => ({
  noteType: basic,
  guid: ankiGuidFor('test', index),
  fields: [`<b>Front ${index}</b>`, `Back ${index}`],
  tags: ['test::tag', 'level::one'],
  mod: 1764115200 + index,
  deck: 'Root::Child',
  ...patch,
});

describe('writeAnkiPackage', () => {
  it('should write a valid package with parents, media and cloze cards', async () => {
    const { bytes, counts } = await writeAnkiPackage({
      notes: [
        note(1),
        note(2, { fields: ['123', ''] }),
        { noteType: cloze, guid: ankiGuidFor('test', 'cloze'), fields: ['{{c1::a}} {{c3::b}}', 'x'], mod: 1764115200, deck: 'Root::Other::Deep' },
      ],
      decks: [{ name: 'Root', description: '<i>desc</i>' }],
      media: [{ name: '_cloudvirt-v1.css', data: new TextEncoder().encode('p{}') }],
    });
    expect(counts).toEqual({ notes: 3, cards: 5, decks: 4, noteTypes: 2 });
    const apkg = await inspectApkg(bytes);
    expect(apkg.problems).toEqual([]);
    expect(apkg.media).toEqual({ '0': '_cloudvirt-v1.css' });
    expect(strFromU8(unzipSync(bytes)['0']!)).toBe('p{}');
    expect(Object.values(apkg.decks).map((deck) => deck['name']).sort()).toEqual(['Default', 'Root', 'Root::Child', 'Root::Other', 'Root::Other::Deep']);
    expect(Object.values(apkg.decks).find((deck) => deck['name'] === 'Root')!['desc']).toBe('<i>desc</i>');
    const numeric = apkg.notes.find((row) => row.flds.startsWith('123'))!;
    expect(numeric.sfld).toBe(123);
    expect(apkg.cards.filter((card) => card.nid === numeric.id).map((card) => card.ord)).toEqual([0]);
    const clozeRow = apkg.notes.find((row) => row.mid === cloze.id)!;
    expect(apkg.cards.filter((card) => card.nid === clozeRow.id).map((card) => card.ord).sort()).toEqual([0, 2]);
    expect(apkg.notes.find((row) => row.flds.startsWith('<b>Front 1'))!.tags).toBe(' level::one test::tag ');
  });

  it('should number cards 1…N in note order and keep ids stable when other notes change', async () => {
    const first = await inspectApkg((await writeAnkiPackage({ notes: [note(1), note(2), note(3)] })).bytes);
    expect(first.cards.map((card) => [first.notes.find((row) => row.id === card.nid)!.guid, card.ord, card.due]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      [ankiGuidFor('test', 1), 0, 1],
      [ankiGuidFor('test', 1), 1, 2],
      [ankiGuidFor('test', 2), 0, 3],
      [ankiGuidFor('test', 2), 1, 4],
      [ankiGuidFor('test', 3), 0, 5],
      [ankiGuidFor('test', 3), 1, 6],
    ]);
    const second = await inspectApkg((await writeAnkiPackage({ notes: [note(3, { fields: ['changed', 'text'] }), note(1)] })).bytes);
    const idOf = (apkg: typeof first, guid: string): number => apkg.notes.find((row) => row.guid === guid)!.id;
    expect(idOf(second, ankiGuidFor('test', 1))).toBe(idOf(first, ankiGuidFor('test', 1)));
    expect(idOf(second, ankiGuidFor('test', 3))).toBe(idOf(first, ankiGuidFor('test', 3)));
  });

  it('should be deterministic', async () => {
    const input = { notes: [note(1), note(2)] };
    const [a, b] = await Promise.all([writeAnkiPackage(input), writeAnkiPackage(input)]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('should refuse input Anki would reject or silently alter', async () => {
    const fails = (notes: AnkiNote[], message: RegExp, extra: object = {}): Promise<void> => expect(writeAnkiPackage({ notes, ...extra })).rejects.toThrow(message);
    await fails([], /without notes/);
    await fails([note(1, { fields: ['only one'] })], /has 1 fields, expected 2/);
    await fails([note(1), note(1)], /Duplicate note GUID/);
    await fails([note(1, { guid: 'has space' })], /Invalid note GUID/);
    await fails([note(1, { tags: ['two words'] })], /Invalid tag `two words`/);
    await fails([note(1, { tags: ['全角\u3000空格'] })], /Invalid tag/);
    await fails([note(1, { mod: 1764115200000 })], /whole seconds/);
    await fails([note(1, { mod: 1764115200.5 })], /whole seconds/);
    await fails([note(1, { fields: ['', ''] })], /would have no cards/);
    await fails([note(1, { fields: ['a\x1fb', 'c'] })], /contains U\+001F/);
    await fails([note(1, { deck: 'Root:: Child' })], /Invalid deck name/);
    await fails([note(1, { deck: 'Root::' })], /Invalid deck name/);
    await fails([note(1, { deck: 'default' })], /Duplicate deck name/);
    await fails([note(1)], /Invalid media file name `a\/b.png`/, { media: [{ name: 'a/b.png', data: new Uint8Array(1) }] });
    await fails([note(1)], /Invalid id 1 for deck/, { decks: [{ name: 'X', id: 1 }] });
  });
});
