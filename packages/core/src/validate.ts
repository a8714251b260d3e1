/**
 * Validation at the door: {@link validateKnowledgeBase} checks knowledge-base data that did not come from
 * the content compiler (a hand-built pack, JSON read at run time) with the compiler's own rule ids, and
 * reports every problem at once in one {@link KnowledgeBaseValidationError}.
 *
 * @module
 */
import type { KnowledgeBaseData } from './model.js';
import { conceptKinds, levels, locales } from './model.js';
import { describeValue, invalidTypeError, unknownValueError } from './messages.js';
import { normalizeTerm } from './normalize.js';
import { baseIriProblem, packLicenses, packSiteKeys, packVersionPattern, shortNameProblem } from './pack-rules.js';
import { relationTypeList, relationTypes } from './relation-types.js';
import { suggest } from './suggest.js';

/**
 * The rule ids {@link validateKnowledgeBase} reports: the content compiler's ids for the same mistakes
 * (a test checks that each one is in the compiler's rule table).
 */
export const knowledgeBaseRuleIds = [
  'missing-field',
  'unknown-key',
  'wrong-type',
  'empty-text',
  'missing-language',
  'bad-id',
  'duplicate-id',
  'duplicate-item',
  'alias-clash',
  'unknown-kind',
  'unknown-level',
  'unknown-topic',
  'unknown-topic-parent',
  'unknown-locale',
  'unknown-relation-type',
  'unknown-relation-target',
  'self-relation',
  'duplicate-relation',
  'broader-cycle',
  'unknown-prerequisite',
  'prerequisite-cycle',
  'broken-concept-link',
  'too-few-items',
  'comparison-unknown-subject',
  'comparison-duplicate-dimension',
  'comparison-missing-cell',
  'comparison-extra-cell',
  'matrix-unknown-layer',
  'matrix-unknown-model',
  'matrix-missing-cell',
  'matrix-bad-manager',
  'bad-short-name',
  'bad-base-iri',
  'bad-url',
  'bad-date',
  'unknown-license',
  'bad-version',
] as const;

/** A rule id of {@link validateKnowledgeBase} (see {@link knowledgeBaseRuleIds}). */
export type KnowledgeBaseRuleId = (typeof knowledgeBaseRuleIds)[number];

/** One problem found by {@link validateKnowledgeBase}. */
export interface KnowledgeBaseProblem {
  /** The rule id (the compiler's id for the same mistake). */
  readonly ruleId: KnowledgeBaseRuleId;
  /** Where in the data, as a property path (`concepts[3].kind`, `relations[1].type`). */
  readonly path: string;
  /** What was received and what was expected, with a did-you-mean when one is close. */
  readonly message: string;
}

/** The error {@link validateKnowledgeBase} throws: every problem of the data, at once. */
export class KnowledgeBaseValidationError extends Error {
  /** Every problem, in data order. */
  readonly problems: readonly KnowledgeBaseProblem[];

  /**
   * @param problems The problems (at least one).
   */
  constructor(problems: readonly KnowledgeBaseProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((problem) => `  ${problem.path}: ${problem.message} [${problem.ruleId}]`);
    super(`Invalid knowledge-base data, ${count}:\n${lines.join('\n')}\nFix the data, or build it with the content compiler, which reports the same rules with file:line:column.`);
    this.name = 'KnowledgeBaseValidationError';
    this.problems = problems;
  }
}

type Data = Record<string, unknown>;

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const conceptLink = /\]\(concept:([^)\s]*)\)/gu;
const managers = ['provider', 'customer', 'shared'];
/** The hint of `unknown-kind`: the kinds are fixed (and labelled once, in vocabulary-labels.ts). */
const fixedKindsHint = 'The concept kinds are a fixed vocabulary; a pack cannot declare kinds of its own in this version';
const matrixLayerKinds = ['stack-layer', 'concept'];
const matrixModelKinds = ['service-model', 'concept'];

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Collects problems while walking the data. */
class Checker {
  readonly problems: KnowledgeBaseProblem[] = [];
  conceptIds: string[] = [];
  readonly kinds = new Map<string, string>();
  topicIds: string[] = [];
  readonly terms = new Map<string, string>(); // normalized term → concept id (for did-you-mean)

  report(ruleId: KnowledgeBaseRuleId, path: string, message: string): void {
    this.problems.push({ ruleId, path, message });
  }

