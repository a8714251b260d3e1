/**
 * The project vocabularies as two OWL ontologies: `kb:` (`{baseIri}vocab`, the typed relations) and
 * `kbd:` (`{baseIri}vocab/data`, concept metadata and the tables). Every term has a label and a comment
 * in English and Chinese, properties a domain and a range, and each relation property says why it maps
 * to SKOS as it does. The dataset declares exactly these terms ({@link vocabularyTerms}); the site renders
 * them as the page at the ontology IRI.
 *
 * Relation properties have no `owl:inverseOf` twin: the inverse direction of a hierarchical relation is
 * `skos:narrower`, and associative ones are written as `skos:related` both ways, so an inverse property
 * would be a name no triple uses (or a second copy of every relation).
 *
 * @module
 */
import { expectOneOf, invalidTypeError, relationTypeList, relationTypes, type LocalizedText, type RelationType } from '@cloudvirt/core';
import { dataVocabulary, isoThesaurusKinds, relationProperties, type VocabularyCurie } from './vocabulary.js';

/**
 * The version of both ontologies (`owl:versionInfo`). Bump it, and {@link ontologyModified}, whenever a
 * term is added, removed or changes its meaning, domain or range.
 */
export const ontologyVersion = '1.0.0';

/** The day the ontologies last changed (`dct:modified`), `YYYY-MM-DD`. */
export const ontologyModified = '2026-12-02';

/** The two project vocabularies. */
export type VocabularyName = 'kb' | 'kbd';

/** Label and comment of one ontology. */
export interface OntologyDescription {
  /** The ontology's label (`rdfs:label`). */
  readonly label: LocalizedText;
  /** What it holds (`rdfs:comment`). */
  readonly comment: LocalizedText;
}

/** `name` then `rest` in Chinese: a space after a name that ends in a Latin letter or digit (`CloudVirt 术语库`), none after Chinese. */
function zhAfter(name: string, rest: string): string {
  return /[A-Za-z0-9]$/u.test(name) ? `${name} ${rest}` : `${name}${rest}`;
}

/**
 * Label and comment of each ontology of a pack. Every pack publishes the same vocabulary terms under its
 * own base IRI (`{baseIri}vocab`, `{baseIri}vocab/data`), so the ontologies are named after the pack's
 * short name (`CloudVirt relation vocabulary`).
 *
 * @param shortName The pack's short name (`pack.shortName`, else its name).
 * @returns The label and comment of `kb` and `kbd`.
 * @throws {TypeError} When `shortName` is not a text in both languages.
 */
export function ontologyDescriptionsFor(shortName: LocalizedText): Readonly<Record<VocabularyName, OntologyDescription>> {
  const given: unknown = shortName;
  if (given === null || typeof given !== 'object' || typeof shortName.en !== 'string' || typeof shortName.zh !== 'string') {
    throw invalidTypeError('`shortName` argument of ontologyDescriptionsFor', given, "a pack's short name in both languages (`{ en, zh }`, such as packIdentity(kb).shortName)");
  }
  const { en, zh } = shortName;
  return {
    kb: {
      label: { en: `${en} relation vocabulary`, zh: zhAfter(zh, '关系词表') },
      comment: {
        en: `The typed relations between the concepts of the ${en} glossary. Each is a sub-property of a SKOS mapping — skos:broader through its ISO 25964 kind (iso-thes), or skos:related — and the dataset writes the SKOS triple next to every typed one, because SKOS tools do no inference.`,
        zh: `${zhAfter(zh, '术语库中概念之间的类型化关系。')}每个关系都是某个 SKOS 关系的子属性——经其 ISO 25964 类型（iso-thes）映射为 skos:broader，或映射为 skos:related；由于 SKOS 工具不做推理，数据集在每条类型化关系旁都写出对应的 SKOS 三元组。`,
      },
    },
    kbd: {
      label: { en: `${en} data vocabulary`, zh: zhAfter(zh, '数据词表') },
      comment: {
        en: `Concept metadata (kind, level, prerequisites), the comparison tables and the responsibility matrix of the ${en} glossary as data: tables with rows, columns and cells.`,
        zh: `${zhAfter(zh, '术语库的概念元数据（类别、难度、先修概念）、对比表和责任矩阵的数据表示：由行、列和单元格组成的表。')}`,
      },
    },
  };
}

