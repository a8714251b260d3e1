/**
 * The frontmatter JSON Schemas against a real validator (Ajv, draft-07, strict): they accept every content
 * file we ship, reject what the compiler rejects for schema-level problems at the same line and nothing
 * else in the broken fixtures, and carry exactly the compiler's vocabulary and key sets (read from the
 * compiler's own messages, so a new key or kind in the compiler fails here until the schema has it).
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node, Pair } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { conceptKinds, levels, locales } from '../src/model.js';
import { packLicenses } from '../src/pack-rules.js';
import { relationTypeList } from '../src/relation-types.js';
import { managerLabels } from '../src/vocabulary-labels.js';
import { fixturesDir, materialize } from '../test/fixture-dir.js';
import type { ContentFile } from './compile.js';
import { compileContent, compileFiles } from './compile.js';
import { matchTypes } from './fields.js';
import { packTemplate } from './init.js';
import type { CompileMessage } from './message.js';
import { rules } from './messages.js';
import type { JsonSchema, SchemaFileType } from './schema.js';
import { calendarDatePattern, editorKeywords, frontmatterSchema, schemaFileName, schemaFileTypes, schemaRuleIds, serializeSchema, writeSchemas } from './schema.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(packageDir, '..', '..');

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addVocabulary([...editorKeywords]);
const validators = Object.fromEntries(schemaFileTypes.map((type) => [type, ajv.compile(frontmatterSchema(type))])) as Record<SchemaFileType, ValidateFunction>;

/** The schema type of a content file (path relative to the content folder), if it has one. */
function typeOf(relative: string): SchemaFileType | undefined {
  if (/^concepts\/[^/]+\.md$/u.test(relative)) return 'concept';
  if (/^comparisons\/[^/]+\.md$/u.test(relative)) return 'comparison';
  const root = { 'topics.md': 'topics', 'responsibility-matrix.md': 'responsibility-matrix', 'pack.md': 'pack', 'terminology.md': 'terminology' } as const;
  return root[relative as keyof typeof root];
}

/** The frontmatter text of a Markdown file (after the opening `---` line), if it has one. */
function frontmatterOf(markdown: string): string | undefined {
  return /^---\r?\n([\s\S]*?)^---[ \t]*$/mu.exec(markdown)?.[1];
}

/** Every `.md` content file of a content folder that has a schema, relative paths sorted. */
async function contentFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of await readdir(dir)) if (typeOf(name) !== undefined) files.push(name);
  for (const folder of ['concepts', 'comparisons']) {
    if (!existsSync(path.join(dir, folder))) continue;
    for (const name of await readdir(path.join(dir, folder))) if (typeOf(`${folder}/${name}`) !== undefined) files.push(`${folder}/${name}`);
  }
  return files.sort();
}

/** One schema problem: the file line it points at and Ajv's words. */
interface SchemaProblem {
  readonly line: number;
  readonly text: string;
}

/** The line (in the Markdown file) of a YAML node: the frontmatter starts on line 2. */
function lineOf(node: Node | null | undefined, lines: LineCounter, fallback: number): number {
  const range = node?.range;
  return range === undefined || range === null ? fallback : lines.linePos(range[0]).line + 1;
}

/** The key node of `key` in a YAML map node. */
function pairOf(node: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(node)) return undefined;
  return (node.items as Pair<Node, Node>[]).find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** Where an Ajv error points in the file: the offending key for key errors, the value otherwise. */
function problemLine(error: ErrorObject, root: Node | null, lines: LineCounter): number {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = root;
  let keyLine = 1; // the opening `---`, where the compiler reports problems of the whole frontmatter
  for (const segment of segments) {
    if (isSeq(node)) {
      node = node.items[Number(segment)];
      keyLine = lineOf(node as Node, lines, keyLine);
    } else {
      const pair = pairOf(node, segment);
      keyLine = lineOf(pair?.key, lines, keyLine);
      node = pair?.value;
    }
  }
  const params = error.params as { additionalProperty?: string; propertyName?: string };
  const key = error.keyword === 'additionalProperties' ? params.additionalProperty : error.keyword === 'propertyNames' ? params.propertyName : undefined;
  if (key !== undefined) return lineOf(pairOf(node, key)?.key, lines, keyLine);
  if (error.keyword === 'required') return keyLine;
  return lineOf(node as Node, lines, keyLine);
}

