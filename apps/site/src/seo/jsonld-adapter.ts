/**
 * The page markup of concept pages and the home page, from the JSON-LD adapter
 * (`@cloudvirt/render/jsonld`), with the site's base URL as the base IRI so page blocks and
 * `kb.jsonld` name the same concepts, and the site's name as the title, so the `WebSite` name, the
 * breadcrumbs and the visible brand agree.
 *
 * @module
 */
import type { Concept, Locale } from '@cloudvirt/core';
import { conceptPageJsonLd as adapterConceptPage, homePageJsonLd as adapterHomePage } from '@cloudvirt/render/jsonld';
import type { SiteContext } from '../context.js';
import { siteTitle } from '../i18n.js';
import { absoluteUrl, pagePath } from '../urls.js';

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
      title: siteTitle,
      pageUrl: absoluteUrl(context.siteUrl, pagePath(locale, { type: 'concept', id: concept.id })),
    }),
  ];
}

/**
 * The JSON-LD block of the home page (WebSite + DefinedTermSet + Dataset).
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function homePageJsonLd(context: SiteContext, locale: Locale): object[] {
  return [adapterHomePage(context.kb, { lang: locale, baseUrl: context.siteUrl, title: siteTitle })];
}
