/**
 * The @cloudvirt knowledge model: hand-written types, the single source of truth for every output.
 *
 * Enum-like values are lowercase kebab-case strings and stay in English in every locale.
 * Ids are kebab-case strings; the bundled knowledge base narrows them to literal unions
 * (`ConceptId`, `ComparisonId`, `TopicId`) generated from the content, so a typo fails `tsc`.
 *
 * @module
 */

/** A language the knowledge base is written in: `en` (English) or `zh` (Simplified Chinese). */
export type Locale = 'en' | 'zh';

/** Every supported locale, in canonical order (`en` first). */
export const locales: readonly Locale[] = ['en', 'zh'];

/** BCP 47 language tag per locale, as used in HTML `lang`, JSON-LD `@language` and Anki CSS. */
export const languageTags: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-Hans' };

/** A text in both languages. Neither value may be empty. */
export interface LocalizedText {
  /** English. */
  readonly en: string;
  /** Simplified Chinese. */
  readonly zh: string;
}

/** A list of strings per language (aliases); either list may be empty. */
export interface LocalizedList {
  /** English entries. */
  readonly en: readonly string[];
  /** Simplified Chinese entries. */
  readonly zh: readonly string[];
}

/**
 * What sort of thing a concept is. Closed vocabulary:
 * - `concept`: an abstract idea or definition (cloud computing, the cloud, workload);
 * - `deployment-model`: a type of cloud (public, private, hybrid, multicloud);
 * - `service-model`: an "as-a-service" model (IaaS, PaaS, SaaS, CaaS, FaaS); on-premises, the baseline without one, is a `concept`;
 * - `stack-layer`: a layer of the IT stack (networking … applications); `virtualization`, a technology that is also one
 *   of the nine layers, is a `concept`;
 * - `technique`: a way to implement virtualization (emulation, full virtualization, binary translation…);
 * - `abstraction-level`: a level at which virtualization happens (ISA, OS, library, language);
 * - `architecture-model`: a VMM structure model (hypervisor, hosted, hybrid);
 * - `component`: a part of a virtualized or cloud system (hypervisor, VMM, host, guest, VM, container);
 * - `architecture`: a hardware/instruction-set notion (ISA, x86, sensitive instruction…);
 * - `capability`: a capability or task (the NIST capabilities, the VMM's three tasks);
 * - `product`: a software or hardware product (KVM, Xen, Docker, VT-x, Wine, JVM…);
 * - `provider`: a cloud provider (AWS, Azure…);
 * - `organization`: an organization (NIST).
 */
export type ConceptKind =
  | 'concept'
  | 'deployment-model'
  | 'service-model'
  | 'stack-layer'
  | 'technique'
  | 'abstraction-level'
  | 'architecture-model'
  | 'component'
  | 'architecture'
  | 'capability'
  | 'product'
  | 'provider'
  | 'organization';

/** Every concept kind, in display order. */
export const conceptKinds: readonly ConceptKind[] = [
  'concept',
  'deployment-model',
  'service-model',
  'stack-layer',
  'technique',
  'abstraction-level',
  'architecture-model',
  'component',
  'architecture',
  'capability',
  'product',
  'provider',
  'organization',
];

/** How advanced a concept is, for ordering a learning path: `fundamental` → `intermediate` → `advanced`. */
export type Level = 'fundamental' | 'intermediate' | 'advanced';

/** Every level, from the first thing to learn to the last. */
export const levels: readonly Level[] = ['fundamental', 'intermediate', 'advanced'];

/**
 * A typed, directed relation between two concepts. Closed vocabulary; see {@link relationTypes}
 * for each type's inverse, labels and SKOS mapping.
 */
export type RelationType =
  | 'is-a'
  | 'example-of'
  | 'part-of'
  | 'subset-of'
  | 'uses'
  | 'implements'
  | 'enables'
  | 'manages'
  | 'runs-on'
  | 'provides'
  | 'contrasts-with'
  | 'related';

/** Which SKOS property a relation type specializes in the dataset. */
export type SkosMapping = 'broader' | 'related';