/** Validate one file's frontmatter: `undefined` when it has none or it is not YAML (the compiler's business). */
function schemaProblems(relative: string, markdown: string): SchemaProblem[] | undefined {
  const type = typeOf(relative);
  const frontmatter = frontmatterOf(markdown);
  if (type === undefined || frontmatter === undefined) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter: lines, uniqueKeys: true });
  if (document.errors.length > 0) return undefined;
  const validate = validators[type];
  if (validate(document.toJS())) return [];
  // Note: `if` only says "must match then"; the `then` error itself points at the value.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  return errors.map((error) => ({ line: problemLine(error, document.contents as Node | null, lines), text: `${error.instancePath || '/'} ${error.message ?? error.keyword}` }));
}

/** The compiler messages of one file (relative path) of a compile of `dir`. */
function messagesOf(messages: readonly CompileMessage[], dir: string, relative: string): CompileMessage[] {
  return messages.filter((message) => path.relative(dir, message.file).split(path.sep).join('/') === relative);
}

describe('frontmatter schemas', () => {
  it('should be valid draft-07 schemas that Ajv compiles in strict mode, one per content file type', () => {
    expect(Object.keys(validators)).toEqual([...schemaFileTypes]);
    for (const type of schemaFileTypes) {
      const schema = frontmatterSchema(type);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(ajv.validateSchema(schema)).toBe(true);
      expect(schema.additionalProperties).toBe(false);
    }
    expect(() => frontmatterSchema('concepts' as SchemaFileType)).toThrow(/expected one of `concept`, `comparison`/u);
  });

  it('should describe every property for hovers and close every map the compiler closes', () => {
    const visit = (schema: JsonSchema, where: string): void => {
      expect(schema.description, `${where} has no description`).toBeTruthy();
      if (schema.properties !== undefined) expect(schema.additionalProperties, `${where} is open`).toBe(false);
      for (const [key, property] of Object.entries(schema.properties ?? {})) visit(property, `${where}.${key}`);
      if (schema.items !== undefined) visit(schema.items, `${where}[]`);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}.*`);
    };
    for (const type of schemaFileTypes) visit(frontmatterSchema(type), type);
  });

  it('should accept the frontmatter of every content file we ship', async () => {
    const folders = [
      path.join(packageDir, 'content'),
      path.join(fixturesDir, 'valid'),
      path.join(fixturesDir, 'base'),
      path.join(repoDir, 'examples', 'container-orchestration', 'content'),
    ].filter((dir) => existsSync(dir));
    let checked = 0;
    const problems: string[] = [];
    for (const dir of folders) {
      for (const relative of await contentFiles(dir)) {
        const found = schemaProblems(relative, await readFile(path.join(dir, relative), 'utf8'));
        expect(found, `${relative} has no readable frontmatter`).toBeDefined();
        for (const problem of found ?? []) problems.push(`${path.relative(repoDir, path.join(dir, relative))}:${problem.line} ${problem.text}`);
        checked += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(120);
  });

  it('should accept the content that cloudvirt-pack init writes', () => {
    const template = packTemplate('my-pack', { coreVersion: '1.0.0', date: '2026-12-02' });
    const files = Object.entries(template).filter(([file]) => file.startsWith('content/') && typeOf(file.slice('content/'.length)) !== undefined);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const [file, markdown] of files) expect(schemaProblems(file.slice('content/'.length), markdown), file).toEqual([]);
  });

  /** Schema-level messages the schemas cannot see: they relate two values, or a value and the file name. */
  const compilerOnly: readonly { readonly case: string; readonly where: string; readonly why: string }[] = [
    { case: 'bad-match', where: 'concepts/gamma.md:16', why: 'a DBpedia IRI must be the resource of the concept’s own wikipedia.en' },
    { case: 'bad-id', where: 'concepts/Gamma_Two.md:1', why: 'the id is the file name' },
  ];

  it.each(readdirSyncSorted(path.join(fixturesDir, 'broken')))('should flag in %s what the compiler flags at schema level, and nothing else', async (name) => {
    const content = await materialize(name);
    try {
      const { messages } = await compileContent(content.dir);
      for (const relative of await contentFiles(content.dir)) {
        const markdown = await readFile(path.join(content.dir, relative), 'utf8');
        const found = schemaProblems(relative, markdown);
        if (found === undefined) continue;
        // Note: the frontmatter spans lines 1 (`---`) to its closing `---`; problems of the body are not the schema's.
        const closingLine = (frontmatterOf(markdown) ?? '').split('\n').length + 1;
        const compiler = messagesOf(messages, content.dir, relative).filter((message) => message.line <= closingLine);
        const schemaLines = new Set(found.map((problem) => problem.line));
        const compilerLines = new Set(compiler.map((message) => message.line));
        const missed = compiler
          .filter((message) => (schemaRuleIds as readonly string[]).includes(message.ruleId) && !schemaLines.has(message.line))
          .filter((message) => !compilerOnly.some((known) => known.case === name && known.where === `${relative}:${message.line}`))
          .map((message) => `${relative}:${message.line}:${message.column} ${message.ruleId}`);
        const extra = found.filter((problem) => !compilerLines.has(problem.line)).map((problem) => `${relative}:${problem.line} ${problem.text}`);
        expect({ missed, extra }).toEqual({ missed: [], extra: [] });
      }
    } finally {
      await content.cleanup();
    }
  });

  it('should be tested by a broken fixture for every rule it checks', async () => {
    const seen = new Set<string>();
    for (const name of readdirSyncSorted(path.join(fixturesDir, 'broken'))) {
      const content = await materialize(name);
      try {
        for (const message of (await compileContent(content.dir)).messages) seen.add(message.ruleId);
      } finally {
        await content.cleanup();
      }
    }
    for (const ruleId of schemaRuleIds) expect(rules[ruleId], `${ruleId} is not a compiler rule`).toBeDefined();
    expect(schemaRuleIds.filter((ruleId) => !seen.has(ruleId))).toEqual([]);
  });

  it('should reject a bad kind naming the allowed values, as the compiler does', () => {
    const problems = validators.concept({ kind: 'hypervisor' }) ? [] : (validators.concept.errors ?? []);
    const kind = problems.find((error) => error.instancePath === '/kind');
    expect(kind).toMatchObject({ keyword: 'enum', params: { allowedValues: [...conceptKinds] } });
    const required = problems.filter((error) => error.keyword === 'required').map((error) => (error.params as { missingProperty: string }).missingProperty);
    expect(required).toEqual(['topic', 'level', 'updated', 'label', 'definition', 'sources']);
  });
});

describe('frontmatter schemas and the compiler vocabulary', () => {
  const concept = frontmatterSchema('concept');
  const matrix = frontmatterSchema('responsibility-matrix');
  const pack = frontmatterSchema('pack');
  const property = (schema: JsonSchema, ...keys: string[]): JsonSchema =>
    keys.reduce<JsonSchema>((node, key) => {
      const next = key === '[]' ? node.items : key === '*' ? (node.additionalProperties as JsonSchema) : node.properties?.[key];
      if (next === undefined) throw new Error(`no ${key} in the schema`);
      return next;
    }, schema);

  it('should list core’s kinds, levels, languages, relation types, managers, licences and mapping types', () => {
    expect(property(concept, 'kind').enum).toEqual(conceptKinds);
    expect(property(concept, 'level').enum).toEqual(levels);
    expect(property(concept, 'relations', '[]', 'type').enum).toEqual(relationTypeList);
    expect(property(concept, 'sources', '[]', 'lang').enum).toEqual(locales);
    expect(property(concept, 'matches', '[]', 'type').enum).toEqual(matchTypes);
    expect(property(matrix, 'cells', '*', '*').enum).toEqual(Object.keys(managerLabels));
    expect(property(pack, 'license', 'id').enum).toEqual(Object.keys(packLicenses));
    expect(property(pack, 'basedOn', '[]', 'lang').enum).toEqual(locales);
    for (const schema of [property(concept, 'kind'), property(concept, 'relations', '[]', 'type'), property(matrix, 'cells', '*', '*')]) {
      expect(schema.markdownEnumDescriptions).toHaveLength(schema.enum?.length ?? -1);
    }
  });

  /** Compile one file and return the messages on one line. */
  const compileLine = (relative: string, frontmatter: string, line: number): CompileMessage[] => {
    const body = typeOf(relative) === 'concept' || typeOf(relative) === 'comparison' ? '\n# en\n\nText.\n\n# zh\n\n文本。\n' : '';
    const files: ContentFile[] = [{ path: relative, value: `---\n${frontmatter}\n---\n${body}` }];
    return compileFiles(files).messages.filter((message) => message.file === relative && message.line === line);
  };

  it('should allow the values the compiler allows (from its messages’ expected values)', () => {
    const probes: readonly [string, string, number, string, JsonSchema][] = [
      ['concepts/probe.md', 'kind: zzz', 2, 'unknown-kind', property(concept, 'kind')],
      ['concepts/probe.md', 'level: zzz', 2, 'unknown-level', property(concept, 'level')],
      ['concepts/probe.md', 'relations:\n  - {type: zzz, target: x}', 3, 'unknown-relation-type', property(concept, 'relations', '[]', 'type')],
      ['concepts/probe.md', 'sources:\n  - {url: "https://x.org", lang: zzz, seed: true, title: {en: a, zh: b}}', 3, 'unknown-locale', property(concept, 'sources', '[]', 'lang')],
      ['concepts/probe.md', 'matches:\n  - {type: zzz, iri: "http://www.wikidata.org/entity/Q1"}', 3, 'bad-match', property(concept, 'matches', '[]', 'type')],
      ['responsibility-matrix.md', 'layers: [l]\nmodels: [m]\ncells:\n  m: {l: zzz}', 5, 'matrix-bad-manager', property(matrix, 'cells', '*', '*')],
      ['pack.md', 'license: {id: zzz, url: "https://x.org", name: {en: a, zh: b}}', 2, 'unknown-license', property(pack, 'license', 'id')],
    ];
    for (const [relative, frontmatter, line, ruleId, schema] of probes) {
      const message = compileLine(relative, frontmatter, line).find((candidate) => candidate.ruleId === ruleId);
      expect(message?.expected, `${relative}: ${frontmatter}`).toEqual(schema.enum);
    }
  });

  /** Every closed map of every file type, written `{zzz: 1}` on a line of its own: [file, frontmatter, line, schema path]. */
  const maps: readonly [string, string, number, readonly string[]][] = [
    ['concepts/probe.md', 'zzz: 1', 2, []],
    ['concepts/probe.md', 'label: {zzz: 1}', 2, ['label']],
    ['concepts/probe.md', 'aliases: {zzz: 1}', 2, ['aliases']],
    ['concepts/probe.md', 'relations:\n  - {zzz: 1}', 3, ['relations', '[]']],
    ['concepts/probe.md', 'sources:\n  - {zzz: 1}', 3, ['sources', '[]']],
    ['concepts/probe.md', 'wikipedia: {zzz: 1}', 2, ['wikipedia']],
    ['concepts/probe.md', 'matches:\n  - {zzz: 1}', 3, ['matches', '[]']],
    ['comparisons/probe.md', 'zzz: 1', 2, []],
    ['comparisons/probe.md', 'dimensions:\n  - {zzz: 1}', 3, ['dimensions', '[]']],
    ['responsibility-matrix.md', 'zzz: 1', 2, []],
    ['topics.md', 'zzz: 1', 2, []],
    ['topics.md', 'topics:\n  - {zzz: 1}', 3, ['topics', '[]']],
    ['pack.md', 'zzz: 1', 2, []],
    ['pack.md', 'license: {zzz: 1}', 2, ['license']],
    ['pack.md', 'creator: {zzz: 1}', 2, ['creator']],
    ['pack.md', 'site: {zzz: 1}', 2, ['site']],
    ['pack.md', 'basedOn:\n  - {zzz: 1}', 3, ['basedOn', '[]']],
    ['terminology.md', 'zzz: 1', 2, []],
    ['terminology.md', 'terms:\n  - {zzz: 1}', 3, ['terms', '[]']],
    ['terminology.md', 'terms:\n  - {preferred: {en: a, zh: b}, variants: {zzz: 1}}', 3, ['terms', '[]', 'variants']],
  ];

  it.each(maps)('should have the keys and required keys of the compiler: %s %j', (relative, frontmatter, line, keys) => {
    const type = typeOf(relative) as SchemaFileType;
    const schema = property(frontmatterSchema(type), ...keys);
    const unknown = compileLine(relative, frontmatter, line).find((message) => message.ruleId === 'unknown-key');
    expect(unknown?.expected).toBeDefined();
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...(unknown?.expected ?? [])].sort());
    const requiredLine = keys.length === 0 ? 1 : line;
    const required = compileLine(relative, frontmatter, requiredLine)
      .filter((message) => ['missing-field', 'missing-source', 'missing-language'].includes(message.ruleId))
      .flatMap((message) => message.expected ?? []);
    expect([...(schema.required ?? [])].sort()).toEqual([...required].sort());
  });

  it('should accept exactly the dates the compiler accepts', () => {
    const pattern = new RegExp(calendarDatePattern, 'u');
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    const dates = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0400-02-29', '0099-12-31', '0100-01-01', '2026-11-26', '2026-4-1', '26.11.2026'),
    );
    fc.assert(
      fc.property(dates, (value) => {
        const compilerAccepts = !compileLine('pack.md', `created: "${value}"`, 2).some((message) => message.ruleId === 'bad-date');
        expect(pattern.test(value), value).toBe(compilerAccepts);
      }),
      { numRuns: 400 },
    );
  });
});

describe('frontmatter schema files', () => {
  it('should write the same bytes on every run, atomically, one file per type', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-schema-'));
    try {
      const files = await writeSchemas(dir);
      expect(files.map((file) => path.basename(file))).toEqual(schemaFileTypes.map(schemaFileName));
      const first = await Promise.all(files.map((file) => readFile(file, 'utf8')));
      await writeSchemas(dir);
      expect(await Promise.all(files.map((file) => readFile(file, 'utf8')))).toEqual(first);
      expect(first).toEqual(schemaFileTypes.map((type) => serializeSchema(frontmatterSchema(type))));
      expect((await readdir(dir)).sort()).toEqual(schemaFileTypes.map(schemaFileName).sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should be in dist/schema as generated (core’s build writes them)', async () => {
    for (const type of schemaFileTypes) {
      const file = path.join(packageDir, 'dist', 'schema', schemaFileName(type));
      const text = await readFile(file, 'utf8').catch(() => `missing: run pnpm --filter @cloudvirt/core build`);
      expect(text, file).toBe(serializeSchema(frontmatterSchema(type)));
    }
  });
});

/** The entries of a folder, sorted (for `it.each`, which needs them before the tests run). */
function readdirSyncSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}
