/**
 * The pages of the two ontologies, at their IRIs: `/vocab` (the relation vocabulary `kb:`) and
 * `/vocab/data` (the data vocabulary `kbd:`). Bilingual: the ontology's version and description, then
 * every term under an element whose `id` is its local name, so `{SITE_URL}vocab#exampleOf` resolves to
 * the term's section. The relation page also says, for every relation type, why it maps to SKOS as it does.
 *
 * @module
 */
import { languageTags, locales, relationTypeList, relationTypes, type LocalizedText } from '@cloudvirt/core';
import { packIdentity } from '@cloudvirt/render';
import { datasetTerms, ontologyDescriptionsFor, ontologyModified, ontologyVersion, relationProperties, skosMappingOf, vocabularyTerms, type DatasetDocument, type VocabularyName, type VocabularyTerm } from '@cloudvirt/render/jsonld';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { fittingTitle, type StandaloneDocument } from '../html/document.js';
import { ui, type UiStrings } from '../i18n.js';
import { resourcePageJsonLd } from '../seo/iri-jsonld.js';
import { resourceIndex, type ResourceIndex } from '../seo/resources.js';
import { resourceFiles } from '../urls.js';
import { bilingual, dataCopiesLinks } from './resource.js';

/** The vocabulary a document IRI is the ontology of, if any. */
export function vocabularyOf(context: SiteContext, iri: string): VocabularyName | undefined {
  const { iris } = resourceIndex(context);
  return iri === iris.relationOntology ? 'kb' : iri === iris.dataOntology ? 'kbd' : undefined;
}

/** A label per language from the interface strings. */
const both = (key: { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings]): LocalizedText => ({ en: ui.en[key], zh: ui.zh[key] });

/** A paragraph per language. */
function paragraphs(text: LocalizedText, className?: string): Element[] {
  return locales.map((locale) => h('p', { lang: languageTags[locale], ...(className ? { class: className } : {}) }, text[locale]));
}

/** How many triples of the dataset use a term: as predicate (properties), as type (classes) or as value (individuals). */
function usesOf(index: ResourceIndex, term: VocabularyTerm): number {
  const iri = index.expand(`${term.vocabulary}:${term.name}`);
  const key = datasetTerms.find((each) => each.curie === `${term.vocabulary}:${term.name}`)?.key;
  let count = 0;
  for (const node of index.nodes()) {
    if (term.type === 'Class') count += node.types.includes(iri) ? 1 : 0;
    else if (term.type === 'Manager') for (const values of node.values.values()) count += values.filter((value) => value.kind === 'iri' && value.iri === iri).length;
    else if (key !== undefined) count += node.values.get(key)?.length ?? 0;
  }
  return count;
}

/** A compact IRI, linked when it resolves on the site. */
function curieLink(index: ResourceIndex, curie: string): ElementContent {
  const iri = index.expand(curie);
  return h('a', { href: index.href(iri) }, h('code', curie));
}

/** One term's section. */
function termSection(index: ResourceIndex, term: VocabularyTerm): Element {
  const curie = `${term.vocabulary}:${term.name}`;
  const row = (label: LocalizedText, content: ElementContent[]): ElementContent[] => [h('dt', bilingual(label)), h('dd', content)];
  const supers = [...term.subClassOf, ...term.subPropertyOf];
  return h('section', { id: term.name, class: 'vocabulary-term' }, [
    h('h4', [h('code', curie), ' — ', ...bilingual(term.label)]),
    h('dl', [
      ...row(both('termComment'), paragraphs(term.comment)),
      ...(term.domain ? row(both('termDomain'), [curieLink(index, term.domain)]) : []),
      ...(term.range ? row(both('termRange'), [curieLink(index, term.range)]) : []),
      ...(supers.length > 0 ? row(both('termSuper'), supers.flatMap((each, i) => [...(i > 0 ? [{ type: 'text' as const, value: ', ' }] : []), curieLink(index, each)])) : []),
      ...(term.symmetric ? row(both('resourceType'), [h('code', 'owl:SymmetricProperty'), { type: 'text', value: ' — ' }, ...bilingual(both('termSymmetric'))]) : []),
      ...(term.skosMapping ? row(both('skosMapping'), paragraphs(term.skosMapping)) : []),
      ...row(both('resourceData'), locales.map((locale) => h('p', { lang: languageTags[locale] }, ui[locale].termUses(usesOf(index, term))))),
    ]),
  ]);
}