  /** A required member: reports `missing-field` when absent; returns whether it is present. */
  present(record: Data, key: string, path: string, expected: string): boolean {
    if (record[key] !== undefined) return true;
    this.report('missing-field', `${join(path, key)}`, invalidTypeError(`\`${key}\``, undefined, expected).message);
    return false;
  }

  wrongType(path: string, value: unknown, expected: string): void {
    this.report('wrong-type', path, invalidTypeError(`value`, value, expected).message);
  }

  /** A required object member; returns it when it is an object. */
  object(record: Data, key: string, path: string, expected: string): Data | undefined {
    if (!this.present(record, key, path, expected)) return undefined;
    const value = record[key];
    if (isRecord(value)) return value;
    this.wrongType(`${join(path, key)}`, value, expected);
    return undefined;
  }

  /** A required array member; returns it when it is an array. */
  array(record: Data, key: string, path: string, expected: string): readonly unknown[] | undefined {
    if (!this.present(record, key, path, expected)) return undefined;
    const value = record[key];
    if (Array.isArray(value)) return value;
    this.wrongType(`${join(path, key)}`, value, expected);
    return undefined;
  }

  /** A required string member; returns it when it is a string. */
  string(record: Data, key: string, path: string, expected: string): string | undefined {
    if (!this.present(record, key, path, expected)) return undefined;
    const value = record[key];
    if (typeof value === 'string') return value;
    this.wrongType(`${join(path, key)}`, value, expected);
    return undefined;
  }

  /** A kebab-case id member. */
  id(record: Data, key: string, path: string): string | undefined {
    const value = this.string(record, key, path, 'a kebab-case id (a string)');
    if (value === undefined) return undefined;
    if (!kebabCase.test(value)) {
      this.report('bad-id', `${join(path, key)}`, `Unexpected id ${describeValue(value)}, expected kebab-case ASCII (\`[a-z0-9]+(-[a-z0-9]+)*\`)`);
    }
    return value;
  }

  /** A bilingual text member (`{ en, zh }`, both non-empty strings); returns it when well-formed. */
  text(record: Data, key: string, path: string, options: { required?: boolean } = {}): Record<'en' | 'zh', string> | undefined {
    if (options.required === false && record[key] === undefined) return undefined;
    const value = this.object(record, key, path, 'a bilingual text (`{ en, zh }`)');
    if (value === undefined) return undefined;
    return this.textAt(value, join(path, key));
  }

  /** A bilingual text value at `path`. */
  textAt(value: Data, path: string): Record<'en' | 'zh', string> | undefined {
    let ok = true;
    for (const locale of locales) {
      const text = value[locale];
      const where = `${path}.${locale}`;
      if (text === undefined) {
        this.report('missing-language', where, invalidTypeError(`\`${locale}\` text`, undefined, 'a non-empty string').message);
        ok = false;
      } else if (typeof text !== 'string') {
        this.wrongType(where, text, 'a non-empty string');
        ok = false;
      } else if (text.trim() === '') {
        this.report('empty-text', where, 'Unexpected empty text, expected a non-empty string in both languages');
      }
    }
    return ok ? (value as Record<'en' | 'zh', string>) : undefined;
  }

  /** A list of strings; reports non-strings and repeated entries. */
  strings(values: readonly unknown[], path: string, noun: string): string[] {
    const seen = new Set<string>();
    const result: string[] = [];
    values.forEach((value, index) => {
      if (typeof value !== 'string') {
        this.wrongType(`${path}[${index}]`, value, `one of the ${noun} (a string)`);
        return;
      }
      if (seen.has(value)) this.report('duplicate-item', `${path}[${index}]`, `Unexpected second ${describeValue(value)}, expected each entry once`);
      seen.add(value);
      result.push(value);
    });
    return result;
  }

  /** One of a closed set of values (`hint` follows the did-you-mean). */
  oneOf(ruleId: KnowledgeBaseRuleId, path: string, what: string, value: string, allowed: readonly string[], plural?: string, hint?: string): boolean {
    if (allowed.includes(value)) return true;
    this.report(ruleId, path, unknownValueError(what, value, allowed, { plural, hint }).message);
    return false;
  }

  /** A reference to a concept: reports `ruleId` with a did-you-mean (by label or alias, else by id). */
  reference(ruleId: KnowledgeBaseRuleId, path: string, what: string, value: string): boolean {
    if (this.kinds.has(value)) return true;
    const byTerm = this.terms.get(normalizeTerm(value));
    const guess = byTerm !== undefined && byTerm !== value ? byTerm : suggest(value, this.conceptIds)[0];
    this.report(
      ruleId,
      path,
      unknownValueError(what, value, this.conceptIds, { plural: 'concept ids', guess, hint: 'Use the id of a concept of the data' }).message,
    );
    return false;
  }

