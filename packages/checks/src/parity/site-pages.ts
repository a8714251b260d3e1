/**
 * Parity of the site's pages: every concept page in both languages (with its URL, canonical link,
 * JSON-LD `@id` and typed relations in both directions), every comparison cell and matrix cell in its
 * table, and every public path of the identity lock.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { languageTags, relationTypes, type KnowledgeBaseData, type Locale } from '@cloudvirt/core';
import { conceptIri } from '@cloudvirt/render/jsonld';
import { fileOfPath, sitePaths } from '../site-scheme.js';
import { attr, collapse, findAll, hasClass, links, parseHtml, textOf, type HtmlElement } from '../outputs/html.js';
import { Tally, type OutputParity } from './tally.js';

/** Read a built file, or `undefined` when it does not exist. */
async function readBuilt(siteDir: string, relative: string): Promise<string | undefined> {
  return readFile(path.join(siteDir, relative), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/** The JSON-LD nodes of a page's `application/ld+json` blocks (`@graph` flattened). */
function jsonLdNodes(page: HtmlElement): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  for (const script of findAll(page, 'script', (element) => attr(element, 'type') === 'application/ld+json')) {
    const value = JSON.parse(textOf(script)) as Record<string, unknown>;
    const graph = value['@graph'];
    nodes.push(...(Array.isArray(graph) ? (graph as Record<string, unknown>[]) : [value]));
  }
  return nodes;
}

/** The concept links (`/{lang}/concepts/{id}/`) listed under each relation label of a concept page. */
function relationLinks(page: HtmlElement): Map<string, Set<string>> {
  const byLabel = new Map<string, Set<string>>();
  for (const list of findAll(page, 'dl', (element) => hasClass(element, 'relations'))) {
    let label = '';
    for (const child of list.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'dt') label = textOf(child);
      if (child.tagName === 'dd') {
        const set = byLabel.get(label) ?? new Set<string>();
        for (const href of links(child)) set.add(href);
        byLabel.set(label, set);
      }
    }
  }
  return byLabel;
}

/**
 * Check the built site's pages of one language against the knowledge base.
 *
 * @param kb The knowledge base the site was built from.
 * @param siteDir The site's output folder.
 * @param siteUrl The base URL it was built with.
 * @param lang The language.
 * @returns The parity of the pages.
 */
