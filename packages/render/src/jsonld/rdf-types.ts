/**
 * The RDF/JS data model (https://rdf.js.org/data-model-spec/) as far as `toDatasetQuads` hands it out,
 * declared here so the public types need no third-party type package. The quads are n3's, which
 * implement these interfaces (and `@rdfjs/types`' own), so they go straight into n3, rdflib, graphy or
 * any other RDF/JS library.
 *
 * @module
 */

/** An IRI. */
export interface RdfNamedNode {
  /** Always `NamedNode`. */
  readonly termType: 'NamedNode';
  /** The IRI. */
  readonly value: string;
}

/** A blank node. */
export interface RdfBlankNode {
  /** Always `BlankNode`. */
  readonly termType: 'BlankNode';
  /** The blank node's label. */
  readonly value: string;
}

/** A literal: a string with a language tag, or with a datatype. */
export interface RdfLiteral {
  /** Always `Literal`. */
  readonly termType: 'Literal';
  /** The lexical value. */
  readonly value: string;
  /** The language tag (`en`, `zh-Hans`), or `''`. */
  readonly language: string;
  /** The datatype (`rdf:langString` for tagged strings, `xsd:string`, `xsd:date`…). */
  readonly datatype: RdfNamedNode;
}

/** The default graph. */
export interface RdfDefaultGraph {
  /** Always `DefaultGraph`. */
  readonly termType: 'DefaultGraph';
  /** Always `''`. */
  readonly value: string;
}

/** A variable (in queries; never in what `toDatasetQuads` returns, but part of the RDF/JS unions). */
export interface RdfVariable {
  /** Always `Variable`. */
  readonly termType: 'Variable';
  /** The variable's name. */
  readonly value: string;
}

/**
 * A quad (a triple in a graph). `toDatasetQuads` only makes IRI subjects and predicates, IRI or literal
 * objects, in the default graph; the unions are the RDF/JS ones, so any RDF/JS quad fits.
 */
export interface RdfQuad {
  /** Always `Quad` (a quad is a term too, in RDF-star). */
  readonly termType: 'Quad';
  /** Always `''`. */
  readonly value: string;
  /** The subject. */
  readonly subject: RdfNamedNode | RdfBlankNode | RdfQuad | RdfVariable;
  /** The predicate. */
  readonly predicate: RdfNamedNode | RdfVariable;
  /** The object. */
  readonly object: RdfNamedNode | RdfBlankNode | RdfLiteral | RdfVariable | RdfQuad;
  /** The graph. */
  readonly graph: RdfDefaultGraph | RdfNamedNode | RdfBlankNode | RdfVariable;
}
