/**
 * `@cloudvirt/render/jsonld`: the knowledge base as linked data.
 *
 * 1. Page markup for search engines, schema.org only: {@link conceptPageJsonLd} (TechArticle +
 *    BreadcrumbList + DefinedTerm + DefinedTermSet) and {@link homePageJsonLd} (WebSite +
 *    DefinedTermSet + Dataset), serialized for a script element with {@link serializeJsonLdForScript}.
 * 2. The dataset: {@link toJsonLdDataset} (`kb.jsonld`, inline context) and {@link toTurtle}
 *    (`kb.ttl`), the same graph — schema.org + SKOS + iso-thes + the `kb:`/`kbd:` vocabularies, which
 *    are published as OWL ontologies ({@link vocabularyTerms}).
 *
 * @packageDocumentation
 */
export { buildDatasetGraph, defaultKnowledgeBaseDescription, defaultKnowledgeBaseTitle, type DatasetGraph, type JsonLdDatasetOptions } from './jsonld/dataset-graph.js';
export { toDatasetDocuments, type DatasetDocument } from './jsonld/documents.js';
export { jsonLdDatasetContext, toJsonLdDataset, type JsonLdDataset, type JsonObject, type JsonValue } from './jsonld/dataset.js';
export type { GraphNode, GraphValue } from './jsonld/graph.js';
export { conceptIri, conceptPageUrl, defaultBaseIri, kbIris, type IriOptions, type KbIris } from './jsonld/iris.js';
export { conceptPageJsonLd, datasetPageJsonLd, homePageJsonLd, type BasedOnWork, type ConceptPageJsonLdOptions, type HomePageJsonLdOptions, type PageAuthor, type PageJsonLdOptions } from './jsonld/page.js';
export type * from './jsonld/schema-types.js';
export { jsonLdScriptElement, serializeJsonLdForScript } from './jsonld/script.js';
export {
  ontologyDescriptions,
  ontologyDescriptionsFor,
  ontologyModified,
  ontologyVersion,
  plainRelatedMapping,
  skosMappingOf,
  vocabularyTerms,
  type OntologyDescription,
  type VocabularyName,
  type VocabularyTerm,
} from './jsonld/ontology.js';
export { toDatasetQuads, toTurtle } from './jsonld/turtle.js';
export { withJsonLdMemo } from './jsonld/plain-text.js';
export type { RenderMemo } from './anki/render-memo.js';
export { toVoidDescription, type VoidDescription, type VoidDescriptionOptions, type VoidDistribution } from './jsonld/void.js';
export type { RdfBlankNode, RdfDefaultGraph, RdfLiteral, RdfNamedNode, RdfQuad, RdfVariable } from './jsonld/rdf-types.js';
export { dataVocabulary, datasetTerms, isoThesaurusKinds, namespaces, relationProperties, type DataVocabularyEntry, type TermDefinition, type TermKind, type VocabularyCurie } from './jsonld/vocabulary.js';
