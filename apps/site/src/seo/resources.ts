/**
 * The resources of the dataset as the site serves them: every IRI `kb.jsonld` mints under `SITE_URL`
 * has a document (`toDatasetDocuments` of `@cloudvirt/render/jsonld`), which the site writes as a page
 * at the IRI's path with its JSON-LD and Turtle beside it (`resourceFiles`). This module indexes those
 * documents for the pages: the node of an IRI, a title for it in both languages, compact IRIs and links.
 *
 * @module
 */
import { languageTags, type Locale, type LocalizedText } from '@cloudvirt/core';
import { datasetTerms, kbIris, namespaces, toDatasetDocuments, type DatasetDocument, type GraphNode, type GraphValue, type KbIris } from '@cloudvirt/render/jsonld';
import type { SiteContext } from '../context.js';
import { ui } from '../i18n.js';
import { pagePath } from '../urls.js';
import { datasetOptions } from './dataset.js';

/** Every document and node of the dataset under the base, with lookups. */
export class ResourceIndex {
  /** The documents, by IRI order. */
  readonly documents: readonly DatasetDocument[];
  /** The IRIs of the base. */
  readonly iris: KbIris;
  readonly #nodes = new Map<string, GraphNode>();
  readonly #prefixes: readonly (readonly [string, string])[];

  /**
   * @param context The site context (knowledge base and base URL).
   */
  constructor(context: SiteContext) {
    this.iris = kbIris({ baseIri: context.siteUrl });
    // Note: the same options as the dataset download (seo/dataset.ts), so each copy holds exactly the
    // triples kb.jsonld has about its resource.
    // Each Turtle text is built by appending, so it is a tree of millions of string pieces (about 175 MB
    // of heap at 10,000 concepts): the site keeps one flat copy instead, for the whole build.
    this.documents = toDatasetDocuments(context.kb, datasetOptions(context.siteUrl, context.identity)).map((document) => ({ ...document, turtle: flatString(document.turtle) }));
    for (const document of this.documents) for (const node of document.nodes) this.#nodes.set(node.id, node);
    this.#prefixes = Object.entries({ ...namespaces, kb: this.iris.relationVocabulary, kbd: this.iris.dataVocabulary }).sort(([, a], [, b]) => b.length - a.length);
  }

  /** The node of an IRI under the base, if the dataset describes it. */
  node(iri: string): GraphNode | undefined {
    return this.#nodes.get(iri);
  }

  /** Every node under the base. */
  nodes(): IterableIterator<GraphNode> {
    return this.#nodes.values();
  }

