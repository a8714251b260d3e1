/**
 * Parity of the linked-data outputs, `kb.jsonld` and `kb.ttl`, read as RDF: every concept as a
 * `skos:Concept` at its IRI with a label in each language, every relation as its typed property and the
 * SKOS mapping, every comparison and matrix cell at its IRI; and the two files hold the same triples.
 *
 * @module
 */
import { languageTags, locales, relationTypes, type KnowledgeBaseData } from '@cloudvirt/core';
import { kbIris, namespaces, relationProperties } from '@cloudvirt/render/jsonld';
import { TripleIndex, tripleLine, type Triple } from '../outputs/rdf.js';
import { Tally, type OutputParity } from './tally.js';

const rdfType = `${namespaces.rdf}type`;
const skosConcept = `${namespaces.skos}Concept`;
const skosPrefLabel = `${namespaces.skos}prefLabel`;
const skosBroader = `${namespaces.skos}broader`;
const skosNarrower = `${namespaces.skos}narrower`;
const skosRelated = `${namespaces.skos}related`;

/**
 * Check one dataset's triples against the knowledge base.
 *
 * @param output The file's name, for the report.
 * @param kb The knowledge base.
 * @param triples The file's triples, or an error when it could not be read or parsed.
 * @param baseIri The base IRI the site was built with.
 * @returns The parity.
 */
export function datasetParity(output: string, kb: KnowledgeBaseData, triples: readonly Triple[] | Error, baseIri: string): OutputParity {
  const tally = new Tally(output);
  if (triples instanceof Error) {
    tally.fail(`${output}: ${triples.message}`);
    return tally.result();
  }
  const index = new TripleIndex(triples);
  const iris = kbIris({ baseIri });
  const kb_ = iris.relationVocabulary;
  const kbd = iris.dataVocabulary;

  for (const concept of kb.concepts) {
    const iri = iris.concept(concept.id);
    tally.check('concepts', index.hasIri(iri, rdfType, skosConcept) ? undefined : `${output}: <${iri}> is not a skos:Concept`);
    const labels = index.objects(iri, skosPrefLabel);
    const missing = locales.filter((lang) => !labels.some((label) => label.language === languageTags[lang].toLowerCase() && label.value === concept.label[lang]));
    tally.check('languages', missing.length === 0 ? undefined : `${output}: <${iri}> has no skos:prefLabel in ${missing.join(', ')}`);
  }

  for (const relation of kb.relations) {
    const from = iris.concept(relation.from);
    const to = iris.concept(relation.to);
    const info = relationTypes[relation.type];
    const property = relationProperties[relation.type];
    const name = `${relation.from} ${relation.type} ${relation.to}`;
    const typed = property === null || index.hasIri(from, `${kb_}${property.forward}`, to);
    const skos =
      info.skos === 'broader'
        ? index.hasIri(from, skosBroader, to) && index.hasIri(to, skosNarrower, from)
        : index.hasIri(from, skosRelated, to) && index.hasIri(to, skosRelated, from);
    tally.check('relations', !typed ? `${output}: no kb:${property?.forward} triple for ${name}` : !skos ? `${output}: no skos:${info.skos} triples (both ways) for ${name}` : undefined);
  }

  for (const comparison of kb.comparisons) {
    for (const cell of comparison.cells) {
      const iri = `${iris.comparison(comparison.id)}/cells/${cell.subject}/${cell.dimension}`;
      const texts = index.objects(iri, `${kbd}text`);
      const missing = locales.filter((lang) => !texts.some((text) => text.language === languageTags[lang].toLowerCase() && text.value === cell.text[lang]));
      tally.check('cells', missing.length === 0 ? undefined : `${output}: <${iri}> lacks kbd:text in ${missing.join(', ')}`);
    }
  }
  for (const cell of kb.responsibilityMatrix.cells) {
    const iri = `${iris.matrix}/cells/${cell.model}/${cell.layer}`;
    tally.check('cells', index.hasIri(iri, `${kbd}manager`, `${kbd}${cell.manager}`) ? undefined : `${output}: <${iri}> is not kbd:manager kbd:${cell.manager}`);
  }
  return tally.result();
}

/**
 * Compare the triples of the two dataset files.
 *
 * @param jsonLd The triples of kb.jsonld.
 * @param turtle The triples of kb.ttl.
 * @returns Problems (triples only one file has), empty when they are the same graph.
 */
export function compareDatasets(jsonLd: readonly Triple[], turtle: readonly Triple[]): string[] {
  const a = new Set(jsonLd.map(tripleLine));
  const b = new Set(turtle.map(tripleLine));
  const onlyJsonLd = [...a].filter((line) => !b.has(line));
  const onlyTurtle = [...b].filter((line) => !a.has(line));
  return [
    ...onlyJsonLd.slice(0, 10).map((line) => `only in kb.jsonld: ${line}`),
    ...(onlyJsonLd.length > 10 ? [`… ${onlyJsonLd.length - 10} more only in kb.jsonld`] : []),
    ...onlyTurtle.slice(0, 10).map((line) => `only in kb.ttl: ${line}`),
    ...(onlyTurtle.length > 10 ? [`… ${onlyTurtle.length - 10} more only in kb.ttl`] : []),
  ];
}
