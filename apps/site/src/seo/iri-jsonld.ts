/**
 * The JSON-LD of the concept IRI pages: the concept (`DefinedTerm`) or the concept scheme
 * (`DefinedTermSet`) under the same `@id` as in `kb.jsonld`, so a client that dereferences an IRI of the
 * dataset and reads the page's markup finds the resource it asked for. schema.org terms only.
 *
 * @module
 */
import { languageTags, locales, type Concept, type LocalizedText } from '@cloudvirt/core';
import { kbIris } from '@cloudvirt/render/jsonld';
import type { SiteContext } from '../context.js';
import { absoluteUrl, conceptPath } from '../urls.js';
import { tagged } from './page-jsonld.js';

/**
 * The markup of a concept IRI page: the concept with its names and definitions in both languages and
 * the URLs of its two pages.
 *
 * @param context The site context (base URL).
 * @param concept The concept.
 * @returns A JSON-LD document with `"@context": "https://schema.org"`.
 */
export function conceptIriJsonLd(context: SiteContext, concept: Concept): object {
  const iris = kbIris({ baseIri: context.siteUrl });
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': iris.concept(concept.id),
    name: locales.map((locale) => tagged(concept.label[locale], locale)),
    description: locales.map((locale) => tagged(concept.definition[locale], locale)),
    termCode: concept.id,
    inDefinedTermSet: { '@id': iris.scheme },
    url: locales.map((locale) => absoluteUrl(context.siteUrl, conceptPath(locale, concept.id))),
  };
}

/**
 * The markup of the concept scheme page: the term set, named as the site, with every concept IRI.
 *
 * @param context The site context (knowledge base, base URL).
 * @returns A JSON-LD document with `"@context": "https://schema.org"`.
 */
export function conceptSchemeJsonLd(context: SiteContext): object {
  const iris = kbIris({ baseIri: context.siteUrl });
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': iris.scheme,
    name: locales.map((locale) => tagged(context.identity.title[locale], locale)),
    url: iris.base,
    hasDefinedTerm: context.kb.concepts.map((concept) => ({ '@id': iris.concept(concept.id) })),
    ...(context.kb.pack !== undefined ? { license: context.kb.pack.license.url } : {}),
  };
}

/**
 * The markup of a page that describes a resource of the dataset other than a concept (a topic, a table
 * or one of its parts, a noted relation, a vocabulary): a `WebPage` about the resource's IRI, named in
 * both languages. schema.org terms only; the resource itself is described in the JSON-LD copy beside
 * the page.
 *
 * @param context The site context (base URL).
 * @param iri The resource IRI (the page's URL is the IRI without fragment).
 * @param name The page's name per language.
 * @returns A JSON-LD document with `"@context": "https://schema.org"`.
 */
export function resourcePageJsonLd(context: SiteContext, iri: string, name: LocalizedText): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: locales.map((locale) => tagged(name[locale], locale)),
    url: iri.replace(/#.*$/su, ''),
    inLanguage: locales.map((locale) => languageTags[locale]),
    about: { '@id': iri },
    isPartOf: { '@id': `${context.siteUrl}#website` },
    ...(context.kb.pack !== undefined ? { license: context.kb.pack.license.url } : {}),
  };
}
