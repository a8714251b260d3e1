/**
 * The JSON-LD the site publishes, through the real jsonld.js processor with an offline document loader:
 * every page's blocks (schema.org context only, nothing dropped by expansion, absolute IRIs, known
 * schema.org terms) and the dataset `kb.jsonld` (inline context, same graph as `kb.ttl`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from '@cloudvirt/core';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { testRedirects } from './fixtures/migrations.js';
import { offlineDocumentLoader, schemaOrgClasses, schemaOrgProperties } from './fixtures/schema-org.js';
import { htmlPages, parseHtml, type BuiltPage } from './helpers/site-files.js';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SKOS_CONCEPT = 'http://www.w3.org/2004/02/skos/core#Concept';

interface Term {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
interface QuadLike {
  subject: Term;
  predicate: Term;
  object: Term;
  graph: Term;
}

const processorOptions = { documentLoader: offlineDocumentLoader, safe: true } as unknown as jsonld.Options.Expand;

async function toQuads(doc: object): Promise<QuadLike[]> {
  return (await jsonld.toRDF(doc as jsonld.JsonLdDocument, processorOptions as jsonld.Options.ToRdf)) as unknown as QuadLike[];
}

function termString(term: Term): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return '_:b';
  if (term.language) return `${JSON.stringify(term.value)}@${term.language.toLowerCase()}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'}>`;
}

let pages: BuiltPage[] = [];
beforeAll(() => {
  pages = htmlPages(siteDir);
});

describe('page JSON-LD', () => {
  it('should expand and convert to RDF offline on every page, with schema.org terms and absolute IRIs only', async () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const page of pages) {
      const doc = await parseHtml(page.html, page.file);
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      // The 404 page and the redirects describe nothing.
      if (page.path !== '/404.html' && !(page.path in testRedirects) && scripts.length === 0) problems.push(`${page.path}: no JSON-LD`);
      for (const script of scripts) {
        blocks++;
        const text = script.textContent;
        expect(text, page.path).not.toMatch(/[<>&\u2028\u2029]/);
        const data = JSON.parse(text) as Record<string, unknown>;
        if (data['@context'] !== 'https://schema.org') problems.push(`${page.path}: context ${JSON.stringify(data['@context'])}`);
        await jsonld.expand(data as jsonld.JsonLdDocument, processorOptions);
        const quads = await toQuads(data);
        if (quads.length < 5) problems.push(`${page.path}: only ${quads.length} triples`);
        for (const quad of quads) {
          for (const term of [quad.subject, quad.predicate, quad.object]) {
            if (term.termType === 'NamedNode' && !/^https?:\/\/[^\s<>"]+$/.test(term.value)) problems.push(`${page.path}: IRI ${term.value}`);
          }
          const predicate = quad.predicate.value;
          if (predicate === RDF_TYPE) {
            if (!schemaOrgClasses.has(quad.object.value.replace(SCHEMA, ''))) problems.push(`${page.path}: type ${quad.object.value}`);
          } else if (!predicate.startsWith(SCHEMA) || !schemaOrgProperties.has(predicate.slice(SCHEMA.length))) {
            problems.push(`${page.path}: property ${predicate}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(blocks).toBeGreaterThanOrEqual(pages.length - 1 - Object.keys(testRedirects).length);
  });

  it('should describe each concept page with the DefinedTerm of the same concept IRI as kb.jsonld', async () => {
    const datasetQuads = await toQuads(JSON.parse(readFileSync(join(siteDir, 'kb.jsonld'), 'utf8')) as object);
    const datasetConcepts = new Set(datasetQuads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SKOS_CONCEPT).map((q) => q.subject.value));
    expect(datasetConcepts.size).toBe(kb.concepts.length);
    for (const lang of ['en', 'zh']) {
      for (const concept of kb.concepts) {
        const page = pages.find((each) => each.path === `/${lang}/concepts/${concept.id}/`);
        if (page === undefined) throw new Error(`no page for ${concept.id}`);
        const doc = await parseHtml(page.html, page.file);
        const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as object;
        const quads = await toQuads(data);
        const terms = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SCHEMA}DefinedTerm`).map((q) => q.subject.value);
        expect(terms).toHaveLength(1);
        expect(datasetConcepts.has(terms[0] ?? ''), `${page.path} → ${terms[0]}`).toBe(true);
        const urls = quads.filter((q) => q.subject.value === terms[0] && q.predicate.value === `${SCHEMA}url`).map((q) => q.object.value);
        expect(urls).toEqual([new URL(page.path.slice(1), siteUrl).href]);
      }
    }
  });
});

describe('concept IRI pages', () => {
  it('should describe the resource of their IRI, under the same @id as kb.jsonld', async () => {
    const datasetQuads = await toQuads(JSON.parse(readFileSync(join(siteDir, 'kb.jsonld'), 'utf8')) as object);
    const typed = (type: string): Set<string> => new Set(datasetQuads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value));
    const datasetConcepts = typed(SKOS_CONCEPT);
    const schemes = typed('http://www.w3.org/2004/02/skos/core#ConceptScheme');
    for (const page of pages.filter((each) => each.path.startsWith('/concepts/'))) {
      const doc = await parseHtml(page.html, page.file);
      const quads = await toQuads(JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as object);
      // `/concepts/kvm.html` (and its folder copy `/concepts/kvm/`) is served at the IRI `/concepts/kvm`.
      const iri = new URL(page.path.slice(1), siteUrl).href.replace(/(?<=concepts\/.+)(\/|\.html)$/, '');
      const type = page.path === '/concepts/' ? `${SCHEMA}DefinedTermSet` : `${SCHEMA}DefinedTerm`;
      expect(quads.filter((q) => q.predicate.value === RDF_TYPE).map((q) => `${q.subject.value} ${q.object.value}`), page.path).toEqual([`${iri} ${type}`]);
      expect((page.path === '/concepts/' ? schemes : datasetConcepts).has(iri), iri).toBe(true);
      if (page.path === '/concepts/') expect(quads.filter((q) => q.predicate.value === `${SCHEMA}hasDefinedTerm`).map((q) => q.object.value).sort()).toEqual([...datasetConcepts].sort());
    }
  });
});

describe('one name', () => {
  it('should name the site as its visible brand in the WebSite, every breadcrumb trail, the dataset and Open Graph', async () => {
    const brand = new Map<string, string>();
    for (const page of pages.filter((each) => /^\/(en|zh)\//.test(each.path) && !(each.path in testRedirects))) {
      const doc = await parseHtml(page.html, page.file);
      const lang = page.path.slice(1, 3);
      const name = doc.querySelector('.brand-name')?.textContent ?? '';
      brand.set(lang, name);
      expect(doc.querySelector('meta[property="og:site_name"]')?.getAttributeValue('content'), page.path).toBe(name);
      const firstCrumb = doc.querySelector('.breadcrumbs li a');
      const graph = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((script) => ((JSON.parse(script.textContent) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []));
      const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { name: string | { '@value': string } }[] } | undefined;
      if (trail !== undefined) {
        const first = trail.itemListElement[0]?.name;
        expect(typeof first === 'string' ? first : first?.['@value'], page.path).toBe(name);
        expect(firstCrumb?.textContent, page.path).toBe(name);
      }
      const site = graph.find((node) => node['@type'] === 'WebSite');
      if (site !== undefined) expect(site.name, page.path).toBe(name);
    }
    expect([...brand.values()]).toEqual(['CloudVirt', 'CloudVirt']);
    const quads = await toQuads(JSON.parse(readFileSync(join(siteDir, 'kb.jsonld'), 'utf8')) as object);
    const schemeNames = quads
      .filter((q) => q.subject.value === `${siteUrl}concepts/` && [`${SCHEMA}name`, 'http://www.w3.org/2004/02/skos/core#prefLabel'].includes(q.predicate.value))
      .map((q) => `${q.object.value}@${(q.object.language ?? '').toLowerCase()}`);
    expect(schemeNames.sort()).toEqual(['CloudVirt@en', 'CloudVirt@en', 'CloudVirt@zh-hans', 'CloudVirt@zh-hans'].sort());
  });
});

describe('kb.jsonld', () => {
  it('should expand offline with its inline context and hold the same graph as kb.ttl', async () => {
    const text = readFileSync(join(siteDir, 'kb.jsonld'), 'utf8');
    const doc = JSON.parse(text) as { '@context': unknown; '@graph': unknown[] };
    expect(typeof doc['@context']).toBe('object');
    await jsonld.expand(doc as jsonld.JsonLdDocument, processorOptions);
    const quads = await toQuads(doc);
    const fromJsonLd = quads.map((quad) => `${termString(quad.subject)} ${termString(quad.predicate)} ${termString(quad.object)}`);
    const fromTurtle = new Parser()
      .parse(readFileSync(join(siteDir, 'kb.ttl'), 'utf8'))
      .map((quad) => `${termString(quad.subject as Term)} ${termString(quad.predicate as Term)} ${termString(quad.object as Term)}`);
    expect(fromJsonLd.length).toBeGreaterThan(kb.concepts.length * 10);
    expect(new Set(fromTurtle)).toEqual(new Set(fromJsonLd));
    // Note: the IRIs themselves, not `<…>` spans of the lines (a literal may hold `host<->guest`).
    for (const quad of quads) {
      for (const term of [quad.subject, quad.predicate, quad.object]) if (term.termType === 'NamedNode') expect(term.value).toMatch(/^https?:\/\/[^\s<>"]+$/);
    }
    expect(text).toContain(`"${siteUrl}`);
  });
});
