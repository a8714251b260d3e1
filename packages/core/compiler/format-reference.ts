/**
 * Generated sections of the content format reference (`FORMAT.md`, shipped in the package): the fields of
 * each file type (from the frontmatter schemas), the vocabulary (from core's lists and labels) and the rule
 * table (from {@link rules}). Run `tsx compiler/format-reference.ts` to refresh them;
 * compiler/format-reference.test.ts checks they are current.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { conceptKinds, levels, locales } from '../src/model.js';
import { packLicenses } from '../src/pack-rules.js';
import { relationTypeList, relationTypes } from '../src/relation-types.js';
import { conceptKindLabels, levelLabels, managerLabels } from '../src/vocabulary-labels.js';
import { writeAtomically } from './atomic-write.js';
import { matchTypes } from './fields.js';
import { messagesTable, replaceSection } from './readme.js';
import type { JsonSchema, SchemaFileType } from './schema.js';
import { calendarDatePattern, frontmatterSchema, schemaFileTypes } from './schema.js';
import { kebabCase } from './yaml-reader.js';

/** The package folder. */
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The format reference file. */
export const formatReferenceFile = path.join(packageDir, 'FORMAT.md');

/** Escape a table cell. */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
}

/** Whether a schema is a `{en, zh}` text. */
function isLocalized(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  return schema.type === 'object' && keys.length === locales.length && locales.every((locale) => keys.includes(locale) && required.includes(locale));
}

/** The shape of the strings each pattern rule admits (by the rule its pattern message names). */
const patternShapes: readonly [RegExp, string][] = [
  [/`bad-version`/u, 'version `MAJOR.MINOR.PATCH`, quoted'],
  [/`bad-base-iri`/u, 'https URL ending in `/`'],
  [/`bad-match`/u, 'Wikidata item or DBpedia resource IRI'],
];

/** Short names of the vocabularies, for values too many to list in a cell. */
const vocabularyLinks: readonly [readonly string[], string][] = [
  [conceptKinds, 'a [concept kind](#concept-kinds)'],
  [relationTypeList, 'a [relation type](#relation-types)'],
  [Object.keys(packLicenses), 'a [licence id](#licences)'],
];

/** What a value looks like, for the fields table. */
function valueOf(schema: JsonSchema): string {
  if (schema.enum !== undefined) {
    const link = vocabularyLinks.find(([values]) => values.length === schema.enum?.length && values.every((value, index) => value === schema.enum?.[index]));
    return link?.[1] ?? schema.enum.map((value) => `\`${value}\``).join(' \\| ');
  }
  if (isLocalized(schema)) return 'text `{en, zh}`';
  if (schema.type === 'boolean') return '`true` \\| `false`';
  if (schema.type === 'string') {
    if (schema.pattern === kebabCase.source) return 'kebab-case id';
    if (schema.pattern === calendarDatePattern) return 'date YYYY-MM-DD';
    const shape = patternShapes.find(([rule]) => rule.test(schema.patternErrorMessage ?? ''));
    if (shape !== undefined) return shape[1];
    if (schema.pattern?.startsWith('^https://') === true) return schema.pattern.startsWith('^https://[^') ? 'https URL' : `https URL on \`${schema.pattern.slice(9).split('(')[0]?.replace(/\\/gu, '')}\``;
    return 'text';
  }
  if (schema.type === 'array') {
    const item = schema.items === undefined ? 'value' : valueOf(schema.items);
    const bounds = schema.minItems === undefined ? '' : `, at least ${schema.minItems}`;
    return `list of ${item}${bounds}${schema.uniqueItems === true ? ', each once' : ''}`;
  }
  if (schema.type === 'object') return typeof schema.additionalProperties === 'object' ? 'map by id' : 'map';
  return 'value';
}

