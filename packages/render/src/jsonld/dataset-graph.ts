/**
 * The knowledge base as one RDF graph (schema.org + SKOS + iso-thes + the project vocabularies).
 * Both {@link toJsonLdDataset} and {@link toTurtle} serialize this graph.
 *
 * @module
 */
import { hasResponsibilityMatrix, languageTags, locales, relationTypes, type Concept, type KnowledgeBaseData, type LocalizedText, type Pack, type PackAgent, type Relation } from '@cloudvirt/core';
import { checkEntryArguments } from '../shared/arguments.js';
import { compareCodeUnits, createExpander, GraphBuilder, type Expander, type GraphNode, type NodeWriter } from './graph.js';
import { externalIri, mintKbIris, type IriOptions, type KbIris } from './iris.js';
import { markdownToPlainText } from './plain-text.js';
import { ontologyDescriptionsFor, ontologyModified, ontologyVersion, vocabularyTerms, type VocabularyName, type VocabularyTerm } from './ontology.js';
import { relationProperties, type Prefix } from './vocabulary.js';
import { packIdentityOf, type PackIdentity } from '../shared/pack-identity.js';
import { packDatasetDescription } from '../shared/published-before-packs.js';
import { reuseInJsonLdScope } from './plain-text.js';

/** CloudVirt's title (dataset, term set, site name): its pack's name. Any pack's default title is its `pack.name`. */
export const defaultKnowledgeBaseTitle: LocalizedText = { en: 'Cloud Computing and Virtualization Glossary', zh: '云计算与虚拟化术语库' };

/**
 * The description render gave CloudVirt's dataset before its pack declared one. The default is now the
 * pack's `description` (pack.md), else one derived from the pack's name; pass this as the `description`
 * option for the old text.
 */
export const defaultKnowledgeBaseDescription: LocalizedText = {
  en: 'A bilingual English–Chinese knowledge base of cloud computing and virtualization concepts, with typed relations, comparison tables and a responsibility matrix.',
  zh: '云计算与虚拟化概念的中英双语知识库：每个概念都有定义、别名和来源，概念之间有带类型的关系，另有对比表和各服务模型的责任矩阵。',
};

/**
 * The defaults a pack gives the linked-data options: its base IRI (`pack.baseIri`, else
 * `https://<id>.example/`), its name as the title, its description (`pack.description`, else one derived
 * from the name). Given options win.
 *
 * @param fn The entry point, for messages.
 * @param data The knowledge base.
 * @param options The options given.
 * @returns The pack's identity and the resolved base IRI, title and description.
 * @throws {TypeError} When the knowledge base has no pack identity.
 */
export function packDatasetDefaults(
  fn: string,
  data: KnowledgeBaseData,
  options: { readonly baseIri?: string; readonly title?: LocalizedText; readonly description?: LocalizedText } | undefined,
): { readonly pack: PackIdentity; readonly baseIri: string; readonly title: LocalizedText; readonly description: LocalizedText } {
  const pack = packIdentityOf(fn, data);
  return { pack, baseIri: options?.baseIri ?? pack.baseIri, title: options?.title ?? pack.name, description: options?.description ?? packDatasetDescription(pack) };
}

/** Options of the dataset (JSON-LD and Turtle). */
export interface JsonLdDatasetOptions extends IriOptions {
  /** Title of the knowledge base. Default: the pack's name (`pack.name`). */
  readonly title?: LocalizedText;
  /** Description of the knowledge base. Default: the pack's `description`, else one derived from its name. */
  readonly description?: LocalizedText;
  /** License URL of the data (`schema:license`, `dct:license`). Default: the licence of the pack (`pack.license.url`), if any. */
  readonly license?: string;
}

/** The keys of {@link JsonLdDatasetOptions}. */
const datasetOptionKeys: readonly string[] = ['baseIri', 'conceptUrlPattern', 'title', 'description', 'license'];

