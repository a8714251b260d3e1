/**
 * The dataset's DCAT + VoID description at the well-known place (VoID §7.2): `/.well-known/void`, served
 * on a plain static host from `/.well-known/void.html` (the static-host rule of `staticHostFile`), a small
 * page that lists the distributions, with the description beside it as `/.well-known/void.ttl` and
 * `/.well-known/void.jsonld` (announced with `rel="alternate"`; page JSON-LD stays schema.org only). It counts
 * the triples of the built `kb.ttl` and takes every download's media type and byte size from the files as
 * written, so the numbers are the files'.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { languageTags, locales, type KnowledgeBase, type LocalizedText } from '@cloudvirt/core';
import { serializeJsonLdForScript, toVoidDescription, type VoidDescription } from '@cloudvirt/render/jsonld';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { Parser } from 'n3';
import type { DownloadEntry } from './context.js';
import { datasetOptions } from './seo/dataset.js';
import type { SiteIdentity } from './site-identity.js';
import { absoluteUrl, filePaths } from './urls.js';

/** Root-relative paths of the description's files. */
export const voidPaths = {
  /** The IRI's path; the page a static host serves for it is {@link voidPaths.html}. */
  iri: '/.well-known/void',
  /** The page (HTML listing the distributions, linking the description's Turtle and JSON-LD). */
  html: '/.well-known/void.html',
  /** The description as Turtle. */
  turtle: '/.well-known/void.ttl',
  /** The description as JSON-LD. */
  jsonld: '/.well-known/void.jsonld',
} as const;

/**
 * The number of triples of a Turtle document.
 *
 * @param turtle The document.
 * @returns Its triple count.
 */
export function countTriples(turtle: string): number {
  return new Parser().parse(turtle).length;
}

/**
 * Build the description of the written downloads.
 *
 * @param kb The knowledge base.
 * @param siteUrl The base URL (= base IRI).
 * @param entries The downloads as written (paths, media types, sizes).
 * @param turtle The content of `kb.ttl` as written.
 * @param identity The site's identity (the dataset's title and description).
 * @returns The description.
 */
export function voidDescription(kb: KnowledgeBase, siteUrl: string, entries: readonly DownloadEntry[], turtle: string, identity: SiteIdentity): VoidDescription {
  return toVoidDescription(kb, {
    ...datasetOptions(siteUrl, identity),
    triples: countTriples(turtle),
    distributions: entries.map((entry) => ({
      url: absoluteUrl(siteUrl, entry.path),
      mediaType: entry.mediaType,
      byteSize: entry.size,
      title: { en: `${entry.path.split('/').at(-1)} (${entry.format}): ${entry.description.en}`, zh: `${entry.path.split('/').at(-1)}（${entry.format}）：${entry.description.zh}` },
    })),
  });
}

/** The page's schema.org markup (like the other resource pages): a `WebPage` about the dataset. */
function pageMarkup(description: VoidDescription, siteUrl: string, title: LocalizedText, license: string | undefined): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: locales.map((locale) => ({ '@value': title[locale], '@language': languageTags[locale] })),
    url: description.iri,
    inLanguage: locales.map((locale) => languageTags[locale]),
    about: { '@id': description.dataset },
    isPartOf: { '@id': `${siteUrl}#website` },
    ...(license === undefined ? {} : { license }),
  };
}

/** The page of the description: both languages, the distributions table, links to the RDF copies. */
function voidPage(description: VoidDescription, entries: readonly DownloadEntry[], siteUrl: string, license: string | undefined): string {
  const title: LocalizedText = { en: 'Dataset description (DCAT, VoID)', zh: '数据集描述（DCAT、VoID）' };
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('title', `${title.en} · ${title.zh}`),
        h('link', { rel: 'canonical', href: absoluteUrl(siteUrl, voidPaths.iri) }),
        h('link', { rel: 'alternate', type: 'text/turtle', href: voidPaths.turtle }),
        h('link', { rel: 'alternate', type: 'application/ld+json', href: voidPaths.jsonld }),
        h('script', { type: 'application/ld+json' }, serializeJsonLdForScript(pageMarkup(description, siteUrl, title, license))),
      ]),
      h('body', [
        h('main', [
          h('h1', [title.en, ' · ', h('span', { lang: languageTags.zh }, title.zh)]),
          h('p', ['Dataset: ', h('a', { href: description.dataset }, description.dataset)]),
          h('table', [
            h('thead', [h('tr', [h('th', { scope: 'col' }, 'File · 文件'), h('th', { scope: 'col' }, 'Media type · 媒体类型'), h('th', { scope: 'col' }, 'Bytes · 字节')])]),
            h(
              'tbody',
              entries.map((entry, index) =>
                h('tr', { id: description.distributions[index]!.split('#').at(-1) }, [
                  h('td', [h('a', { href: entry.path }, entry.path)]),
                  h('td', entry.mediaType),
                  h('td', String(entry.size)),
                ]),
              ),
            ),
          ]),
          h(
            'ul',
            locales.map((locale) =>
              h('li', { lang: languageTags[locale] }, [
                h('a', { href: voidPaths.turtle, type: 'text/turtle' }, 'void.ttl'),
                ' · ',
                h('a', { href: voidPaths.jsonld, type: 'application/ld+json' }, 'void.jsonld'),
                ' · ',
                h('a', { href: filePaths.turtle, type: 'text/turtle' }, 'kb.ttl'),
              ]),
            ),
          ),
        ]),
      ]),
    ]),
  ]);
  return `${toHtml(tree, { upperDoctype: true })}\n`;
}

/**
 * Write the description (page, Turtle, JSON-LD) into the site's output folder.
 *
 * @param outDir The site's output folder.
 * @param kb The knowledge base.
 * @param siteUrl The base URL.
 * @param entries The downloads as written.
 * @param turtle The content of `kb.ttl` as written.
 * @param identity The site's identity.
 * @returns The description.
 */
export async function writeVoidDescription(outDir: string, kb: KnowledgeBase, siteUrl: string, entries: readonly DownloadEntry[], turtle: string, identity: SiteIdentity): Promise<VoidDescription> {
  const description = voidDescription(kb, siteUrl, entries, turtle, identity);
  const files: Record<string, string> = {
    [voidPaths.html]: voidPage(description, entries, siteUrl, kb.pack?.license.url),
    [voidPaths.turtle]: description.turtle,
    [voidPaths.jsonld]: `${JSON.stringify(description.jsonLd, null, 2)}\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    const target = join(outDir, ...path.split('/').filter(Boolean));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return description;
}