  /** Every `[text](concept:id)` link of a bilingual Markdown text. */
  links(text: Record<'en' | 'zh', string> | undefined, path: string): void {
    if (text === undefined) return;
    for (const locale of locales) {
      for (const match of text[locale].matchAll(conceptLink)) {
        this.reference('broken-concept-link', `${path}.${locale}`, 'link to concept', match[1] ?? '');
      }
    }
  }

  sources(record: Data, path: string): void {
    const sources = this.array(record, 'sources', path, 'an array of sources');
    sources?.forEach((source, index) => {
      const where = `${path}.sources[${index}]`;
      if (!isRecord(source)) return this.wrongType(where, source, 'a source (`{ url, title, lang, fromSeed }`)');
      this.string(source, 'url', where, 'an absolute URL (a string)');
      this.text(source, 'title', where);
      const lang = this.string(source, 'lang', where, '`en` or `zh`');
      if (lang !== undefined) this.oneOf('unknown-locale', `${where}.lang`, 'lang', lang, locales);
      if (this.present(source, 'fromSeed', where, 'a boolean') && typeof source['fromSeed'] !== 'boolean') {
        this.wrongType(`${where}.fromSeed`, source['fromSeed'], 'a boolean');
      }
    });
  }

  /** Report cycles among `edges` (id → ids), once per cycle, at the path of its first edge. */
  cycles(ruleId: KnowledgeBaseRuleId, edges: Map<string, { to: string; path: string }[]>, describe: (cycle: string[]) => string): void {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (id: string): void => {
      state.set(id, 'open');
      stack.push(id);
      for (const edge of edges.get(id) ?? []) {
        const seen = state.get(edge.to);
        if (seen === 'open') {
          const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to];
          this.report(ruleId, edge.path, describe(cycle));
        } else if (seen === undefined) {
          visit(edge.to);
        }
      }
      stack.pop();
      state.set(id, 'done');
    };
    for (const id of this.conceptIds) if (!state.has(id)) visit(id);
  }
}

function checkHttpsUrl(checker: Checker, record: Data, key: string, path: string): void {
  if (record[key] === undefined) return;
  const value = checker.string(record, key, path, 'an absolute https URL (a string)');
  if (value === undefined) return;
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
    checker.report('bad-url', join(path, key), `Unexpected URL ${describeValue(value)}, expected an absolute \`https://\` URL`);
  }
}