/** Everything outputs need to know about one relation type. */
export interface RelationTypeInfo {
  /** The relation type itself. */
  readonly type: RelationType;
  /** Name of the inverse direction (`has-example` for `example-of`); equal to `type` when symmetric. */
  readonly inverse: string;
  /** True when `a type b` implies `b type a` (`contrasts-with`, `related`). */
  readonly symmetric: boolean;
  /** The SKOS super-property: `broader` (the target is more general) or `related`. */
  readonly skos: SkosMapping;
  /** Label of the forward direction, read as "from — label — to" ("is an example of"). */
  readonly label: LocalizedText;
  /** Label of the inverse direction, read as "to — inverseLabel — from" ("has example"). */
  readonly inverseLabel: LocalizedText;
  /** One-sentence meaning, for documentation. */
  readonly description: LocalizedText;
}

/** One relation: `from` —`type`→ `to`. */
export interface Relation<Id extends string = string> {
  /** The subject concept. */
  readonly from: Id;
  /** The relation type. */
  readonly type: RelationType;
  /** The object concept. */
  readonly to: Id;
  /** Optional qualification of this particular edge ("Xen also supports full virtualization"). */
  readonly note?: LocalizedText;
}

/** Where a statement comes from. */
export interface Source {
  /** Absolute http(s) URL. */
  readonly url: string;
  /** Title of the cited page, in both languages. */
  readonly title: LocalizedText;
  /** Language of the cited page itself. */
  readonly lang: Locale;
  /** True when the link comes from the seed article; false when we added it (e.g. an English equivalent). */
  readonly fromSeed: boolean;
}

/** Links to the matching Wikipedia articles, where one exists (used as `sameAs`). */
export interface WikipediaLinks {
  /** English Wikipedia URL. */
  readonly en?: string;
  /** Chinese Wikipedia URL. */
  readonly zh?: string;
}

/**
 * A SKOS mapping of a concept to the same concept in another vocabulary (`skos:exactMatch` /
 * `skos:closeMatch`). The content compiler accepts DBpedia resources only for the concept's own English
 * Wikipedia article (DBpedia names each resource after its article), and Wikidata items as `Q…` ids.
 */
export interface ConceptMatch {
  /** `exact`: interchangeable in any application; `close`: interchangeable in some (the conservative choice). */
  readonly type: 'exact' | 'close';
  /** The other vocabulary's concept IRI (`http://dbpedia.org/resource/Hypervisor`). */
  readonly iri: string;
}

/** One concept of the knowledge base. */
export interface Concept<Id extends string = string, TopicKey extends string = string> {
  /** Stable kebab-case id (the content file name). Site URLs, JSON-LD `@id`s and Anki GUIDs derive from it. */
  readonly id: Id;
  /** What sort of thing it is. */
  readonly kind: ConceptKind;
  /** The topic it belongs to (see {@link Topic}). */
  readonly topic: TopicKey;
  /** How advanced it is. */
  readonly level: Level;
  /** The preferred term in each language. */
  readonly label: LocalizedText;
  /** Other names: abbreviations, synonyms, spellings (`VMM`, `Type 2 hypervisor`, `宿主模型`). */
  readonly aliases: LocalizedList;
  /** Short definition: one or two plain-text sentences. */
  readonly definition: LocalizedText;
  /** Longer explanation as Markdown; links to other concepts are written `[text](concept:id)`. */
  readonly explanation: LocalizedText;
  /** Examples that are not concepts of their own (e.g. "Java, Python, Go runtimes"). */
  readonly examples: readonly LocalizedText[];
  /** Concepts to learn first. */
  readonly prerequisites: readonly Id[];
  /** Where the definition and explanation come from. */
  readonly sources: readonly Source[];
  /** Matching Wikipedia articles, if any. */
  readonly wikipedia: WikipediaLinks;
  /** The same concept in other vocabularies (`matches:` in the content), when any is known for certain. */
  readonly matches?: readonly ConceptMatch[];
  /** Date (YYYY-MM-DD) the content of this record last changed; drives Anki's `mod`. */
  readonly updated: string;
}

