/**
 * The dataset as RDF quads (n3 `DataFactory`) and as Turtle (`kb.ttl`): the same graph as
 * {@link toJsonLdDataset}, built from the same model.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { DataFactory, Writer, type Quad } from 'n3';
import { buildDatasetGraph, checkDatasetArguments, type JsonLdDatasetOptions } from './dataset-graph.js';
import { compareCodeUnits, termOf, type Expander, type GraphNode, type GraphValue } from './graph.js';
import type { KbIris } from './iris.js';
import type { RdfLiteral, RdfQuad } from './rdf-types.js';
import { namespaces } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;
const rdfType = namedNode(`${namespaces.rdf}type`);
const rdfLangString = namedNode(`${namespaces.rdf}langString`);
const xsd = (name: string) => namedNode(`${namespaces.xsd}${name}`);

/**
 * A language-tagged literal that keeps its tag as written (`zh-Hans`, the BCP 47 form the JSON-LD, the
 * pages and the decks use). n3's `DataFactory.literal` and its `Literal` class lower-case tags
 * (`zh-hans`), which RDF allows but rdflib and SPARQL's `lang()` then see as another tag than the
 * JSON-LD's. n3's Writer only reads `value` and `language` of a literal, so this RDF/JS term is enough.
 */
class TaggedLiteral implements RdfLiteral {
  readonly termType = 'Literal' as const;
  readonly datatype = rdfLangString;
  readonly direction = '' as const;

  /**
   * @param value The lexical value.
   * @param language The language tag, case kept.
   */
  constructor(
    readonly value: string,
    readonly language: string,
  ) {}

  /** The term in n3's id form (`"value"@zh-Hans`), the key quads are sorted by. */
  get id(): string {
    return `"${this.value}"@${this.language}`;
  }

  /**
   * RDF/JS term equality (language tags compare case-insensitively, as RDF 1.1 says).
   *
   * @param other Another term.
   * @returns Whether both are the same literal.
   */
  equals(other: { termType: string; value: string; language?: string } | null | undefined): boolean {
    return !!other && other.termType === 'Literal' && other.value === this.value && (other.language ?? '').toLowerCase() === this.language.toLowerCase();
  }
}

/**
 * The dataset as RDF quads in the default graph, sorted (subject, then `rdf:type` first, then
 * predicate, then object), so the order is the same on every run.
 *
 * @param data The knowledge base.
 * @param options The same options as {@link toJsonLdDataset}.
 * @returns The quads (n3's, typed as the RDF/JS interfaces of `rdf-types.ts`).
 * @throws {RangeError} When the data names unknown concepts or topics.
 * @throws {TypeError} When the base IRI or a URL in the data is invalid.
 */
export function toDatasetQuads(data: KnowledgeBaseData, options?: JsonLdDatasetOptions): RdfQuad[] {
  checkDatasetArguments('toDatasetQuads', data, options);
  return datasetQuads(data, options);
}

/** The sorted n3 quads of {@link toDatasetQuads}, for n3's Writer (arguments already checked). */
function datasetQuads(data: KnowledgeBaseData, options: JsonLdDatasetOptions | undefined): Quad[] {
  const graph = buildDatasetGraph(data, options);
  return nodesToQuads(graph.nodes, graph.expand);
}

/**
 * Some nodes of a dataset graph as sorted quads (internal: the whole dataset, or one resource's nodes).
 *
 * @param nodes The nodes.
 * @param expand The graph's compact-IRI expander.
 * @returns The quads, sorted.
 */
export function nodesToQuads(nodes: readonly GraphNode[], expand: Expander): Quad[] {
  const quads: Quad[] = [];
  for (const node of nodes) {
    const subject = namedNode(node.id);
    for (const type of node.types) quads.push(quad(subject, rdfType, namedNode(type)));
    for (const [key, values] of node.values) {
      const predicate = namedNode(expand(termOf(key).curie));
      for (const value of values) quads.push(quad(subject, predicate, term(value)));
    }
  }
  return quads.sort(compareQuads);
}

/**
 * The dataset as Turtle, with the prefixes of the JSON-LD context.
 *
 * @param data The knowledge base.
 * @param options The same options as {@link toJsonLdDataset}.
 * @returns Turtle text.
 * @throws {RangeError} When the data names unknown concepts or topics.
 * @throws {TypeError} When the base IRI or a URL in the data is invalid.
 */
export function toTurtle(data: KnowledgeBaseData, options?: JsonLdDatasetOptions): string {
  checkDatasetArguments('toTurtle', data, options);
  const graph = buildDatasetGraph(data, options);
  return quadsToTurtle(nodesToQuads(graph.nodes, graph.expand), graph.iris);
}

/**
 * Sorted quads as Turtle with the dataset's prefixes (internal: `toTurtle` and `toDatasetDocuments`).
 *
 * @param quads The quads, sorted.
 * @param iris The IRIs of the base (they decide the `kb:`, `kbd:` and `concept:` prefixes).
 * @returns Turtle text.
 */
export function quadsToTurtle(quads: readonly Quad[], iris: KbIris): string {
  const writer = new Writer({ prefixes: { ...namespaces, kb: iris.relationVocabulary, kbd: iris.dataVocabulary, concept: iris.scheme } });
  writer.addQuads([...quads]);
  let turtle: string | undefined;
  // Note: without an output stream the n3 Writer collects a string and calls back synchronously.
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  if (turtle === undefined) throw new Error('Internal error: the n3 Writer did not finish synchronously.');
  return turtle;
}

function term(value: GraphValue) {
  switch (value.kind) {
    case 'iri':
      return namedNode(value.iri);
    case 'lang':
      return new TaggedLiteral(value.value, value.language);
    case 'string':
      return literal(value.value);
    case 'integer':
      return literal(String(value.value), xsd('integer'));
    case 'date':
      return literal(value.value, xsd('date'));
  }
}

function compareQuads(a: Quad, b: Quad): number {
  return (
    compareCodeUnits(a.subject.value, b.subject.value) ||
    Number(b.predicate.equals(rdfType)) - Number(a.predicate.equals(rdfType)) ||
    compareCodeUnits(a.predicate.value, b.predicate.value) ||
    compareCodeUnits(a.object.id, b.object.id)
  );
}
