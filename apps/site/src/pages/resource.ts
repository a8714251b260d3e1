/**
 * The page at the IRI of a resource of the dataset that has no page of its own elsewhere: a topic
 * collection, a comparison or the responsibility matrix as data, their rows, columns and cells, and
 * noted relations. A bilingual page that names the resource, links the people's pages about it and
 * lists every triple the dataset has about it, with its JSON-LD and Turtle copies beside it.
 *
 * @module
 */
import { languageTags, locales } from '@cloudvirt/core';
import type { DatasetDocument, GraphNode, GraphValue } from '@cloudvirt/render/jsonld';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { fittingTitle, maxTitleLength, type DataCopies, type StandaloneDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { resourcePageJsonLd } from '../seo/iri-jsonld.js';
import { humanPagesOf, iriValues, parentPathOf, ResourceIndex, resourceIndex } from '../seo/resources.js';
import { filePaths, resourceFiles } from '../urls.js';

/**
 * A heading text in both languages, the Chinese part marked (once when both are the same).
 *
 * @param text The text per language.
 */
export function bilingual(text: { readonly en: string; readonly zh: string }): ElementContent[] {
  return text.en === text.zh ? [{ type: 'text', value: text.en }] : [{ type: 'text', value: `${text.en} · ` }, h('span', { lang: languageTags.zh }, text.zh)];
}

/** A title cut to the longest one search engines show in full, with an ellipsis. */
function shortened(title: string): string {
  const characters = [...title];
  return characters.length <= maxTitleLength ? title : `${characters.slice(0, maxTitleLength - 1).join('')}…`;
}

/**
 * The links to a resource's machine-readable copies and to the whole dataset, in both languages.
 *
 * @param copies The copies' paths.
 */
export function dataCopiesLinks(copies: DataCopies): Element[] {
  return locales.map((locale) =>
    h('p', { class: 'dataset-links', lang: languageTags[locale] }, [
      `${ui[locale].machineReadable}${ui[locale].colon}`,
      h('a', { href: copies.jsonld, type: 'application/ld+json' }, 'JSON-LD'),
      ' · ',
      h('a', { href: copies.turtle, type: 'text/turtle' }, 'Turtle'),
      ' · ',
      h('a', { href: filePaths.jsonld, type: 'application/ld+json' }, 'kb.jsonld'),
    ]),
  );
}

/**
 * A link to an IRI: its label when the dataset names it, else the IRI as code.
 *
 * @param index The resource index.
 * @param iri An absolute IRI.
 */
export function iriLink(index: ResourceIndex, iri: string): Element {
  const known = index.node(iri) !== undefined;
  const curie = index.curie(iri);
  const text: ElementContent[] = known ? bilingual(index.title(iri)) : [h('code', curie)];
  return h('a', { href: index.href(iri) }, text);
}

function valueContent(index: ResourceIndex, value: GraphValue): ElementContent {
  switch (value.kind) {
    case 'iri':
      return iriLink(index, value.iri);
    case 'lang':
      return h('span', { lang: value.language }, value.value);
    case 'integer':
      return { type: 'text', value: String(value.value) };
    case 'string':
    case 'date':
      return { type: 'text', value: value.value };
  }
}

/**
 * The table of every property of a node and its values.
 *
 * @param index The resource index.
 * @param node The node.
 * @param caption The table's caption.
 */
export function propertyTable(index: ResourceIndex, node: GraphNode, caption: ElementContent[]): Element {
  const property = (curie: string): ElementContent => {
    const iri = index.expand(curie);
    return iri.startsWith(index.iris.base) ? h('a', { href: index.href(iri) }, h('code', curie)) : h('code', curie);
  };
  return h('table', { class: 'resource-data' }, [
    h('caption', caption),
    h('thead', h('tr', [h('th', { scope: 'col' }, bilingual({ en: ui.en.resourceProperty, zh: ui.zh.resourceProperty })), h('th', { scope: 'col' }, bilingual({ en: ui.en.resourceValue, zh: ui.zh.resourceValue }))])),
    h(
      'tbody',
      [...node.values].map(([key, values]) =>
        h('tr', [
          h('th', { scope: 'row' }, property(ResourceIndex.propertyOf(key))),
          h('td', values.length === 1 ? [valueContent(index, values[0]!)] : [h('ul', values.map((value) => h('li', [valueContent(index, value)])))]),
        ]),
      ),
    ),
  ]);
}

/**
 * The page of a resource document (one node; for the vocabularies see `vocabulary.ts`).
 *
 * @param context The site context.
 * @param document The resource's document.
 */
export function resourcePage(context: SiteContext, document: DatasetDocument): StandaloneDocument {
  const index = resourceIndex(context);
  const files = resourceFiles(context.siteUrl, document.iri);
  const title = index.title(document.iri);
  const parent = parentPathOf(files.path);
  const parentIri = parent === undefined ? undefined : `${context.siteUrl}${parent.slice(1)}`;
  const fullTitle = parentIri === undefined ? title : { en: `${index.title(parentIri).en}: ${title.en}`, zh: `${index.title(parentIri).zh}：${title.zh}` };
  const human = humanPagesOf(files.path);
  const node = document.nodes[0]!;
  // The people's page is about the table a part belongs to, or about the source concept of a relation.
  const humanTitle = index.title(parentIri ?? iriValues(node, 'subject')[0] ?? document.iri);
  return {
    title: fittingTitle(`${fullTitle.en} · ${context.identity.en.siteName}`, fullTitle.en, title.en, shortened(title.en)),
    description: `${fullTitle.en} (${node.types.map((type) => index.curie(type)).join(', ')}): ${document.iri}`,
    canonicalPath: files.path,
    indexable: false,
    dataCopies: { jsonld: files.jsonld, turtle: files.turtle },
    main: [
      h('h1', bilingual(title)),
      h('p', { class: 'iri' }, ['IRI: ', h('code', document.iri)]),
      h('p', [`${ui.en.resourceType} · `, h('span', { lang: languageTags.zh }, ui.zh.resourceType), `${ui.en.colon}`, ...node.types.flatMap((type, i) => [...(i > 0 ? [', '] : []), iriLink(index, type)])]),
      ...(parentIri === undefined ? [] : [h('p', [`${ui.en.partOf} · `, h('span', { lang: languageTags.zh }, ui.zh.partOf), ui.en.colon, iriLink(index, parentIri)])]),
      ...(human === undefined
        ? []
        : [h('ul', { class: 'inline-list' }, locales.map((locale) => h('li', { lang: languageTags[locale] }, [h('a', { href: human[locale], hreflang: languageTags[locale] }, `${ui[locale].readPage}${ui[locale].colon}${humanTitle[locale]}`)])))]),
      propertyTable(index, node, bilingual({ en: ui.en.resourceData, zh: ui.zh.resourceData })),
      ...dataCopiesLinks({ jsonld: files.jsonld, turtle: files.turtle }),
    ],
    jsonLd: [resourcePageJsonLd(context, document.iri, title)],
  };
}
