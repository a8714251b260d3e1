/**
 * The dataset's DCAT + VoID description, published at the well-known place (`{base}.well-known/void`,
 * VoID §7.2): the `dcat:Dataset` / `void:Dataset` node of `kb.jsonld` with its rights and provenance,
 * plus what only the build knows — `void:triples` and one `dcat:Distribution` per downloadable file with
 * its media type and byte size.
 *
 * @module
 */
import type { KnowledgeBaseData, LocalizedText } from '@cloudvirt/core';
import { checkEntryArguments } from '../shared/arguments.js';
import { buildDatasetGraph, type JsonLdDatasetOptions } from './dataset-graph.js';
import { mintDatasetContext, nodesToJsonLd, type JsonLdDataset } from './dataset.js';
import { NodeWriter, type GraphNode } from './graph.js';
import { externalIri } from './iris.js';
import { nodesToQuads, quadsToTurtle } from './turtle.js';

/** One downloadable file of the dataset. */
export interface VoidDistribution {
  /** Absolute URL of the file. */
  readonly url: string;
  /** Its IANA media type (`text/turtle`, `application/ld+json`…). */
  readonly mediaType: string;
  /** Its size in bytes. */
  readonly byteSize: number;
  /** What it is, in both languages. */
  readonly title: LocalizedText;
}

/** Options of {@link toVoidDescription}. */
export interface VoidDescriptionOptions extends JsonLdDatasetOptions {
  /** The files of the dataset, in the order to list them. */
  readonly distributions: readonly VoidDistribution[];
  /** The number of triples of the dataset (of `kb.ttl`). */
  readonly triples: number;
}

/** The description as JSON-LD and Turtle. */
export interface VoidDescription {
  /** The IRI of the description document (`{base}.well-known/void`). */
  readonly iri: string;
  /** The IRI of the dataset it describes (`{base}dataset`). */
  readonly dataset: string;
  /** JSON-LD (the dataset's inline context). */
  readonly jsonLd: JsonLdDataset;
  /** Turtle. */
  readonly turtle: string;
  /** The distributions' IRIs (`{description}#{file name}`, characters other than letters, digits, `-` and `_` as `-`: `#kb-ttl`), in option order. */
  readonly distributions: readonly string[];
}

const optionKeys: readonly string[] = ['baseIri', 'conceptUrlPattern', 'title', 'description', 'license', 'distributions', 'triples'];

/** A copy of a node (so adding values does not touch the dataset graph). */
function copyNode(node: GraphNode): GraphNode {
  return { id: node.id, types: [...node.types], values: new Map([...node.values].map(([key, values]) => [key, [...values]])) };
}

/**
 * The DCAT + VoID description of the dataset.
 *
 * @param data The knowledge base.
 * @param options The dataset options (the same as for `kb.jsonld`), the distributions and the triple count.
 * @returns The description.
 * @throws {TypeError} On a missing knowledge base, unknown option keys, a distribution URL that is not
 *   absolute, or a byte size / triple count that is not a non-negative integer.
 */
export function toVoidDescription(data: KnowledgeBaseData, options: VoidDescriptionOptions): VoidDescription {
  checkEntryArguments('toVoidDescription', data, options, { keys: optionKeys });
  const { distributions, triples, ...datasetOptions } = options;
  if (!Array.isArray(distributions)) throw new TypeError(`Unexpected \`distributions\` option of toVoidDescription ${JSON.stringify(distributions)}, expected an array of {url, mediaType, byteSize, title}.`);
  if (!Number.isSafeInteger(triples) || triples < 0) throw new TypeError(`Unexpected \`triples\` option of toVoidDescription ${JSON.stringify(triples)}, expected a non-negative integer (the triples of kb.ttl).`);
  const graph = buildDatasetGraph(data, datasetOptions);
  const { iris, expand } = graph;
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const datasetNode = byId.get(iris.dataset);
  if (datasetNode === undefined) throw new Error('Internal error: the dataset graph has no dataset node.');
  // The dataset node and what it points at that the graph describes (licence, creator, publisher, works).
  const linked = new Set([...datasetNode.values.values()].flat().flatMap((value) => (value.kind === 'iri' && value.iri !== iris.scheme && byId.has(value.iri) && !value.iri.startsWith(iris.scheme) ? [value.iri] : [])));
  const dataset = copyNode(datasetNode);
  const writer = new NodeWriter(dataset);
  writer.integer('triples', triples);
  const license = [...(dataset.values.get('license') ?? [])].find((value) => value.kind === 'iri');
  const distributionNodes: GraphNode[] = [];
  const distributionIris: string[] = [];
  for (const [index, distribution] of distributions.entries()) {
    const where = `distribution ${index} of toVoidDescription`;
    const url = externalIri(distribution.url, where);
    if (!Number.isSafeInteger(distribution.byteSize) || distribution.byteSize < 0) throw new TypeError(`Unexpected byteSize ${JSON.stringify(distribution.byteSize)} of ${where}, expected a non-negative integer.`);
    const name = new URL(url).pathname.split('/').at(-1) ?? String(index + 1);
    const node: GraphNode = { id: `${iris.voidDescription}#${name.replace(/[^A-Za-z0-9_-]/gu, '-')}`, types: [expand('dcat:Distribution')], values: new Map() };
    const part = new NodeWriter(node)
      .text('title', distribution.title)
      .iri('downloadURL', url)
      .iri('accessURL', url)
      .iri('mediaType', `https://www.iana.org/assignments/media-types/${distribution.mediaType}`)
      .integer('byteSize', distribution.byteSize);
    if (license?.kind === 'iri') part.iri('dct:license', license.iri);
    distributionNodes.push(node);
    distributionIris.push(node.id);
  }
  writer.iri('distribution', ...distributionIris);
  const others = [...linked].sort().map((iri) => byId.get(iri)!);
  const nodes = [dataset, ...others, ...distributionNodes];
  const context = mintDatasetContext({ baseIri: iris.base });
  return {
    iri: iris.voidDescription,
    dataset: iris.dataset,
    jsonLd: nodesToJsonLd(nodes, iris, context),
    turtle: quadsToTurtle(nodesToQuads(nodes, expand), iris),
    distributions: distributionIris,
  };
}
