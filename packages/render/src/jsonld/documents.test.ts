import { describe, expect, it } from 'vitest';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { jsonLdToTriples, turtleToTriples } from '../../test/helpers/jsonld.js';
import { toJsonLdDataset } from './dataset.js';
import { toDatasetDocuments } from './documents.js';

const BASE = 'https://cloudvirt.example/';

describe('toDatasetDocuments', () => {
  it('should split the dataset into one document per resource under the base: together exactly its triples about them', async () => {
    const documents = toDatasetDocuments(miniKb);
    const all = await jsonLdToTriples(toJsonLdDataset(miniKb));
    const sources = new Set(all.filter((line) => line.endsWith('<http://schema.org/WebPage> .')).map((line) => line.split(' ')[0]));
    const underBase = all.filter((line) => line.startsWith(`<${BASE}`) && !sources.has(line.split(' ')[0]));
    const fromDocuments: string[] = [];
    for (const document of documents) {
      const triples = await jsonLdToTriples(document.jsonLd);
      expect(turtleToTriples(document.turtle), document.iri).toEqual(triples);
      for (const line of triples) expect(document.subjects.some((subject) => line.startsWith(`<${subject}> `)), line).toBe(true);
      fromDocuments.push(...triples);
    }
    expect(fromDocuments.sort()).toEqual(underBase.sort());
    expect(documents.map((document) => document.iri)).toEqual([...new Set(documents.map((document) => document.iri))].sort());
  });

  it('should give the vocabulary terms the document of their ontology, and other resources their own', () => {
    const byIri = new Map(toDatasetDocuments(miniKb).map((document) => [document.iri, document]));
    const vocab = byIri.get(`${BASE}vocab`);
    expect(vocab?.subjects[0]).toBe(`${BASE}vocab`);
    expect(vocab?.subjects).toContain(`${BASE}vocab#exampleOf`);
    expect(byIri.get(`${BASE}vocab/data`)?.subjects).toContain(`${BASE}vocab/data#Cell`);
    expect(byIri.get(`${BASE}concepts/xen`)?.subjects).toEqual([`${BASE}concepts/xen`]);
    expect(byIri.get(`${BASE}concepts/`)?.subjects).toEqual([`${BASE}concepts/`]);
    expect([...byIri.keys()].filter((iri) => iri.includes('#') || !iri.startsWith(BASE))).toEqual([]);
  });

  it('should leave out sources, even when their URL is under the base', () => {
    const base = 'https://blog.csdn.net/';
    const iris = toDatasetDocuments(miniKb, { baseIri: base }).map((document) => document.iri);
    expect(iris.some((iri) => iri.startsWith(`${base}mumuriyue/`))).toBe(false);
    expect(iris).toContain(`${base}concepts/xen`);
  });
});
