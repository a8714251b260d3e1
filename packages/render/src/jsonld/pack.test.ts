import { kb, relationTypes } from '@cloudvirt/core';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { planAnkiDeck } from '../anki.js';
import { toTurtle, toVoidDescription } from '../jsonld.js';
import { toMarkdownHandbook } from '../markdown.js';

const BASE = 'https://cloudvirt.example/';
const SCHEME = `${BASE}concepts/`;
const LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/';
const S = 'http://schema.org/';
const DCT = 'http://purl.org/dc/terms/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';

const quads: Quad[] = new Parser().parse(toTurtle(kb, { baseIri: BASE }));
const objects = (subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();

describe('the pack (content/pack.md) in every output', () => {
  it('should license the concept scheme with dct:license and schema:license, and name the licence', () => {
    expect(kb.pack?.license.url).toBe(LICENSE);
    expect(objects(SCHEME, `${DCT}license`)).toEqual([LICENSE]);
    expect(objects(SCHEME, `${S}license`)).toEqual([LICENSE]);
    expect(objects(LICENSE, `${DCT}identifier`)).toEqual(['CC-BY-SA-4.0']);
  });

  it('should credit creator and publisher and give version and dates', () => {
    const creator = objects(SCHEME, `${DCT}creator`);
    expect(creator).toEqual([`${BASE}dataset/creator`]);
    expect(objects(SCHEME, `${S}creator`)).toEqual(creator);
    expect(objects(SCHEME, `${DCT}publisher`)).toEqual(creator);
    expect(objects(creator[0]!, `${S}name`)).toContain('The @cloudvirt authors');
    expect(objects(SCHEME, `${S}version`)).toEqual([kb.pack!.version]);
    expect(objects(SCHEME, `${DCT}created`)).toEqual([kb.pack!.created]);
    expect(objects(SCHEME, `${DCT}modified`)).toHaveLength(1);
  });

  it('should say the text is based on the seed article, with only what is known about it', () => {
    const works = objects(SCHEME, `${S}isBasedOn`);
    expect(works).toEqual([`${BASE}dataset/based-on-1`]);
    expect(objects(works[0]!, `${S}name`)).toContain('虚拟化和云计算的区别');
    expect(objects(works[0]!, `${S}inLanguage`)).toEqual(['zh-Hans']);
    expect(objects(works[0]!, `${S}url`)).toEqual([]);
  });

  it('should put the licence line in both handbooks', () => {
    const en = toMarkdownHandbook(kb, { lang: 'en' });
    expect(en).toContain('licensed under Creative Commons Attribution-ShareAlike 4.0 International (CC-BY-SA-4.0, ');
    expect(en).toContain(LICENSE);
    expect(toMarkdownHandbook(kb, { lang: 'zh' })).toContain('《虚拟化和云计算的区别》');
  });

  it('should put the licence in the root deck description of every deck language', () => {
    for (const lang of ['en', 'zh', 'bilingual'] as const) {
      const plan = planAnkiDeck(kb, { lang });
      const root = plan.decks.find((deck) => !deck.name.includes('::'));
      expect(root?.description, lang).toContain(LICENSE);
    }
  });
});

describe('SKOS shape', () => {
  it('should treat implements as hierarchical, so techniques sit under what they realize', () => {
    expect(relationTypes.implements.skos).toBe('broader');
    expect(objects(`${SCHEME}paravirtualization`, `${SKOS}broader`)).toContain(`${SCHEME}system-level-virtualization`);
  });

  it('should have fewer top concepts than the 41 of the related mapping', () => {
    const tops = objects(SCHEME, `${SKOS}hasTopConcept`);
    expect(tops.length).toBeLessThanOrEqual(35);
    expect(tops).not.toContain(`${SCHEME}paravirtualization`);
  });
});

describe('toVoidDescription', () => {
  const VOID = 'http://rdfs.org/ns/void#';
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const description = toVoidDescription(kb, {
    baseIri: BASE,
    triples: 1234,
    distributions: [{ url: `${BASE}kb.ttl`, mediaType: 'text/turtle', byteSize: 42, title: { en: 'Turtle', zh: 'Turtle' } }],
  });
  const described: Quad[] = new Parser().parse(description.turtle);
  const value = (subject: string, predicate: string): string[] => described.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

  it('should describe the dataset of kb.ttl with its triple count, licence and distributions', () => {
    expect(description.dataset).toBe(`${BASE}dataset`);
    expect(objects(description.dataset, `${DCT}license`)).toEqual([LICENSE]);
    expect(value(description.dataset, `${VOID}triples`)).toEqual(['1234']);
    expect(value(description.dataset, `${VOID}rootResource`)).toEqual([SCHEME]);
    expect(value(description.dataset, `${VOID}uriSpace`)).toEqual([BASE]);
    expect(value(description.dataset, `${DCAT}distribution`)).toEqual([`${BASE}.well-known/void#kb-ttl`]);
    expect(value(`${BASE}.well-known/void#kb-ttl`, `${DCAT}byteSize`)).toEqual(['42']);
    expect(value(`${BASE}.well-known/void#kb-ttl`, `${DCAT}mediaType`)).toEqual(['https://www.iana.org/assignments/media-types/text/turtle']);
    expect(value(`${BASE}dataset/creator`, `${S}name`)).toContain('The @cloudvirt authors');
  });

  it('should refuse a triple count that is not a count', () => {
    expect(() => toVoidDescription(kb, { baseIri: BASE, triples: -1, distributions: [] })).toThrow(/non-negative integer/u);
  });
});

describe('SKOS mappings', () => {
  it('should map concepts to the DBpedia resource of the Wikipedia article they already link (skos:closeMatch)', () => {
    expect(objects(`${SCHEME}kvm`, `${SKOS}closeMatch`)).toEqual(['http://dbpedia.org/resource/Kernel-based_Virtual_Machine']);
    const mapped = kb.concepts.filter((concept) => (concept.matches ?? []).length > 0);
    expect(mapped.length).toBeGreaterThanOrEqual(40);
    for (const concept of mapped) {
      const article = new URL(concept.wikipedia.en!).pathname.replace('/wiki/', '');
      expect(objects(`${SCHEME}${concept.id}`, `${SKOS}closeMatch`), concept.id).toEqual([`http://dbpedia.org/resource/${article}`]);
    }
  });
});
