/**
 * Namespaces, the JSON-LD terms of the dataset's inline context, and the project vocabularies:
 * `kb:` (typed relations, declared as sub-properties of SKOS) and `kbd:` (comparisons, the
 * responsibility matrix and concept metadata).
 *
 * @module
 */
import type { RelationType } from '@cloudvirt/core';

/** Standard namespaces used by the dataset. */
export const namespaces = {
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  isothes: 'http://purl.org/iso25964/skos-thes#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The prefix of a namespace: a standard one, or the project's `kb` / `kbd`. */
export type Prefix = keyof typeof namespaces | 'kb' | 'kbd';

/** How the values of one property are written in JSON-LD. */
export type TermKind =
  /** IRIs (`"@type": "@id"`). */
  | 'iri'
  /** At most one language-tagged string per language (a language map). */
  | 'lang'
  /** Any number of language-tagged strings per language (a language map of arrays). */
  | 'langs'
  /** Plain strings (`xsd:string`). */
  | 'string'
  /** Integers (JSON numbers, `xsd:integer`). */
  | 'integer'
  /** Dates `YYYY-MM-DD` (`xsd:date`). */
  | 'date';

/** One JSON-LD term of the inline context. */
export interface TermDefinition {
  /** The JSON key. */
  readonly key: string;
  /** The property as a compact IRI (`skos:prefLabel`). */
  readonly curie: `${Prefix}:${string}`;
  /** How values are written. */
  readonly kind: TermKind;
  /** True when the value is always an array (`"@container": "@set"`), even with one value. */
  readonly multi: boolean;
}

const term = (key: string, curie: TermDefinition['curie'], kind: TermKind, multi = false): TermDefinition => ({ key, curie, kind, multi });

/** The relation property (`kb:` local name) of each relation type; `related` is plain `skos:related`. */
export const relationProperties: Readonly<Record<RelationType, { readonly forward: string; readonly inverse: string } | null>> = {
  'is-a': { forward: 'isA', inverse: 'hasSubtype' },
  'example-of': { forward: 'exampleOf', inverse: 'hasExample' },
  'part-of': { forward: 'partOf', inverse: 'hasPart' },
  'subset-of': { forward: 'subsetOf', inverse: 'hasSubset' },
  uses: { forward: 'uses', inverse: 'usedBy' },
  implements: { forward: 'implements', inverse: 'implementedBy' },
  enables: { forward: 'enables', inverse: 'enabledBy' },
  manages: { forward: 'manages', inverse: 'managedBy' },
  'runs-on': { forward: 'runsOn', inverse: 'hosts' },
  provides: { forward: 'provides', inverse: 'providedBy' },
  'contrasts-with': { forward: 'contrastsWith', inverse: 'contrastsWith' },
  related: null,
};

/**
 * The ISO 25964 kind of each hierarchical relation (`iso-thes:broaderGeneric` …), between the typed
 * property and `skos:broader`.
 */
export const isoThesaurusKinds: Readonly<Partial<Record<RelationType, 'Generic' | 'Instantial' | 'Partitive'>>> = {
  'is-a': 'Generic',
  'subset-of': 'Generic',
  'example-of': 'Instantial',
  'part-of': 'Partitive',
};

/**
 * Every term of the dataset context, in the order keys appear in each node. A property without a
 * term here cannot be written (the serializer refuses it), so the context and the data never drift.
 */
export const datasetTerms: readonly TermDefinition[] = [
  // labels and text: schema.org and SKOS side by side
  term('name', 'schema:name', 'langs'),
  term('prefLabel', 'skos:prefLabel', 'lang'),
  term('alternateName', 'schema:alternateName', 'langs', true),
  term('altLabel', 'skos:altLabel', 'langs', true),
  term('description', 'schema:description', 'lang'),
  term('definition', 'skos:definition', 'lang'),
  term('scopeNote', 'skos:scopeNote', 'lang'),
  term('example', 'skos:example', 'langs', true),
  term('label', 'rdfs:label', 'lang'),
  term('comment', 'rdfs:comment', 'lang'),
  term('termCode', 'schema:termCode', 'string'),
  term('notation', 'skos:notation', 'string'),
  term('inLanguage', 'schema:inLanguage', 'string', true),
  // membership
  term('inDefinedTermSet', 'schema:inDefinedTermSet', 'iri'),
  term('inScheme', 'skos:inScheme', 'iri'),
  term('topConceptOf', 'skos:topConceptOf', 'iri'),
  term('hasTopConcept', 'skos:hasTopConcept', 'iri', true),
  term('hasDefinedTerm', 'schema:hasDefinedTerm', 'iri', true),
  term('member', 'skos:member', 'iri', true),
  term('url', 'schema:url', 'iri', true),
  term('sameAs', 'schema:sameAs', 'iri', true),
  term('license', 'schema:license', 'iri'),
  // SKOS hierarchy and the typed relations
  term('broader', 'skos:broader', 'iri', true),
  term('narrower', 'skos:narrower', 'iri', true),
  term('related', 'skos:related', 'iri', true),
  ...Object.values(relationProperties)
    .filter((names) => names !== null)
    .map(({ forward }) => term(forward, `kb:${forward}`, 'iri', true)),
  // concept metadata
  term('kind', 'kbd:kind', 'string'),
  term('level', 'kbd:level', 'string'),
  term('topic', 'kbd:topic', 'iri'),
  term('prerequisite', 'kbd:prerequisite', 'iri', true),
  term('source', 'dct:source', 'iri', true),
  term('modified', 'dct:modified', 'date'),
  // reified relations (notes on one relation)
  term('subject', 'rdf:subject', 'iri'),
  term('predicate', 'rdf:predicate', 'iri'),
  term('object', 'rdf:object', 'iri'),
  // tables: comparisons and the responsibility matrix
  term('compares', 'kbd:compares', 'iri', true),
  term('column', 'kbd:column', 'iri', true),
  term('row', 'kbd:row', 'iri', true),
  term('cell', 'kbd:cell', 'iri', true),
  term('position', 'kbd:position', 'integer'),
  term('concept', 'kbd:concept', 'iri'),
  term('key', 'kbd:key', 'string'),
  term('inRow', 'kbd:inRow', 'iri'),
  term('inColumn', 'kbd:inColumn', 'iri'),
  term('text', 'kbd:text', 'lang'),
  term('manager', 'kbd:manager', 'iri'),
  // vocabulary declarations
  term('subPropertyOf', 'rdfs:subPropertyOf', 'iri', true),
  term('inverseOf', 'owl:inverseOf', 'iri'),
  term('domain', 'rdfs:domain', 'iri'),
  term('range', 'rdfs:range', 'iri'),
];

/** Short names for the classes the dataset uses (other classes are written as compact IRIs). */
export const datasetTypeTerms: Readonly<Record<string, `${Prefix}:${string}`>> = {
  DefinedTerm: 'schema:DefinedTerm',
  DefinedTermSet: 'schema:DefinedTermSet',
  WebPage: 'schema:WebPage',
  Concept: 'skos:Concept',
  ConceptScheme: 'skos:ConceptScheme',
  Collection: 'skos:Collection',
  Statement: 'rdf:Statement',
  Property: 'rdf:Property',
  Class: 'rdfs:Class',
  ObjectProperty: 'owl:ObjectProperty',
  DatatypeProperty: 'owl:DatatypeProperty',
  SymmetricProperty: 'owl:SymmetricProperty',
};

/** One documented class or property of the `kbd:` data vocabulary. */
export interface DataVocabularyEntry {
  /** Local name in `kbd:`. */
  readonly name: string;
  /** Class, object property (IRI values) or datatype property (literal values). */
  readonly type: 'Class' | 'ObjectProperty' | 'DatatypeProperty';
  /** What it means (English; the vocabulary is documentation for developers). */
  readonly comment: string;
}

/** The `kbd:` vocabulary: concept metadata, comparisons and the responsibility matrix as data. */
export const dataVocabulary: readonly DataVocabularyEntry[] = [
  { name: 'Comparison', type: 'Class', comment: 'A comparison table: concepts (rows) compared along dimensions (columns).' },
  { name: 'ResponsibilityMatrix', type: 'Class', comment: 'Who manages which IT stack layer (rows) under each service model (columns).' },
  { name: 'Row', type: 'Class', comment: 'A row of a table; kbd:concept is the concept it is about, kbd:position its 1-based place.' },
  { name: 'Column', type: 'Class', comment: 'A column of a table: a comparison dimension (kbd:key, schema:name) or a service model (kbd:concept).' },
  { name: 'Cell', type: 'Class', comment: 'A cell of a table, in one kbd:inRow and one kbd:inColumn; its value is kbd:text or kbd:manager.' },
  { name: 'Manager', type: 'Class', comment: 'Who manages a stack layer: kbd:provider, kbd:customer or kbd:shared.' },
  { name: 'kind', type: 'DatatypeProperty', comment: 'What sort of thing a concept is (closed list, e.g. "product", "technique").' },
  { name: 'level', type: 'DatatypeProperty', comment: 'How advanced a concept is: "fundamental", "intermediate" or "advanced".' },
  { name: 'topic', type: 'ObjectProperty', comment: 'The topic (a skos:Collection) a comparison belongs to; concepts are skos:member of their topic.' },
  { name: 'prerequisite', type: 'ObjectProperty', comment: 'A concept to learn before this one.' },
  { name: 'compares', type: 'ObjectProperty', comment: 'A concept compared by a comparison.' },
  { name: 'row', type: 'ObjectProperty', comment: 'A row of a table.' },
  { name: 'column', type: 'ObjectProperty', comment: 'A column of a table.' },
  { name: 'cell', type: 'ObjectProperty', comment: 'A cell of a table.' },
  { name: 'position', type: 'DatatypeProperty', comment: '1-based position of a row or column.' },
  { name: 'concept', type: 'ObjectProperty', comment: 'The concept a row or column stands for.' },
  { name: 'key', type: 'DatatypeProperty', comment: 'Stable id of a comparison dimension.' },
  { name: 'inRow', type: 'ObjectProperty', comment: 'The row of a cell.' },
  { name: 'inColumn', type: 'ObjectProperty', comment: 'The column of a cell.' },
  { name: 'text', type: 'DatatypeProperty', comment: 'The text of a comparison cell, per language.' },
  { name: 'manager', type: 'ObjectProperty', comment: 'Who manages the layer of a responsibility matrix cell (a kbd:Manager).' },
];
