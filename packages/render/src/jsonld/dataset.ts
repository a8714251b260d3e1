/**
 * The dataset as compact JSON-LD with an inline context (`kb.jsonld`): no remote context, so any
 * JSON-LD processor reads it offline.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { buildDatasetGraph, checkDatasetArguments, type JsonLdDatasetOptions } from './dataset-graph.js';
import { compareCodeUnits, createExpander, termOf, type GraphNode, type GraphValue } from './graph.js';
import { checkIriOptions, mintKbIris, type IriOptions, type KbIris } from './iris.js';
import { datasetTerms, datasetTypeTerms, namespaces, type Prefix, type TermDefinition } from './vocabulary.js';

/** A JSON value. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: JsonValue };

/** The dataset document: the inline context and every node. */
export interface JsonLdDataset {
  /** The inline context (see {@link jsonLdDatasetContext}). */
  readonly '@context': JsonObject;
  /** Every node of the graph, concept scheme first, then by IRI. */
  readonly '@graph': readonly JsonObject[];
}

/**
 * The inline JSON-LD context of the dataset: prefixes (`schema`, `skos`, `isothes`, `rdf`, `rdfs`,
 * `owl`, `dct`, `xsd`, and the project's `kb` / `kbd` under the base IRI), `id`/`type` aliases,
 * class names and one term per property with its coercion (`@id`, `xsd:date`) and container
 * (`@language` maps, `@set` arrays).
 *
 * @param options Base IRI (it decides the `kb:` and `kbd:` namespaces).
 * @returns The context object.
 * @throws {TypeError} When `options` has an unknown key or a wrong type, or the base IRI is invalid.
 */
export function jsonLdDatasetContext(options?: IriOptions): JsonObject {
  checkIriOptions('jsonLdDatasetContext', options);
  return mintDatasetContext(options);
}

/**
 * {@link jsonLdDatasetContext} for internal callers whose entry point already checked its (wider) options.
 *
 * @param options Base IRI; other keys are ignored.
 * @returns The context object.
 * @throws {TypeError} When the base IRI is invalid.
 */
export function mintDatasetContext(options?: IriOptions): JsonObject {
  const iris = mintKbIris(options);
  const context: Record<string, JsonValue> = {
    '@version': 1.1,
    ...namespaces,
    kb: iris.relationVocabulary,
    kbd: iris.dataVocabulary,
    id: '@id',
    type: '@type',
    ...datasetTypeTerms,
  };
  for (const definition of datasetTerms) context[definition.key] = termContextEntry(definition);
  return context;
}

/**
 * The knowledge base as a JSON-LD dataset: every concept one IRI (`{baseIri}concepts/{id}`) typed
 * `schema:DefinedTerm` and `skos:Concept` in one `skos:ConceptScheme` / `schema:DefinedTermSet`,
 * labels, aliases and definitions per language, `skos:broader`/`narrower`/`related` plus the typed
 * `kb:` relations (declared as sub-properties of SKOS and iso-thes), comparisons and the
 * responsibility matrix as `kbd:` data, Wikipedia `sameAs` and sources as `dct:source`.
 * Serialize with `JSON.stringify(dataset, null, 2)`; the key order is fixed, so the bytes are too.
 *
 * @param data The knowledge base.
 * @param options Base IRI (default: the pack's, `pack.baseIri`, else `https://<pack id>.example/`), page
 *   pattern, title (default: the pack's name), description, license (default: the pack's).
 * @throws {TypeError} When the knowledge base has no pack identity (`pack`).
 * @returns The JSON-LD document.
 * @throws {RangeError} When the data names unknown concepts or topics.
 * @throws {TypeError} When the base IRI or a URL in the data is invalid.
 */
export function toJsonLdDataset(data: KnowledgeBaseData, options?: JsonLdDatasetOptions): JsonLdDataset {
  checkDatasetArguments('toJsonLdDataset', data, options);
  const graph = buildDatasetGraph(data, options);
  return nodesToJsonLd(graph.nodes, graph.iris, mintDatasetContext({ baseIri: graph.iris.base }));
}

/**
 * Some nodes of a dataset graph as a JSON-LD document under the dataset's inline context (internal:
 * `toJsonLdDataset` writes every node, `toDatasetDocuments` the nodes of one resource).
 *
 * @param nodes The nodes, in the order to write them.
 * @param iris The IRIs of the graph's base.
 * @param context The inline context ({@link jsonLdDatasetContext} for the same base).
 * @returns The document.
 */