/** Label and comment of each ontology of CloudVirt (`ontologyDescriptionsFor` its short name, `CloudVirt`). */
export const ontologyDescriptions: Readonly<Record<VocabularyName, OntologyDescription>> = ontologyDescriptionsFor({ en: 'CloudVirt', zh: 'CloudVirt' });

/** Why a relation type without a `kb:` property (`related`) is plain `skos:related`. */
export const plainRelatedMapping: LocalizedText = {
  en: '“related” has no kb: property: the content only says that the two concepts belong together, which is exactly skos:related.',
  zh: '“相关”没有 kb: 属性：内容只说明两个概念相关，这正是 skos:related 的含义。',
};

const hierarchicalMapping: Readonly<Record<'Generic' | 'Instantial' | 'Partitive', LocalizedText>> = {
  Generic: {
    en: 'skos:broader, through iso-thes:broaderGeneric (ISO 25964 BTG): the source is a kind of the target, so what is said of the target holds for it, and a thesaurus tree shows it under the target.',
    zh: '经 iso-thes:broaderGeneric（ISO 25964 的属种关系 BTG）映射为 skos:broader：源概念是目标概念的一种，对目标概念的描述同样适用于它，因此术语树把它列在目标概念之下。',
  },
  Instantial: {
    en: 'skos:broader, through iso-thes:broaderInstantial (ISO 25964 BTI, the Getty vocabularies’ “example of”): the source is one named instance — a product, a provider — of the class the target names.',
    zh: '经 iso-thes:broaderInstantial（ISO 25964 的实例关系 BTI）映射为 skos:broader：源概念是目标概念所指类别中的一个具名实例，例如某个产品或厂商。',
  },
  Partitive: {
    en: 'skos:broader, through iso-thes:broaderPartitive (ISO 25964 BTP): the source is a component of the target. ISO 25964 counts whole–part links as hierarchical; the iso-thes property keeps them apart from kinds and instances.',
    zh: '经 iso-thes:broaderPartitive（ISO 25964 的整体与部分关系 BTP）映射为 skos:broader：源概念是目标概念的组成部分。ISO 25964 把整体与部分视为层级关系，iso-thes 子属性把它与属种、实例区分开。',
  },
};

const specificMapping: Readonly<Partial<Record<RelationType, LocalizedText>>> = {
  implements: {
    en: 'skos:broader, through iso-thes:broaderGeneric (ISO 25964 BTG): the source is one way of realizing the target (paravirtualization, emulation and full virtualization realize system-level virtualization; FaaS realizes serverless computing), so every instance of the source is an instance of the target and a thesaurus shows the technique under what it realizes. Mapped to skos:related before, which left these techniques without any broader concept.',
    zh: '经 iso-thes:broaderGeneric（ISO 25964 的属种关系 BTG）映射为 skos:broader：源概念是实现目标概念的一种方式（半虚拟化、仿真和完全虚拟化都实现系统级虚拟化；FaaS实现无服务器计算），源概念的每个实例也都是目标概念的实例，因此叙词表把这种技术列在它所实现的概念之下。此前映射为 skos:related，这些技术因此没有任何上位概念。',
  },
  'subset-of': {
    en: 'skos:broader, through iso-thes:broaderGeneric (ISO 25964 BTG): everything the source covers lies within the target, a narrower class of the same things, so it is the generic hierarchy and not a part.',
    zh: '经 iso-thes:broaderGeneric（ISO 25964 的属种关系 BTG）映射为 skos:broader：源概念涵盖的一切都在目标概念之内，是同一类事物中更窄的一类，因此属于属种层级，而不是整体与部分。',
  },
};

const associativeMapping: LocalizedText = {
  en: 'skos:related: the source is neither a kind, an instance nor a part of the target, so the link is associative (ISO 25964 RT). SKOS has one associative property, symmetric and disjoint from the hierarchy (integrity condition S27): the kb: property keeps the direction and the meaning, and skos:related is written both ways.',
  zh: '映射为 skos:related：源概念既不是目标概念的一种或实例，也不是其组成部分，因此是关联关系（ISO 25964 的 RT）。SKOS 只有一个关联属性，它是对称的，并且与层级关系不相交（完整性条件 S27）：kb: 属性保留方向和含义，skos:related 则双向写出。',
};

