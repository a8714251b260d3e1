/**
 * The IRI and URL scheme shared by the dataset, the page markup and the site.
 *
 * | what | IRI |
 * | --- | --- |
 * | concept (language-neutral) | `{baseIri}concepts/{id}` |
 * | concept scheme = term set | `{baseIri}concepts/` |
 * | concept page (per language) | `{baseIri}{lang}/concepts/{id}/` (pattern configurable) |
 * | topic (a `skos:Collection`) | `{baseIri}topics/{id}` |
 * | comparison, its rows/columns/cells | `{baseIri}comparisons/{id}`, `…/rows/{subject}`, `…/columns/{dimension}`, `…/cells/{subject}/{dimension}` |
 * | responsibility matrix, its rows/columns/cells | `{baseIri}responsibility-matrix`, `…/rows/{layer}`, `…/columns/{model}`, `…/cells/{model}/{layer}` |
 * | a relation that carries a note (`rdf:Statement`) | `{baseIri}relations/{from}/{type}/{to}` |
 * | relation vocabulary (`kb:`), its `owl:Ontology` | `{baseIri}vocab#`, `{baseIri}vocab` |
 * | data vocabulary (`kbd:`), its `owl:Ontology` | `{baseIri}vocab/data#`, `{baseIri}vocab/data` |
 * | home page, dataset files | `{baseIri}{lang}/`, `{baseIri}kb.jsonld`, `{baseIri}kb.ttl` |
 *
 * @module
 */
import { checkOptionKeys, expectOneOf, expectString, locales, type Locale, type Relation } from '@cloudvirt/core';
import { defaultConceptUrlPattern, fillConceptUrlPattern } from '../markdown/options.js';

/**
 * CloudVirt's base IRI (and site URL), `https://cloudvirt.example/`: the base of {@link kbIris},
 * `conceptIri` and `conceptPageUrl` called without one. The functions that take a knowledge base default
 * to its pack's base instead (`pack.baseIri`, else `https://<pack id>.example/`, which for CloudVirt is
 * this one).
 */
export const defaultBaseIri = 'https://cloudvirt.example/';

/** Options that decide IRIs and page URLs. */
export interface IriOptions {
  /** Absolute http(s) IRI ending with `/`; concept IRIs and page URLs live under it. Default {@link defaultBaseIri}. */
  readonly baseIri?: string;
  /** Path pattern of concept pages under the base, with `{lang}` and `{id}`. Default `/{lang}/concepts/{id}/`. */
  readonly conceptUrlPattern?: string;
}

/** Every IRI the adapters mint, for one base IRI. */
export interface KbIris {
  /** The base IRI itself (also the site's home URL). */
  readonly base: string;
  /** The concept scheme / defined term set. */
  readonly scheme: string;
  /** Namespace of the typed relation properties (`kb:`). */
  readonly relationVocabulary: string;
  /** Namespace of the data vocabulary for comparisons, the matrix and concept metadata (`kbd:`). */
  readonly dataVocabulary: string;
  /** The `owl:Ontology` of the relation vocabulary: its namespace without the `#`. */
  readonly relationOntology: string;
  /** The `owl:Ontology` of the data vocabulary: its namespace without the `#`. */
  readonly dataOntology: string;
  /** The dataset (`dcat:Dataset`, `void:Dataset`, `schema:Dataset`): `{base}dataset`. */
  readonly dataset: string;
  /** The VoID / DCAT description of the dataset, at the well-known place: `{base}.well-known/void`. */
  readonly voidDescription: string;
  /** The dataset file as JSON-LD. */
  readonly jsonLdFile: string;
  /** The dataset file as Turtle. */
  readonly turtleFile: string;
  /** A concept. */
  concept(id: string): string;
  /** A concept's page in one language. */
  conceptPage(id: string, lang: Locale): string;
  /** The home page in one language. */
  home(lang: Locale): string;
  /** A topic collection. */
  topic(id: string): string;
  /** A comparison. */
  comparison(id: string): string;
  /** The responsibility matrix. */
  readonly matrix: string;
  /** A relation, as a reified statement (only minted for relations with a note). */
  relation(relation: Relation): string;
}

/**
 * Validate a base IRI.
 *
 * @param baseIri The candidate; `undefined` gives {@link defaultBaseIri}.
 * @returns The base IRI.
 * @throws {TypeError} When it is not an absolute http(s) IRI ending with `/`, or has a query or fragment.
 */
export function resolveBaseIri(baseIri: string | undefined): string {
  const base = baseIri ?? defaultBaseIri;
  const url = URL.canParse(base) ? new URL(base) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || !base.endsWith('/') || url.search !== '' || url.hash !== '') {
    throw new TypeError(
      `Unexpected base IRI ${JSON.stringify(base)}, expected an absolute http(s) IRI ending with "/" and without query or fragment.\nhint: for example '${defaultBaseIri}'.`,
    );
  }
  return url.href;
}

/** The keys of {@link IriOptions}. */
const iriOptionKeys: readonly string[] = ['baseIri', 'conceptUrlPattern'];