/**
 * Check the arguments of a dataset entry point (`toJsonLdDataset`, `toTurtle`, `toDatasetQuads`,
 * `buildDatasetGraph`).
 *
 * @param fn The function's name, for messages.
 * @param data Its knowledge-base argument.
 * @param options Its options argument.
 * @throws {TypeError} On a missing knowledge base or an unknown option key (with a did-you-mean).
 */
export function checkDatasetArguments(fn: string, data: unknown, options: unknown): void {
  checkEntryArguments(fn, data, options, { keys: datasetOptionKeys });
}

/** The graph plus what serializers need to write it. */
export interface DatasetGraph {
  /** Every node, scheme first, then sorted by IRI. */
  readonly nodes: readonly GraphNode[];
  /** The IRIs of this base. */
  readonly iris: KbIris;
  /** Compact-IRI expander for this base. */
  readonly expand: Expander;
}

/**
 * Build the dataset graph of a knowledge base.
 *
 * @param data The knowledge base.
 * @param options Base IRI, page pattern, title, description, license.
 * @returns The graph (no `kbd:ResponsibilityMatrix` node when the pack has no matrix: no models or no layers).
 * @throws {RangeError} When a relation, prerequisite, comparison or matrix cell names an unknown concept.
 * @throws {TypeError} When the base IRI or a source / Wikipedia URL is invalid.
 */
export function buildDatasetGraph(data: KnowledgeBaseData, options?: JsonLdDatasetOptions): DatasetGraph {
  checkDatasetArguments('buildDatasetGraph', data, options);
  return reuseInJsonLdScope(data, options, () => datasetGraph(data, options));
}

/** {@link buildDatasetGraph} without the argument check and the reuse. */
function datasetGraph(data: KnowledgeBaseData, options: JsonLdDatasetOptions | undefined): DatasetGraph {
  const { pack, baseIri, title, description } = packDatasetDefaults('buildDatasetGraph', data, options);
  const iris = mintKbIris({ ...options, baseIri });
  const expand = createExpander(iris.relationVocabulary, iris.dataVocabulary);
  const graph = new GraphBuilder(expand);
  const concepts = new Map(data.concepts.map((concept) => [concept.id, concept]));
  const topicIds = new Set(data.topics.map((topic) => topic.id));
  const topicIri = (id: string, where: string): string => {
    if (!topicIds.has(id)) throw new RangeError(`Unknown topic id \`${id}\` in ${where}, expected the id of a topic in the knowledge base.`);
    return iris.topic(id);
  };
  const conceptIri = (id: string, where: string): string => {
    if (!concepts.has(id)) throw new RangeError(`Unknown concept id \`${id}\` in ${where}, expected the id of a concept in the knowledge base.`);
    return iris.concept(id);
  };

  declareVocabulary(graph, iris, pack);
  const hierarchical = data.relations.filter((relation) => relationTypes[relation.type].skos === 'broader');
  const hasBroader = new Set(hierarchical.map((relation) => relation.from));

  const scheme = graph
    .node(iris.scheme, 'schema:DefinedTermSet', 'skos:ConceptScheme')
    .text('name', title)
    .text('prefLabel', title)
    .text('description', description)
    .string('inLanguage', ...locales.map((locale) => languageTags[locale]))
    .iri('url', iris.base);
  const dataset = datasetNode(graph, iris, data, title, description);
  const license = options?.license ?? data.pack?.license.url;
  if (license !== undefined) {
    const licenseIri = externalIri(license, options?.license === undefined ? 'the licence of pack.md' : 'the `license` option');
    for (const node of [scheme, dataset]) node.iri('license', licenseIri).iri('dct:license', licenseIri);
  }
  if (data.pack !== undefined) packNodes(graph, iris, [scheme, dataset], data.pack, options?.license === undefined);
  const latest = [...data.concepts.map((c) => c.updated), ...data.comparisons.map((c) => c.updated), data.responsibilityMatrix.updated].sort(compareCodeUnits).at(-1);
  if (latest !== undefined) for (const node of [scheme, dataset]) node.date('modified', latest);

  for (const topic of data.topics) {
    const node = graph.node(iris.topic(topic.id), 'skos:Collection').text('prefLabel', topic.label).text('definition', topic.description);
    if (topic.parent !== undefined) graph.node(topicIri(topic.parent, `the parent of topic \`${topic.id}\``), 'skos:Collection').iri('member', node.id);
  }

  for (const concept of data.concepts) {
    const node = conceptNode(graph, iris, concept, conceptIri);
    scheme.iri('hasDefinedTerm', node.id);
    if (!hasBroader.has(concept.id)) {
      node.iri('topConceptOf', iris.scheme);
      scheme.iri('hasTopConcept', node.id);
    }
    graph.node(topicIri(concept.topic, `concept \`${concept.id}\``), 'skos:Collection').iri('member', node.id);
  }

  for (const relation of data.relations) relationTriples(graph, iris, relation, conceptIri);
  for (const comparison of data.comparisons) comparisonNodes(graph, iris, comparison, conceptIri, topicIri(comparison.topic, `comparison \`${comparison.id}\``));
  if (hasResponsibilityMatrix(data.responsibilityMatrix)) matrixNodes(graph, iris, data.responsibilityMatrix, conceptIri);
  sourceNodes(graph, data);

  const nodes = graph.nodes().sort((a, b) => Number(b.id === iris.scheme) - Number(a.id === iris.scheme) || compareCodeUnits(a.id, b.id));
  return { nodes, iris, expand };
}

