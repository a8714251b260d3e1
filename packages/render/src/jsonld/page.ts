/**
 * Page markup for search engines: `"@context": "https://schema.org"` and schema.org types only
 * (no SKOS, no project terms: search engines ignore custom contexts). Text that exists in both
 * languages is written as `{"@value", "@language"}` objects, every value tagged.
 *
 * @module
 */
import { languageTags, locales, relationTypes, type Concept, type ConceptIdOf, type KnowledgeBaseData, type Locale, type LocalizedText, type Relation } from '@cloudvirt/core';
import { requireRecord } from '../markdown/kb-index.js';
import { checkEntryArguments, checkLang } from '../shared/arguments.js';
import { packDatasetDefaults } from './dataset-graph.js';
import { compareCodeUnits } from './graph.js';
import { externalIri, kbIris, type KbIris } from './iris.js';
import type { ConceptPageJsonLd, DatasetPageJsonLd, HomePageJsonLd, LanguageValue, SchemaAgent, SchemaDataset, SchemaDefinedTermSet, SchemaListItem, SchemaOrganization } from './schema-types.js';

/** Options shared by the page markup builders. */
export interface PageJsonLdOptions {
  /** Language of the page. */
  readonly lang: Locale;
  /** The site's base URL, which is also the dataset's base IRI. Default: the pack's base IRI (`pack.baseIri`, else `https://<pack id>.example/`). */
  readonly baseUrl?: string;
  /** Path pattern of concept pages (`/{lang}/concepts/{id}/`), as for the dataset. */
  readonly conceptUrlPattern?: string;
  /** Name of the site and glossary. Default: the pack's name (`pack.name`). */
  readonly title?: LocalizedText;
  /** Publisher. Default: an `Organization` named after the site, at the base URL. */
  readonly publisher?: { readonly name: string; readonly url: string };
  /**
   * Who wrote the text (the `author` of articles, the `creator` of the dataset): an `Organization` or a
   * `Person` in the page's language. Default: the publisher (search engines then see the site as author).
   */
  readonly author?: PageAuthor;
}

/** The author of the text: a `Person` or an `Organization` (never the web site itself). */
export interface PageAuthor {
  /** `Person` or `Organization`. */
  readonly type: 'Person' | 'Organization';
  /** Name, in the page's language. */
  readonly name: string;
  /** A page that identifies the author, when there is one. */
  readonly url?: string;
}

/** Options of {@link conceptPageJsonLd}. */
export interface ConceptPageJsonLdOptions extends PageJsonLdOptions {
  /** The page's own URL, when it differs from the pattern. */
  readonly pageUrl?: string;
  /** Absolute URL of the page's image (the social card): the article's `image`. */
  readonly image?: string;
  /**
   * Date (YYYY-MM-DD) the text was first published (such as the pack's `created`): the article's
   * `datePublished`. A record updated before it gets that date as `dateModified` too (it was published then).
   */
  readonly datePublished?: string;
}

/** Options of {@link homePageJsonLd}. */
export interface HomePageJsonLdOptions extends PageJsonLdOptions {
  /** Description of the dataset (Dataset Search wants 50–5000 characters). */
  readonly description?: LocalizedText;
  /** License URL of the data. */
  readonly license?: string;
  /** Other names of the site (Google's site names: `alternateName`), besides its title in the other language. */
  readonly alternateName?: readonly string[];
  /** The dataset's IRI in the dataset file (`kb.jsonld`), used as the `Dataset`'s `@id`. Default `{kb.jsonld}#dataset`. */
  readonly datasetIri?: string;
  /** Keywords of the dataset, in the page's language. */
  readonly keywords?: readonly string[];
  /** Identifier of the dataset (such as the pack id or its IRI). */
  readonly identifier?: string;
  /** Version of the data. */
  readonly version?: string;
  /** The works the data derives from (`isBasedOn`): a URL, or a name in the page's language when the work has no known URL. */
  readonly isBasedOn?: readonly BasedOnWork[];
  /** Date (YYYY-MM-DD) the data was first published (`datePublished`). */
  readonly datePublished?: string;
}

/** A work the data derives from. */
export interface BasedOnWork {
  /** Title, in the page's language. */
  readonly name: string;
  /** Where it is published, when known. */
  readonly url?: string;
  /** Its author, when known. */
  readonly author?: string;
  /** Its language (BCP 47). */
  readonly inLanguage?: string;
}

