/**
 * The dataset cut into one document per resource, for dereferencing: every IRI the dataset mints under
 * its base names a resource, and the document of an IRI is what a client gets when it asks for that IRI
 * as JSON-LD or Turtle. The document IRI is the resource IRI without its fragment, so the vocabulary
 * terms `{base}vocab#isA` … share the document `{base}vocab` (their ontology), and every other resource
 * (`{base}concepts/kvm`, `{base}comparisons/…/cells/…`, `{base}relations/…`) has its own.
 *
 * A document holds the triples whose subject is one of its resources: the same triples as `kb.jsonld` and
 * `kb.ttl`, under the dataset's inline context (without the property terms it does not use) and the same
 * Turtle prefixes.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { buildDatasetGraph, checkDatasetArguments, type JsonLdDatasetOptions } from './dataset-graph.js';
import { mintDatasetContext, nodesToJsonLd, type JsonLdDataset, type JsonObject } from './dataset.js';
import { compareCodeUnits, type GraphNode } from './graph.js';
import { nodesToQuads, quadsToTurtle } from './turtle.js';
import { datasetTerms } from './vocabulary.js';

/** The description of one resource (or of an ontology and its terms). */
export interface DatasetDocument {
  /** The document's IRI: the resource IRI without fragment (`https://cloudvirt.example/vocab`). */
  readonly iri: string;
  /** The IRIs it describes, the document IRI first when it is a subject itself, then by code unit. */
  readonly subjects: readonly string[];
  /** Its nodes as the dataset has them. */
  readonly nodes: readonly GraphNode[];
  /** The document as JSON-LD (the dataset's inline context, used terms only). Serialize with `JSON.stringify(x, null, 2)`. */
  readonly jsonLd: JsonLdDataset;
  /** The document as Turtle. */
  readonly turtle: string;
}

const propertyKeys: ReadonlySet<string> = new Set(datasetTerms.map((term) => term.key));

/**
 * The dataset's inline context without the property terms a document does not use (prefixes, `id`/`type`
 * and class names stay), so each copy stays small and still expands offline to the same triples.
 */
function contextFor(context: JsonObject, nodes: readonly GraphNode[]): JsonObject {
  const used = new Set(nodes.flatMap((node) => [...node.values.keys()]));
  return Object.fromEntries(Object.entries(context).filter(([key]) => !propertyKeys.has(key) || used.has(key)));
}

/**
 * One document per resource the dataset mints under its base IRI, sorted by IRI. Sources (`schema:WebPage`
 * nodes, whatever their URL) and other outside IRIs are described in `kb.jsonld` only.
 *
 * @param data The knowledge base.
 * @param options The same options as {@link toJsonLdDataset}.
 * @returns The documents.
 * @throws {RangeError} When the data names unknown concepts or topics.
 * @throws {TypeError} When the base IRI or a URL in the data is invalid.
 */
export function toDatasetDocuments(data: KnowledgeBaseData, options?: JsonLdDatasetOptions): DatasetDocument[] {
  checkDatasetArguments('toDatasetDocuments', data, options);
  const graph = buildDatasetGraph(data, options);
  const context = mintDatasetContext({ baseIri: graph.iris.base });
  const byDocument = new Map<string, GraphNode[]>();
  const sourcePage = graph.expand('schema:WebPage');
  for (const node of graph.nodes) {
    // Note: a source (a schema:WebPage) is somebody else's page, even when its URL is under the base.
    if (!node.id.startsWith(graph.iris.base) || (node.types.length === 1 && node.types[0] === sourcePage)) continue;
    const iri = node.id.replace(/#.*$/su, '');
    byDocument.set(iri, [...(byDocument.get(iri) ?? []), node]);
  }
  return [...byDocument.keys()].sort(compareCodeUnits).map((iri) => {
    const nodes = byDocument.get(iri)!.sort((a, b) => Number(b.id === iri) - Number(a.id === iri) || compareCodeUnits(a.id, b.id));
    return {
      iri,
      subjects: nodes.map((node) => node.id),
      nodes,
      jsonLd: nodesToJsonLd(nodes, graph.iris, contextFor(context, nodes)),
      turtle: quadsToTurtle(nodesToQuads(nodes, graph.expand), graph.iris),
    };
  });
}