type ConceptIri = (id: string, where: string) => string;

function conceptNode(graph: GraphBuilder, iris: KbIris, concept: Concept, conceptIri: ConceptIri): NodeWriter {
  const aliases = {
    en: concept.aliases.en.filter((alias) => alias !== concept.label.en),
    zh: concept.aliases.zh.filter((alias) => alias !== concept.label.zh),
  };
  const node = graph
    .node(iris.concept(concept.id), 'schema:DefinedTerm', 'skos:Concept')
    .text('name', concept.label)
    .text('prefLabel', concept.label)
    .texts('alternateName', aliases)
    .texts('altLabel', aliases)
    .text('description', concept.definition)
    .text('definition', concept.definition)
    .text('scopeNote', { en: markdownToPlainText(concept.explanation.en), zh: markdownToPlainText(concept.explanation.zh) })
    .texts('example', { en: concept.examples.map((e) => e.en), zh: concept.examples.map((e) => e.zh) })
    .string('termCode', concept.id)
    .string('notation', concept.id)
    .iri('inDefinedTermSet', iris.scheme)
    .iri('inScheme', iris.scheme)
    .iri('url', ...locales.map((locale) => iris.conceptPage(concept.id, locale)))
    .iri('sameAs', ...locales.flatMap((locale) => (concept.wikipedia[locale] ? [externalIri(concept.wikipedia[locale], `the Wikipedia links of \`${concept.id}\``)] : [])))
    .iri('exactMatch', ...matchesOf(concept, 'exact'))
    .iri('closeMatch', ...matchesOf(concept, 'close'))
    .string('kind', concept.kind)
    .string('level', concept.level)
    .iri('prerequisite', ...concept.prerequisites.map((id) => conceptIri(id, `the prerequisites of \`${concept.id}\``)))
    .iri('source', ...concept.sources.map((source) => externalIri(source.url, `the sources of \`${concept.id}\``)))
    .date('modified', concept.updated);
  return node;
}

/** A concept's mappings of one type (`matches:` in the content), as IRIs. */
function matchesOf(concept: Concept, type: 'exact' | 'close'): string[] {
  return (concept.matches ?? []).filter((match) => match.type === type).map((match) => externalIri(match.iri, `the matches of \`${concept.id}\``));
}