/**
 * Check the {@link IriOptions} argument of a public IRI function: no unknown key, strings.
 *
 * @param fn The function's name, for messages.
 * @param options The value received.
 * @throws {TypeError} When it is not an object, has an unknown key (with a did-you-mean) or a non-string value.
 */
export function checkIriOptions(fn: string, options: unknown): asserts options is IriOptions | undefined {
  checkOptionKeys(`${fn} options`, options, iriOptionKeys);
  const given = (options ?? {}) as Record<string, unknown>;
  if (given.baseIri !== undefined) expectString(`\`baseIri\` option of ${fn}`, given.baseIri, `an absolute http(s) IRI ending with "/" (a string, such as '${defaultBaseIri}')`);
  if (given.conceptUrlPattern !== undefined) expectString(`\`conceptUrlPattern\` option of ${fn}`, given.conceptUrlPattern, `a path pattern with \`{lang}\` and \`{id}\` (a string, such as '${defaultConceptUrlPattern}')`);
}

/**
 * The IRIs for one base IRI.
 *
 * @param options Base IRI and concept page pattern.
 * @returns IRI makers.
 * @throws {TypeError} When `options` has an unknown key or a wrong type, or the base IRI is invalid.
 */
export function kbIris(options?: IriOptions): KbIris {
  checkIriOptions('kbIris', options);
  return mintKbIris(options);
}

/**
 * The IRIs for one base IRI, for internal callers whose public entry point already checked its (wider)
 * options, such as `toJsonLdDataset`; users call {@link kbIris}, which checks.
 *
 * @param options Base IRI and concept page pattern; other keys are ignored.
 * @returns IRI makers.
 * @throws {TypeError} When the base IRI is invalid.
 */
export function mintKbIris(options?: IriOptions): KbIris {
  const base = resolveBaseIri(options?.baseIri);
  const pattern = options?.conceptUrlPattern ?? defaultConceptUrlPattern;
  const segment = encodeURIComponent;
  return {
    base,
    scheme: `${base}concepts/`,
    relationVocabulary: `${base}vocab#`,
    dataVocabulary: `${base}vocab/data#`,
    relationOntology: `${base}vocab`,
    dataOntology: `${base}vocab/data`,
    dataset: `${base}dataset`,
    voidDescription: `${base}.well-known/void`,
    jsonLdFile: `${base}kb.jsonld`,
    turtleFile: `${base}kb.ttl`,
    concept: (id) => `${base}concepts/${segment(id)}`,
    conceptPage: (id, lang) => new URL(fillConceptUrlPattern(pattern, id, lang, base), base).href,
    home: (lang) => `${base}${lang}/`,
    topic: (id) => `${base}topics/${segment(id)}`,
    comparison: (id) => `${base}comparisons/${segment(id)}`,
    matrix: `${base}responsibility-matrix`,
    relation: (relation) => `${base}relations/${segment(relation.from)}/${segment(relation.type)}/${segment(relation.to)}`,
  };
}

/**
 * The IRI of a concept: `{baseIri}concepts/{id}`.
 *
 * @param id Concept id.
 * @param options Base IRI.
 * @returns The IRI.
 * @throws {TypeError} When `id` is not a string, or `options` has an unknown key or a wrong type.
 */
export function conceptIri(id: string, options?: IriOptions): string {
  expectString('concept id argument of conceptIri', id, 'a concept id (a string)');
  checkIriOptions('conceptIri', options);
  return mintKbIris(options).concept(id);
}

/**
 * The URL of a concept's page: `{baseIri}{lang}/concepts/{id}/` by default.
 *
 * @param id Concept id.
 * @param lang Page language.
 * @param options Base IRI and pattern.
 * @returns The URL.
 * @throws {TypeError} When `id` is not a string, or `options` has an unknown key or a wrong type.
 * @throws {RangeError} When `lang` is not a locale (`cn` suggests `zh`).
 */
export function conceptPageUrl(id: string, lang: Locale, options?: IriOptions): string {
  expectString('concept id argument of conceptPageUrl', id, 'a concept id (a string)');
  const locale = expectOneOf('`lang` argument of conceptPageUrl', lang, locales);
  checkIriOptions('conceptPageUrl', options);
  return mintKbIris(options).conceptPage(id, locale);
}

/**
 * An external URL (source, Wikipedia page) as an IRI that every RDF syntax accepts: parsed and
 * re-serialized by WHATWG URL rules (non-ASCII percent-encoded), plus the few characters Turtle
 * forbids in IRIs that URL rules leave alone.
 *
 * @param url Absolute http(s) URL.
 * @param where What the URL is, for the error message.
 * @returns The normalized IRI.
 * @throws {TypeError} When it is not an absolute http(s) URL.
 */
export function externalIri(url: string, where: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new TypeError(`Unexpected URL ${JSON.stringify(url)} in ${where}, expected an absolute http(s) URL.`);
  }
  return new URL(url).href.replace(/[|^`{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
