/**
 * The synthetic content-pack generator: N valid bilingual concepts with relations, prerequisites,
 * `concept:` links, comparisons, the responsibility matrix and a topic tree, in the format of
 * `packages/core/content/README.md`. Deterministic: the same options give the same bytes.
 *
 * @module
 */
import { normalizeTerm, relationTypeList } from '@cloudvirt/core';
import type { ConceptKind, Level, RelationType } from '@cloudvirt/core';
import { Random } from './prng.js';
import type { Bilingual, ConceptSketch } from './text.js';
import { capitalize, definitionText, explanationText } from './text.js';
import type { Word } from './vocabulary.js';
import { cellValues, contexts, dimensions, exampleTexts, heads, modifiers, qualifiers } from './vocabulary.js';
import { yamlFlowList, yamlScalar } from './yaml.js';

/** Options of {@link generatePack}. */
export interface PackOptions {
  /** Number of concepts (at least {@link minimumConcepts}). */
  readonly concepts: number;
  /** PRNG seed (default {@link defaultSeed}). */
  readonly seed?: number;
}

/** A generated content folder, in memory. */
export interface ContentPack {
  /** File path inside the content folder (`concepts/x.md`) → text, in path order. */
  readonly files: ReadonlyMap<string, string>;
  /** What it holds. */
  readonly counts: PackCounts;
}

/** Counts of a generated pack. */
export interface PackCounts {
  /** Concepts. */
  readonly concepts: number;
  /** Stated relations. */
  readonly relations: number;
  /** `concept:` links in explanations. */
  readonly links: number;
  /** Comparison tables. */
  readonly comparisons: number;
  /** Topics. */
  readonly topics: number;
  /** Total UTF-8 bytes of every file. */
  readonly bytes: number;
}

/** The seed used when none is given. */
export const defaultSeed = 20261126;

/** The smallest pack: 9 stack layers and 6 service models for the matrix, plus one more concept. */
export const minimumConcepts = 16;

const stackLayers = 9;
const serviceModels = 6;
const otherKinds: readonly ConceptKind[] = [
  'concept', 'concept', 'technique', 'technique', 'component', 'component', 'component', 'capability', 'product',
  'architecture', 'architecture-model', 'abstraction-level', 'deployment-model', 'provider', 'organization',
];
const levelWeights: readonly Level[] = ['fundamental', 'fundamental', 'intermediate', 'intermediate', 'intermediate', 'advanced'];
const relationCounts = [0, 1, 1, 2, 2, 2, 3, 3, 4];

/** A generated concept's identity: id, labels, the words they are made of and its kind. */
export interface ConceptRecord extends ConceptSketch {
  /** Modifier, qualifier and head noun. */
  readonly words: readonly [Word, Word, Word];
  /** Its kind (the first ones are stack layers and service models, for the matrix). */
  readonly kind: ConceptKind;
}

/** Lower-case words joined by hyphens: a kebab-case id. */
function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

/** A valid date in 2026 (YYYY-MM-DD). */
function dateIn2026(random: Random): string {
  const month = String(random.between(1, 12)).padStart(2, '0');
  const day = String(random.between(1, 28)).padStart(2, '0');
  return `2026-${month}-${day}`;
}

/** `key:` followed by the bilingual text as a block map, indented by `indent`. */
function bilingualBlock(key: string, text: Bilingual, indent = ''): string {
  return `${indent}${key}:\n${indent}  en: ${yamlScalar(text.en)}\n${indent}  zh: ${yamlScalar(text.zh)}\n`;
}

/** A `sources:` list with one to three entries. */
function sourcesBlock(random: Random, slug: string, title: Bilingual): string {
  const entries = [
    { url: `https://cloud.example.com/docs/${slug}`, lang: 'en', seed: false, title: { en: `${title.en} (documentation)`, zh: `${title.zh}（英文文档）` } },
    { url: `https://cloud.example.cn/zh/docs/${slug}`, lang: 'zh', seed: true, title: { en: `${title.en} (Chinese documentation)`, zh: `${title.zh}（中文文档）` } },
    { url: `https://blog.example.org/posts/${slug}-explained`, lang: 'en', seed: false, title: { en: `${title.en}, explained`, zh: `详解${title.zh}` } },
  ];
  const chosen = entries.slice(0, random.between(1, 3));
  let out = 'sources:\n';
  for (const source of chosen) {
    out += `  - url: ${source.url}\n    lang: ${source.lang}\n    seed: ${String(source.seed)}\n${bilingualBlock('title', source.title, '    ')}`;
  }
  return out;
}