/** The rows `field | required | value | what` of a schema, depth first. */
function fieldRows(schema: JsonSchema, prefix: string, rows: string[]): void {
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    rows.push(`| \`${name}\` | ${required.has(key) ? 'yes' : 'no'} | ${valueOf(property)} | ${cell(property.markdownDescription ?? property.description ?? '')} |`);
    if (isLocalized(property)) continue;
    if (property.properties !== undefined) fieldRows(property, `${name}.`, rows);
    if (property.items?.properties !== undefined && !isLocalized(property.items)) fieldRows(property.items, `${name}[].`, rows);
    if (typeof property.additionalProperties === 'object') {
      const inner = property.additionalProperties;
      const innerValue = typeof inner.additionalProperties === 'object' ? inner.additionalProperties : undefined;
      if (innerValue !== undefined) {
        rows.push(`| \`${name}.<key>.<key>\` | — | ${valueOf(innerValue)} | ${cell(innerValue.markdownDescription ?? innerValue.description ?? '')} |`);
      }
    }
  }
}

/**
 * The fields table of one file type: every key with whether it is required, the shape of its value and
 * what it means.
 *
 * @param type
 *   The file type.
 * @returns
 *   A Markdown table.
 */
export function fieldsTable(type: SchemaFileType): string {
  const rows: string[] = [];
  fieldRows(frontmatterSchema(type), '', rows);
  return ['| field | required | value | what |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The vocabulary tables: concept kinds, levels, relation types, managers, mapping types and licences, with
 * their labels in both languages.
 *
 * @returns
 *   Markdown: one heading and table per vocabulary.
 */
export function vocabularyTables(): string {
  const kinds = conceptKinds.map((kind) => `| \`${kind}\` | ${cell(conceptKindLabels[kind].en)} | ${cell(conceptKindLabels[kind].zh)} |`);
  const levelRows = levels.map((level) => `| \`${level}\` | ${cell(levelLabels[level].en)} | ${cell(levelLabels[level].zh)} |`);
  const relationRows = relationTypeList.map((type) => {
    const info = relationTypes[type];
    const direction = info.symmetric ? 'symmetric' : `inverse \`${info.inverse}\``;
    return `| \`${type}\` | ${cell(info.label.en)} · ${cell(info.label.zh)} | ${direction}; \`skos:${info.skos}\` | ${cell(info.description.en)} |`;
  });
  const managerRows = Object.entries(managerLabels).map(([manager, label]) => `| \`${manager}\` | ${cell(label.en)} | ${cell(label.zh)} |`);
  const matchRows = matchTypes.map((type) => `| \`${type}\` | \`skos:${type}Match\` |`);
  const licenceRows = Object.entries(packLicenses).map(([id, url]) => `| \`${id}\` | ${url} |`);
  return [
    '### Concept kinds',
    '',
    '| `kind` | English | 中文 |',
    '| --- | --- | --- |',
    ...kinds,
    '',
    '### Levels',
    '',
    '| `level` | English | 中文 |',
    '| --- | --- | --- |',
    ...levelRows,
    '',
    '### Relation types',
    '',
    '| `type` | reads | direction; SKOS | meaning |',
    '| --- | --- | --- | --- |',
    ...relationRows,
    '',
    '### Managers',
    '',
    '| manager | English | 中文 |',
    '| --- | --- | --- |',
    ...managerRows,
    '',
    '### Mapping types',
    '',
    '| `matches[].type` | property |',
    '| --- | --- |',
    ...matchRows,
    '',
    '### Licences',
    '',
    '| `license.id` | `license.url` (must be this one) |',
    '| --- | --- |',
    ...licenceRows,
  ].join('\n');
}

/**
 * Every generated section of the format reference, by marker name (`<!-- name:start -->` … `<!-- name:end -->`).
 *
 * @returns
 *   The sections' bodies.
 */
export function formatReferenceSections(): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const type of schemaFileTypes) sections[`fields:${type}`] = fieldsTable(type);
  sections.vocabulary = vocabularyTables();
  sections.rules = messagesTable();
  return sections;
}

/**
 * The format reference with every generated section refreshed.
 *
 * @param text
 *   The current text of FORMAT.md.
 * @returns
 *   The refreshed text.
 */
export function refreshFormatReference(text: string): string {
  let refreshed = text;
  for (const [name, body] of Object.entries(formatReferenceSections())) refreshed = replaceSection(refreshed, name, body);
  return refreshed;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await readFile(formatReferenceFile, 'utf8');
  await writeAtomically(formatReferenceFile, refreshFormatReference(text));
  process.stdout.write(`✔ ${path.relative(process.cwd(), formatReferenceFile)} refreshed\n`);
}