/**
 * The JSON-LD block of a concept page: `TechArticle` (the page; `mainEntity` and `about` point at
 * the concept IRI), `BreadcrumbList` (home → broader concepts → this one), `DefinedTerm` (the
 * concept, same `@id` as in the dataset, names and descriptions in both languages, Wikipedia
 * `sameAs`) and a `DefinedTermSet` stub for its glossary.
 *
 * @param data The knowledge base.
 * @param id Concept id (with the bundled `kb`, a `ConceptId`: typos fail to compile).
 * @param options Page language (required), base URL, page URL, title, publisher.
 * @returns The block; serialize it with {@link serializeJsonLdForScript}.
 * @throws {TypeError} On a missing knowledge base or options, a non-string id, an unknown option key.
 * @throws {RangeError} When `id` is not a concept of `data` or `lang` not `en`/`zh` (with a did-you-mean).
 */
export function conceptPageJsonLd<K extends KnowledgeBaseData>(data: K, id: ConceptIdOf<K>, options: ConceptPageJsonLdOptions): ConceptPageJsonLd {
  checkEntryArguments('conceptPageJsonLd', data, options, { keys: [...pageOptionKeys, 'pageUrl', 'image', 'datePublished'], required: true, example: "conceptPageJsonLd(kb, 'kvm', { lang: 'en' })" });
  const lang = checkLang('conceptPageJsonLd', options.lang, locales);
  const { iris, title, organization } = pageDefaults('conceptPageJsonLd', data, options);
  const { concepts } = pageIndex(data);
  const concept = requireRecord(concepts, id, 'concept');
  const pageUrl = options.pageUrl ?? iris.conceptPage(id, lang);
  const conceptIri = iris.concept(id);

  const ancestors = broaderChain(data, id).map((ancestorId): SchemaListItem => ({ '@type': 'ListItem', position: 0, name: concepts.get(ancestorId)!.label[lang], item: iris.conceptPage(ancestorId, lang) }));
  // Google's documented shape: every ListItem has position, a plain-string name and the URL as `item`
  // (the last one too, so every page type has one shape).
  const trail: SchemaListItem[] = [
    { '@type': 'ListItem', position: 0, name: title[lang], item: iris.home(lang) },
    ...ancestors,
    { '@type': 'ListItem', position: 0, name: concept.label[lang], item: pageUrl },
  ];
  const published = options.datePublished;
  const modified = published !== undefined && compareCodeUnits(concept.updated, published) < 0 ? published : concept.updated;
  const crumbs = trail.map((crumb, index): SchemaListItem => ({ ...crumb, position: index + 1 }));

  const aliases = languagesFirst(lang).flatMap((locale) => concept.aliases[locale].filter((alias) => alias !== concept.label[locale]).map((alias) => tagged(alias, locale)));
  const sameAs = languagesFirst(lang).flatMap((locale) => (concept.wikipedia[locale] ? [externalIri(concept.wikipedia[locale], `the Wikipedia links of \`${id}\``)] : []));

  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${pageUrl}#article`,
        headline: concept.label[lang],
        description: concept.definition[lang],
        inLanguage: languageTags[lang],
        url: pageUrl,
        mainEntity: { '@id': conceptIri },
        about: { '@id': conceptIri },
        isPartOf: { '@id': websiteId(iris) },
        ...(options.image !== undefined ? { image: externalIri(options.image, 'the `image` option') } : {}),
        ...(published !== undefined ? { datePublished: published } : {}),
        dateModified: modified,
        author: authorOf(options, organization),
        publisher: organization,
        ...(data.pack !== undefined ? { license: externalIri(data.pack.license.url, 'the licence of the pack') } : {}),
      },
      { '@type': 'BreadcrumbList', '@id': `${pageUrl}#breadcrumb`, itemListElement: crumbs },
      {
        '@type': 'DefinedTerm',
        '@id': conceptIri,
        name: languagesFirst(lang).map((locale) => tagged(concept.label[locale], locale)),
        ...(aliases.length > 0 ? { alternateName: aliases } : {}),
        description: languagesFirst(lang).map((locale) => tagged(concept.definition[locale], locale)),
        termCode: id,
        inDefinedTermSet: { '@id': iris.scheme },
        url: pageUrl,
        ...(sameAs.length === 1 ? { sameAs: sameAs[0]! } : sameAs.length > 1 ? { sameAs } : {}),
      },
      termSetStub(iris, title, lang),
    ],
  };
}

/**
 * The JSON-LD block of the home page: `WebSite` (site name), the `DefinedTermSet` of the glossary,
 * and a `Dataset` whose distributions are `kb.jsonld` and `kb.ttl`.
 *
 * @param data The knowledge base (for the modification date).
 * @param options Page language, base URL, title, description, license, publisher.
 * @returns The block; serialize it with {@link serializeJsonLdForScript}.
 * @throws {TypeError} On a missing knowledge base or options, or an unknown option key.
 * @throws {RangeError} When `lang` is not `en` or `zh` (with a did-you-mean).
 */
