import { describe, expect, it } from 'vitest';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { cloudVirtNoteTypes, noteTypesUpdated } from './cloudvirt-note-types.js';
import { fieldsUpdated } from './context.js';
import { sha256, toHex } from './hash.js';
import { ankiCardKinds } from './options.js';
import { planAnkiDeck } from './plan.js';

const fingerprint = (value: unknown): string => toHex(sha256(JSON.stringify(value))).slice(0, 16);

describe('cloudVirtNoteTypes', () => {
  it('should have one note type per card kind, each with its own hard-coded id', () => {
    expect(Object.keys(cloudVirtNoteTypes)).toEqual([...ankiCardKinds]);
    const ids = Object.values(cloudVirtNoteTypes).map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const type of Object.values(cloudVirtNoteTypes)) expect(type.mod).toBe(Date.parse(noteTypesUpdated) / 1000);
  });

  // If this fails you changed templates or CSS: bump `noteTypesUpdated` (Anki only updates a note type
  // whose `mod` grew), then update the snapshot. Never change ids, or add/remove/rename fields/templates.
  it('should change templates and CSS only together with noteTypesUpdated', () => {
    const templates = Object.values(cloudVirtNoteTypes).map((type) => ({ ...type.toSchema11(), mod: 0 }));
    expect({ noteTypesUpdated, templates: fingerprint(templates) }).toMatchInlineSnapshot(`
      {
        "noteTypesUpdated": "2026-11-26",
        "templates": "c538a59bc575bcb5",
      }
    `);
  });

  // If this fails you changed how fields are rendered: bump `fieldsUpdated` (so notes' `mod` grows and
  // Anki takes the new rendering), then update the snapshot. Update it alone if only mini-kb changed.
  it('should change the field rendering only together with fieldsUpdated', () => {
    const fields = (['en', 'zh', 'bilingual'] as const).map((lang) =>
      planAnkiDeck(miniKb, { lang, cardKinds: ankiCardKinds }).notes.map((note) => [note.guid, note.fields, note.tags, note.deck]),
    );
    expect({ fieldsUpdated, fields: fingerprint(fields) }).toMatchInlineSnapshot(`
      {
        "fields": "105f952a9791cfeb",
        "fieldsUpdated": "2026-11-26",
      }
    `);
  });
});
