/**
 * The site's public URL scheme (documented in apps/site/src/urls.ts and apps/site/README.md): every page
 * and file a knowledge base gives the site. Kept here as the contract the identity lock freezes; the parity
 * check then proves the built site has every one of these paths.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { locales } from '@cloudvirt/core';

/** One public path of the site. */
export interface SitePath {
  /** The record: `['concept', 'kvm']`, `['page', 'glossary']`, `['file', 'kb.jsonld']`. */
  readonly record: readonly string[];
  /** The language of the page, or `''` for files and the language chooser. */
  readonly facet: string;
  /** The root-relative path: `/en/concepts/kvm/`. */
  readonly path: string;
}

/** Pages that exist once per language, by their path segment. */
export const singletonPages = ['matrix', 'glossary', 'downloads', 'graph', 'search', 'practice'] as const;

/** The Anki deck languages the site offers for download. */
export const deckLanguages = ['en', 'zh', 'bilingual'] as const;

/**
 * Every public path of the site for a knowledge base.
 *
 * @param kb The knowledge base.
 * @returns Pages (per language) and files, in a deterministic order.
 */
export function sitePaths(kb: KnowledgeBaseData): SitePath[] {
  const paths: SitePath[] = [{ record: ['page', 'language-chooser'], facet: '', path: '/' }];
  const kinds = [...new Set(kb.concepts.map((concept) => concept.kind))].sort();
  for (const lang of locales) {
    paths.push({ record: ['page', 'home'], facet: lang, path: `/${lang}/` });
    for (const page of singletonPages) paths.push({ record: ['page', page], facet: lang, path: `/${lang}/${page}/` });
    for (const concept of kb.concepts) paths.push({ record: ['concept', concept.id], facet: lang, path: `/${lang}/concepts/${concept.id}/` });
    for (const comparison of kb.comparisons) {
      paths.push({ record: ['comparison', comparison.id], facet: lang, path: `/${lang}/comparisons/${comparison.id}/` });
    }
    for (const topic of kb.topics) paths.push({ record: ['topic', topic.id], facet: lang, path: `/${lang}/topics/${topic.id}/` });
    for (const kind of kinds) paths.push({ record: ['kind', kind], facet: lang, path: `/${lang}/kinds/${kind}/` });
  }
  for (const file of ['kb.jsonld', 'kb.ttl', 'sitemap.xml']) paths.push({ record: ['file', file], facet: '', path: `/${file}` });
  // The practice pages' service worker: a browser keeps a registered worker by its URL, so it must not move.
  paths.push({ record: ['file', 'practice-sw.js'], facet: '', path: '/practice-sw.js' });
  for (const lang of locales) paths.push({ record: ['download', 'handbook'], facet: lang, path: `/downloads/handbook-${lang}.md` });
  for (const lang of deckLanguages) paths.push({ record: ['download', 'anki-deck'], facet: lang, path: `/downloads/cloudvirt-${lang}.apkg` });
  for (const lang of deckLanguages) paths.push({ record: ['download', 'anki-text'], facet: lang, path: `/downloads/cloudvirt-${lang}.csv` });
  return paths;
}

/**
 * The file in a built site that serves a path: `index.html` for paths ending in `/`.
 *
 * @param path A root-relative path.
 * @returns The file path relative to the site's output folder.
 */
export function fileOfPath(path: string): string {
  const relative = path.replace(/^\//u, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}