function relationTriples(graph: GraphBuilder, iris: KbIris, relation: Relation, conceptIri: ConceptIri): void {
  const where = `the relation \`${relation.from}\` ${relation.type} \`${relation.to}\``;
  const from = graph.node(conceptIri(relation.from, where));
  const to = graph.node(conceptIri(relation.to, where));
  const info = relationTypes[relation.type];
  const property = relationProperties[relation.type];
  if (property) {
    from.iri(property.forward, to.id);
    if (info.symmetric) to.iri(property.forward, from.id);
  }
  // Note: the plain SKOS triples are written too (both directions), because SKOS tools do no RDFS inference.
  if (info.skos === 'broader') {
    from.iri('broader', to.id);
    to.iri('narrower', from.id);
  } else {
    from.iri('related', to.id);
    to.iri('related', from.id);
  }
  if (relation.note) {
    graph
      .node(iris.relation(relation), 'rdf:Statement')
      .iri('subject', from.id)
      .iri('predicate', property ? graph.expand(`kb:${property.forward}`) : graph.expand('skos:related'))
      .iri('object', to.id)
      .text('comment', relation.note);
  }
}

function comparisonNodes(graph: GraphBuilder, iris: KbIris, comparison: KnowledgeBaseData['comparisons'][number], conceptIri: ConceptIri, topic: string): void {
  const where = `comparison \`${comparison.id}\``;
  const base = iris.comparison(comparison.id);
  const table = graph
    .node(base, 'kbd:Comparison')
    .text('name', comparison.title)
    .text('description', { en: markdownToPlainText(comparison.description.en), zh: markdownToPlainText(comparison.description.zh) })
    .iri('topic', topic)
    .iri('compares', ...comparison.subjects.map((subject) => conceptIri(subject, where)))
    .iri('source', ...comparison.sources.map((source) => externalIri(source.url, where)))
    .date('modified', comparison.updated);
  const rows = new Map<string, string>();
  comparison.subjects.forEach((subject, index) => {
    const row = graph.node(`${base}/rows/${encodeURIComponent(subject)}`, 'kbd:Row').integer('position', index + 1).iri('concept', conceptIri(subject, where));
    rows.set(subject, row.id);
    table.iri('row', row.id);
  });
  const columns = new Map<string, string>();
  comparison.dimensions.forEach((dimension, index) => {
    const column = graph.node(`${base}/columns/${encodeURIComponent(dimension.id)}`, 'kbd:Column').integer('position', index + 1).string('key', dimension.id).text('name', dimension.label);
    columns.set(dimension.id, column.id);
    table.iri('column', column.id);
  });
  for (const cell of comparison.cells) {
    const row = rows.get(cell.subject);
    const column = columns.get(cell.dimension);
    if (row === undefined || column === undefined) {
      throw new RangeError(`A cell of ${where} names subject \`${cell.subject}\` and dimension \`${cell.dimension}\`, expected one of its subjects and dimensions.`);
    }
    const node = graph
      .node(`${base}/cells/${encodeURIComponent(cell.subject)}/${encodeURIComponent(cell.dimension)}`, 'kbd:Cell')
      .iri('inRow', row)
      .iri('inColumn', column)
      .text('text', cell.text);
    table.iri('cell', node.id);
  }
}