/** The body: `# en`, the English Markdown, `# zh`, the Chinese Markdown. */
function body(text: Bilingual): string {
  return `# en\n\n${text.en}\n\n# zh\n\n${text.zh}\n`;
}

/** Distinct integers in [0, bound) other than `except`, `count` of them at most. */
function distinctBelow(random: Random, bound: number, count: number, except = -1): number[] {
  const wanted = Math.min(count, bound - (except >= 0 && except < bound ? 1 : 0));
  const chosen = new Set<number>();
  while (chosen.size < wanted) {
    const value = random.int(bound);
    if (value !== except) chosen.add(value);
  }
  return [...chosen];
}

/**
 * Choose `count` concepts whose ids and labels (after `normalizeTerm`) are unique in each language.
 *
 * @param random The random source.
 * @param count How many.
 * @returns The concepts, stack layers and service models first.
 * @throws {RangeError} When the vocabulary cannot make that many distinct labels comfortably.
 */
export function chooseConcepts(random: Random, count: number): ConceptRecord[] {
  const capacity = modifiers.length * qualifiers.length * heads.length;
  if (count > capacity / 2) throw new RangeError(`Cannot generate ${count} concepts, expected at most ${capacity / 2} (the vocabulary's combinations).`);
  const ids = new Set<string>();
  const terms = new Set<string>();
  const records: ConceptRecord[] = [];
  while (records.length < count) {
    const words = [random.pick(modifiers), random.pick(qualifiers), random.pick(heads)] as const;
    const en = capitalize(words.map((word) => word.en).join(' '));
    const zh = words.map((word) => word.zh).join('');
    const id = kebab(en);
    const enKey = `en\u0000${normalizeTerm(en)}`;
    const zhKey = `zh\u0000${normalizeTerm(zh)}`;
    if (ids.has(id) || terms.has(enKey) || terms.has(zhKey)) continue;
    ids.add(id);
    terms.add(enKey);
    terms.add(zhKey);
    const index = records.length;
    const kind: ConceptKind = index < stackLayers ? 'stack-layer' : index < stackLayers + serviceModels ? 'service-model' : random.pick(otherKinds);
    records.push({ id, label: { en, zh }, words, kind });
  }
  return records;
}

/**
 * Generate a content pack.
 *
 * Concepts only point (relations, prerequisites) at concepts generated before them, so broader
 * relations and prerequisites never form a cycle and no relation is stated twice; labels and
 * aliases are unique per language after `normalizeTerm`; every `concept:` link names a concept.
 *
 * @param options Number of concepts and seed.
 * @returns The files and their counts.
 * @throws {RangeError} When `concepts` is below {@link minimumConcepts} or above what the vocabulary allows.
 */