export function homePageJsonLd(data: KnowledgeBaseData, options: HomePageJsonLdOptions): HomePageJsonLd {
  checkEntryArguments('homePageJsonLd', data, options, { keys: [...pageOptionKeys, ...datasetOptionKeys], required: true, example: "homePageJsonLd(kb, { lang: 'en' })" });
  const lang = checkLang('homePageJsonLd', options.lang, locales);
  const { iris, title, organization } = pageDefaults('homePageJsonLd', data, options);
  const otherNames = languagesFirst(lang)
    .slice(1)
    .map((locale) => title[locale])
    .concat(options.alternateName ?? [])
    .filter((name, index, names) => name !== title[lang] && names.indexOf(name) === index);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': websiteId(iris), name: title[lang], ...(otherNames.length > 0 ? { alternateName: otherNames } : {}), url: iris.base, inLanguage: allLanguageTags(), publisher: organization },
      termSetStub(iris, title, lang),
      datasetNode('homePageJsonLd', data, options),
    ],
  };
}

/**
 * The JSON-LD block of a page that offers the dataset (the downloads page): the `Dataset` alone, as on
 * the home page (Google Dataset Search reads it on every page that describes the dataset).
 *
 * @param data The knowledge base (for the modification date).
 * @param options As {@link homePageJsonLd}.
 * @returns The block; serialize it with {@link serializeJsonLdForScript}.
 * @throws {TypeError} On a missing knowledge base or options, or an unknown option key.
 * @throws {RangeError} When `lang` is not `en` or `zh` (with a did-you-mean).
 */
export function datasetPageJsonLd(data: KnowledgeBaseData, options: HomePageJsonLdOptions): DatasetPageJsonLd {
  checkEntryArguments('datasetPageJsonLd', data, options, { keys: [...pageOptionKeys, ...datasetOptionKeys], required: true, example: "datasetPageJsonLd(kb, { lang: 'en' })" });
  checkLang('datasetPageJsonLd', options.lang, locales);
  return { '@context': 'https://schema.org', ...datasetNode('datasetPageJsonLd', data, options) };
}

/** The keys of {@link HomePageJsonLdOptions} beyond {@link PageJsonLdOptions}. */
const datasetOptionKeys: readonly string[] = ['alternateName', 'description', 'license', 'datasetIri', 'keywords', 'identifier', 'version', 'isBasedOn', 'datePublished'];

/** The schema.org `Dataset` node (Google Dataset Search: name, description of 50–5000 characters, and the recommended properties given). */
function datasetNode(fn: string, data: KnowledgeBaseData, options: HomePageJsonLdOptions): SchemaDataset {
  const lang = options.lang;
  const { iris, title, description, organization } = pageDefaults(fn, data, options);
  const latest = [...data.concepts.map((c) => c.updated), ...data.comparisons.map((c) => c.updated), data.responsibilityMatrix.updated].sort(compareCodeUnits).at(-1);
  const basedOn = (options.isBasedOn ?? []).map((work) =>
    work.url !== undefined
      ? externalIri(work.url, 'the `isBasedOn` option')
      : { '@type': 'CreativeWork' as const, name: work.name, ...(work.author !== undefined ? { author: { '@type': 'Person' as const, name: work.author } } : {}), ...(work.inLanguage !== undefined ? { inLanguage: work.inLanguage } : {}) },
  );
  return {
    '@type': 'Dataset',
    '@id': options.datasetIri !== undefined ? externalIri(options.datasetIri, 'the `datasetIri` option') : `${iris.jsonLdFile}#dataset`,
    name: title[lang],
    description: description[lang],
    url: iris.base,
    ...(options.identifier !== undefined ? { identifier: options.identifier } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
    ...(options.keywords !== undefined && options.keywords.length > 0 ? { keywords: [...options.keywords] } : {}),
    inLanguage: allLanguageTags(),
    isAccessibleForFree: true,
    ...(options.datePublished !== undefined ? { datePublished: options.datePublished } : {}),
    ...(latest !== undefined ? { dateModified: latest } : {}),
    ...(options.license !== undefined ? { license: externalIri(options.license, 'the `license` option') } : {}),
    ...(basedOn.length > 0 ? { isBasedOn: basedOn } : {}),
    creator: authorOf(options, organization),
    publisher: organization,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/ld+json', contentUrl: iris.jsonLdFile },
      { '@type': 'DataDownload', encodingFormat: 'text/turtle', contentUrl: iris.turtleFile },
    ],
  };
}