function matrixNodes(graph: GraphBuilder, iris: KbIris, matrix: KnowledgeBaseData['responsibilityMatrix'], conceptIri: ConceptIri): void {
  const where = 'the responsibility matrix';
  const base = iris.matrix;
  const table = graph
    .node(base, 'kbd:ResponsibilityMatrix')
    .text('name', matrix.title)
    .text('description', { en: markdownToPlainText(matrix.description.en), zh: markdownToPlainText(matrix.description.zh) })
    .iri('source', ...matrix.sources.map((source) => externalIri(source.url, where)))
    .date('modified', matrix.updated);
  const rows = new Map<string, string>();
  matrix.layers.forEach((layer, index) => {
    const row = graph.node(`${base}/rows/${encodeURIComponent(layer)}`, 'kbd:Row').integer('position', index + 1).iri('concept', conceptIri(layer, where));
    rows.set(layer, row.id);
    table.iri('row', row.id);
  });
  const columns = new Map<string, string>();
  matrix.models.forEach((model, index) => {
    const column = graph.node(`${base}/columns/${encodeURIComponent(model)}`, 'kbd:Column').integer('position', index + 1).iri('concept', conceptIri(model, where));
    columns.set(model, column.id);
    table.iri('column', column.id);
  });
  for (const cell of matrix.cells) {
    const row = rows.get(cell.layer);
    const column = columns.get(cell.model);
    if (row === undefined || column === undefined) {
      throw new RangeError(`A cell of ${where} names model \`${cell.model}\` and layer \`${cell.layer}\`, expected one of its models and layers.`);
    }
    const node = graph
      .node(`${base}/cells/${encodeURIComponent(cell.model)}/${encodeURIComponent(cell.layer)}`, 'kbd:Cell')
      .iri('inRow', row)
      .iri('inColumn', column)
      .iri('manager', graph.expand(`kbd:${cell.manager}`));
    if (cell.note) node.text('comment', cell.note);
    table.iri('cell', node.id);
  }
}

/**
 * The dataset node `{base}dataset` (`dcat:Dataset`, `void:Dataset`, `schema:Dataset`): title,
 * description, landing page, the concept scheme as its root resource, its URI space, the vocabularies it
 * uses, example resources and its data dumps. The VoID statistics and the distributions with their byte
 * sizes depend on the built files, so they are in the well-known description ({@link toVoidDescription} in `void.ts`).
 */
function datasetNode(graph: GraphBuilder, iris: KbIris, data: KnowledgeBaseData, title: LocalizedText, description: LocalizedText): NodeWriter {
  const examples = ['hypervisor', 'kvm', 'iaas'].filter((id) => data.concepts.some((concept) => concept.id === id));
  return graph
    .node(iris.dataset, 'dcat:Dataset', 'void:Dataset', 'schema:Dataset')
    .text('name', title)
    .text('title', title)
    .text('description', description)
    .text('dct:description', description)
    .string('inLanguage', ...locales.map((locale) => languageTags[locale]))
    .iri('url', iris.base)
    .iri('landingPage', iris.base)
    .iri('rootResource', iris.scheme)
    .string('uriSpace', iris.base)
    .iri('vocabulary', ...usedVocabularies(graph, iris))
    .iri('exampleResource', ...(examples.length > 0 ? examples : data.concepts.slice(0, 1).map((concept) => concept.id)).map((id) => iris.concept(id)))
    .iri('dataDump', iris.turtleFile, iris.jsonLdFile);
}

/** The vocabularies the dataset uses (`void:vocabulary`): the standard ones and the project ontologies. */
function usedVocabularies(graph: GraphBuilder, iris: KbIris): string[] {
  const standard = (['schema', 'skos', 'isothes', 'rdfs', 'owl', 'dct', 'dcat', 'void'] as const).map((prefix) => graph.expand(`${prefix}:`));
  return [...standard, iris.relationOntology, iris.dataOntology];
}

/**
 * The pack's rights and provenance on the concept scheme and the dataset: its licence (a
 * `dct:LicenseDocument` named in both languages, unless the `license` option overrides it), creator and
 * publisher (`{base}dataset/creator`, `{base}dataset/publisher`, one node when they are the same), version,
 * creation date, and the works it is based on (`{base}dataset/based-on-N`, `schema:CreativeWork` with only
 * what is known about each).
 */
