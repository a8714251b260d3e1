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
    const underBase = all.filter((line) => line.startsWith(`<${BASE}`));
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
});