/** A grouping of concepts, with an optional parent topic (for deck hierarchies and indexes). */
export interface Topic<TopicKey extends string = string> {
  /** Stable kebab-case id. */
  readonly id: TopicKey;
  /** Parent topic id, if this is a sub-topic. */
  readonly parent?: TopicKey;
  /** Display name. */
  readonly label: LocalizedText;
  /** One-sentence description. */
  readonly description: LocalizedText;
}

/** One dimension (column) of a comparison table. */
export interface ComparisonDimension {
  /** Stable kebab-case id, unique within its comparison. */
  readonly id: string;
  /** Display name of the dimension ("Guest OS modified?"). */
  readonly label: LocalizedText;
}

/** One cell of a comparison: what `subject` is like along `dimension`. */
export interface ComparisonCell<Id extends string = string> {
  /** The compared concept (row). */
  readonly subject: Id;
  /** The dimension id (column). */
  readonly dimension: string;
  /** The cell text. */
  readonly text: LocalizedText;
}

/** A named comparison table: subjects × dimensions → bilingual cell text. */
export interface Comparison<Id extends string = string, ComparisonKey extends string = string, TopicKey extends string = string> {
  /** Stable kebab-case id (the content file name). */
  readonly id: ComparisonKey;
  /** The topic it belongs to. */
  readonly topic: TopicKey;
  /** Title ("Emulation vs. full virtualization vs. paravirtualization"). */
  readonly title: LocalizedText;
  /** Introduction as Markdown (may be empty in neither language). */
  readonly description: LocalizedText;
  /** The compared concepts, in row order. */
  readonly subjects: readonly Id[];
  /** The dimensions, in column order. */
  readonly dimensions: readonly ComparisonDimension[];
  /** Every cell, subject-major, in subject and dimension order. Every subject × dimension pair is present. */
  readonly cells: readonly ComparisonCell<Id>[];
  /** Where the comparison comes from. */
  readonly sources: readonly Source[];
  /** Date (YYYY-MM-DD) the content last changed. */
  readonly updated: string;
}

/** Who manages a stack layer under a service model. */
export type Manager = 'provider' | 'customer' | 'shared';

/**
 * One cell of the responsibility matrix. `ModelKey` and `LayerKey` are the matrix's model and layer
 * concept ids (`ServiceModelId` and `StackLayerId` in the bundled knowledge base).
 */
export interface ResponsibilityCell<ModelKey extends string = string, LayerKey extends string = ModelKey> {
  /** The service model (or on-premises) concept id. */
  readonly model: ModelKey;
  /** The stack layer concept id. */
  readonly layer: LayerKey;
  /** Who manages that layer under that model. */
  readonly manager: Manager;
  /** Optional explanation of this cell (why it is shared, what part the customer keeps). */
  readonly note?: LocalizedText;
}

/** Who manages which layer of the IT stack, for on-premises and each cloud service model. */
export interface ResponsibilityMatrix<Id extends string = string, ModelKey extends Id = Id, LayerKey extends Id = Id> {
  /** Title of the matrix. */
  readonly title: LocalizedText;
  /** Introduction as Markdown. */
  readonly description: LocalizedText;
  /** Stack layers, bottom (networking) to top (applications), as the seed lists them. */
  readonly layers: readonly LayerKey[];
  /** Models (columns): on-premises, then the service models. */
  readonly models: readonly ModelKey[];
  /** Every model × layer cell, model-major. */
  readonly cells: readonly ResponsibilityCell<ModelKey, LayerKey>[];
  /** Where the assignments come from. */
  readonly sources: readonly Source[];
  /** Date (YYYY-MM-DD) the content last changed. */
  readonly updated: string;
}

/** A licence of the knowledge text (not of the code). */
export interface PackLicense {
  /** SPDX identifier (`CC-BY-SA-4.0`). */
  readonly id: string;
  /** The licence's canonical https URL (its deed or legal code), used as `dct:license` / `schema:license`. */
  readonly url: string;
  /** The licence's name in both languages. */
  readonly name: LocalizedText;
}

/** A person or organization credited for a pack (creator, publisher). */
export interface PackAgent {
  /** Name in both languages. */
  readonly name: LocalizedText;
  /** Home page, when one is known (absolute https URL). */
  readonly url?: string;
}

/**
 * A work the pack's text derives from (`schema:isBasedOn`), with its own attribution: only what is known
 * about it (an unknown author or URL is left out, never guessed).
 */