/** The table of every relation type, its property and why it maps to SKOS as it does. */
function mappingTable(index: ResourceIndex): Element {
  return h('section', { 'aria-labelledby': 'skos-mapping' }, [
    h('h2', { id: 'skos-mapping' }, bilingual(both('skosMapping'))),
    ...paragraphs(both('skosMappingIntro')),
    h('table', { class: 'resource-data' }, [
      h('caption', bilingual(both('skosMapping'))),
      h('thead', h('tr', [h('th', { scope: 'col' }, bilingual(both('relationTypeColumn'))), h('th', { scope: 'col' }, bilingual(both('propertyColumn'))), h('th', { scope: 'col' }, bilingual(both('whyColumn')))])),
      h(
        'tbody',
        relationTypeList.map((type) => {
          const property = relationProperties[type];
          return h('tr', [
            h('th', { scope: 'row' }, bilingual(relationTypes[type].label)),
            h('td', property === null ? [curieLink(index, 'skos:related')] : [h('a', { href: `#${property.forward}` }, h('code', `kb:${property.forward}`))]),
            h('td', paragraphs(skosMappingOf(type))),
          ]);
        }),
      ),
    ]),
  ]);
}

/**
 * The page of an ontology and its terms.
 *
 * @param context The site context.
 * @param document The ontology's document (`{SITE_URL}vocab` or `{SITE_URL}vocab/data`).
 * @param vocabulary Which of the two.
 */
export function vocabularyPage(context: SiteContext, document: DatasetDocument, vocabulary: VocabularyName): StandaloneDocument {
  const index = resourceIndex(context);
  const files = resourceFiles(context.siteUrl, document.iri);
  // Named after the pack (`<shortName> relation vocabulary`), as render's ontology nodes are.
  const descriptions = ontologyDescriptionsFor(packIdentity(context.kb).shortName);
  const description = descriptions[vocabulary];
  const namespace = vocabulary === 'kb' ? index.iris.relationVocabulary : index.iris.dataVocabulary;
  const other = vocabulary === 'kb' ? index.iris.dataOntology : index.iris.relationOntology;
  const terms = vocabularyTerms().filter((term) => term.vocabulary === vocabulary);
  const groups: [LocalizedText, VocabularyTerm[]][] = [
    [both('termClasses'), terms.filter((term) => term.type === 'Class')],
    [both('termProperties'), terms.filter((term) => term.type === 'ObjectProperty' || term.type === 'DatatypeProperty')],
    [both('termIndividuals'), terms.filter((term) => term.type === 'Manager')],
  ];
  return {
    title: fittingTitle(`${description.label.en} · ${description.label.zh} · ${context.identity.en.siteName}`, description.label.en),
    description: description.comment.en,
    canonicalPath: files.path,
    indexable: false,
    dataCopies: { jsonld: files.jsonld, turtle: files.turtle },
    main: [
      h('h1', bilingual(description.label)),
      h('p', { class: 'iri' }, ['IRI: ', h('code', document.iri), ' · ', ...bilingual(both('vocabularyNamespace')), ui.en.colon, h('code', namespace), ` (${vocabulary}:)`]),
      h('p', [...bilingual(both('vocabularyVersion')), ui.en.colon, h('code', ontologyVersion), ` (${ontologyModified})`]),
      ...paragraphs(description.comment),
      h('p', [...bilingual(both('vocabularyOther')), ui.en.colon, h('a', { href: index.href(other) }, bilingual(descriptions[vocabulary === 'kb' ? 'kbd' : 'kb'].label))]),
      ...(vocabulary === 'kb' ? [mappingTable(index)] : []),
      h('h2', bilingual(both('vocabularyTerms'))),
      ...groups
        .filter(([, members]) => members.length > 0)
        .flatMap(([label, members]) => [
          h('h3', { class: 'vocabulary-group' }, bilingual(label)),
          h('ul', { class: 'inline-list' }, members.map((term) => h('li', [h('a', { href: `#${term.name}` }, h('code', `${vocabulary}:${term.name}`))]))),
          ...members.map((term) => termSection(index, term)),
        ]),
      ...dataCopiesLinks({ jsonld: files.jsonld, turtle: files.turtle }),
    ],
    jsonLd: [resourcePageJsonLd(context, document.iri, description.label)],
  };
}
