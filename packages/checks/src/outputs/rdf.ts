/**
 * Read the datasets as RDF with real processors: `kb.jsonld` through jsonld.js (expansion in safe mode,
 * an offline document loader that refuses every URL, then `toRDF`) and `kb.ttl` through n3. Both give
 * the same triple form, so the two files can be compared triple for triple.
 *
 * @module
 */
import jsonld from 'jsonld';
import { Parser } from 'n3';

/** One RDF term, as jsonld.js and n3 both give it (RDF/JS shape). */
interface TermLike {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}

/** One triple with its terms as strings: subject and predicate IRIs, object in N-Triples-like form. */
export interface Triple {
  /** Subject IRI (or `_:label`). */
  readonly subject: string;
  /** Predicate IRI. */
  readonly predicate: string;
  /** Object: `<iri>`, `_:b`, `"text"@lang` or `"text"^^<datatype>`. */
  readonly object: string;
  /** The object's IRI when it is one. */
  readonly objectIri?: string;
  /** The object's language tag, lower-cased, when it is a tagged literal. */
  readonly language?: string;
  /** The object's lexical value. */
  readonly value: string;
}

/** A document loader that refuses every URL: the dataset must not need the network. */
export async function offlineDocumentLoader(url: string): Promise<never> {
  throw new Error(`Refused to fetch ${url}: the dataset must carry its context inline.`);
}

function termString(term: TermLike): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.language) return `${JSON.stringify(term.value)}@${term.language.toLowerCase()}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'}>`;
}

function toTriple(quad: { subject: TermLike; predicate: TermLike; object: TermLike; graph: TermLike }): Triple {
  if (quad.graph.termType !== 'DefaultGraph') throw new Error(`Unexpected named graph <${quad.graph.value}> in the dataset.`);
  return {
    subject: quad.subject.termType === 'BlankNode' ? `_:${quad.subject.value}` : quad.subject.value,
    predicate: quad.predicate.value,
    object: termString(quad.object),
    ...(quad.object.termType === 'NamedNode' ? { objectIri: quad.object.value } : {}),
    ...(quad.object.language ? { language: quad.object.language.toLowerCase() } : {}),
    value: quad.object.value,
  };
}

/**
 * The triples of a JSON-LD document (offline, safe mode: a term the context does not define throws).
 *
 * @param text The document's JSON.
 * @returns Its triples.
 */
export async function jsonLdTriples(text: string): Promise<Triple[]> {
  const options = { documentLoader: offlineDocumentLoader, safe: true } as unknown as jsonld.Options.ToRdf;
  const doc = JSON.parse(text) as jsonld.JsonLdDocument;
  const expanded = await jsonld.expand(doc, options as unknown as jsonld.Options.Expand);
  const quads = (await jsonld.toRDF(expanded, options)) as unknown as Parameters<typeof toTriple>[0][];
  return quads.map(toTriple);
}

/**
 * The triples of a Turtle document.
 *
 * @param text The Turtle.
 * @returns Its triples.
 */
export function turtleTriples(text: string): Triple[] {
  return new Parser().parse(text).map((quad) => toTriple(quad as unknown as Parameters<typeof toTriple>[0]));
}

/** The canonical line of a triple (for set comparison). */
export function tripleLine(triple: Triple): string {
  return `<${triple.subject}> <${triple.predicate}> ${triple.object} .`;
}

/** Triples indexed by subject, then predicate. */
export class TripleIndex {
  readonly #bySubject = new Map<string, Map<string, Triple[]>>();

  /** @param triples The graph. */
  constructor(readonly triples: readonly Triple[]) {
    for (const triple of triples) {
      const predicates = this.#bySubject.get(triple.subject) ?? new Map<string, Triple[]>();
      predicates.set(triple.predicate, [...(predicates.get(triple.predicate) ?? []), triple]);
      this.#bySubject.set(triple.subject, predicates);
    }
  }

  /** The objects of `subject predicate ?o`. */
  objects(subject: string, predicate: string): readonly Triple[] {
    return this.#bySubject.get(subject)?.get(predicate) ?? [];
  }

  /** Whether `subject predicate <object>` holds. */
  hasIri(subject: string, predicate: string, object: string): boolean {
    return this.objects(subject, predicate).some((triple) => triple.objectIri === object);
  }
}
