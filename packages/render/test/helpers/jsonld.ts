/**
 * Validate a JSON-LD dataset with the real jsonld.js processor, offline: expansion in safe mode
 * (a dropped key throws), key-count comparison between compact and expanded nodes, RDF conversion,
 * and graph checks (absolute IRIs, relation targets present, no broader cycles, SKOS S27, one
 * prefLabel per language per concept).
 */
import jsonld from 'jsonld';
import { Parser } from 'n3';
import type { RdfQuad } from '../../src/jsonld/rdf-types.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A document loader that refuses every URL, so any remote context fails the test. */
export const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`offline document loader: refused to fetch ${url}`);
};

const options = { documentLoader: offlineLoader, safe: true } as unknown as jsonld.Options.Expand;

export async function expandOffline(doc: object): Promise<Record<string, unknown>[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, options)) as Record<string, unknown>[];
}

/** RDF quads of a JSON-LD document, as canonical N-Triples-like strings (language tags lowercased). */
export async function jsonLdToTriples(doc: object): Promise<string[]> {
  const quads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, options as jsonld.Options.ToRdf)) as unknown as RdfJsQuadLike[];
  return quads.map(tripleString).sort();
}

/** Quads of a Turtle document, in the same string form. */
export function turtleToTriples(turtle: string): string[] {
  return new Parser().parse(turtle).map((quad) => tripleString(quad as unknown as RdfJsQuadLike)).sort();
}

/** n3 quads in the same string form. */
export function quadsToTriples(quads: readonly RdfQuad[]): string[] {
  return quads.map((quad) => tripleString(quad as unknown as RdfJsQuadLike)).sort();
}

interface TermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
interface RdfJsQuadLike {
  subject: TermLike;
  predicate: TermLike;
  object: TermLike;
  graph: TermLike;
}

function termString(term: TermLike): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.language) return `${JSON.stringify(term.value)}@${term.language.toLowerCase()}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'}>`;
}

function tripleString(quad: RdfJsQuadLike): string {
  if (quad.graph.termType !== 'DefaultGraph') throw new Error(`unexpected named graph ${quad.graph.value}`);
  return `${termString(quad.subject)} ${termString(quad.predicate)} ${termString(quad.object)} .`;
}

export interface DatasetReport {
  readonly triples: string[];
  readonly problems: string[];
}

/**
 * Full check of a dataset document.
 *
 * @param doc The compact JSON-LD dataset.
 * @param relationNamespace The `kb:` namespace (every predicate in it is a relation between concepts).
 */
export async function validateDataset(
  doc: { '@context': Readonly<Record<string, unknown>>; '@graph': readonly Record<string, unknown>[] },
  relationNamespace: string,
): Promise<DatasetReport> {
  const problems: string[] = [];
  const expanded = await expandOffline(doc);
  // No key dropped: every compact node keeps all its properties after expansion.
  const byId = new Map(expanded.map((node) => [node['@id'] as string, node]));
  for (const node of doc['@graph']) {
    const id = node.id as string;
    const [prefix = '', local = ''] = id.split(/:(.*)/s);
    const namespace = doc['@context'][prefix];
    const full = byId.get(typeof namespace === 'string' ? namespace + local : id);
    if (!full) {
      problems.push(`node ${id} missing after expansion`);
      continue;
    }
    const compactKeys = Object.keys(node).filter((key) => key !== 'id' && key !== 'type').length;
    const expandedKeys = Object.keys(full).filter((key) => key !== '@id' && key !== '@type').length;
    if (compactKeys !== expandedKeys) problems.push(`node ${id}: ${compactKeys} keys, ${expandedKeys} after expansion`);
  }

  const triples = await jsonLdToTriples(doc);
  const parsed = triples.map((line) => {
    const match = /^(<[^>]*>|_:\S+) <([^>]*)> (.*) \.$/s.exec(line);
    if (!match) throw new Error(`cannot parse ${line}`);
    return { s: match[1]!, p: match[2]!, o: match[3]! };
  });
  for (const { s, p, o } of parsed) {
    for (const term of [s, `<${p}>`, o]) {
      if (term.startsWith('_:')) problems.push(`blank node ${term}`);
      if (term.startsWith('<') && !/^<https?:\/\/[^\s<>"]+>$/.test(term)) problems.push(`IRI not absolute http(s): ${term}`);
    }
  }
  const concepts = new Set(parsed.filter((t) => t.p === RDF_TYPE && t.o === `<${SKOS}Concept>`).map((t) => t.s));
  const broaderEdges = new Map<string, string[]>();
  for (const { s, p, o } of parsed) {
    const isRelation = p === `${SKOS}broader` || p === `${SKOS}narrower` || p === `${SKOS}related` || p.startsWith(relationNamespace);
    if (isRelation && (!concepts.has(s) || !concepts.has(o))) problems.push(`relation target missing: ${s} <${p}> ${o}`);
    if (p === `${SKOS}broader`) broaderEdges.set(s, [...(broaderEdges.get(s) ?? []), o]);
    if (p === `${SKOS}narrower`) broaderEdges.set(o, [...(broaderEdges.get(o) ?? []), s]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const dfs = (node: string, path: string[]): void => {
    state.set(node, 'open');
    for (const next of broaderEdges.get(node) ?? []) {
      if (state.get(next) === 'open') problems.push(`broader cycle: ${[...path, node, next].join(' → ')}`);
      else if (!state.has(next)) dfs(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of broaderEdges.keys()) if (!state.has(node)) dfs(node, []);
  // SKOS S27: skos:related is disjoint with skos:broaderTransitive.
  const ancestors = (start: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [start];
    while (todo.length > 0) {
      for (const next of broaderEdges.get(todo.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(next);
      }
    }
    return seen;
  };
  for (const { s, p, o } of parsed) {
    if (p === `${SKOS}related` && (ancestors(s).has(o) || ancestors(o).has(s))) problems.push(`S27: ${s} related ${o}, but one is broader than the other`);
  }
  for (const concept of concepts) {
    const labels = parsed.filter((t) => t.s === concept && t.p === `${SKOS}prefLabel`).map((t) => /"@([\w-]+)$/.exec(t.o)?.[1] ?? 'none');
    for (const lang of ['en', 'zh-hans']) {
      const count = labels.filter((l) => l === lang).length;
      if (count !== 1) problems.push(`${concept} has ${count} prefLabel(s) in ${lang}`);
    }
    if (labels.length !== 2) problems.push(`${concept} has prefLabels ${labels.join(', ')}`);
  }
  return { triples, problems };
}