export async function siteParity(kb: KnowledgeBaseData, siteDir: string, siteUrl: string, lang: Locale): Promise<OutputParity> {
  const tally = new Tally(`site pages (${lang})`);
  const pages = new Map<string, HtmlElement>();
  const load = async (pathname: string): Promise<HtmlElement | undefined> => {
    if (pages.has(pathname)) return pages.get(pathname);
    const text = await readBuilt(siteDir, fileOfPath(pathname));
    if (text === undefined) return undefined;
    const page = parseHtml(text);
    pages.set(pathname, page);
    return page;
  };
  const conceptPath = (id: string): string => `/${lang}/concepts/${id}/`;

  for (const concept of kb.concepts) {
    const pathname = conceptPath(concept.id);
    const page = await load(pathname);
    if (page === undefined) {
      tally.check('concepts', `${pathname} is missing`);
      tally.check('languages', `${pathname} is missing`);
      continue;
    }
    const canonical = findAll(page, 'link', (element) => attr(element, 'rel') === 'canonical').map((element) => attr(element, 'href'));
    const iri = conceptIri(concept.id, { baseIri: siteUrl });
    const terms = jsonLdNodes(page).filter((node) => node['@type'] === 'DefinedTerm').map((node) => node['@id']);
    const heading = findAll(page, 'h1')[0];
    tally.check(
      'concepts',
      !canonical.includes(new URL(pathname, siteUrl).href)
        ? `${pathname}: canonical link ${JSON.stringify(canonical)} is not ${new URL(pathname, siteUrl).href}`
        : !terms.includes(iri)
          ? `${pathname}: no JSON-LD DefinedTerm with @id ${iri} (found ${JSON.stringify(terms)})`
          : heading === undefined || !textOf(heading).includes(collapse(concept.label[lang]))
            ? `${pathname}: the <h1> does not show the label \`${concept.label[lang]}\``
            : undefined,
    );
    const htmlLang = attr(page, 'lang');
    tally.check('languages', htmlLang === languageTags[lang] ? undefined : `${pathname}: <html lang="${htmlLang}">, expected "${languageTags[lang]}"`);
  }

  for (const relation of kb.relations) {
    const info = relationTypes[relation.type];
    const from = await load(conceptPath(relation.from));
    const to = await load(conceptPath(relation.to));
    const outgoing = from === undefined ? undefined : relationLinks(from).get(collapse(info.label[lang]));
    const incoming = to === undefined ? undefined : relationLinks(to).get(collapse((info.symmetric ? info.label : info.inverseLabel)[lang]));
    const name = `${relation.from} ${relation.type} ${relation.to}`;
    tally.check(
      'relations',
      !outgoing?.has(conceptPath(relation.to))
        ? `${conceptPath(relation.from)} does not list ${name} under "${info.label[lang]}"`
        : !incoming?.has(conceptPath(relation.from))
          ? `${conceptPath(relation.to)} does not list the inverse of ${name} under "${(info.symmetric ? info.label : info.inverseLabel)[lang]}"`
          : undefined,
    );
  }

  for (const comparison of kb.comparisons) {
    const pathname = `/${lang}/comparisons/${comparison.id}/`;
    const page = await load(pathname);
    const table = page === undefined ? undefined : findAll(page, 'table')[0];
    const header = table === undefined ? [] : findAll(findAll(table, 'thead')[0] ?? table, 'th').map(textOf);
    const rows = new Map<string, HtmlElement>();
    for (const row of table === undefined ? [] : findAll(table, 'tr')) {
      const rowHeader = findAll(row, 'th', (element) => attr(element, 'scope') === 'row')[0];
      const subject = rowHeader === undefined ? undefined : findAll(rowHeader, 'a').map((a) => attr(a, 'href'))[0];
      if (subject !== undefined) rows.set(subject, row);
    }
    for (const cell of comparison.cells) {
      const row = rows.get(conceptPath(cell.subject));
      const dimension = comparison.dimensions.find((candidate) => candidate.id === cell.dimension);
      const column = dimension === undefined ? -1 : header.indexOf(collapse(dimension.label[lang]));
      const td = row === undefined || column < 1 ? undefined : findAll(row, 'td')[column - 1];
      tally.check(
        'cells',
        page === undefined
          ? `${pathname} is missing`
          : row === undefined
            ? `${pathname}: no row for ${cell.subject}`
            : td === undefined || !textOf(td).includes(collapse(cell.text[lang]))
              ? `${pathname}: the cell ${cell.subject} × ${cell.dimension} does not hold its text`
              : undefined,
      );
    }
  }

  const matrixPath = `/${lang}/matrix/`;
  const matrixPage = await load(matrixPath);
  const matrixTable = matrixPage === undefined ? undefined : findAll(matrixPage, 'table', (element) => attr(element, 'data-matrix') !== undefined)[0];
  const columns = new Map<string, string>();
  for (const th of matrixTable === undefined ? [] : findAll(findAll(matrixTable, 'thead')[0] ?? matrixTable, 'th')) {
    const model = findAll(th, 'a').map((a) => attr(a, 'href'))[0];
    const column = attr(th, 'data-column');
    if (model !== undefined && column !== undefined) columns.set(model, column);
  }
  for (const cell of kb.responsibilityMatrix.cells) {
    const row = (matrixTable === undefined ? [] : findAll(matrixTable, 'tr')).find((tr) =>
      findAll(tr, 'th', (element) => attr(element, 'scope') === 'row').some((th) => links(th).includes(conceptPath(cell.layer))),
    );
    const column = columns.get(conceptPath(cell.model));
    const td = row === undefined ? undefined : findAll(row, 'td', (element) => attr(element, 'data-column') === column)[0];
    tally.check(
      'cells',
      matrixPage === undefined
        ? `${matrixPath} is missing`
        : td === undefined
          ? `${matrixPath}: no cell for ${cell.model} × ${cell.layer}`
          : !hasClass(td, `manager-${cell.manager}`)
            ? `${matrixPath}: the cell ${cell.model} × ${cell.layer} is not marked manager-${cell.manager}`
            : undefined,
    );
  }
  return tally.result();
}

/**
 * Check that every public path of the identity lock exists in the built site.
 *
 * @param kb The knowledge base.
 * @param siteDir The site's output folder.
 * @returns The parity of the URL scheme (counted as concepts: one per path).
 */
export async function siteUrlParity(kb: KnowledgeBaseData, siteDir: string): Promise<{ expected: number; missing: string[] }> {
  const missing: string[] = [];
  const paths = sitePaths(kb);
  for (const page of paths) {
    const exists = await stat(path.join(siteDir, fileOfPath(page.path))).then((info) => info.isFile(), () => false);
    if (!exists) missing.push(page.path);
  }
  return { expected: paths.length, missing };
}
