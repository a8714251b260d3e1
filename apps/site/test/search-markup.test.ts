/**
 * The search-engine side of issue 17 on the built site: every page's schema.org markup against the
 * properties Google documents as required and recommended for its types (the table below, each row
 * citing its documentation page), plus the rules Google states in prose (Dataset description length,
 * one breadcrumb shape), the social previews (og:image, twitter:card, the card files), the head text
 * (description and title lengths) and the sitemap (lastmod, the root's alternates).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from '@cloudvirt/core';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, type BuiltPage } from './helpers/site-files.js';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');

/** What Google documents for a type: `required` must be present, `recommended` must be present here too (the site sets all it can). */
interface TypeRule {
  /** The documentation page. */
  readonly source: string;
  /** Required properties (dotted paths into nested objects). */
  readonly required: readonly string[];
  /** Recommended properties this site is expected to fill. */
  readonly recommended: readonly string[];
}

/**
 * Google's documented properties per type (Search Central, structured data gallery), checked on every
 * node of that type in every page. Types Google gives no rich result (DefinedTerm, DefinedTermSet,
 * WebPage, CollectionPage) are checked against schema.org's definition of what makes the node useful.
 */
const googleRules: Readonly<Record<string, TypeRule>> = {
  // "There are no required properties; instead, add the properties that apply": author, author.name,
  // author.url, dateModified, datePublished, headline, image.
  TechArticle: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/article',
    required: [],
    recommended: ['author', 'author.@type', 'author.name', 'dateModified', 'datePublished', 'headline', 'image'],
  },
  Article: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/article',
    required: [],
    recommended: ['author', 'author.@type', 'author.name', 'dateModified', 'datePublished', 'headline', 'image'],
  },
  // BreadcrumbList: itemListElement (at least two ListItems); ListItem: item, name, position.
  BreadcrumbList: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/breadcrumb',
    required: ['itemListElement'],
    recommended: [],
  },
  ListItem: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/breadcrumb',
    required: ['item', 'name', 'position'],
    recommended: [],
  },
  // Dataset: required description (50–5000 characters), name; recommended among others creator,
  // distribution (contentUrl, encodingFormat), identifier, isAccessibleForFree, keywords, license, url, version.
  Dataset: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/dataset',
    required: ['description', 'name'],
    recommended: ['creator', 'creator.@type', 'creator.name', 'distribution', 'identifier', 'isAccessibleForFree', 'keywords', 'license', 'url', 'version'],
  },
  DataDownload: {
    source: 'https://developers.google.com/search/docs/appearance/structured-data/dataset',
    required: ['contentUrl', 'encodingFormat'],
    recommended: [],
  },
  // Site names: a WebSite node on the home page with name and url; alternateName recommended.
  WebSite: {
    source: 'https://developers.google.com/search/docs/appearance/site-names',
    required: ['name', 'url'],
    recommended: ['alternateName'],
  },
  // No Google feature: schema.org's DefinedTerm (a word or phrase with its definition and set).
  DefinedTerm: {
    source: 'https://schema.org/DefinedTerm',
    required: ['name', 'inDefinedTermSet'],
    recommended: ['description', 'termCode', 'url'],
  },
  DefinedTermSet: {
    source: 'https://schema.org/DefinedTermSet',
    required: ['name'],
    recommended: ['url'],
  },
  WebPage: { source: 'https://schema.org/WebPage', required: ['name', 'url'], recommended: ['breadcrumb', 'description', 'inLanguage'] },
  CollectionPage: { source: 'https://schema.org/CollectionPage', required: ['name', 'url'], recommended: ['breadcrumb', 'description', 'inLanguage'] },
};

type JsonNode = Record<string, unknown>;

/** The JSON-LD blocks of a page. */
function jsonLdBlocks(page: BuiltPage): JsonNode[] {
  return [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as JsonNode);
}

/** Every node of a block, nested ones included, with its type. */
function nodes(value: unknown, out: JsonNode[] = []): JsonNode[] {
  if (Array.isArray(value)) for (const each of value) nodes(each, out);
  else if (value !== null && typeof value === 'object') {
    const node = value as JsonNode;
    if (typeof node['@type'] === 'string') out.push(node);
    for (const [key, child] of Object.entries(node)) if (key !== '@context') nodes(child, out);
  }
  return out;
}

function valueAt(node: JsonNode, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as JsonNode)[key] : undefined), node);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function meta(page: BuiltPage, attribute: 'name' | 'property', key: string): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(page.html);
  return match === null ? undefined : decode(match[1]!);
}