function checkAgent(checker: Checker, pack: Data, key: string): void {
  const agent = checker.object(pack, key, 'pack', 'an agent (`{ name: { en, zh }, url? }`)');
  if (agent === undefined) return;
  checker.text(agent, 'name', `pack.${key}`);
  checkHttpsUrl(checker, agent, 'url', `pack.${key}`);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The pack identity (`content/pack.md` of a compiled pack), when present: the rules of the compiler's
 * `parse-pack.ts`, from the same `pack-rules.ts`. It is optional here as pack.md is for the compiler; the
 * adapters that derive ids and names from it (Anki, JSON-LD, the handbook) refuse data without one.
 */
function checkPack(checker: Checker, value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) return checker.wrongType('pack', value, "the pack's identity (an object with `id`, `name`, `license`, …)");
  checker.id(value, 'id', 'pack');
  checker.text(value, 'name', 'pack');
  const shortName = checker.text(value, 'shortName', 'pack', { required: false });
  for (const locale of locales) {
    const problem = shortName === undefined ? undefined : shortNameProblem(shortName[locale]);
    if (problem !== undefined) {
      checker.report('bad-short-name', `pack.shortName.${locale}`, `Unexpected short name ${describeValue(shortName?.[locale])}: it ${problem}, expected at most 32 characters without \`::\`, \`"\` or line breaks`);
    }
  }
  checker.text(value, 'description', 'pack', { required: false });
  checkSite(checker, value['site']);
  if (value['baseIri'] !== undefined) {
    const baseIri = checker.string(value, 'baseIri', 'pack', 'an https URL ending in `/` (a string)');
    const problem = baseIri === undefined ? undefined : baseIriProblem(baseIri);
    if (problem !== undefined) {
      checker.report('bad-base-iri', 'pack.baseIri', `Unexpected base IRI ${describeValue(baseIri)}: it ${problem}, expected an https URL that ends in \`/\` (no query, no fragment), such as \`https://example.org/kb/\``);
    }
  }
  const license = checker.object(value, 'license', 'pack', 'a licence (`{ id, url, name }`)');
  if (license !== undefined) {
    const id = checker.string(license, 'id', 'pack.license', 'an SPDX licence id (a string)');
    const url = checker.string(license, 'url', 'pack.license', "the licence's URL (a string)");
    checker.text(license, 'name', 'pack.license');
    if (id !== undefined && checker.oneOf('unknown-license', 'pack.license.id', 'licence id', id, Object.keys(packLicenses), 'licence ids') && url !== undefined && url !== packLicenses[id]) {
      checker.report('unknown-license', 'pack.license.url', `Unexpected URL ${describeValue(url)} for licence \`${id}\`, expected \`${packLicenses[id] ?? ''}\``);
    }
  }
  checkAgent(checker, value, 'creator');
  checkAgent(checker, value, 'publisher');
  const version = checker.string(value, 'version', 'pack', 'a semantic version such as `1.0.0` (a string)');
  if (version !== undefined && !packVersionPattern.test(version)) {
    checker.report('bad-version', 'pack.version', `Unexpected version ${describeValue(version)}, expected a semantic version MAJOR.MINOR.PATCH such as \`1.0.0\``);
  }
  const created = checker.string(value, 'created', 'pack', 'a date written YYYY-MM-DD (a string)');
  if (created !== undefined && !isCalendarDate(created)) checker.report('bad-date', 'pack.created', `Unexpected date ${describeValue(created)}, expected a real date written YYYY-MM-DD`);
  const bases = checker.array(value, 'basedOn', 'pack', 'an array of works (`{ title, lang, url?, author?, note? }`, may be empty)');
  bases?.forEach((basis, index) => {
    const path = `pack.basedOn[${index}]`;
    if (!isRecord(basis)) return checker.wrongType(path, basis, 'a work (`{ title, lang, url?, author?, note? }`)');
    checker.text(basis, 'title', path);
    const lang = checker.string(basis, 'lang', path, '`en` or `zh`');
    if (lang !== undefined) checker.oneOf('unknown-locale', `${path}.lang`, 'lang', lang, locales);
    checkHttpsUrl(checker, basis, 'url', path);
    if (basis['author'] !== undefined) checker.string(basis, 'author', path, "the author's name (a string)");
    checker.text(basis, 'note', path, { required: false });
  });
}

/**
 * `pack.site` when present: an object whose keys are {@link packSiteKeys} (`unknown-key` for any other, with a
 * did-you-mean, as the compiler's `reader.map`), each a bilingual text.
 */
function checkSite(checker: Checker, site: unknown): void {
  if (site === undefined) return;
  if (!isRecord(site)) return checker.wrongType('pack.site', site, 'the site texts (an object with `subject`, `intro`, `searchExample`, each `{ en, zh }`)');
  const allowed: readonly string[] = packSiteKeys;
  for (const key of Object.keys(site)) {
    if (!allowed.includes(key)) checker.report('unknown-key', `pack.site.${key}`, unknownValueError('key of the site texts', key, allowed, { plural: 'keys' }).message);
  }
  for (const key of packSiteKeys) checker.text(site, key, 'pack.site', { required: false });
}

function checkTopics(checker: Checker, topics: readonly unknown[]): void {
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    const path = `topics[${index}]`;
    if (!isRecord(topic)) return checker.wrongType(path, topic, 'a topic (`{ id, label, description }`)');
    const id = checker.id(topic, 'id', path);
    checker.text(topic, 'label', path);
    checker.text(topic, 'description', path);
    const parent = topic['parent'];
    if (parent !== undefined) {
      if (typeof parent !== 'string') checker.wrongType(`${path}.parent`, parent, 'a topic id (a string)');
      else if (!seen.has(parent)) {
        checker.report('unknown-topic-parent', `${path}.parent`, unknownValueError('parent topic', parent, [...seen], { plural: 'topic ids', hint: 'A parent is a topic listed before this one' }).message);
      }
    }
    if (id === undefined) return;
    if (seen.has(id)) checker.report('duplicate-id', `${path}.id`, `Unexpected second topic id ${describeValue(id)}, expected every topic to have its own id`);
    seen.add(id);
  });
  checker.topicIds = [...seen];
}

function checkTopicReference(checker: Checker, record: Data, path: string): void {
  const topic = checker.string(record, 'topic', path, 'a topic id (a string)');
  if (topic !== undefined) checker.oneOf('unknown-topic', `${path}.topic`, 'topic', topic, checker.topicIds, 'topic ids');
}

