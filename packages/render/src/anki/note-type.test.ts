import { describe, expect, it } from 'vitest';
import type { AnkiNoteTypeSpec } from './note-type.js';
import { AnkiNoteType } from './note-type.js';

const spec: AnkiNoteTypeSpec = {
  id: 1607392319,
  name: 'Test basic',
  kind: 'standard',
  css: '.card {}',
  mod: 1764115200,
  fields: [
    { name: 'Front', id: 11 },
    { name: 'Back', id: 12 },
    { name: 'Reverse', id: 13 },
  ],
  templates: [
    { name: 'Forward', id: 21, front: '{{Front}}', back: '{{FrontSide}}<hr id="answer">{{Back}}' },
    { name: 'Backward', id: 22, front: '{{#Reverse}}{{Back}}{{/Reverse}}', back: '{{Front}}' },
  ],
};

describe('AnkiNoteType', () => {
  it('should generate exactly the cards Anki would', () => {
    const type = new AnkiNoteType(spec);
    expect(type.cardOrdinals(['a', 'b', ''])).toEqual([0]);
    expect(type.cardOrdinals(['a', 'b', 'y'])).toEqual([0, 1]);
    expect(type.cardOrdinals(['<br>', 'b', 'y'])).toEqual([1]);
    expect(type.cardOrdinals(['', '', 'y'])).toEqual([]);
  });

  it('should number cloze cards N-1 from every field', () => {
    const cloze = new AnkiNoteType({
      ...spec,
      kind: 'cloze',
      fields: [{ name: 'Text', id: 1 }, { name: 'Extra', id: 2 }],
      templates: [{ name: 'Cloze', id: 3, front: '{{cloze:Text}}', back: '{{cloze:Text}}{{Extra}}' }],
    });
    expect(cloze.cardOrdinals(['{{c2::a}} {{c1::b}}', '{{c5::x}}'])).toEqual([0, 1, 4]);
    expect(cloze.cardOrdinals(['no cloze', ''])).toEqual([]);
    expect(cloze.requirements).toEqual([[0, 'any', [0]]]);
  });

  it('should compute the legacy req list', () => {
    expect(new AnkiNoteType(spec).requirements).toEqual([
      [0, 'all', [0]],
      [1, 'all', [1, 2]],
    ]);
  });

  it('should write every key the importer requires, with stable field and template ids', () => {
    const json = new AnkiNoteType(spec).toSchema11();
    for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'css', 'tmpls', 'flds']) expect(json).toHaveProperty(key);
    const fields = json['flds'] as Record<string, unknown>[];
    for (const field of fields) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size', 'id']) expect(field).toHaveProperty(key);
    expect(fields.map((field) => [field['ord'], field['id']])).toEqual([[0, 11], [1, 12], [2, 13]]);
    const templates = json['tmpls'] as Record<string, unknown>[];
    expect(templates.map((template) => [template['name'], template['ord'], template['id']])).toEqual([['Forward', 0, 21], ['Backward', 1, 22]]);
  });

  it('should reject what Anki would reject or rename', () => {
    const bad = (patch: Partial<AnkiNoteTypeSpec>, message: RegExp): void => {
      expect(() => new AnkiNoteType({ ...spec, ...patch })).toThrow(message);
    };
    bad({ id: 1.5 }, /Invalid note type id/);
    bad({ mod: 1764115200000 }, /expected seconds/);
    bad({ fields: [] }, /has no fields/);
    bad({ fields: [{ name: 'Fr:ont', id: 1 }, ...spec.fields.slice(1)] }, /Invalid field name `Fr:ont`/);
    bad({ fields: [{ name: '#Front', id: 1 }, ...spec.fields.slice(1)] }, /Invalid field name/);
    bad({ fields: [...spec.fields, { name: 'front', id: 99 }] }, /Duplicate field `front`/);
    bad({ fields: [...spec.fields, { name: 'Other', id: 11 }] }, /Duplicate field\/template ids/);
    bad({ templates: [{ name: 'T', id: 30, front: '{{Missing}}', back: '' }] }, /unknown field `{{Missing}}`/);
    bad({ templates: [{ name: 'T', id: 30, front: '{{#Front}}', back: '' }] }, /Unclosed/);
    bad({ kind: 'cloze' }, /expected 1/);
    bad({ kind: 'cloze', templates: [{ name: 'T', id: 30, front: '{{Front}}', back: '' }] }, /no `{{cloze:Field}}`/);
    bad({ sortField: 3 }, /Sort field 3/);
  });
});