function authorOf(options: PageJsonLdOptions, organization: SchemaOrganization): SchemaAgent {
  const author = options.author;
  if (author === undefined) return organization;
  return { '@type': author.type, name: author.name, ...(author.url !== undefined ? { url: externalIri(author.url, 'the `author` option') } : {}) };
}

/** The keys of {@link PageJsonLdOptions}. */
const pageOptionKeys: readonly string[] = ['lang', 'baseUrl', 'conceptUrlPattern', 'title', 'publisher', 'author'];

/**
 * What a page block takes from the pack unless the options say otherwise: the IRIs under the pack's base
 * (`baseUrl` wins), its name as the site title, its dataset description, and the publisher named after it.
 */
function pageDefaults(fn: string, data: KnowledgeBaseData, options: PageJsonLdOptions & { readonly description?: LocalizedText }): { iris: KbIris; title: LocalizedText; description: LocalizedText; organization: SchemaOrganization } {
  const { baseIri, title, description } = packDatasetDefaults(fn, data, { ...(options.baseUrl !== undefined ? { baseIri: options.baseUrl } : {}), ...(options.title !== undefined ? { title: options.title } : {}), ...(options.description !== undefined ? { description: options.description } : {}) });
  const iris = kbIris({ baseIri, ...(options.conceptUrlPattern !== undefined ? { conceptUrlPattern: options.conceptUrlPattern } : {}) });
  return { iris, title, description, organization: publisher(options, iris, title) };
}

function websiteId(iris: KbIris): string {
  return `${iris.base}#website`;
}

function publisher(options: PageJsonLdOptions, iris: KbIris, title: LocalizedText): SchemaOrganization {
  return { '@type': 'Organization', name: options.publisher?.name ?? title[options.lang], url: options.publisher?.url ?? iris.base };
}

function termSetStub(iris: KbIris, title: LocalizedText, lang: Locale): SchemaDefinedTermSet {
  return { '@type': 'DefinedTermSet', '@id': iris.scheme, name: languagesFirst(lang).map((locale) => tagged(title[locale], locale)), inLanguage: allLanguageTags(), url: iris.base };
}

function tagged(value: string, locale: Locale): LanguageValue {
  return { '@value': value, '@language': languageTags[locale] };
}

function languagesFirst(lang: Locale): Locale[] {
  return [lang, ...locales.filter((locale) => locale !== lang)];
}

function allLanguageTags(): string[] {
  return locales.map((locale) => languageTags[locale]);
}

/** What the page blocks look up, indexed once per concepts and relations arrays. */
interface PageIndex {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Each concept's first hierarchical (SKOS broader) relation target among the known concepts, in data order. */
  readonly firstBroader: ReadonlyMap<string, string>;
}

const pageIndexes = new WeakMap<readonly Concept[], WeakMap<readonly Relation[], PageIndex>>();

/**
 * The index of a knowledge base, built on the first page block and reused for the others (a site calls
 * {@link conceptPageJsonLd} once per concept and language: building it per call was quadratic). Keyed by
 * the data's arrays, which are treated as immutable.
 */
function pageIndex(data: KnowledgeBaseData): PageIndex {
  let byRelations = pageIndexes.get(data.concepts);
  if (byRelations === undefined) {
    byRelations = new WeakMap();
    pageIndexes.set(data.concepts, byRelations);
  }
  let index = byRelations.get(data.relations);
  if (index === undefined) {
    const concepts = new Map(data.concepts.map((concept) => [concept.id, concept]));
    const firstBroader = new Map<string, string>();
    for (const relation of data.relations) {
      if (relationTypes[relation.type].skos === 'broader' && concepts.has(relation.to) && !firstBroader.has(relation.from)) firstBroader.set(relation.from, relation.to);
    }
    index = { concepts, firstBroader };
    byRelations.set(data.relations, index);
  }
  return index;
}

/**
 * The chain of broader concepts above `id`, root first, following the first hierarchical relation
 * of each concept (in data order); stops at a cycle.
 */
function broaderChain(data: KnowledgeBaseData, id: string): string[] {
  const { firstBroader } = pageIndex(data);
  const chain: string[] = [];
  const seen = new Set([id]);
  let current = id;
  for (;;) {
    const parent = firstBroader.get(current);
    if (parent === undefined || seen.has(parent)) break;
    chain.unshift(parent);
    seen.add(parent);
    current = parent;
  }
  return chain;
}