export function nodesToJsonLd(nodes: readonly GraphNode[], iris: KbIris, context: JsonObject): JsonLdDataset {
  const compact = createCompactor(iris.relationVocabulary, iris.dataVocabulary);
  return { '@context': context, '@graph': nodes.map((node) => nodeToJson(node, compact)) };
}

function termContextEntry(definition: TermDefinition): JsonValue {
  const entry: Record<string, JsonValue> = { '@id': definition.curie };
  if (definition.kind === 'iri') entry['@type'] = '@id';
  if (definition.kind === 'date') entry['@type'] = 'xsd:date';
  if (definition.kind === 'lang') entry['@container'] = '@language';
  else if (definition.kind === 'langs') entry['@container'] = definition.multi ? ['@language', '@set'] : '@language';
  else if (definition.multi) entry['@container'] = '@set';
  return Object.keys(entry).length === 1 ? definition.curie : entry;
}

type Compactor = (iri: string) => string;

/** Writes vocabulary IRIs as compact IRIs (`kb:isA`, `skos:broader`); other IRIs stay absolute. */
function createCompactor(relationVocabulary: string, dataVocabulary: string): Compactor {
  const prefixes = Object.entries({ ...namespaces, kb: relationVocabulary, kbd: dataVocabulary } satisfies Record<Prefix, string>).sort(
    ([, a], [, b]) => b.length - a.length,
  );
  const expand = createExpander(relationVocabulary, dataVocabulary);
  const typeNames = new Map(Object.entries(datasetTypeTerms).map(([name, curie]) => [expand(curie), name]));
  return (iri) => {
    const typeName = typeNames.get(iri);
    if (typeName !== undefined) return typeName;
    for (const [prefix, namespace] of prefixes) {
      const local = iri.slice(namespace.length);
      if (iri.startsWith(namespace) && /^[A-Za-z][\w-]*$/.test(local)) return `${prefix}:${local}`;
    }
    return iri;
  };
}

function nodeToJson(node: GraphNode, compact: Compactor): JsonObject {
  const json: Record<string, JsonValue> = { id: compactId(node.id, compact) };
  if (node.types.length > 0) json.type = node.types.map(compact);
  for (const definition of datasetTerms) {
    const values = node.values.get(definition.key);
    if (values) json[definition.key] = valuesToJson(definition, values, node.id, compact);
  }
  return json;
}

/** Node ids: class names are not used here, only prefixes (a concept IRI never matches one). */
function compactId(iri: string, compact: Compactor): string {
  const compacted = compact(iri);
  return compacted.includes(':') ? compacted : iri;
}

function valuesToJson(definition: TermDefinition, values: readonly GraphValue[], subject: string, compact: Compactor): JsonValue {
  switch (definition.kind) {
    case 'lang':
    case 'langs': {
      const byLanguage = new Map<string, string[]>();
      for (const value of values) {
        if (value.kind !== 'lang') throw new Error(`Internal error: \`${definition.key}\` of <${subject}> holds a ${value.kind} value.`);
        byLanguage.set(value.language, [...(byLanguage.get(value.language) ?? []), value.value]);
      }
      const map: Record<string, JsonValue> = {};
      for (const language of [...byLanguage.keys()].sort(compareCodeUnits)) {
        const texts = byLanguage.get(language)!;
        if (definition.kind === 'lang' && texts.length > 1) {
          throw new RangeError(`<${subject}> has ${texts.length} \`${definition.key}\` values in ${language}, expected at most one per language.`);
        }
        map[language] = definition.multi || texts.length > 1 ? texts : texts[0]!;
      }
      return map;
    }
    case 'iri': {
      const iris = values.map((value) => (value.kind === 'iri' ? compactId(value.iri, compact) : unexpected(definition, value, subject))).sort(compareCodeUnits);
      return single(definition, iris, subject);
    }
    case 'string':
    case 'date': {
      const strings = values.map((value) => (value.kind === 'string' || value.kind === 'date' ? value.value : unexpected(definition, value, subject)));
      return single(definition, strings, subject);
    }
    case 'integer': {
      const numbers = values.map((value) => (value.kind === 'integer' ? value.value : unexpected(definition, value, subject)));
      return single(definition, numbers, subject);
    }
  }
}

function single<T extends JsonValue>(definition: TermDefinition, values: T[], subject: string): JsonValue {
  if (definition.multi) return values;
  if (values.length !== 1) throw new RangeError(`<${subject}> has ${values.length} \`${definition.key}\` values, expected exactly one.`);
  return values[0]!;
}

function unexpected(definition: TermDefinition, value: GraphValue, subject: string): never {
  throw new Error(`Internal error: \`${definition.key}\` of <${subject}> holds a ${value.kind} value, expected ${termOf(definition.key).kind}.`);
}