/** First pass over concepts: ids and kinds, so references can be checked whatever their order. */
function indexConcepts(checker: Checker, concepts: readonly unknown[]): void {
  const ids: string[] = [];
  concepts.forEach((concept, index) => {
    if (!isRecord(concept) || typeof concept['id'] !== 'string') return;
    const id = concept['id'];
    if (checker.kinds.has(id)) {
      checker.report('duplicate-id', `concepts[${index}].id`, `Unexpected second concept id ${describeValue(id)}, expected every concept to have its own id`);
      return;
    }
    ids.push(id);
    checker.kinds.set(id, typeof concept['kind'] === 'string' ? concept['kind'] : '');
    if (isRecord(concept['label'])) {
      for (const locale of locales) {
        const label = concept['label'][locale];
        if (typeof label === 'string' && !checker.terms.has(normalizeTerm(label))) checker.terms.set(normalizeTerm(label), id);
      }
    }
  });
  checker.conceptIds = ids;
}

function checkConcepts(checker: Checker, concepts: readonly unknown[]): void {
  const owners = new Map<string, { id: string; path: string; value: string }>(); // locale + term → owner
  const prerequisites = new Map<string, { to: string; path: string }[]>();
  concepts.forEach((concept, index) => {
    const path = `concepts[${index}]`;
    if (!isRecord(concept)) return checker.wrongType(path, concept, 'a concept (an object)');
    const id = checker.id(concept, 'id', path);
    const kind = checker.string(concept, 'kind', path, 'a concept kind (a string)');
    if (kind !== undefined) checker.oneOf('unknown-kind', `${path}.kind`, 'kind', kind, conceptKinds, 'concept kinds', fixedKindsHint);
    checkTopicReference(checker, concept, path);
    const level = checker.string(concept, 'level', path, '`fundamental`, `intermediate` or `advanced`');
    if (level !== undefined) checker.oneOf('unknown-level', `${path}.level`, 'level', level, levels);
    const label = checker.text(concept, 'label', path);
    checker.text(concept, 'definition', path);
    checker.links(checker.text(concept, 'explanation', path), `${path}.explanation`);
    const examples = checker.array(concept, 'examples', path, 'an array of bilingual texts');
    examples?.forEach((example, position) => {
      if (!isRecord(example)) checker.wrongType(`${path}.examples[${position}]`, example, 'a bilingual text (`{ en, zh }`)');
      else checker.textAt(example, `${path}.examples[${position}]`);
    });
    checker.sources(concept, path);
    checker.object(concept, 'wikipedia', path, 'an object (`{ en?, zh? }`)');
    checker.string(concept, 'updated', path, 'a date written YYYY-MM-DD (a string)');

    // Terms: a label or alias may belong to one concept only, per language.
    const aliases = checker.object(concept, 'aliases', path, 'aliases per language (`{ en: [], zh: [] }`)');
    for (const locale of locales) {
      const terms: { value: string; path: string; role: string }[] = [];
      if (label !== undefined) terms.push({ value: label[locale], path: `${path}.label.${locale}`, role: 'label' });
      if (aliases !== undefined) {
        const list = aliases[locale];
        if (list === undefined) checker.report('missing-language', `${path}.aliases.${locale}`, invalidTypeError(`\`${locale}\` aliases`, undefined, 'an array of strings (may be empty)').message);
        else if (!Array.isArray(list)) checker.wrongType(`${path}.aliases.${locale}`, list, 'an array of strings (may be empty)');
        else {
          list.forEach((alias, position) => {
            if (typeof alias === 'string') terms.push({ value: alias, path: `${path}.aliases.${locale}[${position}]`, role: 'alias' });
            else checker.wrongType(`${path}.aliases.${locale}[${position}]`, alias, 'an alias (a string)');
          });
        }
      }
      if (id === undefined) continue;
      for (const term of terms) {
        const key = `${locale}\u0000${normalizeTerm(term.value)}`;
        const previous = owners.get(key);
        if (previous === undefined) {
          owners.set(key, { id, path: term.path, value: term.value });
        } else if (previous.id === id) {
          checker.report('alias-clash', term.path, `Unexpected alias ${describeValue(term.value)}, expected an alias different from \`${previous.value}\` (${previous.path}) of the same concept`);
        } else {
          checker.report('alias-clash', term.path, `Unexpected ${term.role} ${describeValue(term.value)}, expected a term no other concept uses (\`${previous.id}\` has \`${previous.value}\` at ${previous.path})`);
        }
      }
    }

    const list = checker.array(concept, 'prerequisites', path, 'an array of concept ids');
    if (list === undefined || id === undefined) return;
    const edges: { to: string; path: string }[] = [];
    list.forEach((prerequisite, position) => {
      const where = `${path}.prerequisites[${position}]`;
      if (typeof prerequisite !== 'string') return checker.wrongType(where, prerequisite, 'a concept id (a string)');
      if (checker.reference('unknown-prerequisite', where, 'prerequisite', prerequisite)) edges.push({ to: prerequisite, path: where });
    });
    checker.strings(list, `${path}.prerequisites`, 'concept ids');
    prerequisites.set(id, edges);
  });
  checker.cycles('prerequisite-cycle', prerequisites, (cycle) =>
    cycle.length === 2
      ? `Unexpected prerequisite \`${cycle[0] ?? ''}\` on itself, expected another concept`
      : `Unexpected prerequisite cycle ${cycle.join(' → ')}, expected prerequisites to lead to more basic concepts`,
  );
}

