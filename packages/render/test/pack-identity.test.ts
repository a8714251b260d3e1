/**
 * Every adapter derives its ids and names from the pack (`kb.pack`): a second pack that shares concept
 * ids with CloudVirt (`container`) gets its own Anki GUIDs, note types, deck names and ids, file names and
 * JSON-LD IRIs, deterministically; CloudVirt's stay exactly the values of the identity lock.
 */
import { readFileSync } from 'node:fs';
import { kb, type KnowledgeBaseData, type Pack } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import {
  ankiCardKinds,
  ankiDeckIdFor,
  ankiFileStem,
  ankiGuidFor,
  ankiLanguages,
  ankiNoteTypeIdFor,
  ankiNoteTypesFor,
  cloudVirtNoteTypes,
  planAnkiDeck,
  toAnkiPackage,
} from '../src/anki.js';
import { conceptPageJsonLd, homePageJsonLd, toJsonLdDataset, toTurtle } from '../src/jsonld.js';
import { toMarkdownHandbook } from '../src/markdown.js';
import { packBaseIri, packIdentity } from '../src/index.js';
import { inspectApkg } from './fixtures/anki-inspect.js';

const cloudvirt = kb as KnowledgeBaseData;

/** The example pack's identity (examples/container-orchestration/content/pack.md) without its `baseIri`. */
const containersPack: Pack = {
  ...kb.pack!,
  id: 'container-orchestration',
  name: { en: 'Containers and Orchestration Glossary', zh: '容器与容器编排术语库' },
  shortName: { en: 'Container Orchestration', zh: '容器编排' },
};

/** A second pack built from the bundled data: the same concept ids (`container` among them), another identity. */
const containers: KnowledgeBaseData = { ...kb, pack: containersPack };

interface Lock {
  readonly ids: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
}

const lock = JSON.parse(readFileSync(new URL('../../checks/identity.lock.json', import.meta.url), 'utf8')) as Lock;

function guids(data: KnowledgeBaseData): Set<string> {
  return new Set(ankiLanguages.flatMap((lang) => planAnkiDeck(data, { lang, cardKinds: ankiCardKinds }).notes.map((note) => note.guid)));
}

