/**
 * Minimal hand-written types of the schema.org page markup this adapter emits (a subset of what
 * `schema-dts` would give, plus JSON-LD value objects for language-tagged text).
 *
 * @module
 */

/** A language-tagged string: `{"@value": "虚拟化", "@language": "zh-Hans"}`. */
export interface LanguageValue {
  /** The text. */
  readonly '@value': string;
  /** BCP 47 tag (`en`, `zh-Hans`). */
  readonly '@language': string;
}

/** A reference to a node described elsewhere: `{"@id": "https://…"}`. */
export interface IdReference {
  /** Absolute IRI. */
  readonly '@id': string;
}

/** schema.org `Organization` (author / publisher). */
export interface SchemaOrganization {
  readonly '@type': 'Organization';
  readonly name: string;
  readonly url: string;
}

/** An author or creator: a `Person` or an `Organization`. */
export interface SchemaAgent {
  readonly '@type': 'Person' | 'Organization';
  readonly name: string;
  readonly url?: string;
}

/** A work without a known URL, for `isBasedOn`. */
export interface SchemaCreativeWork {
  readonly '@type': 'CreativeWork';
  readonly name: string;
  readonly author?: { readonly '@type': 'Person'; readonly name: string };
  readonly inLanguage?: string;
}

/** schema.org `TechArticle`: the concept page itself. */
export interface SchemaTechArticle {
  readonly '@type': 'TechArticle';
  readonly '@id': string;
  readonly headline: string;
  readonly description: string;
  readonly inLanguage: string;
  readonly url: string;
  readonly mainEntity: IdReference;
  readonly about: IdReference;
  readonly isPartOf: IdReference;
  readonly image?: string;
  readonly datePublished?: string;
  readonly dateModified: string;
  readonly author: SchemaAgent;
  readonly publisher: SchemaOrganization;
  /** The licence of the text (the pack's, `content/pack.md`), when the knowledge base has a pack. */
  readonly license?: string;
}

/** schema.org `ListItem` of a breadcrumb, in Google's documented shape: position, a plain-string name, the URL as `item`. */
export interface SchemaListItem {
  readonly '@type': 'ListItem';
  readonly position: number;
  readonly name: string;
  readonly item: string;
}

/** schema.org `BreadcrumbList`. */
export interface SchemaBreadcrumbList {
  readonly '@type': 'BreadcrumbList';
  readonly '@id': string;
  readonly itemListElement: readonly SchemaListItem[];
}

/** schema.org `DefinedTerm`: the concept, with names and descriptions in every language. */
export interface SchemaDefinedTerm {
  readonly '@type': 'DefinedTerm';
  readonly '@id': string;
  readonly name: readonly LanguageValue[];
  readonly alternateName?: readonly LanguageValue[];
  readonly description: readonly LanguageValue[];
  readonly termCode: string;
  readonly inDefinedTermSet: IdReference;
  readonly url: string;
  readonly sameAs?: string | readonly string[];
}

/** schema.org `DefinedTermSet`: the glossary the term belongs to. */
export interface SchemaDefinedTermSet {
  readonly '@type': 'DefinedTermSet';
  readonly '@id': string;
  readonly name: readonly LanguageValue[];
  readonly inLanguage: readonly string[];
  readonly url: string;
}

/** schema.org `WebSite` (site name on the home page). */
export interface SchemaWebSite {
  readonly '@type': 'WebSite';
  readonly '@id': string;
  readonly name: string;
  /** The site name in the other language; absent when it is the same. */
  readonly alternateName?: readonly string[];
  readonly url: string;
  readonly inLanguage: readonly string[];
  readonly publisher: SchemaOrganization;
}

/** schema.org `DataDownload`: one file of the dataset. */
export interface SchemaDataDownload {
  readonly '@type': 'DataDownload';
  readonly encodingFormat: string;
  readonly contentUrl: string;
}

/** schema.org `Dataset`: `kb.jsonld` / `kb.ttl`, for Dataset Search. */
export interface SchemaDataset {
  readonly '@type': 'Dataset';
  readonly '@id': string;
  readonly name: string;
  readonly description: string;
  readonly url: string;
  readonly identifier?: string;
  readonly version?: string;
  readonly keywords?: readonly string[];
  readonly inLanguage: readonly string[];
  readonly isAccessibleForFree: true;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly license?: string;
  readonly isBasedOn?: readonly (string | SchemaCreativeWork)[];
  readonly creator: SchemaAgent;
  readonly publisher: SchemaOrganization;
  readonly distribution: readonly SchemaDataDownload[];
}

/** The JSON-LD block of a page that offers the dataset (the downloads page). */
export type DatasetPageJsonLd = { readonly '@context': 'https://schema.org' } & SchemaDataset;

/** The JSON-LD block of a concept page. */
export interface ConceptPageJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly [SchemaTechArticle, SchemaBreadcrumbList, SchemaDefinedTerm, SchemaDefinedTermSet];
}

/** The JSON-LD block of the home page. */
export interface HomePageJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly [SchemaWebSite, SchemaDefinedTermSet, SchemaDataset];
}