function checkRelations(checker: Checker, relations: readonly unknown[]): void {
  const seen = new Map<string, string>();
  const broader = new Map<string, { to: string; path: string }[]>();
  relations.forEach((relation, index) => {
    const path = `relations[${index}]`;
    if (!isRecord(relation)) return checker.wrongType(path, relation, 'a relation (`{ from, type, to }`)');
    const from = checker.string(relation, 'from', path, 'a concept id (a string)');
    const type = checker.string(relation, 'type', path, 'a relation type (a string)');
    const to = checker.string(relation, 'to', path, 'a concept id (a string)');
    checker.text(relation, 'note', path, { required: false });
    const fromOk = from !== undefined && checker.reference('unknown-relation-target', `${path}.from`, 'relation source', from);
    const toOk = to !== undefined && checker.reference('unknown-relation-target', `${path}.to`, 'relation target', to);
    const typeOk = type !== undefined && checker.oneOf('unknown-relation-type', `${path}.type`, 'relation type', type, relationTypeList);
    if (!fromOk || !toOk || !typeOk) return;
    if (from === to) return checker.report('self-relation', `${path}.to`, `Unexpected relation \`${from} ${type} ${to}\` from a concept to itself, expected another concept`);
    const info = relationTypes[type as keyof typeof relationTypes];
    const forward = `${from} ${type} ${to}`;
    const key = info.symmetric ? [from, to].sort().join(` ${type} `) : forward;
    const first = seen.get(key);
    if (first !== undefined) {
      return checker.report('duplicate-relation', path, `Unexpected second relation \`${forward}\`, expected each relation once (already stated at ${first})`);
    }
    seen.set(key, path);
    if (info.skos === 'broader') broader.set(from, [...(broader.get(from) ?? []), { to, path }]);
  });
  checker.cycles('broader-cycle', broader, (cycle) => `Unexpected broader cycle ${cycle.join(' → ')}, expected broader relations to lead to more general concepts`);
}

