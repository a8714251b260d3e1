import type { KnowledgeBaseData } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { inspectApkg, referenceStrip } from '../../test/fixtures/anki-inspect.js';
import { hostileKb, hostileSuffix, withEditedDefinition, withUpdated } from '../../test/fixtures/anki-kb-variants.js';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { cloudVirtNoteTypes } from './cloudvirt-note-types.js';
import { fieldsUpdated } from './context.js';
import type { AnkiLanguage } from './options.js';
import { toAnkiPackage } from './to-package.js';

const languages: readonly AnkiLanguage[] = ['en', 'zh', 'bilingual'];
const frozenIds = Object.fromEntries(Object.entries(cloudVirtNoteTypes).map(([kind, type]) => [kind, type.id]));

describe('toAnkiPackage', () => {
  for (const lang of languages) {
    it(`should write a ${lang} package that satisfies every importer invariant`, async () => {
      const { bytes, summary } = await toAnkiPackage(miniKb, { lang, cardKinds: ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'] });
      const apkg = await inspectApkg(bytes);
      expect(apkg.problems).toEqual([]);
      expect(apkg.members).toEqual(['collection.anki2', 'media']);
      expect(apkg.media).toEqual({});
      expect(summary.notes).toBe(apkg.notes.length);
      expect(summary.cards).toBe(apkg.cards.length);
      expect(summary.noteTypes).toBe(Object.keys(apkg.models).length);
      expect(summary.decks).toBe(Object.keys(apkg.decks).length - 1);
      expect(Object.values(summary.byKind).reduce((sum, kind) => sum + kind.cards, 0)).toBe(apkg.cards.length);
      expect(Object.values(summary.byDeck).reduce((sum, cards) => sum + cards, 0)).toBe(apkg.cards.length);
      for (const [name, cards] of Object.entries(summary.byDeck)) {
        const deck = Object.values(apkg.decks).find((candidate) => candidate['name'] === name)!;
        expect(apkg.cards.filter((card) => card.did === deck['id']).length).toBe(cards);
      }
      for (const model of Object.values(apkg.models)) expect(Object.values(frozenIds)).toContain(model['id']);
    });
  }

  it('should keep note types frozen: ids, names, fields and templates with their ids', async () => {
    const { bytes } = await toAnkiPackage(miniKb, { lang: 'bilingual', cardKinds: ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'] });
    const apkg = await inspectApkg(bytes);
    const schema = Object.values(apkg.models)
      .sort((a, b) => a['id'] - b['id'])
      .map((model) => ({
        id: model['id'],
        name: model['name'],
        mod: model['mod'],
        fields: model['flds'].map((field: Record<string, unknown>) => `${field['id']} ${field['name']}`),
        templates: model['tmpls'].map((template: Record<string, unknown>) => `${template['id']} ${template['name']}`),
      }));
    expect(schema).toMatchInlineSnapshot(`
      [
        {
          "fields": [
            "1700658181826001 Question",
            "1700658181826002 Manager",
            "1700658181826003 Note",
            "1700658181826004 Column",
            "1700658181826005 Model",
            "1700658181826006 Layer",
            "1700658181826007 Source",
          ],
          "id": 1700658181826,
          "mod": 1795651200,
          "name": "CloudVirt Responsibility",
          "templates": [
            "1700658181826101 Who manages",
          ],
        },
        {
          "fields": [
            "1701268797737001 Forward question",
            "1701268797737002 To",
            "1701268797737003 Reverse question",
            "1701268797737004 From",
            "1701268797737005 Statement",
            "1701268797737006 Note",
            "1701268797737007 Source",
          ],
          "id": 1701268797737,
          "mod": 1795651200,
          "name": "CloudVirt Relation",
          "templates": [
            "1701268797737101 Forward",
            "1701268797737102 Reverse",
          ],
        },
        {
          "fields": [
            "1703077460648001 Term",
            "1703077460648002 Definition",
            "1703077460648003 Clue",
            "1703077460648004 Aliases",
            "1703077460648005 Explanation",
            "1703077460648006 Examples",
            "1703077460648007 Source",
          ],
          "id": 1703077460648,
          "mod": 1795651200,
          "name": "CloudVirt Definition",
          "templates": [
            "1703077460648101 Term → Definition",
            "1703077460648102 Definition → Term",
          ],
        },
        {
          "fields": [
            "1714925612346001 Text",
            "1714925612346002 Term",
            "1714925612346003 Definition",
            "1714925612346004 Source",
          ],
          "id": 1714925612346,
          "mod": 1795651200,
          "name": "CloudVirt Cloze",
          "templates": [
            "1714925612346101 Cloze",
          ],
        },
        {
          "fields": [
            "1715071612054001 Subject question",
            "1715071612054002 Value",
            "1715071612054003 Value question",
            "1715071612054004 Subject",
            "1715071612054005 Comparison",
            "1715071612054006 Source",
          ],
          "id": 1715071612054,
          "mod": 1795651200,
          "name": "CloudVirt Comparison",
          "templates": [
            "1715071612054101 Value → Subject",
            "1715071612054102 Subject → Value",
          ],
        },
        {
          "fields": [
            "1724526092683001 Term (zh)",
            "1724526092683002 Term (en)",
            "1724526092683003 Definition (zh)",
            "1724526092683004 Definition (en)",
            "1724526092683005 Clue (zh)",
            "1724526092683006 Clue (en)",
            "1724526092683007 Aliases",
            "1724526092683008 Different terms",
            "1724526092683009 Source",
          ],
          "id": 1724526092683,
          "mod": 1795651200,
          "name": "CloudVirt Bilingual",
          "templates": [
            "1724526092683101 中文 → English",
            "1724526092683102 English → 中文",
            "1724526092683103 释义 → English term",
            "1724526092683104 Definition → 中文术语",
          ],
        },
      ]
    `);
  });

  it('should build the deck hierarchy from topics, with parents', async () => {
    const names = async (lang: AnkiLanguage, deckName?: string): Promise<string[]> =>
      Object.values((await inspectApkg((await toAnkiPackage(miniKb, { lang, ...(deckName === undefined ? {} : { deckName }) })).bytes)).decks)
        .map((deck) => String(deck['name']))
        .sort();
    expect(await names('en')).toEqual([
      'CloudVirt',
      'CloudVirt::Cloud computing',
      'CloudVirt::Virtualization',
      'CloudVirt::Virtualization::System-level virtualization',
      'Default',
    ]);
    expect(await names('zh')).toContain('CloudVirt 中文::虚拟化::系统级虚拟化');
    expect(await names('bilingual')).toContain('CloudVirt 中英::虚拟化 Virtualization::系统级虚拟化 System-level virtualization');
    expect(await names('en', 'Study::Cloud  ')).toContain('Study::Cloud::Virtualization::System-level virtualization');
  });

  it('should tag notes with topic, kind and level, without spaces', async () => {
    const apkg = await inspectApkg((await toAnkiPackage(miniKb, { lang: 'en' })).bytes);
    const kvm = apkg.notes.find((note) => note.flds.includes('>KVM<') && note.tags.includes('cloudvirt::card::definition'))!;
    expect(kvm.tags.trim().split(' ')).toEqual(['cloudvirt::card::definition', 'cloudvirt::topic::system-virtualization', 'kind::product', 'level::intermediate']);
  });

  it('should number new cards in study order: prerequisites and fundamentals first', async () => {
    const apkg = await inspectApkg((await toAnkiPackage(miniKb, { lang: 'en', cardKinds: ['definition'] })).bytes);
    const firstDue = (label: string): number => {
      const note = apkg.notes.find((candidate) => candidate.flds.startsWith(`<div class="cv-term"><span lang="en">${label}<`))!;
      return Math.min(...apkg.cards.filter((card) => card.nid === note.id).map((card) => card.due));
    };
    expect(firstDue('Virtualization')).toBe(1);
    expect(firstDue('Virtualization')).toBeLessThan(firstDue('Virtual machine monitor'));
    expect(firstDue('Servers')).toBeLessThan(firstDue('Full virtualization'));
    expect(firstDue('Full virtualization')).toBeLessThan(firstDue('KVM'));
    expect(apkg.cards.map((card) => card.due).sort((a, b) => a - b)).toEqual(apkg.cards.map((_card, index) => index + 1));
  });

  it('should give en, zh and bilingual decks different GUIDs, so both can be imported', async () => {
    const guids = await Promise.all(languages.map(async (lang) => new Set((await inspectApkg((await toAnkiPackage(miniKb, { lang })).bytes)).notes.map((note) => note.guid))));
    const all = guids.flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('should make definition, cloze, comparison, responsibility and relation cards with the expected content', async () => {
    const apkg = await inspectApkg((await toAnkiPackage(miniKb, { lang: 'en' })).bytes);
    const texts = apkg.notes.map((note) => referenceStrip(note.flds.replaceAll('\x1f', ' | ')));
    expect(texts).toContain('A {{c1::VMM}} virtualizes the processor, memory and I/O. See full virtualization. | Virtual machine monitor | The virtualization layer that gives each VM its virtual hardware. | SourceVirtualization technology overview (CSDN)');
    expect(texts.some((text) => text.startsWith('In IaaS, who manages the layer “Operating system”? | The customer | You patch the OS. |'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Xen is an example of […]Also true, not asked hereFull virtualization | Paravirtualization | […] is an example of paravirtualization | Xen |'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Paravirtualization — Guest OS modified? | Yes, the kernel is modified | Guest OS modified: “Yes, the kernel is modified”Which one: Full virtualization or Paravirtualization? | Paravirtualization |'))).toBe(true);
  });

  it('should skip the value → subject card when a value is shared by several subjects', async () => {
    const comparison = miniKb.comparisons[0]!;
    const kb: KnowledgeBaseData = {
      ...miniKb,
      comparisons: [{ ...comparison, cells: comparison.cells.map((cell) => (cell.dimension === 'example' ? { ...cell, text: { en: 'Many', zh: '很多' } } : cell)) }],
    };
    const { summary } = await toAnkiPackage(kb, { lang: 'en', cardKinds: ['comparison'] });
    expect(summary.byKind.comparison).toEqual({ notes: 4, cards: 6 });
  });

  it('should skip term ↔ term cards when the Chinese and English terms are the same', async () => {
    const apkg = await inspectApkg((await toAnkiPackage(miniKb, { lang: 'bilingual', cardKinds: ['bilingual'] })).bytes);
    const cardsOf = (label: string): number[] => {
      const note = apkg.notes.find((candidate) => candidate.flds.startsWith(`<div class="cv-term"><span lang="zh-Hans">${label}<`))!;
      return apkg.cards.filter((card) => card.nid === note.id).map((card) => card.ord).sort();
    };
    expect(cardsOf('Xen')).toEqual([2, 3]);
    expect(cardsOf('类虚拟化')).toEqual([0, 1, 2, 3]);
  });

  it('should filter by topic (with sub-topics), level, concept and card kind', async () => {
    const count = async (options: Parameters<typeof toAnkiPackage>[1]): Promise<number> => (await toAnkiPackage(miniKb, options)).summary.notes;
    expect(await count({ lang: 'en', cardKinds: ['definition'], topics: ['virtualization'] })).toBe(6);
    expect(await count({ lang: 'en', cardKinds: ['definition'], topics: ['cloud-computing'] })).toBe(4);
    expect(await count({ lang: 'en', cardKinds: ['definition'], levels: ['intermediate'] })).toBe(4);
    expect(await count({ lang: 'en', cardKinds: ['relation'], concepts: ['xen', 'paravirtualization'] })).toBe(1);
    // A matrix cell goes with its service model: every layer of IaaS, whichever layers are selected.
    expect(await count({ lang: 'en', cardKinds: ['responsibility'], concepts: ['iaas'] })).toBe(2);
    expect(await count({ lang: 'en', cardKinds: ['responsibility'], concepts: ['iaas', 'servers'] })).toBe(2);
    await expect(count({ lang: 'en', cardKinds: ['responsibility'], concepts: ['servers'] })).rejects.toThrow(/select no notes/);
  });

  it('should include the responsibility cards of the service models of a selected topic', async () => {
    const { summary } = await toAnkiPackage(miniKb, { lang: 'en', cardKinds: ['definition', 'responsibility'], topics: ['cloud-computing'] });
    expect(summary.byKind.responsibility?.notes).toBe(miniKb.responsibilityMatrix.cells.length);
  });

  it('should accept topic labels in English and Chinese, as @cloudvirt/flashcards does', async () => {
    const byId = await toAnkiPackage(miniKb, { lang: 'en', topics: ['system-virtualization'] });
    const label = miniKb.topics.find((topic) => topic.id === 'system-virtualization')!.label;
    for (const given of [label.en, label.en.toUpperCase(), label.zh]) {
      const byLabel = await toAnkiPackage(miniKb, { lang: 'en', topics: [given] });
      expect(byLabel.summary, given).toEqual(byId.summary);
      expect(Buffer.from(byLabel.bytes).equals(Buffer.from(byId.bytes)), given).toBe(true);
    }
  });

  it('should throw clear errors for unknown option values and empty selections', async () => {
    await expect(toAnkiPackage(miniKb, { lang: 'fr' as AnkiLanguage })).rejects.toThrow(/Unexpected `lang` option of toAnkiPackage `fr`, expected one of `en`, `zh`, `bilingual`/);
    await expect(toAnkiPackage(miniKb, { lang: 'en', topics: ['nope'] })).rejects.toThrow(/Unexpected topic `nope`, expected one of `virtualization`/);
    await expect(toAnkiPackage(miniKb, { lang: 'en', cardKinds: ['flash' as 'cloze'] })).rejects.toThrow(/Unexpected card kind in the `cardKinds` option of toAnkiPackage `flash`/);
    await expect(toAnkiPackage(miniKb, { lang: 'en', concepts: ['ghost'] })).rejects.toThrow(/Unexpected concept id `ghost`/);
    await expect(toAnkiPackage(miniKb, { lang: 'en', cardKinds: ['comparison'], concepts: ['kvm'] })).rejects.toThrow(/select no notes/);
  });

  it('should update only the edited concept’s notes: same GUIDs, larger mod', async () => {
    // Dates after the fields' own floor date (every note's mod is at least that).
    const day = (offset: number): string => new Date(Date.parse(fieldsUpdated) + offset * 86_400_000).toISOString().slice(0, 10);
    const before = withUpdated(miniKb, day(10));
    const after = withEditedDefinition(before, 'xen', { en: 'A type-1 hypervisor, the classic example of paravirtualization.', zh: '一种裸机虚拟机监控程序，类虚拟化的经典代表。' }, day(30));
    const now = Date.parse(day(60));
    for (const lang of languages) {
      const oldApkg = await inspectApkg((await toAnkiPackage(before, { lang })).bytes, now);
      const newApkg = await inspectApkg((await toAnkiPackage(after, { lang })).bytes, now);
      expect(newApkg.problems).toEqual([]);
      const oldByGuid = new Map(oldApkg.notes.map((note) => [note.guid, note]));
      expect(new Set(newApkg.notes.map((note) => note.guid))).toEqual(new Set(oldByGuid.keys()));
      let changed = 0;
      let grown = 0;
      for (const note of newApkg.notes) {
        const old = oldByGuid.get(note.guid)!;
        expect(note.mid).toBe(old.mid);
        if (note.flds !== old.flds) {
          changed++;
          expect(note.mod).toBeGreaterThan(old.mod);
        }
        if (note.mod > old.mod) grown++;
        if (!old.flds.includes('Xen')) expect(note.mod).toBe(old.mod);
      }
      // Xen's definition note, its two relations, and KVM's relation that lists Xen as another answer.
      expect(grown).toBe(4);
      expect(changed).toBeGreaterThan(0);
      const xenDefinition = newApkg.notes.find((note) => note.flds.includes(lang === 'zh' ? '类虚拟化的经典代表' : 'classic example of paravirtualization'))!;
      expect(xenDefinition.mod).toBe(Date.parse(day(30)) / 1000);
    }
  });

  it('should produce byte-identical packages from the same input, in any time zone', async () => {
    const original = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const first = (await toAnkiPackage(miniKb, { lang: 'bilingual' })).bytes;
      process.env['TZ'] = 'Asia/Shanghai';
      const second = (await toAnkiPackage(miniKb, { lang: 'bilingual' })).bytes;
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });

  it('should escape markup, quotes, cloze syntax and control characters in every field', async () => {
    for (const lang of languages) {
      const { bytes, summary } = await toAnkiPackage(hostileKb, { lang, cardKinds: ['definition', 'bilingual', 'cloze', 'comparison', 'responsibility', 'relation'] });
      const apkg = await inspectApkg(bytes);
      expect(apkg.problems).toEqual([]);
      expect(summary.byKind.cloze?.cards).toBe(summary.byKind.cloze?.notes);
      for (const values of apkg.fields.values()) {
        for (const value of values) {
          expect(value).not.toMatch(/<script|<iframe|<b>bold|javascript:|<img|\x00/i);
          expect(value).not.toMatch(/\{\{c2::/);
        }
      }
      const visible = [...apkg.fields.values()].flat().map(referenceStrip).join('\n');
      expect(visible).toContain('<script>alert("x&y")</script> & <b>bold</b> "dq" \'sq\' a\u2028b');
      expect(visible).toContain('é');
      expect(visible).not.toContain('e\u0301');
      for (const deck of Object.values(apkg.decks)) expect(String(deck['name'])).not.toMatch(/\{\{c2::|\u2028/);
      expect(hostileSuffix).toContain('{{c2::');
    }
  });
});