export interface PackBasis {
  /** Title of the work in both languages (the original-language title as written by its author). */
  readonly title: LocalizedText;
  /** Language the work is written in. */
  readonly lang: Locale;
  /** Where the work is published, when known (absolute https URL). */
  readonly url?: string;
  /** Its author, when known. */
  readonly author?: string;
  /** What is known about it, for the attribution line (publication, where the copy came from). */
  readonly note?: LocalizedText;
}

/**
 * What a pack's site says about it beyond its name (`site:` in `content/pack.md`; every field optional,
 * the site derives a default from the pack's name and concepts).
 */
export interface PackSite {
  /** What the pack is about, as a phrase after its name: "{shortName}: {subject}" titles the home page (`cloud computing vs. virtualization`). */
  readonly subject?: LocalizedText;
  /** The home page's introduction (a sentence or two). */
  readonly intro?: LocalizedText;
  /** Example queries shown in the search box (`hypervisor, IaaS, 虚拟化`), followed by `…`. */
  readonly searchExample?: LocalizedText;
}

/**
 * A pack's identity and rights, declared once in `content/pack.md` and carried into every output (the
 * dataset, the page markup, the decks, the handbooks, the site footer).
 */
export interface Pack {
  /** The pack id (kebab-case): its namespace, such as the Anki deck/model id seed and the package name stem. */
  readonly id: string;
  /** The pack's name in both languages. */
  readonly name: LocalizedText;
  /**
   * The short name in both languages (at most 32 characters, no `::`, `"` or line break), used where a
   * name must stay short: Anki deck names (`CloudVirt`, `CloudVirt 中文`) and note-type names
   * (`CloudVirt Definition`). When absent, adapters use {@link Pack.name}.
   */
  readonly shortName?: LocalizedText;
  /**
   * What the pack covers, one paragraph (50–5000 characters, as Google Dataset Search requires): the
   * description of its dataset (`kb.jsonld`, `kb.ttl`, VoID) and of the site's `Dataset` markup.
   */
  readonly description?: LocalizedText;
  /** What the pack's site says about it beyond its name (see {@link PackSite}). */
  readonly site?: PackSite;
  /** Default base IRI of its linked data (`https://…/`, ending in `/`), when the pack fixes one; an output's own base IRI option wins. */
  readonly baseIri?: string;
  /** The licence of the knowledge text. */
  readonly license: PackLicense;
  /** Who wrote the text (`dct:creator`, `schema:creator`). */
  readonly creator: PackAgent;
  /** Who publishes it (`dct:publisher`, `schema:publisher`). */
  readonly publisher: PackAgent;
  /** Version of the content (semantic version such as `1.0.0`). */
  readonly version: string;
  /** Date (YYYY-MM-DD) the pack was first published (`dct:created`). */
  readonly created: string;
  /** The works the text derives from (`schema:isBasedOn`, `dct:source`), in file order. */
  readonly basedOn: readonly PackBasis[];
}

/**
 * The plain data of a knowledge base, as the content compiler emits it. The type parameters are its
 * concept, topic and comparison ids and the responsibility matrix's model and layer ids: literal unions
 * for the bundled data, `string` for data read at run time.
 */
export interface KnowledgeBaseData<
  Id extends string = string,
  TopicKey extends string = string,
  ComparisonKey extends string = string,
  ModelKey extends Id = Id,
  LayerKey extends Id = Id,
> {
  /** Topics, in display order (parents before children). */
  readonly topics: readonly Topic<TopicKey>[];
  /** Concepts, in stable order: by topic order, then level, then id. */
  readonly concepts: readonly Concept<Id, TopicKey>[];
  /** Relations as authored (forward direction only), in stable order. */
  readonly relations: readonly Relation<Id>[];
  /** Comparison tables. */
  readonly comparisons: readonly Comparison<Id, ComparisonKey, TopicKey>[];
  /** The responsibility matrix. */
  readonly responsibilityMatrix: ResponsibilityMatrix<Id, ModelKey, LayerKey>;
  /** The pack's identity, licence and attribution (`content/pack.md`); absent for content without that file. */
  readonly pack?: Pack;
}
