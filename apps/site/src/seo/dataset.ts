/**
 * The dataset files (`/kb.jsonld`, `/kb.ttl`) from the JSON-LD adapter, with the site's base URL as
 * base IRI and the site's name as the title of the concept scheme.
 *
 * @module
 */
import type { KnowledgeBase, LocalizedText } from '@cloudvirt/core';
import { toJsonLdDataset, toTurtle, type JsonLdDatasetOptions } from '@cloudvirt/render/jsonld';
import type { DownloadFile } from '../downloads.js';
import { siteTitle } from '../i18n.js';
import { filePaths } from '../urls.js';

/**
 * The dataset's description (50–5000 characters in each language, as Google Dataset Search requires): one
 * text for `kb.jsonld`, `kb.ttl`, the VoID description and the Dataset markup of the pages.
 */
export const datasetDescription: LocalizedText = {
  en: 'A bilingual (English and Chinese) knowledge base of cloud computing and virtualization: every concept with its definition, aliases and sources, typed relations between concepts, comparison tables and the responsibility matrix of the service models, as a SKOS concept scheme and schema.org DefinedTermSet in JSON-LD and Turtle.',
  zh: '中英双语的云计算与虚拟化知识库：每个概念都有定义、别名和来源，概念之间有带类型的关系，另有对比表和各服务模型的责任矩阵；以SKOS概念体系和schema.org DefinedTermSet的形式提供JSON-LD与Turtle两种格式。',
};

/**
 * The options of the dataset files, shared by `kb.jsonld`, `kb.ttl` and the `/.well-known/void`
 * description, so all three describe the same dataset node.
 *
 * @param siteUrl Base URL (= base IRI of the dataset).
 */
export function datasetOptions(siteUrl: string): JsonLdDatasetOptions {
  return { baseIri: siteUrl, title: siteTitle, description: datasetDescription };
}

/**
 * The JSON-LD dataset (inline context, pretty-printed) and the same graph as Turtle.
 *
 * @param kb The knowledge base.
 * @param siteUrl Base URL (= base IRI of the dataset).
 */
export function datasetFiles(kb: KnowledgeBase, siteUrl: string): DownloadFile[] {
  return [
    {
      path: filePaths.jsonld,
      format: 'JSON-LD',
      mediaType: 'application/ld+json',
      description: {
        en: 'The knowledge base as linked data: SKOS concept scheme and schema.org DefinedTermSet, typed relations, comparisons and the responsibility matrix, both languages.',
        zh: '以关联数据形式提供的知识库：SKOS 概念体系和 schema.org DefinedTermSet，带类型的关系、对比和责任矩阵，中英双语。',
      },
      content: `${JSON.stringify(toJsonLdDataset(kb, datasetOptions(siteUrl)), null, 2)}\n`,
    },
    {
      path: filePaths.turtle,
      format: 'Turtle',
      mediaType: 'text/turtle',
      description: { en: 'The same graph as RDF Turtle.', zh: '同一个图的 RDF Turtle 版本。' },
      content: toTurtle(kb, datasetOptions(siteUrl)),
    },
  ];
}
