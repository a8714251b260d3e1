/**
 * A small RDF graph model: named nodes with types and typed property values. The dataset is built
 * once as this model and then written two ways — compact JSON-LD under the inline context, and
 * n3 quads for Turtle — so both files carry the same graph by construction.
 *
 * @module
 */
import { languageTags, type LocalizedList, type LocalizedText } from '@cloudvirt/core';
import { datasetTerms, namespaces, type Prefix, type TermDefinition } from './vocabulary.js';

/** A value of a property. */
export type GraphValue =
  | { readonly kind: 'iri'; readonly iri: string }
  | { readonly kind: 'lang'; readonly value: string; readonly language: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'date'; readonly value: string };

/** One subject of the graph. */
export interface GraphNode {
  /** Absolute IRI. */
  readonly id: string;
  /** Absolute class IRIs. */
  readonly types: string[];
  /** Values by JSON-LD term key (see {@link datasetTerms}), in insertion order. */
  readonly values: Map<string, GraphValue[]>;
}

/** Expands compact IRIs with the standard namespaces and the project ones. */
export type Expander = (curie: `${Prefix}:${string}`) => string;

/**
 * An expander for one pair of project namespaces.
 *
 * @param relationVocabulary The `kb:` namespace.
 * @param dataVocabulary The `kbd:` namespace.
 * @returns The expander.
 */
export function createExpander(relationVocabulary: string, dataVocabulary: string): Expander {
  const all: Record<Prefix, string> = { ...namespaces, kb: relationVocabulary, kbd: dataVocabulary };
  return (curie) => {
    const colon = curie.indexOf(':');
    return all[curie.slice(0, colon) as Prefix] + curie.slice(colon + 1);
  };
}

const termsByKey = new Map(datasetTerms.map((definition) => [definition.key, definition]));

/**
 * The term definition of a key.
 *
 * @param key A key of {@link datasetTerms}.
 * @returns Its definition.
 * @throws {Error} When the key has no term (a bug in the adapter).
 */
export function termOf(key: string): TermDefinition {
  const definition = termsByKey.get(key);
  if (!definition) throw new Error(`Internal error: no JSON-LD term \`${key}\` in the dataset context.`);
  return definition;
}

/** Collects nodes; adding to an existing IRI merges into the same node. */
export class GraphBuilder {
  readonly #nodes = new Map<string, GraphNode>();
  readonly expand: Expander;

  /**
   * @param expand Expander for compact IRIs.
   */
  constructor(expand: Expander) {
    this.expand = expand;
  }

  /**
   * The node for an IRI (created on first use).
   *
   * @param id Absolute IRI.
   * @param types Classes to add (compact IRIs).
   * @returns A writer for the node.
   */
  node(id: string, ...types: `${Prefix}:${string}`[]): NodeWriter {
    let node = this.#nodes.get(id);
    if (!node) {
      node = { id, types: [], values: new Map() };
      this.#nodes.set(id, node);
    }
    for (const type of types) {
      const iri = this.expand(type);
      if (!node.types.includes(iri)) node.types.push(iri);
    }
    return new NodeWriter(node);
  }

  /** Every node, in insertion order. */
  nodes(): GraphNode[] {
    return [...this.#nodes.values()];
  }
}

/** Adds values to one node, checking each against its term's kind. */
export class NodeWriter {
  readonly #node: GraphNode;

  /** @param node The node to write to. */
  constructor(node: GraphNode) {
    this.#node = node;
  }

  /** The node's IRI. */
  get id(): string {
    return this.#node.id;
  }

  /**
   * Add IRI values.
   *
   * @param key Term key of kind `iri`.
   * @param iris Absolute IRIs.
   * @returns This writer.
   */
  iri(key: string, ...iris: string[]): this {
    return this.#add(key, 'iri', iris.map((iri) => ({ kind: 'iri', iri })));
  }

  /**
   * Add one language-tagged string per locale (`zh` is tagged `zh-Hans`). Empty strings are skipped.
   *
   * @param key Term key of kind `lang` or `langs`.
   * @param text The text in both languages.
   * @returns This writer.
   */
  text(key: string, text: LocalizedText): this {
    return this.texts(key, { en: [text.en], zh: [text.zh] });
  }

  /**
   * Add language-tagged strings per locale. Empty strings are skipped.
   *
   * @param key Term key of kind `langs` (or `lang` with at most one string per language).
   * @param list Strings per language.
   * @returns This writer.
   */
  texts(key: string, list: LocalizedList): this {
    const values: GraphValue[] = [];
    for (const locale of ['en', 'zh'] as const) {
      for (const value of list[locale]) if (value !== '') values.push({ kind: 'lang', value, language: languageTags[locale] });
    }
    return this.#add(key, termOf(key).kind === 'langs' ? 'langs' : 'lang', values);
  }

  /**
   * Add plain string values.
   *
   * @param key Term key of kind `string`.
   * @param values The strings.
   * @returns This writer.
   */
  string(key: string, ...values: string[]): this {
    return this.#add(key, 'string', values.map((value) => ({ kind: 'string', value })));
  }

  /**
   * Add an integer value.
   *
   * @param key Term key of kind `integer`.
   * @param value The integer.
   * @returns This writer.
   */
  integer(key: string, value: number): this {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Unexpected ${key} ${value}, expected a safe integer.`);
    return this.#add(key, 'integer', [{ kind: 'integer', value }]);
  }

  /**
   * Add a date value (`YYYY-MM-DD`).
   *
   * @param key Term key of kind `date`.
   * @param value The date.
   * @returns This writer.
   */
  date(key: string, value: string): this {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`Unexpected date ${JSON.stringify(value)} for \`${key}\` of <${this.#node.id}>, expected YYYY-MM-DD.`);
    return this.#add(key, 'date', [{ kind: 'date', value }]);
  }

  #add(key: string, kind: TermDefinition['kind'], values: GraphValue[]): this {
    const definition = termOf(key);
    if (definition.kind !== kind) throw new Error(`Internal error: term \`${key}\` holds ${definition.kind} values, not ${kind}.`);
    const list = this.#node.values.get(key) ?? [];
    // Note: a Set of serialized values per list keeps de-duplication linear; comparing every pair was
    // quadratic in long lists such as `hasDefinedTerm` (120 s → 30 s CPU for a 10,000-concept dataset).
    let seen = seenValues.get(list);
    if (!seen) {
      seen = new Set(list.map((existing) => JSON.stringify(existing)));
      seenValues.set(list, seen);
    }
    for (const value of values) {
      const serialized = JSON.stringify(value);
      if (seen.has(serialized)) continue;
      seen.add(serialized);
      list.push(value);
    }
    if (list.length > 0) this.#node.values.set(key, list);
    return this;
  }
}

/** The serialized values already in each value list, so `#add` finds duplicates in O(1). */
const seenValues = new WeakMap<GraphValue[], Set<string>>();

/**
 * Compare strings by UTF-16 code units (locale-independent, so the order is the same everywhere).
 *
 * @param a First string.
 * @param b Second string.
 * @returns Negative, zero or positive.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