function checkComparisons(checker: Checker, comparisons: readonly unknown[]): void {
  const seen = new Set<string>();
  comparisons.forEach((comparison, index) => {
    const path = `comparisons[${index}]`;
    if (!isRecord(comparison)) return checker.wrongType(path, comparison, 'a comparison (an object)');
    const id = checker.id(comparison, 'id', path);
    if (id !== undefined) {
      if (seen.has(id)) checker.report('duplicate-id', `${path}.id`, `Unexpected second comparison id ${describeValue(id)}, expected every comparison to have its own id`);
      seen.add(id);
    }
    checkTopicReference(checker, comparison, path);
    checker.text(comparison, 'title', path);
    checker.links(checker.text(comparison, 'description', path), `${path}.description`);
    checker.sources(comparison, path);
    checker.string(comparison, 'updated', path, 'a date written YYYY-MM-DD (a string)');
    const subjectList = checker.array(comparison, 'subjects', path, 'an array of concept ids');
    const subjects = subjectList === undefined ? undefined : checker.strings(subjectList, `${path}.subjects`, 'concept ids');
    subjects?.forEach((subject, position) => checker.reference('comparison-unknown-subject', `${path}.subjects[${position}]`, 'comparison subject', subject));
    const dimensionList = checker.array(comparison, 'dimensions', path, 'an array of dimensions (`{ id, label }`)');
    const dimensions: string[] = [];
    dimensionList?.forEach((dimension, position) => {
      const where = `${path}.dimensions[${position}]`;
      if (!isRecord(dimension)) return checker.wrongType(where, dimension, 'a dimension (`{ id, label }`)');
      const dimensionId = checker.id(dimension, 'id', where);
      checker.text(dimension, 'label', where);
      if (dimensionId === undefined) return;
      if (dimensions.includes(dimensionId)) checker.report('comparison-duplicate-dimension', `${where}.id`, `Unexpected second dimension ${describeValue(dimensionId)}, expected every dimension to have its own id`);
      else dimensions.push(dimensionId);
    });
    if ((subjects !== undefined && subjects.length < 2) || (dimensionList !== undefined && dimensions.length === 0)) {
      checker.report('too-few-items', path, `Unexpected ${subjects?.length ?? 0} subject(s) and ${dimensions.length} dimension(s), expected at least two subjects and one dimension`);
    }
    const cells = checker.array(comparison, 'cells', path, 'an array of cells (`{ subject, dimension, text }`)');
    if (cells === undefined || subjects === undefined) return;
    const filled = new Set<string>();
    cells.forEach((cell, position) => {
      const where = `${path}.cells[${position}]`;
      if (!isRecord(cell)) return checker.wrongType(where, cell, 'a cell (`{ subject, dimension, text }`)');
      const subject = checker.string(cell, 'subject', where, 'a subject id (a string)');
      const dimension = checker.string(cell, 'dimension', where, 'a dimension id (a string)');
      checker.links(checker.text(cell, 'text', where), `${where}.text`);
      if (subject === undefined || dimension === undefined) return;
      if (!subjects.includes(subject)) checker.report('comparison-extra-cell', `${where}.subject`, unknownValueError('cell subject', subject, subjects, { hint: 'Remove the cell, or add the subject to `subjects`' }).message);
      else if (!dimensions.includes(dimension)) checker.report('comparison-extra-cell', `${where}.dimension`, unknownValueError('cell dimension', dimension, dimensions, { hint: 'Remove the cell, or add the dimension to `dimensions`' }).message);
      else filled.add(`${subject}\u0000${dimension}`);
    });
    for (const subject of subjects) {
      for (const dimension of dimensions) {
        if (!filled.has(`${subject}\u0000${dimension}`)) checker.report('comparison-missing-cell', `${path}.cells`, `Missing cell \`${subject}\` × \`${dimension}\`, expected a cell for every subject × dimension pair`);
      }
    }
  });
}

/** Whether a matrix is the empty one of a pack without a matrix: `layers`, `models` and `cells` all empty arrays. */
function isEmptyMatrix(matrix: Data): boolean {
  const empty = (key: string): boolean => Array.isArray(matrix[key]) && (matrix[key] as unknown[]).length === 0;
  return empty('layers') && empty('models') && empty('cells');
}

function checkMatrix(checker: Checker, matrix: Data): void {
  const path = 'responsibilityMatrix';
  checker.text(matrix, 'title', path);
  checker.links(checker.text(matrix, 'description', path), `${path}.description`);
  checker.sources(matrix, path);
  checker.string(matrix, 'updated', path, 'a date written YYYY-MM-DD (a string)');
  const axis = (key: 'layers' | 'models', ruleId: KnowledgeBaseRuleId, kinds: readonly string[], noun: string): string[] | undefined => {
    const list = checker.array(matrix, key, path, `an array of ${noun} concept ids`);
    if (list === undefined) return undefined;
    const ids = checker.strings(list, `${join(path, key)}`, 'concept ids');
    ids.forEach((id, position) => {
      const where = `${join(path, key)}[${position}]`;
      if (!checker.reference(ruleId, where, noun, id)) return;
      const kind = checker.kinds.get(id) ?? '';
      if (!kinds.includes(kind)) checker.report(ruleId, where, `Unexpected ${noun} \`${id}\` of kind ${describeValue(kind)}, expected a ${kinds.map((k) => `\`${k}\``).join(' or ')} concept`);
    });
    return ids;
  };
  const layers = axis('layers', 'matrix-unknown-layer', matrixLayerKinds, 'layer');
  const models = axis('models', 'matrix-unknown-model', matrixModelKinds, 'model');
  const cells = checker.array(matrix, 'cells', path, 'an array of cells (`{ model, layer, manager }`)');
  if (cells === undefined || layers === undefined || models === undefined) return;
  const filled = new Set<string>();
  cells.forEach((cell, index) => {
    const where = `${path}.cells[${index}]`;
    if (!isRecord(cell)) return checker.wrongType(where, cell, 'a cell (`{ model, layer, manager }`)');
    const model = checker.string(cell, 'model', where, 'a model id (a string)');
    const layer = checker.string(cell, 'layer', where, 'a layer id (a string)');
    const manager = checker.string(cell, 'manager', where, '`provider`, `customer` or `shared`');
    checker.links(checker.text(cell, 'note', where, { required: false }), `${where}.note`);
    if (manager !== undefined) checker.oneOf('matrix-bad-manager', `${where}.manager`, 'manager', manager, managers);
    const modelOk = model !== undefined && checker.oneOf('matrix-unknown-model', `${where}.model`, 'model', model, models);
    const layerOk = layer !== undefined && checker.oneOf('matrix-unknown-layer', `${where}.layer`, 'layer', layer, layers);
    if (modelOk && layerOk) filled.add(`${model}\u0000${layer}`);
  });
  for (const model of models) {
    for (const layer of layers) {
      if (!filled.has(`${model}\u0000${layer}`)) checker.report('matrix-missing-cell', `${path}.cells`, `Missing cell \`${model}\` × \`${layer}\`, expected a cell for every model × layer pair`);
    }
  }
}

