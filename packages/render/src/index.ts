/**
 * `@cloudvirt/render`: every adapter of the knowledge base. Prefer the subpaths
 * `@cloudvirt/render/markdown`, `@cloudvirt/render/anki` and `@cloudvirt/render/jsonld`.
 *
 * @packageDocumentation
 */
export * from './markdown.js';
export * from './anki.js';
export * from './jsonld.js';
export { packBaseIri, packIdentity, type PackIdentity } from './shared/pack-identity.js';
export {
  clearExplanationCache,
  conceptLinkScheme,
  explanationCacheLimit,
  conceptLinksOf,
  explanationToHast,
  explanationToMdast,
  type ConceptLinkResolver,
} from './shared/explanation.js';
