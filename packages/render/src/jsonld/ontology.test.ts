import { relationTypeList } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { miniKb } from '../../test/fixtures/mini-kb.js';
import { jsonLdToTriples } from '../../test/helpers/jsonld.js';
import { toJsonLdDataset } from './dataset.js';
import { ontologyVersion, skosMappingOf, vocabularyTerms } from './ontology.js';

const BASE = 'https://cloudvirt.example/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';

/** `subject predicate object` lines → objects by subject and predicate. */
function index(triples: readonly string[]): Map<string, Map<string, string[]>> {
  const bySubject = new Map<string, Map<string, string[]>>();
  for (const line of triples) {
    const [subject = '', predicate = '', ...rest] = line.slice(0, -2).split(' ');
    const predicates = bySubject.get(subject) ?? new Map<string, string[]>();
    predicates.set(predicate, [...(predicates.get(predicate) ?? []), rest.join(' ')]);
    bySubject.set(subject, predicates);
  }
  return bySubject;
}

describe('vocabularyTerms', () => {
  it('should give every term a label and a comment in both languages, and every property a domain and a range', () => {
    const terms = vocabularyTerms();
    expect(terms.filter((term) => !term.label.en || !term.label.zh || !term.comment.en || !term.comment.zh).map((term) => term.name)).toEqual([]);
    const properties = terms.filter((term) => term.type === 'ObjectProperty' || term.type === 'DatatypeProperty');
    expect(properties.filter((term) => !term.domain || !term.range).map((term) => term.name)).toEqual([]);
    expect(new Set(terms.map((term) => `${term.vocabulary}:${term.name}`)).size).toBe(terms.length);
  });

  it('should say for every relation type why it maps to SKOS as it does', () => {
    for (const type of relationTypeList) {
      const reason = skosMappingOf(type);
      expect(reason.en, type).toMatch(/skos:(broader|related)/);
      expect(reason.zh, type).toMatch(/skos:(broader|related)/);
    }
    for (const term of vocabularyTerms().filter((each) => each.vocabulary === 'kb')) expect(term.skosMapping, term.name).toBeDefined();
  });
});

describe('the ontologies in the dataset', () => {
  it('should declare both vocabularies as owl:Ontology with version and bilingual label and comment, and every term as defined by one', async () => {
    const triples = index(await jsonLdToTriples(toJsonLdDataset(miniKb)));
    for (const ontology of [`<${BASE}vocab>`, `<${BASE}vocab/data>`]) {
      const node = triples.get(ontology);
      expect(node?.get(`<${RDF}type>`)).toEqual([`<${OWL}Ontology>`]);
      expect(node?.get(`<${OWL}versionInfo>`)?.map((value) => JSON.parse(value.replace(/\^\^<.*>$/, '')))).toEqual([ontologyVersion]);
      for (const key of ['label', 'comment']) expect(node?.get(`<${RDFS}${key}>`)?.map((value) => value.replace(/^".*"@/, '')).sort()).toEqual(['en', 'zh-hans']);
    }
    const terms = [...triples.keys()].filter((subject) => subject.startsWith(`<${BASE}vocab#`) || subject.startsWith(`<${BASE}vocab/data#`));
    expect(terms).toHaveLength(vocabularyTerms().length);
    for (const subject of terms) {
      const node = triples.get(subject)!;
      expect(node.get(`<${RDFS}isDefinedBy>`), subject).toEqual([subject.startsWith(`<${BASE}vocab#`) ? `<${BASE}vocab>` : `<${BASE}vocab/data>`]);
      for (const key of ['label', 'comment']) expect(node.get(`<${RDFS}${key}>`)?.map((value) => value.replace(/^".*"@/, '')).sort(), `${subject} ${key}`).toEqual(['en', 'zh-hans']);
      const types = node.get(`<${RDF}type>`) ?? [];
      if (types.some((type) => type.endsWith('Property>'))) {
        expect(node.get(`<${RDFS}domain>`), subject).toHaveLength(1);
        expect(node.get(`<${RDFS}range>`), subject).toHaveLength(1);
      }
      expect(node.has(`<${OWL}inverseOf>`), subject).toBe(false);
    }
  });
});