function decode(text: string): string {
  return text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function chars(text: string): number {
  return [...text].length;
}

const pages = htmlPages(siteDir);
const indexable = pages.filter((page) => !page.html.includes('<meta name="robots" content="noindex">'));
const pageLocale = (page: BuiltPage): 'en' | 'zh' => (page.html.includes('<html lang="zh-Hans"') ? 'zh' : 'en');

describe('page markup against Google’s documented properties', () => {
  it('every node of a documented type has the required and recommended properties of the table', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    // Search features read indexable pages only (the noindex resource pages describe IRIs for linked-data users).
    for (const page of indexable) {
      for (const node of jsonLdBlocks(page).flatMap((block) => nodes(block))) {
        const type = node['@type'] as string;
        const rule = googleRules[type];
        if (rule === undefined) continue;
        seen.add(type);
        for (const property of [...rule.required, ...rule.recommended]) {
          if (!present(valueAt(node, property))) problems.push(`${page.path}: ${type} without ${property} (${rule.source})`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // The table covers every type the site uses for search (a rule that checks nothing would be no check).
    expect([...seen].sort()).toEqual(['BreadcrumbList', 'CollectionPage', 'DataDownload', 'Dataset', 'DefinedTerm', 'DefinedTermSet', 'ListItem', 'TechArticle', 'WebPage', 'WebSite']);
  });

  it('TechArticle: image is the page’s card, datePublished ≤ dateModified = the record’s updated (or publication), author is not the site', () => {
    const articles = indexable.filter((page) => /\/(en|zh)\/concepts\/[^/]+\/$/.test(page.path));
    expect(articles.length).toBe(kb.concepts.length * 2);
    const siteName = 'CloudVirt';
    for (const page of articles) {
      const article = jsonLdBlocks(page).flatMap((block) => nodes(block)).find((node) => node['@type'] === 'TechArticle')!;
      expect(article.image, page.path).toBe(meta(page, 'property', 'og:image'));
      const id = page.path.split('/')[3]!;
      const concept = kb.concepts.find((each) => each.id === id)!;
      const published = article.datePublished as string;
      expect(published, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.dateModified, page.path).toBe(concept.updated > published ? concept.updated : published);
      const author = article.author as JsonNode;
      expect(['Person', 'Organization']).toContain(author['@type']);
      expect(author.name, page.path).not.toBe(siteName);
      expect(author.url ?? '', page.path).not.toBe(siteUrl);
    }
  });

  it('BreadcrumbList: one shape on every page type (position, plain-string name, absolute URL as item, at least two items)', () => {
    const shapes = new Map<string, string>();
    let lists = 0;
    for (const page of pages) {
      for (const list of jsonLdBlocks(page).flatMap((block) => nodes(block)).filter((node) => node['@type'] === 'BreadcrumbList')) {
        lists += 1;
        const items = list.itemListElement as JsonNode[];
        expect(items.length, page.path).toBeGreaterThanOrEqual(2);
        items.forEach((item, index) => {
          expect(item.position, page.path).toBe(index + 1);
          expect(typeof item.name, `${page.path} crumb ${index + 1}`).toBe('string');
          expect(item.item, page.path).toMatch(/^https?:\/\//);
          shapes.set(Object.keys(item).sort().join(','), page.path);
        });
        expect((items.at(-1) as JsonNode).item, page.path).toBe(new URL(page.path, siteUrl).href);
      }
    }
    expect(lists).toBeGreaterThan(280);
    expect([...shapes.keys()]).toEqual(['@type,item,name,position']);
  });

  it('Dataset: on the home and downloads pages, the same node, a description of 50–5000 characters in both languages, licence, keywords, identifier, version, isBasedOn', () => {
    for (const locale of ['en', 'zh'] as const) {
      const found = ['home', 'downloads'].map((which) => {
        const page = pages.find((each) => each.path === (which === 'home' ? `/${locale}/` : `/${locale}/downloads/`))!;
        const { '@context': _context, ...node } = jsonLdBlocks(page).flatMap((block) => nodes(block)).find((each) => each['@type'] === 'Dataset')!;
        return node;
      });
      expect(found[0]).toBeDefined();
      expect(found[1]).toEqual(found[0]);
      const dataset = found[0]!;
      expect(chars(dataset.description as string)).toBeGreaterThanOrEqual(50);
      expect(chars(dataset.description as string)).toBeLessThanOrEqual(5000);
      expect(dataset.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
      expect((dataset.keywords as string[]).length).toBeGreaterThan(3);
      expect(dataset.isBasedOn).toEqual([expect.objectContaining({ '@type': 'CreativeWork', inLanguage: 'zh-Hans' })]);
      expect(dataset.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('Dataset: its @id is the dataset’s IRI in kb.jsonld', () => {
    const dataset = readFileSync(join(siteDir, 'kb.jsonld'), 'utf8');
    const home = pages.find((page) => page.path === '/en/')!;
    const node = jsonLdBlocks(home).flatMap((block) => nodes(block)).find((each) => each['@type'] === 'Dataset')!;
    const id = node['@id'] as string;
    expect(id.startsWith(siteUrl)).toBe(true);
    // The IRI is a subject of kb.jsonld typed as a dataset (dcat:Dataset / schema:Dataset).
    const graph = (JSON.parse(dataset) as { '@graph': JsonNode[] })['@graph'];
    const subject = graph.find((each) => each['@id'] === id || each.id === id || (typeof each['@id'] === 'string' && new URL(each['@id'] as string, siteUrl).href === id));
    expect(subject, `${id} in kb.jsonld`).toBeDefined();
    // kb.jsonld describes the same dataset with the same text, long enough in both languages.
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : typeof value === 'object' && value !== null ? Object.entries(value).filter(([key]) => key !== '@language').flatMap(([, each]) => texts(each)) : [];
    const described = texts(subject!.description);
    expect(described.length, 'descriptions of the dataset in kb.jsonld').toBeGreaterThanOrEqual(2);
    for (const text of described) expect(text.length, text).toBeGreaterThanOrEqual(50);
    for (const path of ['/en/', '/zh/']) {
      const page = pages.find((each) => each.path === path)!;
      const pageNode = jsonLdBlocks(page).flatMap((block) => nodes(block)).find((each) => each['@type'] === 'Dataset')!;
      expect(texts(pageNode.description).length, path).toBeGreaterThan(0);
      expect(described, path).toEqual(expect.arrayContaining(texts(pageNode.description)));
    }
  });
});

describe('social previews', () => {
  it('every indexable page has og:image (a 1200×630 PNG of its own, under 100 KB) and twitter:card summary_large_image', () => {
    expect(indexable.length).toBeGreaterThan(280);
    const images = new Set<string>();
    for (const page of indexable) {
      const image = meta(page, 'property', 'og:image');
      expect(image, page.path).toMatch(new RegExp(`^${siteUrl}og/.+\\.png$`));
      expect(meta(page, 'name', 'twitter:card'), page.path).toBe('summary_large_image');
      expect(meta(page, 'property', 'og:image:width')).toBe('1200');
      expect(meta(page, 'property', 'og:image:height')).toBe('630');
      const file = join(siteDir, image!.slice(siteUrl.length));
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(statSync(file).size).toBeLessThan(100_000);
      images.add(image!);
    }
    expect(images.size).toBe(indexable.length);
  });
});

describe('head text', () => {
  it('meta descriptions: English ≤ 160 characters, Chinese 25–80; titles ≤ 60 (indexable pages)', () => {
    const problems: string[] = [];
    for (const page of indexable) {
      const description = meta(page, 'name', 'description') ?? '';
      const title = decode(/<title>([^<]*)<\/title>/.exec(page.html)?.[1] ?? '');
      const length = chars(description);
      if (pageLocale(page) === 'en' ? length > 160 : length < 25 || length > 80) problems.push(`${page.path}: description of ${length}: ${description}`);
      if (chars(title) > 60) problems.push(`${page.path}: title of ${chars(title)}: ${title}`);
      if (meta(page, 'property', 'og:description') !== description) problems.push(`${page.path}: og:description differs`);
    }
    expect(problems).toEqual([]);
  });

  it('a comparison page’s Chinese description says what the table compares', () => {
    const page = pages.find((each) => each.path === '/zh/comparisons/cloud-types/')!;
    const description = meta(page, 'name', 'description')!;
    expect(description).not.toBe('云计算主要分为4种类型。');
    for (const id of kb.getComparison('cloud-types').subjects) expect(description).toContain(kb.getConcept(id).label.zh);
  });

  it('sitemap: every entry has lastmod (a concept’s is its updated date); the root entry has the hreflang alternates', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
    expect(entries.length).toBeGreaterThan(280);
    for (const entry of entries) expect(entry, entry.slice(0, 80)).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    const root = entries.find((entry) => entry.includes(`<loc>${siteUrl}</loc>`))!;
    for (const lang of ['en', 'zh-Hans', 'x-default']) expect(root).toContain(`hreflang="${lang}"`);
    const concept = kb.concepts[0]!;
    const entry = entries.find((each) => each.includes(`<loc>${siteUrl}en/concepts/${concept.id}/</loc>`))!;
    expect(entry).toContain(`<lastmod>${concept.updated}</lastmod>`);
  });
});