export function generatePack(options: PackOptions): ContentPack {
  const n = options.concepts;
  if (!Number.isInteger(n) || n < minimumConcepts) throw new RangeError(`Invalid concept count ${n}, expected an integer of at least ${minimumConcepts}.`);
  const random = new Random(options.seed ?? defaultSeed);
  const files = new Map<string, string>();
  let relationCount = 0;
  let linkCount = 0;

  // Topics: a few roots, the rest their children (parents always come first). At most 250, so that
  // topics.md stays under the compiler's 64 Ki frontmatter limit (about 200 characters a topic).
  const topicCount = Math.min(250, Math.max(4, Math.round(n / 25)));
  const rootCount = Math.max(2, Math.round(topicCount / 6));
  const topicIds: string[] = [];
  let topics = '---\ntopics:\n';
  for (let index = 0; index < topicCount; index++) {
    const qualifier = qualifiers[index % qualifiers.length] as Word;
    const context = random.pick(contexts);
    const id = `${kebab(qualifier.en)}-${index + 1}`;
    topicIds.push(id);
    topics += `  - id: ${id}\n`;
    if (index >= rootCount) topics += `    parent: ${topicIds[index % rootCount]}\n`;
    topics += bilingualBlock('label', { en: `${capitalize(qualifier.en)}, part ${index + 1}`, zh: `${qualifier.zh}（第${index + 1}部分）` }, '    ');
    topics += bilingualBlock('description', { en: `Concepts about ${qualifier.en} ${context.en}.`, zh: `${context.zh}与${qualifier.zh}有关的概念。` }, '    ');
  }
  files.set('topics.md', `${topics}---\n`);
  // The pack identity (every adapter derives its ids and names from it).
  files.set(
    'pack.md',
    '---\nid: bench-pack\nname: {en: Benchmark pack, zh: 基准测试包}\nshortName: {en: Bench, zh: Bench}\n' +
      'license: {id: CC0-1.0, url: "https://creativecommons.org/publicdomain/zero/1.0/", name: {en: CC0 1.0, zh: CC0 1.0}}\n' +
      'creator: {name: {en: The authors, zh: 作者}}\npublisher: {name: {en: The authors, zh: 作者}}\nversion: "1.0.0"\ncreated: 2026-11-26\nbasedOn: []\n---\n',
  );

  // Concepts.
  const concepts = chooseConcepts(random, n);
  const aliasTerms = new Set<string>();
  for (const concept of concepts) {
    aliasTerms.add(`en\u0000${normalizeTerm(concept.label.en)}`);
    aliasTerms.add(`zh\u0000${normalizeTerm(concept.label.zh)}`);
  }
  const takeAlias = (locale: 'en' | 'zh', alias: string): boolean => {
    const key = `${locale}\u0000${normalizeTerm(alias)}`;
    if (normalizeTerm(alias) === '' || aliasTerms.has(key)) return false;
    aliasTerms.add(key);
    return true;
  };

  concepts.forEach((concept, index) => {
    const [, qualifier, head] = concept.words;
    let text = `---\nkind: ${concept.kind}\ntopic: ${random.pick(topicIds)}\nlevel: ${random.pick(levelWeights)}\nupdated: ${dateIn2026(random)}\n`;
    text += bilingualBlock('label', concept.label);

    const enAliases: string[] = [];
    const zhAliases: string[] = [];
    if (random.chance(0.35)) {
      const acronym = concept.label.en.split(/[\s-]+/u).map((word) => word.charAt(0).toUpperCase()).join('');
      if (takeAlias('en', acronym)) enAliases.push(acronym);
    }
    if (random.chance(0.25)) {
      const short = `${qualifier.zh}${head.zh}`;
      if (takeAlias('zh', short)) zhAliases.push(short);
    }
    if (enAliases.length > 0 || zhAliases.length > 0) {
      text += 'aliases:\n';
      if (enAliases.length > 0) text += `  en: ${yamlFlowList(enAliases)}\n`;
      if (zhAliases.length > 0) text += `  zh: ${yamlFlowList(zhAliases)}\n`;
    }
    text += bilingualBlock('definition', definitionText(random, concept));

    if (random.chance(0.3)) {
      text += 'examples:\n';
      for (const example of random.sample(exampleTexts, random.between(1, 2))) {
        text += `  - en: ${yamlScalar(example.en)}\n    zh: ${yamlScalar(example.zh)}\n`;
      }
    }

    const targets = index === 0 ? [] : distinctBelow(random, index, random.pick(relationCounts));
    if (targets.length > 0) {
      text += 'relations:\n';
      for (const target of targets) {
        const type: RelationType = random.pick(relationTypeList);
        text += `  - type: ${type}\n    target: ${(concepts[target] as ConceptRecord).id}\n`;
        if (random.chance(0.15)) {
          const context = random.pick(contexts);
          text += bilingualBlock('note', { en: `This holds ${context.en}.`, zh: `这一点${context.zh}成立。` }, '    ');
        }
      }
      relationCount += targets.length;
    }
    if (index > 0 && random.chance(0.3)) {
      const prerequisites = distinctBelow(random, index, random.between(1, 2)).map((target) => (concepts[target] as ConceptRecord).id);
      text += `prerequisites: ${yamlFlowList(prerequisites)}\n`;
    }
    text += sourcesBlock(random, concept.id, concept.label);
    if (random.chance(0.3)) {
      text += `wikipedia:\n  en: https://en.wikipedia.org/wiki/${encodeURIComponent(concept.label.en.replaceAll(' ', '_'))}\n`;
      if (random.chance(0.6)) text += `  zh: https://zh.wikipedia.org/wiki/${encodeURIComponent(concept.label.zh)}\n`;
    }

    const linked = [...targets, ...distinctBelow(random, n, random.between(1, 3), index)]
      .filter((value, position, all) => all.indexOf(value) === position)
      .map((target) => concepts[target] as ConceptRecord);
    if (linked.length === 0) linked.push(concepts[(index + 1) % n] as ConceptRecord);
    const explanation = explanationText(random, concept, linked);
    linkCount += (explanation.en.match(/\]\(concept:/gu)?.length ?? 0) + (explanation.zh.match(/\]\(concept:/gu)?.length ?? 0);
    text += `---\n\n${body(explanation)}`;
    files.set(`concepts/${concept.id}.md`, text);
  });

  // Comparisons: two to four subjects along three to five dimensions.
  const comparisonCount = Math.max(2, Math.round(n / 15));
  for (let index = 0; index < comparisonCount; index++) {
    const subjects = distinctBelow(random, n, random.between(2, 4)).map((target) => concepts[target] as ConceptRecord);
    const chosenDimensions = random.sample(dimensions, random.between(3, 5));
    const id = `comparison-${index + 1}`;
    const title = {
      en: `${subjects.map((subject) => subject.label.en).join(' vs. ')}`,
      zh: `${subjects.map((subject) => subject.label.zh).join('与')}对比`,
    };
    let text = `---\ntopic: ${random.pick(topicIds)}\nupdated: ${dateIn2026(random)}\n`;
    text += bilingualBlock('title', title);
    text += `subjects: ${yamlFlowList(subjects.map((subject) => subject.id))}\ndimensions:\n`;
    for (const dimension of chosenDimensions) {
      text += `  - id: ${kebab(dimension.en)}\n${bilingualBlock('label', dimension, '    ')}`;
    }
    text += 'cells:\n';
    for (const subject of subjects) {
      text += `  ${subject.id}:\n`;
      for (const dimension of chosenDimensions) text += bilingualBlock(kebab(dimension.en), random.pick(cellValues), '    ');
    }
    text += sourcesBlock(random, id, title);
    const context = random.pick(contexts);
    const intro = {
      en: `How ${subjects.map((subject) => `the [${subject.label.en.toLowerCase()}](concept:${subject.id})`).join(' and ')} differ ${context.en}.`,
      zh: `${context.zh}，${subjects.map((subject) => `[${subject.label.zh}](concept:${subject.id})`).join('与')}之间的区别。`,
    };
    linkCount += subjects.length * 2;
    files.set(`comparisons/${id}.md`, `${text}---\n\n${body(intro)}`);
  }

  // The responsibility matrix over the stack layers and service models.
  const layers = concepts.slice(0, stackLayers).map((concept) => concept.id);
  const models = concepts.slice(stackLayers, stackLayers + serviceModels);
  let matrix = `---\nupdated: ${dateIn2026(random)}\n`;
  matrix += bilingualBlock('title', { en: 'Who manages what in each service model', zh: '各种服务类型中由谁管理哪些层次' });
  matrix += `layers: ${yamlFlowList(layers)}\nmodels: ${yamlFlowList(models.map((model) => model.id))}\ncells:\n`;
  const notes: string[] = [];
  models.forEach((model, position) => {
    const providerLayers = Math.round((position * stackLayers) / (serviceModels - 1));
    const cells = layers.map((layer, layerIndex) => {
      const manager = layerIndex < providerLayers ? 'provider' : layerIndex === providerLayers && position % 2 === 1 ? 'shared' : 'customer';
      if (manager === 'shared') notes.push(`  ${model.id}:\n${bilingualBlock(layer, { en: 'Split between the provider and the customer.', zh: '由提供商和用户共同负责。' }, '    ')}`);
      return `${layer}: ${manager}`;
    });
    matrix += `  ${model.id}: {${cells.join(', ')}}\n`;
  });
  if (notes.length > 0) matrix += `notes:\n${notes.join('')}`;
  matrix += sourcesBlock(random, 'responsibility-matrix', { en: 'Shared responsibility model', zh: '责任共担模型' });
  files.set(
    'responsibility-matrix.md',
    `${matrix}---\n\n${body({ en: 'Each row is a service model; each column a layer of the IT stack.', zh: '每一行是一种服务类型，每一列是IT堆栈中的一个层次。' })}`,
  );

  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let bytes = 0;
  for (const value of sorted.values()) bytes += Buffer.byteLength(value);
  return {
    files: sorted,
    counts: { concepts: n, relations: relationCount, links: linkCount, comparisons: comparisonCount, topics: topicCount, bytes },
  };
}