  /**
   * A compact IRI (`kbd:Cell`, `skos:Concept`) when a namespace of the dataset holds the IRI, else the IRI.
   *
   * @param iri An absolute IRI.
   */
  curie(iri: string): string {
    for (const [prefix, namespace] of this.#prefixes) if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
    return iri;
  }

  /**
   * Expand a compact IRI of the dataset's namespaces.
   *
   * @param curie `kb:isA`, `skos:Concept`…
   */
  expand(curie: string): string {
    const colon = curie.indexOf(':');
    const namespace = this.#prefixes.find(([prefix]) => prefix === curie.slice(0, colon))?.[1];
    return namespace === undefined ? curie : namespace + curie.slice(colon + 1);
  }

  /**
   * Where a link to an IRI goes: the root-relative path for IRIs under the base (they resolve on the
   * site), the IRI itself otherwise.
   *
   * @param iri An absolute IRI.
   */
  href(iri: string): string {
    return iri.startsWith(this.iris.base) ? `/${iri.slice(this.iris.base.length)}` : iri;
  }

  /**
   * The name of a resource in both languages: its `schema:name`, `skos:prefLabel` or `rdfs:label`, or
   * one made from its parts (rows, columns, cells, noted relations), or the IRI.
   *
   * @param iri An IRI under the base.
   */
  title(iri: string): LocalizedText {
    const node = this.node(iri);
    if (node === undefined) return { en: iri, zh: iri };
    const own = ownText(node);
    if (own !== undefined) return own;
    const kbd = (name: string): string => `${this.iris.dataVocabulary}${name}`;
    const first = (key: string): string | undefined => iriValues(node, key)[0];
    const position = node.values.get('position')?.[0];
    const concept = first('concept');
    if (position?.kind === 'integer' && concept !== undefined) {
      const name = this.title(concept);
      const make = node.types.includes(kbd('Row')) ? 'rowTitle' : 'columnTitle';
      return { en: ui.en[make](position.value, name.en), zh: ui.zh[make](position.value, name.zh) };
    }
    const row = first('inRow');
    const column = first('inColumn');
    if (row !== undefined && column !== undefined) {
      const [a, b] = [this.#lineName(row), this.#lineName(column)];
      return { en: `${a.en} × ${b.en}`, zh: `${a.zh} × ${b.zh}` };
    }
    const [subject, predicate, object] = [first('subject'), first('predicate'), first('object')];
    if (subject !== undefined && predicate !== undefined && object !== undefined) {
      const [a, p, b] = [this.title(subject), this.title(predicate), this.title(object)];
      return { en: `${a.en} · ${p.en} · ${b.en}`, zh: `${a.zh} · ${p.zh} · ${b.zh}` };
    }
    return { en: iri, zh: iri };
  }

  /** A row or column named by its own name or by its concept. */
  #lineName(iri: string): LocalizedText {
    const node = this.node(iri);
    const concept = node === undefined ? undefined : iriValues(node, 'concept')[0];
    return (node && ownText(node)) ?? (concept === undefined ? this.title(iri) : this.title(concept));
  }

  /**
   * The compact property name of a value key of a node (`prefLabel` → `skos:prefLabel`).
   *
   * @param key A key of `datasetTerms`.
   */
  static propertyOf(key: string): string {
    return datasetTerms.find((term) => term.key === key)?.curie ?? key;
  }
}

/**
 * A copy of a string in one piece (an appended string is a tree of its pieces until it is flattened);
 * through JSON, which keeps every code unit, lone surrogates included.
 */
function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The language-tagged values of a key, by locale. */
export function textOf(node: GraphNode, key: string): LocalizedText | undefined {
  const values = (node.values.get(key) ?? []).filter((value): value is Extract<GraphValue, { kind: 'lang' }> => value.kind === 'lang');
  const en = values.find((value) => value.language === languageTags.en)?.value;
  const zh = values.find((value) => value.language === languageTags.zh)?.value;
  return en === undefined && zh === undefined ? undefined : { en: en ?? zh ?? '', zh: zh ?? en ?? '' };
}

function ownText(node: GraphNode): LocalizedText | undefined {
  return textOf(node, 'name') ?? textOf(node, 'prefLabel') ?? textOf(node, 'label');
}

/** The IRI values of a key. */
export function iriValues(node: GraphNode, key: string): string[] {
  return (node.values.get(key) ?? []).flatMap((value) => (value.kind === 'iri' ? [value.iri] : []));
}

/**
 * The people's pages about a resource, by the IRI's path: a topic, comparison or the matrix (and their
 * rows, columns and cells) have their page in each language; a noted relation the page of its source
 * concept.
 *
 * @param path The root-relative path of the resource IRI.
 * @returns The page path per language, or `undefined`.
 */
export function humanPagesOf(path: string): Readonly<Record<Locale, string>> | undefined {
  const [kind, id] = path.split('/').slice(1);
  const both = (make: (locale: Locale) => string) => ({ en: make('en'), zh: make('zh') });
  if (kind === 'topics' && id) return both((locale) => pagePath(locale, { type: 'topic', id }));
  if (kind === 'comparisons' && id) return both((locale) => pagePath(locale, { type: 'comparison', id }));
  if (kind === 'responsibility-matrix') return both((locale) => pagePath(locale, { type: 'matrix' }));
  if (kind === 'relations' && id) return both((locale) => pagePath(locale, { type: 'concept', id }));
  return undefined;
}

/**
 * The document a part of a table belongs to (`/comparisons/x/cells/a/b` → `/comparisons/x`).
 *
 * @param path The root-relative path of the resource IRI.
 */
export function parentPathOf(path: string): string | undefined {
  const match = /^(.+?)\/(?:rows|columns|cells)\//u.exec(path);
  return match?.[1];
}

const indexes = new WeakMap<SiteContext, ResourceIndex>();

/**
 * The resource index of a site context (built once per context).
 *
 * @param context The site context.
 */
export function resourceIndex(context: SiteContext): ResourceIndex {
  let index = indexes.get(context);
  if (index === undefined) {
    index = new ResourceIndex(context);
    indexes.set(context, index);
  }
  return index;
}
