/**
 * Namespaces, the JSON-LD terms of the dataset's inline context, and the project vocabularies:
 * `kb:` (typed relations, declared as sub-properties of SKOS) and `kbd:` (comparisons, the
 * responsibility matrix and concept metadata).
 *
 * @module
 */
import { managerLabels, type LocalizedText, type RelationType } from '@cloudvirt/core';

/** Standard namespaces used by the dataset. */
export const namespaces = {
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  isothes: 'http://purl.org/iso25964/skos-thes#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  void: 'http://rdfs.org/ns/void#',
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

/**
 * The relation property (`kb:` local name) of each relation type; `related` is plain `skos:related`.
 * Only the forward direction is a property: the inverse direction is what `skos:narrower` (hierarchical
 * types) and the two-way `skos:related` (the others) already state, so the vocabulary declares no
 * `owl:inverseOf` twin that no triple would use.
 */
export const relationProperties: Readonly<Record<RelationType, { readonly forward: string } | null>> = {
  'is-a': { forward: 'isA' },
  'example-of': { forward: 'exampleOf' },
  'part-of': { forward: 'partOf' },
  'subset-of': { forward: 'subsetOf' },
  uses: { forward: 'uses' },
  implements: { forward: 'implements' },
  enables: { forward: 'enables' },
  manages: { forward: 'manages' },
  'runs-on': { forward: 'runsOn' },
  provides: { forward: 'provides' },
  'contrasts-with': { forward: 'contrastsWith' },
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
  implements: 'Generic',
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
  term('versionInfo', 'owl:versionInfo', 'string'),
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
  term('exactMatch', 'skos:exactMatch', 'iri', true),
  term('closeMatch', 'skos:closeMatch', 'iri', true),
  term('license', 'schema:license', 'iri'),
  // rights and provenance of the pack (content/pack.md): schema.org and Dublin Core side by side
  term('dct:license', 'dct:license', 'iri'),
  term('creator', 'schema:creator', 'iri'),
  term('dct:creator', 'dct:creator', 'iri'),
  term('publisher', 'schema:publisher', 'iri'),
  term('dct:publisher', 'dct:publisher', 'iri'),
  term('version', 'schema:version', 'string'),
  term('created', 'dct:created', 'date'),
  term('isBasedOn', 'schema:isBasedOn', 'iri', true),
  term('identifier', 'dct:identifier', 'string'),
  // the dataset description (DCAT, VoID)
  term('title', 'dct:title', 'lang'),
  term('dct:description', 'dct:description', 'lang'),
  term('landingPage', 'dcat:landingPage', 'iri'),
  term('rootResource', 'void:rootResource', 'iri'),
  term('uriSpace', 'void:uriSpace', 'string'),
  term('vocabulary', 'void:vocabulary', 'iri', true),
  term('exampleResource', 'void:exampleResource', 'iri', true),
  term('dataDump', 'void:dataDump', 'iri', true),
  term('triples', 'void:triples', 'integer'),
  term('distribution', 'dcat:distribution', 'iri', true),
  term('downloadURL', 'dcat:downloadURL', 'iri'),
  term('accessURL', 'dcat:accessURL', 'iri'),
  term('mediaType', 'dcat:mediaType', 'iri'),
  term('byteSize', 'dcat:byteSize', 'integer'),
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
  term('isDefinedBy', 'rdfs:isDefinedBy', 'iri'),
  term('subClassOf', 'rdfs:subClassOf', 'iri', true),
  term('subPropertyOf', 'rdfs:subPropertyOf', 'iri', true),
  term('domain', 'rdfs:domain', 'iri'),
  term('range', 'rdfs:range', 'iri'),
];

/** Short names for the classes the dataset uses (other classes are written as compact IRIs). */
export const datasetTypeTerms: Readonly<Record<string, `${Prefix}:${string}`>> = {
  DefinedTerm: 'schema:DefinedTerm',
  DefinedTermSet: 'schema:DefinedTermSet',
  WebPage: 'schema:WebPage',
  Dataset: 'dcat:Dataset',
  Distribution: 'dcat:Distribution',
  CreativeWork: 'schema:CreativeWork',
  Organization: 'schema:Organization',
  Agent: 'dct:Agent',
  LicenseDocument: 'dct:LicenseDocument',
  Concept: 'skos:Concept',
  ConceptScheme: 'skos:ConceptScheme',
  Collection: 'skos:Collection',
  Statement: 'rdf:Statement',
  Property: 'rdf:Property',
  Ontology: 'owl:Ontology',
  Class: 'owl:Class',
  NamedIndividual: 'owl:NamedIndividual',
  ObjectProperty: 'owl:ObjectProperty',
  DatatypeProperty: 'owl:DatatypeProperty',
  SymmetricProperty: 'owl:SymmetricProperty',
};

/** A compact IRI of a class or datatype in a domain or range (`skos:Concept`, `kbd:Row`, `xsd:string`). */
export type VocabularyCurie = `${Prefix}:${string}`;

/** One documented class, property or individual of the `kbd:` data vocabulary. */
export interface DataVocabularyEntry {
  /** Local name in `kbd:`. */
  readonly name: string;
  /** Class, object property (IRI values), datatype property (literal values) or a `kbd:Manager` value. */
  readonly type: 'Class' | 'ObjectProperty' | 'DatatypeProperty' | 'Manager';
  /** Its name, per language. */
  readonly label: LocalizedText;
  /** What it means, per language. */
  readonly comment: LocalizedText;
  /** Properties: the class of the subjects (`rdfs:domain`). */
  readonly domain?: VocabularyCurie;
  /** Properties: the class or datatype of the values (`rdfs:range`). */
  readonly range?: VocabularyCurie;
  /** Classes: the broader classes (`rdfs:subClassOf`). */
  readonly subClassOf?: readonly VocabularyCurie[];
}

/** The `kbd:` vocabulary: concept metadata, comparisons and the responsibility matrix as data. */
export const dataVocabulary: readonly DataVocabularyEntry[] = [
  {
    name: 'Table', type: 'Class', label: { en: 'Table', zh: '表' },
    comment: { en: 'A table of the knowledge base: a comparison or the responsibility matrix. It has rows, columns and cells.', zh: '知识库中的表：对比表或责任矩阵，由行、列和单元格组成。' },
  },
  {
    name: 'Comparison', type: 'Class', label: { en: 'Comparison', zh: '对比表' }, subClassOf: ['kbd:Table'],
    comment: { en: 'A comparison table: concepts (rows) compared along dimensions (columns).', zh: '对比表：按若干维度（列）比较若干概念（行）。' },
  },
  {
    name: 'ResponsibilityMatrix', type: 'Class', label: { en: 'Responsibility matrix', zh: '责任矩阵' }, subClassOf: ['kbd:Table'],
    comment: { en: 'Who manages which IT stack layer (rows) under each service model (columns).', zh: '在每种服务模式（列）下，IT 栈的每一层（行）由谁管理。' },
  },
  {
    name: 'Line', type: 'Class', label: { en: 'Row or column', zh: '行或列' },
    comment: { en: 'A row or a column of a table, with its 1-based kbd:position.', zh: '表中的一行或一列，kbd:position 为其从 1 开始的位置。' },
  },
  {
    name: 'Row', type: 'Class', label: { en: 'Row', zh: '行' }, subClassOf: ['kbd:Line'],
    comment: { en: 'A row of a table; kbd:concept is the concept it is about.', zh: '表中的一行；kbd:concept 为该行所讲的概念。' },
  },
  {
    name: 'Column', type: 'Class', label: { en: 'Column', zh: '列' }, subClassOf: ['kbd:Line'],
    comment: { en: 'A column of a table: a comparison dimension (kbd:key, schema:name) or a service model (kbd:concept).', zh: '表中的一列：对比维度（kbd:key、schema:name）或服务模式（kbd:concept）。' },
  },
  {
    name: 'Cell', type: 'Class', label: { en: 'Cell', zh: '单元格' },
    comment: { en: 'A cell of a table, in one kbd:inRow and one kbd:inColumn; its value is kbd:text or kbd:manager.', zh: '表中的一个单元格，属于一个 kbd:inRow 和一个 kbd:inColumn；其值为 kbd:text 或 kbd:manager。' },
  },
  {
    name: 'Manager', type: 'Class', label: { en: 'Manager', zh: '管理方' },
    comment: { en: 'Who manages a stack layer: kbd:provider, kbd:customer or kbd:shared.', zh: '管理某一层的一方：kbd:provider、kbd:customer 或 kbd:shared。' },
  },
  {
    name: 'kind', type: 'DatatypeProperty', label: { en: 'kind', zh: '类别' }, domain: 'skos:Concept', range: 'xsd:string',
    comment: { en: 'What sort of thing a concept is (closed list, e.g. "product", "technique").', zh: '概念属于哪一类事物（封闭列表，例如 "product"、"technique"）。' },
  },
  {
    name: 'level', type: 'DatatypeProperty', label: { en: 'level', zh: '难度' }, domain: 'skos:Concept', range: 'xsd:string',
    comment: { en: 'How advanced a concept is: "fundamental", "intermediate" or "advanced".', zh: '概念的难度："fundamental"（基础）、"intermediate"（中级）或 "advanced"（高级）。' },
  },
  {
    name: 'topic', type: 'ObjectProperty', label: { en: 'topic', zh: '主题' }, domain: 'kbd:Comparison', range: 'skos:Collection',
    comment: { en: 'The topic (a skos:Collection) a comparison belongs to; concepts are skos:member of their topic.', zh: '对比表所属的主题（skos:Collection）；概念则是其主题的 skos:member。' },
  },
  {
    name: 'prerequisite', type: 'ObjectProperty', label: { en: 'prerequisite', zh: '先修概念' }, domain: 'skos:Concept', range: 'skos:Concept',
    comment: { en: 'A concept to learn before this one.', zh: '学习本概念之前应先了解的概念。' },
  },
  {
    name: 'compares', type: 'ObjectProperty', label: { en: 'compares', zh: '比较' }, domain: 'kbd:Comparison', range: 'skos:Concept',
    comment: { en: 'A concept compared by a comparison.', zh: '对比表所比较的概念。' },
  },
  {
    name: 'row', type: 'ObjectProperty', label: { en: 'row', zh: '行' }, domain: 'kbd:Table', range: 'kbd:Row',
    comment: { en: 'A row of a table.', zh: '表中的一行。' },
  },
  {
    name: 'column', type: 'ObjectProperty', label: { en: 'column', zh: '列' }, domain: 'kbd:Table', range: 'kbd:Column',
    comment: { en: 'A column of a table.', zh: '表中的一列。' },
  },
  {
    name: 'cell', type: 'ObjectProperty', label: { en: 'cell', zh: '单元格' }, domain: 'kbd:Table', range: 'kbd:Cell',
    comment: { en: 'A cell of a table.', zh: '表中的一个单元格。' },
  },
  {
    name: 'position', type: 'DatatypeProperty', label: { en: 'position', zh: '位置' }, domain: 'kbd:Line', range: 'xsd:integer',
    comment: { en: '1-based position of a row or column.', zh: '行或列从 1 开始的位置。' },
  },
  {
    name: 'concept', type: 'ObjectProperty', label: { en: 'concept', zh: '概念' }, domain: 'kbd:Line', range: 'skos:Concept',
    comment: { en: 'The concept a row or column stands for.', zh: '行或列所代表的概念。' },
  },
  {
    name: 'key', type: 'DatatypeProperty', label: { en: 'key', zh: '键' }, domain: 'kbd:Column', range: 'xsd:string',
    comment: { en: 'Stable id of a comparison dimension.', zh: '对比维度的稳定标识符。' },
  },
  {
    name: 'inRow', type: 'ObjectProperty', label: { en: 'in row', zh: '所在行' }, domain: 'kbd:Cell', range: 'kbd:Row',
    comment: { en: 'The row of a cell.', zh: '单元格所在的行。' },
  },
  {
    name: 'inColumn', type: 'ObjectProperty', label: { en: 'in column', zh: '所在列' }, domain: 'kbd:Cell', range: 'kbd:Column',
    comment: { en: 'The column of a cell.', zh: '单元格所在的列。' },
  },
  {
    name: 'text', type: 'DatatypeProperty', label: { en: 'text', zh: '文本' }, domain: 'kbd:Cell', range: 'rdf:langString',
    comment: { en: 'The text of a comparison cell, per language.', zh: '对比表单元格的文本，每种语言一条。' },
  },
  {
    name: 'manager', type: 'ObjectProperty', label: { en: 'manager', zh: '管理方' }, domain: 'kbd:Cell', range: 'kbd:Manager',
    comment: { en: 'Who manages the layer of a responsibility matrix cell (a kbd:Manager).', zh: '责任矩阵单元格中该层由谁管理（kbd:Manager）。' },
  },
  {
    name: 'provider', type: 'Manager', label: managerLabels.provider,
    comment: { en: 'The cloud provider manages the layer.', zh: '该层由云服务商管理。' },
  },
  {
    name: 'customer', type: 'Manager', label: managerLabels.customer,
    comment: { en: 'The customer manages the layer.', zh: '该层由用户自己管理。' },
  },
  {
    name: 'shared', type: 'Manager', label: managerLabels.shared,
    comment: { en: 'Provider and customer share the management of the layer.', zh: '该层由服务商和用户共同管理。' },
  },
];