describe('pack identity: CloudVirt keeps the ids of the identity lock', () => {
  it('plans exactly the locked GUIDs, in the namespace `cloudvirt`', () => {
    const locked = Object.values(lock.ids['anki-guid'] ?? {});
    expect(locked.length).toBeGreaterThan(2000);
    expect([...guids(cloudvirt)].sort()).toEqual([...new Set(locked.map(String))].sort());
    expect(lock.ids['anki-guid']?.['concept/container | definition en']).toBe(ankiGuidFor('cloudvirt', 'concept', 'container', 'definition', 'en'));
  });

  it('keeps the frozen note-type, field and template ids and the `CloudVirt …` names', () => {
    const types = ankiNoteTypesFor(packIdentity(cloudvirt));
    expect(types).toBe(cloudVirtNoteTypes);
    for (const type of Object.values(types)) {
      expect(lock.ids['anki-note-type']?.[`note-type/${type.name}`]).toBe(type.id);
      for (const field of type.fields) expect(lock.ids['anki-note-type']?.[`note-type/${type.name}/field/${field.name}`]).toBe(field.id);
      for (const template of type.templates) expect(lock.ids['anki-note-type']?.[`note-type/${type.name}/template/${template.name}`]).toBe(template.id);
    }
    expect(types.definition.name).toBe('CloudVirt Definition');
    expect(ankiNoteTypeIdFor('cloudvirt', 'definition')).toBe(1703077460648);
  });

  it('keeps the deck names `CloudVirt`, `CloudVirt 中文`, `CloudVirt 中英` and the locked deck ids', () => {
    expect(ankiLanguages.map((lang) => planAnkiDeck(cloudvirt, { lang }).rootDeck)).toEqual(['CloudVirt', 'CloudVirt 中文', 'CloudVirt 中英']);
    const deckLock = lock.ids['anki-deck'] ?? {};
    let checked = 0;
    for (const lang of ankiLanguages) {
      for (const deck of planAnkiDeck(cloudvirt, { lang, cardKinds: ankiCardKinds }).decks) {
        expect(deckLock[`deck/${lang}/${deck.name}`]).toBe(ankiDeckIdFor(deck.name, 'cloudvirt'));
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(deckLock).length);
  });

  it('keeps the file names cloudvirt-<lang> and the IRIs under https://cloudvirt.example/', () => {
    expect(ankiLanguages.map((lang) => ankiFileStem(cloudvirt, lang))).toEqual(['cloudvirt-en', 'cloudvirt-zh', 'cloudvirt-bilingual']);
    expect(packIdentity(cloudvirt).baseIri).toBe(lock.ids['jsonld-iri'] === undefined ? '' : 'https://cloudvirt.example/');
    const dataset = JSON.stringify(toJsonLdDataset(cloudvirt));
    for (const iri of Object.values(lock.ids['jsonld-iri'] ?? {})) expect(dataset).toContain(`"${String(iri)}"`);
  });
});

describe('pack identity: a second pack sharing the concept id `container`', () => {
  it('gets other GUIDs for every note, the same on every build', () => {
    const ours = guids(cloudvirt);
    const theirs = guids(containers);
    expect(theirs.size).toBe(ours.size);
    expect([...theirs].filter((guid) => ours.has(guid))).toEqual([]);
    const container = planAnkiDeck(containers, { lang: 'en' }).notes.find((note) => note.kind === 'definition' && note.fields[0]?.includes('>Container<'));
    expect(container?.guid).toBe(ankiGuidFor('container-orchestration', 'concept', 'container', 'definition', 'en'));
    expect(container?.guid).not.toBe(ankiGuidFor('cloudvirt', 'concept', 'container', 'definition', 'en'));
    expect(guids(containers)).toEqual(theirs);
  });

  it('gets its own note types: ids derived from the pack id in the safe range, names from the short name', () => {
    const types = ankiNoteTypesFor(packIdentity(containers));
    const ours = new Set(Object.values(cloudVirtNoteTypes).flatMap((type) => [type.id, ...type.fields.map((field) => field.id), ...type.templates.map((template) => template.id)]));
    for (const kind of ankiCardKinds) {
      const type = types[kind];
      expect(type.id).toBe(ankiNoteTypeIdFor('container-orchestration', kind));
      expect(type.id).toBeGreaterThanOrEqual(1e12);
      expect(type.id).toBeLessThan(1e12 + 2 ** 40);
      expect(ours.has(type.id)).toBe(false);
      for (const field of type.fields) expect(Number.isSafeInteger(field.id) && !ours.has(field.id)).toBe(true);
      // Same fields and templates as CloudVirt's: one format for every pack.
      expect(type.fields.map((field) => field.name)).toEqual(cloudVirtNoteTypes[kind].fields.map((field) => field.name));
      expect(type.css).toBe(cloudVirtNoteTypes[kind].css);
    }
    expect(new Set(Object.values(types).map((type) => type.id)).size).toBe(ankiCardKinds.length);
    expect(Object.values(types).map((type) => type.name)).toEqual([
      'Container Orchestration Definition',
      'Container Orchestration Bilingual',
      'Container Orchestration Cloze',
      'Container Orchestration Comparison',
      'Container Orchestration Responsibility',
      'Container Orchestration Relation',
    ]);
    // Deterministic: the same ids from a fresh derivation.
    expect(ankiNoteTypeIdFor('container-orchestration', 'definition')).toBe(types.definition.id);
  });

  it('names its decks after the short name and keeps their ids in its namespace', () => {
    const plans = ankiLanguages.map((lang) => planAnkiDeck(containers, { lang, cardKinds: ankiCardKinds }));
    expect(plans.map((plan) => plan.rootDeck)).toEqual(['Container Orchestration', '容器编排 中文', '容器编排 中英']);
    expect(plans.map((plan) => plan.packId)).toEqual(['container-orchestration', 'container-orchestration', 'container-orchestration']);
    expect(plans[0]?.notes.every((note) => note.tags.filter((tag) => tag.includes('::topic::')).every((tag) => tag.startsWith('container-orchestration::')))).toBe(true);
    // The same deck name in two namespaces: two ids.
    expect(ankiDeckIdFor('Shared::Deck', 'container-orchestration')).not.toBe(ankiDeckIdFor('Shared::Deck', 'cloudvirt'));
    expect(ankiDeckIdFor('Shared::Deck')).toBe(ankiDeckIdFor('Shared::Deck', 'cloudvirt'));
  });

  it('writes those note types, decks and ids into its package', async () => {
    const { bytes } = await toAnkiPackage(containers, { lang: 'zh', topics: ['os-virtualization'] });
    const inspected = await inspectApkg(bytes);
    expect(inspected.problems).toEqual([]);
    const noteTypeIds = Object.values(ankiNoteTypesFor(packIdentity(containers))).map((type) => type.id);
    expect(inspected.notes.every((note) => noteTypeIds.includes(note.mid))).toBe(true);
    const decks = Object.values(inspected.decks).filter((deck) => deck['id'] !== 1);
    expect(decks.length).toBeGreaterThan(1);
    for (const deck of decks) {
      expect(String(deck['name']).startsWith('容器编排 中文')).toBe(true);
      expect(deck['id']).toBe(ankiDeckIdFor(String(deck['name']), 'container-orchestration'));
    }
    expect(inspected.notes.map((note) => note.guid)).toContain(ankiGuidFor('container-orchestration', 'concept', 'container', 'definition', 'zh'));
  });

  it('gets the default file names <pack id>-<lang>', () => {
    expect(ankiLanguages.map((lang) => `${ankiFileStem(containers, lang)}.apkg`)).toEqual([
      'container-orchestration-en.apkg',
      'container-orchestration-zh.apkg',
      'container-orchestration-bilingual.apkg',
    ]);
  });

  it('mints its JSON-LD IRIs under https://<pack id>.example/ (or its baseIri) and names the dataset after the pack', () => {
    expect(packBaseIri(containersPack)).toBe('https://container-orchestration.example/');
    const dataset = toJsonLdDataset(containers);
    const text = JSON.stringify(dataset);
    expect(text).toContain('"https://container-orchestration.example/concepts/container"');
    expect(text).not.toContain('cloudvirt.example');
    expect(text).toContain('Containers and Orchestration Glossary');
    expect(text).toContain('Container Orchestration relation vocabulary');
    expect(text).not.toContain('CloudVirt');
    expect(JSON.stringify(toJsonLdDataset(containers))).toBe(text);

    const withBase: KnowledgeBaseData = { ...containers, pack: { ...containersPack, baseIri: 'https://containers.example/' } };
    const turtle = toTurtle(withBase);
    expect(turtle).toContain('<https://containers.example/concepts/>');
    expect(turtle).not.toContain('cloudvirt.example');
    const page = JSON.stringify(conceptPageJsonLd(withBase, 'container', { lang: 'en' }));
    expect(page).toContain('"@id":"https://containers.example/concepts/container"');
    expect(page).toContain('"name":"Containers and Orchestration Glossary"');
    expect(JSON.stringify(homePageJsonLd(withBase, { lang: 'zh' }))).toContain('"name":"容器与容器编排术语库"');
    // An explicit base still wins.
    expect(JSON.stringify(toJsonLdDataset(withBase, { baseIri: 'https://example.org/kb/' }))).toContain('"https://example.org/kb/concepts/container"');
  });

  it('titles its handbook with the pack name', () => {
    expect(toMarkdownHandbook(containers).split('\n')[0]).toBe('# Containers and Orchestration Glossary');
    expect(toMarkdownHandbook(cloudvirt).split('\n')[0]).toBe('# Cloud Computing and Virtualization Handbook');
  });
});

describe('pack identity: data without a pack', () => {
  const { pack: _pack, ...packless } = kb as KnowledgeBaseData;

  it('is refused by every adapter that mints ids, with the smallest pack and validateKnowledgeBase in the hint', () => {
    for (const run of [
      () => planAnkiDeck(packless, { lang: 'en' }),
      () => toJsonLdDataset(packless),
      () => toMarkdownHandbook(packless),
      () => ankiFileStem(packless, 'en'),
    ]) {
      expect(run).toThrow(TypeError);
      expect(run).toThrow(/^Missing `pack` of the knowledge base argument of \w+, expected the pack's identity/u);
      expect(run).toThrow(/validateKnowledgeBase from @cloudvirt\/core.*id: 'my-pack'.*content\/pack\.md/su);
    }
  });
});
