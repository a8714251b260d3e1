/**
 * The dataset files (`/kb.jsonld`, `/kb.ttl`) from the JSON-LD adapter, with the site's base URL as
 * base IRI, the site's name as the title of the concept scheme and the pack's description.
 *
 * @module
 */
import type { KnowledgeBase } from '@cloudvirt/core';
import { toJsonLdDataset, toTurtle, type JsonLdDatasetOptions } from '@cloudvirt/render/jsonld';
import type { DownloadFile } from '../downloads.js';
import type { SiteIdentity } from '../site-identity.js';
import { filePaths } from '../urls.js';

/**
 * The options of the dataset files, shared by `kb.jsonld`, `kb.ttl` and the `/.well-known/void`
 * description, so all three describe the same dataset node: one description (the pack's, see
 * `siteIdentity`) for them and the Dataset markup of the pages.
 *
 * @param siteUrl Base URL (= base IRI of the dataset).
 * @param identity The site's identity (the dataset's title and description).
 */
export function datasetOptions(siteUrl: string, identity: SiteIdentity): JsonLdDatasetOptions {
  return { baseIri: siteUrl, title: identity.title, description: identity.datasetDescription };
}

/**
 * The JSON-LD dataset (inline context, pretty-printed) and the same graph as Turtle.
 *
 * @param kb The knowledge base.
 * @param siteUrl Base URL (= base IRI of the dataset).
 * @param identity The site's identity.
 */
export function datasetFiles(kb: KnowledgeBase, siteUrl: string, identity: SiteIdentity): DownloadFile[] {
  return [
    {
      path: filePaths.jsonld,
      format: 'JSON-LD',
      mediaType: 'application/ld+json',
      description: {
        en: 'The knowledge base as linked data: SKOS concept scheme and schema.org DefinedTermSet, typed relations, comparisons and the responsibility matrix, both languages.',
        zh: '以关联数据形式提供的知识库：SKOS 概念体系和 schema.org DefinedTermSet，带类型的关系、对比和责任矩阵，中英双语。',
      },
      content: `${JSON.stringify(toJsonLdDataset(kb, datasetOptions(siteUrl, identity)), null, 2)}\n`,
    },
    {
      path: filePaths.turtle,
      format: 'Turtle',
      mediaType: 'text/turtle',
      description: { en: 'The same graph as RDF Turtle.', zh: '同一个图的 RDF Turtle 版本。' },
      content: toTurtle(kb, datasetOptions(siteUrl, identity)),
    },
  ];
}