function packNodes(graph: GraphBuilder, iris: KbIris, nodes: readonly NodeWriter[], pack: Pack, describeLicense: boolean): void {
  if (describeLicense) graph.node(externalIri(pack.license.url, 'the licence of pack.md'), 'dct:LicenseDocument').text('name', pack.license.name).string('identifier', pack.license.id);
  const agent = (iri: string, value: PackAgent): string => {
    const node = graph.node(iri, 'schema:Organization', 'dct:Agent').text('name', value.name);
    if (value.url !== undefined) node.iri('url', externalIri(value.url, 'an agent of pack.md'));
    return node.id;
  };
  const creator = agent(`${iris.dataset}/creator`, pack.creator);
  const publisher = JSON.stringify(pack.publisher) === JSON.stringify(pack.creator) ? creator : agent(`${iris.dataset}/publisher`, pack.publisher);
  const works = pack.basedOn.map((basis, index) => {
    const work = graph.node(`${iris.dataset}/based-on-${index + 1}`, 'schema:CreativeWork').text('name', basis.title).string('inLanguage', languageTags[basis.lang]);
    if (basis.url !== undefined) work.iri('url', externalIri(basis.url, 'a work of pack.md'));
    if (basis.note !== undefined) work.text('description', basis.note);
    return work.id;
  });
  for (const node of nodes) {
    node.iri('creator', creator).iri('dct:creator', creator).iri('publisher', publisher).iri('dct:publisher', publisher);
    node.string('version', pack.version).string('versionInfo', pack.version).date('created', pack.created);
    node.iri('isBasedOn', ...works).iri('source', ...works);
  }
}

function sourceNodes(graph: GraphBuilder, data: KnowledgeBaseData): void {
  const sources = [...data.concepts.flatMap((c) => c.sources), ...data.comparisons.flatMap((c) => c.sources), ...(hasResponsibilityMatrix(data.responsibilityMatrix) ? data.responsibilityMatrix.sources : [])];
  for (const source of sources) {
    graph
      .node(externalIri(source.url, 'a source'), 'schema:WebPage')
      .text('name', source.title)
      .string('inLanguage', languageTags[source.lang]);
  }
}

/**
 * Declare both vocabularies as ontologies: the `owl:Ontology` nodes (`{base}vocab`, `{base}vocab/data`)
 * with version and bilingual label and comment, and every term of {@link vocabularyTerms} with its
 * bilingual label and comment, `rdfs:isDefinedBy`, domain and range, super-classes or super-properties,
 * and, for relation properties, why they map to SKOS as they do (`skos:scopeNote`).
 */
function declareVocabulary(graph: GraphBuilder, iris: KbIris, pack: PackIdentity): void {
  const { expand } = graph;
  const ontologyIri: Record<VocabularyName, string> = { kb: iris.relationOntology, kbd: iris.dataOntology };
  const descriptions = ontologyDescriptionsFor(pack.shortName);
  for (const name of ['kb', 'kbd'] as const) {
    const { label, comment } = descriptions[name];
    graph.node(ontologyIri[name], 'owl:Ontology').text('label', label).text('comment', comment).string('versionInfo', ontologyVersion).date('modified', ontologyModified);
  }
  for (const term of vocabularyTerms()) {
    const types = (
      {
        Class: ['owl:Class'],
        ObjectProperty: term.symmetric ? ['owl:ObjectProperty', 'owl:SymmetricProperty'] : ['owl:ObjectProperty'],
        DatatypeProperty: ['owl:DatatypeProperty'],
        Manager: ['kbd:Manager', 'owl:NamedIndividual'],
      } as const satisfies Record<VocabularyTerm['type'], readonly `${Prefix}:${string}`[]>
    )[term.type];
    const node = graph
      .node(expand(`${term.vocabulary}:${term.name}`), ...types)
      .text('label', term.label)
      .text('comment', term.comment)
      .iri('isDefinedBy', ontologyIri[term.vocabulary])
      .iri('subClassOf', ...term.subClassOf.map(expand))
      .iri('subPropertyOf', ...term.subPropertyOf.map(expand));
    if (term.domain) node.iri('domain', expand(term.domain));
    if (term.range) node.iri('range', expand(term.range));
    if (term.skosMapping) node.text('scopeNote', term.skosMapping);
  }
}
