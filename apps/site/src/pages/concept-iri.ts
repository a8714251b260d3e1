/**
 * The pages behind the IRIs of the dataset: `{SITE_URL}concepts/{id}` (a concept) and
 * `{SITE_URL}concepts/` (the concept scheme) name resources in `kb.jsonld`; these small bilingual pages
 * make them dereferenceable. Not indexed (`noindex`, not in the sitemap nor the search index): each
 * concept page's canonical is the English concept page, and both language pages are its alternates.
 *
 * @module
 */
import { languageTags, locales, type Concept, type Locale } from '@cloudvirt/core';
import { kbIris } from '@cloudvirt/render/jsonld';
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { fittingTitle, type StandaloneDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { conceptIriJsonLd, conceptSchemeJsonLd } from '../seo/iri-jsonld.js';
import { conceptIriPath, conceptPath, conceptSchemePath, filePaths, pagePath, resourceFiles } from '../urls.js';
import { dataCopiesLinks } from './resource.js';

/** Links to the dataset files and the list of concept IRIs, in one language. */
function datasetLinks(locale: Locale, withScheme: boolean): Element {
  const t = ui[locale];
  return h('p', { class: 'dataset-links', lang: languageTags[locale] }, [
    `${t.footerData}${t.colon}`,
    h('a', { href: filePaths.jsonld, type: 'application/ld+json' }, 'kb.jsonld'),
    ' · ',
    h('a', { href: filePaths.turtle, type: 'text/turtle' }, 'kb.ttl'),
    ...(withScheme ? [' · ', h('a', { href: conceptSchemePath }, t.conceptIrisLink)] : []),
  ]);
}

/**
 * The landing page of a concept IRI: both labels and definitions, links to both concept pages.
 *
 * @param context The site context.
 * @param concept The concept.
 */
export function conceptIriPage(context: SiteContext, concept: Concept): StandaloneDocument {
  const iri = kbIris({ baseIri: context.siteUrl }).concept(concept.id);
  const files = resourceFiles(context.siteUrl, iri);
  const paths = { en: conceptPath('en', concept.id), zh: conceptPath('zh', concept.id) };
  // Names such as KVM are the same in both languages: say them once.
  const sameLabel = concept.label.en === concept.label.zh;
  const labels = sameLabel ? concept.label.en : `${concept.label.en} · ${concept.label.zh}`;
  return {
    title: fittingTitle(`${labels} · ${context.identity.en.siteName}`, labels, concept.label.en),
    description: concept.definition.en,
    canonicalPath: paths.en,
    indexable: false,
    alternates: { paths, xDefault: paths.en },
    dataCopies: { jsonld: files.jsonld, turtle: files.turtle },
    main: [
      h('h1', sameLabel ? concept.label.en : [concept.label.en, ' ', h('span', { lang: languageTags.zh }, concept.label.zh)]),
      h('p', { class: 'iri' }, ['IRI: ', h('code', iri)]),
      ...locales.map((locale) => {
        const t = ui[locale];
        return h('section', { lang: languageTags[locale], 'aria-labelledby': `concept-${locale}` }, [
          h('h2', { id: `concept-${locale}` }, t.languageName),
          h('p', { class: 'definition' }, concept.definition[locale]),
          h('p', [h('a', { href: paths[locale], hreflang: languageTags[locale] }, `${t.readFullEntry}${t.colon}${concept.label[locale]}`)]),
        ]);
      }),
      ...locales.map((locale) => datasetLinks(locale, true)),
      ...dataCopiesLinks({ jsonld: files.jsonld, turtle: files.turtle }),
    ],
    jsonLd: [conceptIriJsonLd(context, concept)],
  };
}

/**
 * The landing page of the concept scheme IRI: every concept IRI with its labels. Its canonical is the
 * English glossary (the people's list of the same concepts).
 *
 * @param context The site context.
 */
export function conceptSchemePage(context: SiteContext): StandaloneDocument {
  const iris = kbIris({ baseIri: context.siteUrl });
  const files = resourceFiles(context.siteUrl, iris.scheme);
  const paths = { en: pagePath('en', { type: 'glossary' }), zh: pagePath('zh', { type: 'glossary' }) };
  return {
    title: fittingTitle(`${ui.en.conceptIrisTitle} · ${ui.zh.conceptIrisTitle} · ${context.identity.en.siteName}`),
    description: ui.en.conceptIrisIntro(iris.scheme),
    canonicalPath: paths.en,
    indexable: false,
    alternates: { paths, xDefault: paths.en },
    dataCopies: { jsonld: files.jsonld, turtle: files.turtle },
    main: [
      h('h1', [ui.en.conceptIrisTitle, ' ', h('span', { lang: languageTags.zh }, ui.zh.conceptIrisTitle)]),
      h('p', { class: 'iri' }, ['IRI: ', h('code', iris.scheme)]),
      ...locales.map((locale) => h('p', { lang: languageTags[locale] }, ui[locale].conceptIrisIntro(iris.scheme))),
      ...locales.map((locale) => datasetLinks(locale, false)),
      ...dataCopiesLinks({ jsonld: files.jsonld, turtle: files.turtle }),
      h(
        'ul',
        { class: 'concept-iris' },
        context.kb.concepts.map((concept) =>
          h('li', [
            h('a', { href: conceptIriPath(concept.id) }, [h('code', iris.concept(concept.id))]),
            ' ',
            concept.label.en,
            ' ',
            h('span', { lang: languageTags.zh }, concept.label.zh),
          ]),
        ),
      ),
    ],
    jsonLd: [conceptSchemeJsonLd(context)],
  };
}
