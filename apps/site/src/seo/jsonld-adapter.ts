/**
 * The page markup of concept pages and the home page, from the JSON-LD adapter
 * (`@cloudvirt/render/jsonld`), with the site's base URL as the base IRI so page blocks and
 * `kb.jsonld` name the same concepts, and the site's name as the title, so the `WebSite` name, the
 * breadcrumbs and the visible brand agree.
 *
 * @module
 */
import type { Concept, Locale, LocalizedText } from '@cloudvirt/core';
import { conceptPageJsonLd as adapterConceptPage, datasetPageJsonLd as adapterDatasetPage, homePageJsonLd as adapterHomePage, type HomePageJsonLdOptions, type PageAuthor } from '@cloudvirt/render/jsonld';
import type { SiteContext } from '../context.js';
import { absoluteUrl, pagePath } from '../urls.js';
import { firstPublished, packOf } from './pack-metadata.js';
import { resourceIndex } from './resources.js';
import { cardPath } from './social-card.js';

/** The pack's creator as the author (an `Organization`), when the content declares a pack. */
function packAuthor(context: SiteContext, locale: Locale): PageAuthor | undefined {
  const creator = packOf(context.kb)?.creator;
  return creator === undefined ? undefined : { type: 'Organization', name: creator.name[locale], ...(creator.url !== undefined ? { url: creator.url } : {}) };
}

/**
 * The IRI `kb.jsonld` gives the dataset (its `dcat:Dataset` / `schema:Dataset` node under the base), if it has one.
 *
 * @param context The site context.
 */
export function datasetIri(context: SiteContext): string | undefined {
  const datasetTypes = new Set(['http://www.w3.org/ns/dcat#Dataset', 'http://schema.org/Dataset', 'https://schema.org/Dataset']);
  for (const node of resourceIndex(context).nodes()) if (node.types.some((type) => datasetTypes.has(type))) return node.id;
  return undefined;
}

/**
 * The JSON-LD block of a concept page (TechArticle + BreadcrumbList + DefinedTerm + DefinedTermSet).
 *
 * @param context The site context.
 * @param concept The concept.
 * @param locale The page language.
 */
export function conceptPageJsonLd(context: SiteContext, concept: Concept, locale: Locale): object[] {
  return [
    adapterConceptPage(context.kb, concept.id, {
      lang: locale,
      baseUrl: context.siteUrl,
      title: context.identity.title,
      pageUrl: absoluteUrl(context.siteUrl, pagePath(locale, { type: 'concept', id: concept.id })),
      image: absoluteUrl(context.siteUrl, cardPath(pagePath(locale, { type: 'concept', id: concept.id }))),
      datePublished: firstPublished(context.kb),
      ...authorOption(context, locale),
    }),
  ];
}

function authorOption(context: SiteContext, locale: Locale): { author?: PageAuthor } {
  const author = packAuthor(context, locale);
  return author === undefined ? {} : { author };
}

/** The dataset's keywords: its topics' names in the page's language (each once, ignoring case). */
function keywordsOf(context: SiteContext, locale: Locale): string[] {
  const seen = new Set<string>();
  return context.kb.topics
    .map((topic) => topic.label[locale])
    .filter((label) => {
      const key = label.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The `Dataset` options: description, licence, keywords, identifier, version, sources, IRI, dates. */
function datasetOptions(context: SiteContext, locale: Locale): HomePageJsonLdOptions {
  const pack = packOf(context.kb);
  const iri = datasetIri(context);
  return {
    lang: locale,
    baseUrl: context.siteUrl,
    title: context.identity.title,
    description: context.identity.datasetDescription,
    keywords: keywordsOf(context, locale),
    datePublished: firstPublished(context.kb),
    ...authorOption(context, locale),
    ...(iri !== undefined ? { datasetIri: iri } : {}),
    ...(pack !== undefined
      ? {
          license: pack.license.url,
          identifier: iri ?? pack.id,
          version: pack.version,
          isBasedOn: pack.basedOn.map((work) => ({ name: work.title[locale], inLanguage: work.lang === 'zh' ? 'zh-Hans' : 'en', ...(work.url !== undefined ? { url: work.url } : {}), ...(work.author !== undefined ? { author: work.author } : {}) })),
        }
      : {}),
  };
}

/**
 * The JSON-LD block of the home page (WebSite + DefinedTermSet + Dataset).
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function homePageJsonLd(context: SiteContext, locale: Locale): object[] {
  // The pack's full name is the site's other name (Google's site names: alternateName).
  const pack = packOf(context.kb);
  const alternateName = pack === undefined ? [] : [pack.name[locale], pack.name[locale === 'en' ? 'zh' : 'en']];
  return [adapterHomePage(context.kb, { ...datasetOptions(context, locale), alternateName })];
}

/**
 * The JSON-LD block of the downloads page: the same `Dataset` as on the home page.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function downloadsPageJsonLd(context: SiteContext, locale: Locale): object {
  return adapterDatasetPage(context.kb, datasetOptions(context, locale));
}