/**
 * Check knowledge-base data built by hand or read at run time, with the content compiler's rule ids:
 * shapes (`missing-field`, `wrong-type`, `missing-language`, `empty-text`), closed vocabularies
 * (`unknown-kind`, `unknown-level`, `unknown-topic`, `unknown-relation-type`…), references
 * (`unknown-relation-target`, `unknown-prerequisite`, `broken-concept-link`, `comparison-unknown-subject`…),
 * uniqueness (`duplicate-id`, `alias-clash`, `duplicate-relation`), cycles (`prerequisite-cycle`,
 * `broader-cycle`), and the comparison and responsibility-matrix rules. `comparisons` and
 * `responsibilityMatrix` may be absent, and the matrix may be the empty one (no `layers`, `models` or `cells`;
 * its other members are not checked). The pack identity (`pack`) is optional, as
 * pack.md is for the compiler, and checked when present: `bad-id`, `missing-language`, `bad-short-name`, `description`
 * and `site` (`unknown-key` for a key other than `subject`, `intro`, `searchExample`; each a text),
 * `bad-base-iri`, `unknown-license`, `bad-version`, `bad-date`, `bad-url`, as for pack.md (the adapters
 * that derive ids and names from it refuse data without one). The compiler's style warnings are not checked. {@link createKnowledgeBase} calls this for data that did not come from the compiler.
 *
 * @param data
 *   The value to check.
 * @throws {TypeError} When `data` is not an object.
 * @throws {KnowledgeBaseValidationError} Listing every problem found (`problems`), when there is any.
 * @example
 *   try {
 *     validateKnowledgeBase(myData);
 *   } catch (error) {
 *     if (error instanceof KnowledgeBaseValidationError) for (const p of error.problems) console.log(p.ruleId, p.path);
 *   }
 */
export function validateKnowledgeBase(data: unknown): asserts data is KnowledgeBaseData {
  if (!isRecord(data)) throw invalidTypeError('argument of validateKnowledgeBase', data, 'knowledge-base data (an object with `topics`, `concepts`, `relations`)');
  const checker = new Checker();
  const topics = checker.array(data, 'topics', '', 'an array of topics');
  const concepts = checker.array(data, 'concepts', '', 'an array of concepts');
  const relations = checker.array(data, 'relations', '', 'an array of relations');
  if (topics !== undefined) checkTopics(checker, topics);
  if (concepts !== undefined) {
    indexConcepts(checker, concepts);
    checkConcepts(checker, concepts);
  }
  // Without concepts every reference would be reported: the one missing member is enough.
  if (concepts === undefined) throw new KnowledgeBaseValidationError(checker.problems);
  if (relations !== undefined) checkRelations(checker, relations);
  if (data['comparisons'] !== undefined) {
    const comparisons = checker.array(data, 'comparisons', '', 'an array of comparisons');
    if (comparisons !== undefined) checkComparisons(checker, comparisons);
  }
  if (data['responsibilityMatrix'] !== undefined) {
    const matrix = checker.object(data, 'responsibilityMatrix', '', 'a responsibility matrix (an object)');
    // The empty matrix (no layers, models or cells) is how a pack without one says so: nothing to check.
    if (matrix !== undefined && !isEmptyMatrix(matrix)) checkMatrix(checker, matrix);
  }
  checkPack(checker, data['pack']);
  if (checker.problems.length > 0) throw new KnowledgeBaseValidationError(checker.problems);
}