const symmetricMapping: LocalizedText = {
  en: 'skos:related, and symmetric like it: concepts set against each other are siblings or strangers, never one above the other (S27), and the property is written in both directions.',
  zh: '映射为 skos:related，并与之一样是对称的：相互对比的概念是并列关系或互不隶属，绝不会一个在另一个之上（S27），该属性双向写出。',
};

/** One class, property or individual of the `kb:` or `kbd:` vocabulary. */
export interface VocabularyTerm {
  /** Which vocabulary (`kb:` relations, `kbd:` data). */
  readonly vocabulary: VocabularyName;
  /** Local name (`exampleOf`, `Cell`). */
  readonly name: string;
  /** Class, object property, datatype property, or one of the `kbd:Manager` values. */
  readonly type: 'Class' | 'ObjectProperty' | 'DatatypeProperty' | 'Manager';
  /** `owl:SymmetricProperty` too. */
  readonly symmetric: boolean;
  /** Name per language (`rdfs:label`). */
  readonly label: LocalizedText;
  /** Meaning per language (`rdfs:comment`). */
  readonly comment: LocalizedText;
  /** Properties: `rdfs:domain`. */
  readonly domain?: VocabularyCurie;
  /** Properties: `rdfs:range`. */
  readonly range?: VocabularyCurie;
  /** Classes: `rdfs:subClassOf`. */
  readonly subClassOf: readonly VocabularyCurie[];
  /** Properties: `rdfs:subPropertyOf` (the iso-thes kind, then the SKOS property). */
  readonly subPropertyOf: readonly VocabularyCurie[];
  /** Relation properties: the relation type they write. */
  readonly relationType?: RelationType;
  /** Relation properties: why the type maps to SKOS as it does (`skos:scopeNote`). */
  readonly skosMapping?: LocalizedText;
}

/**
 * Why a relation type maps to SKOS as it does.
 *
 * @param type A relation type.
 * @returns The reason, per language.
 * @throws {TypeError} When `type` is not a string.
 * @throws {RangeError} When it is not a relation type (with a did-you-mean).
 */
export function skosMappingOf(type: RelationType): LocalizedText {
  expectOneOf('relation type argument of skosMappingOf', type, relationTypeList);
  const info = relationTypes[type];
  const iso = isoThesaurusKinds[type];
  if (relationProperties[type] === null) return plainRelatedMapping;
  if (info.skos === 'broader') return specificMapping[type] ?? hierarchicalMapping[iso ?? 'Generic'];
  return info.symmetric ? symmetricMapping : associativeMapping;
}

/**
 * Every term of both vocabularies, `kb:` (in relation type order) then `kbd:` (classes, properties,
 * managers). These are all the terms the dataset declares, and each is used by it.
 *
 * @returns The terms.
 */
export function vocabularyTerms(): VocabularyTerm[] {
  const terms: VocabularyTerm[] = [];
  for (const type of relationTypeList) {
    const property = relationProperties[type];
    if (property === null) continue;
    const info = relationTypes[type];
    const iso = isoThesaurusKinds[type];
    terms.push({
      vocabulary: 'kb',
      name: property.forward,
      type: 'ObjectProperty',
      symmetric: info.symmetric,
      label: info.label,
      comment: info.description,
      domain: 'skos:Concept',
      range: 'skos:Concept',
      subClassOf: [],
      subPropertyOf: [...(info.skos === 'broader' && iso ? [`isothes:broader${iso}` as const] : []), `skos:${info.skos}`],
      relationType: type,
      skosMapping: skosMappingOf(type),
    });
  }
  for (const entry of dataVocabulary) {
    terms.push({
      vocabulary: 'kbd',
      name: entry.name,
      type: entry.type,
      symmetric: false,
      label: entry.label,
      comment: entry.comment,
      ...(entry.domain ? { domain: entry.domain } : {}),
      ...(entry.range ? { range: entry.range } : {}),
      subClassOf: entry.subClassOf ?? [],
      subPropertyOf: [],
    });
  }
  return terms;
}
