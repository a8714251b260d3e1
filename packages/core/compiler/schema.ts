/**
 * JSON Schemas (draft-07) of the frontmatter of every content file type, generated from the compiler's own
 * vocabulary so they cannot drift from it: concept kinds, levels, languages, relation types, managers,
 * licences and the id, date, URL and version grammars. In Markdown files the remark language server with
 * remark-lint-frontmatter-schema uses them for squiggles while typing (yaml-language-server reads YAML files
 * only, where it also completes and hovers; FORMAT.md, "Editor support"); `cloudvirt-pack check` stays the
 * authority (it also checks what a schema cannot: references between files, the body, style).
 *
 * Run `tsx compiler/schema.ts [outDir]` (core's build does, into `dist/schema/`) to write
 * `<type>.schema.json` for each type, atomically and byte-identical on every run.
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale, LocalizedText } from '../src/model.js';
import { conceptKinds, levels, locales } from '../src/model.js';
import { maxShortNameLength, packLicenses, packVersionPattern } from '../src/pack-rules.js';
import { relationTypeList, relationTypes } from '../src/relation-types.js';
import { conceptKindLabels, levelLabels, managerLabels } from '../src/vocabulary-labels.js';
import { writeAtomically } from './atomic-write.js';
import { dbpediaResource, matchTypes, wikidataItem } from './fields.js';
import type { RuleId } from './messages.js';
import type { SchemaFileType } from './schema-files.js';
import { schemaFileGlobs, schemaFileName, schemaFileTypes } from './schema-files.js';
import { kebabCase } from './yaml-reader.js';

export type { SchemaFileType } from './schema-files.js';
export { schemaFileGlobs, schemaFileName, schemaFileTypes } from './schema-files.js';

/**
 * The rules whose problems the schemas report too (while typing); every other rule needs the compiler
 * (`cloudvirt-pack check`): references between files, the Markdown body, style. Two checks of these rules
 * stay the compiler's alone: a DBpedia `matches` IRI must be the resource of the concept's own
 * `wikipedia.en` article (`bad-match`), and an id equal to a file name (`bad-id` of a concept file).
 */
export const schemaRuleIds: readonly RuleId[] = [
  'unknown-key',
  'missing-field',
  'wrong-type',
  'empty-text',
  'missing-language',
  'bad-id',
  'duplicate-item',
  'unknown-kind',
  'unknown-level',
  'unknown-locale',
  'unknown-relation-type',
  'bad-url',
  'missing-source',
  'bad-date',
  'too-few-items',
  'matrix-bad-manager',
  'bad-match',
  'bad-base-iri',
  'unknown-license',
  'bad-version',
  'bad-short-name',
];

/** A JSON Schema (draft-07) with the annotations yaml-language-server and VS Code understand. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $comment?: string;
  readonly title?: string;
  readonly description?: string;
  /** Hover text in Markdown (VS Code, yaml-language-server). */
  readonly markdownDescription?: string;
  readonly type?: 'object' | 'array' | 'string' | 'boolean';
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** The message shown when `pattern` fails (VS Code, yaml-language-server). */
  readonly patternErrorMessage?: string;
  readonly enum?: readonly string[];
  /** One Markdown description per `enum` value, shown in completion lists. */
  readonly markdownEnumDescriptions?: readonly string[];
  readonly const?: string;
  readonly allOf?: readonly JsonSchema[];
  readonly if?: JsonSchema;
  readonly then?: JsonSchema;
  /** Completion snippets (VS Code, yaml-language-server). */
  readonly defaultSnippets?: readonly { readonly label: string; readonly body: unknown }[];
}

/** The non-standard annotation keywords the schemas use (validators must be told to ignore them). */
export const editorKeywords = ['markdownDescription', 'patternErrorMessage', 'markdownEnumDescriptions', 'defaultSnippets'] as const;

const draft07 = 'http://json-schema.org/draft-07/schema#';

/** Drop Markdown code marks for the plain `description` (validators and editors without Markdown). */
function plain(markdown: string): string {
  return markdown.replace(/`/gu, '');
}

/** `description` and `markdownDescription` from one Markdown text. */
function describe(markdown: string): Pick<JsonSchema, 'description' | 'markdownDescription'> {
  const description = plain(markdown);
  return description === markdown ? { description } : { description, markdownDescription: markdown };
}

/** A RegExp's source as a JSON Schema pattern (anchored, no flags). */
function patternOf(regexp: RegExp): string {
  return regexp.source;
}

/** Escape a literal for a pattern. */
function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

const languageNames: Readonly<Record<Locale, string>> = { en: 'English', zh: 'Simplified Chinese, 简体中文' };

/** A non-empty string after trimming (`empty-text` otherwise). */
function text(markdown: string): JsonSchema {
  return { type: 'string', ...describe(markdown), minLength: 1, pattern: '\\S', patternErrorMessage: 'Expected a non-empty text (rule `empty-text`).' };
}

/** A text in both languages (`missing-language` when one is absent). */
function localized(markdown: string, extra: Partial<Record<Locale, JsonSchema>> = {}): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const locale of locales) {
    properties[locale] = { ...text(`${markdown}, in ${languageNames[locale]}.`), ...extra[locale] };
  }
  return {
    type: 'object',
    ...describe(`${markdown}, in both languages: \`{en: …, zh: …}\`.`),
    properties,
    required: [...locales],
    additionalProperties: false,
    defaultSnippets: [{ label: '{en, zh}', body: Object.fromEntries(locales.map((locale) => [locale, `$${locales.indexOf(locale) + 1}`])) }],
  };
}

/** A kebab-case id (`bad-id` otherwise). */
function id(markdown: string): JsonSchema {
  return {
    type: 'string',
    ...describe(markdown),
    pattern: patternOf(kebabCase),
    patternErrorMessage: 'Expected a kebab-case id: lower-case ASCII letters and digits separated by single hyphens (rule `bad-id`).',
  };
}

/**
 * A YYYY-MM-DD date that exists in the calendar, as the compiler reads it (years 0100–9999: JavaScript
 * dates map years below 100 to 19xx, so the compiler refuses them).
 */
export const calendarDatePattern =
  '^(?!00)(?:\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

function date(markdown: string): JsonSchema {
  return {
    type: 'string',
    ...describe(`${markdown} Written YYYY-MM-DD (a real date; it may stay unquoted).`),
    pattern: calendarDatePattern,
    patternErrorMessage: 'Expected a real date written YYYY-MM-DD, such as 2026-11-26 (rule `bad-date`).',
  };
}

/** An absolute https URL, optionally on one host (`bad-url` otherwise). */
function url(markdown: string, host?: string): JsonSchema {
  const hostPattern = host === undefined ? '[^\\s/?#]+' : escapePattern(host);
  return {
    type: 'string',
    ...describe(markdown),
    pattern: `^https://${hostPattern}(?:[/?#:]\\S*)?$`,
    patternErrorMessage: `Expected an absolute https URL${host === undefined ? '' : ` on ${host}`} (rule \`bad-url\`).`,
  };
}

/** A list of distinct strings (`duplicate-item` otherwise). */
function distinct(item: JsonSchema, markdown: string, minItems?: number): JsonSchema {
  return { type: 'array', ...describe(markdown), items: item, ...(minItems === undefined ? {} : { minItems }), uniqueItems: true };
}

/** A closed vocabulary with one description per value. */
function vocabulary(values: readonly string[], markdown: string, describeValue: (value: string) => string): JsonSchema {
  return { type: 'string', ...describe(markdown), enum: [...values], markdownEnumDescriptions: values.map(describeValue) };
}

/** Both labels of a vocabulary value: `Deployment model · 部署模式`. */
function bilingual(label: LocalizedText): string {
  return `${label.en} · ${label.zh}`;
}

/** A map with exactly these keys (`unknown-key`, `missing-field`). */
function object(markdown: string, properties: Record<string, JsonSchema>, required: readonly string[]): JsonSchema {
  return { type: 'object', ...describe(markdown), properties, required: [...required], additionalProperties: false };
}

const sources: JsonSchema = {
  type: 'array',
  ...describe('The sources of the record (rule `missing-source` when absent or empty): at least one; links taken from the seed work first.'),
  minItems: 1,
  items: object(
    'A cited page.',
    {
      url: url('The address of the cited page (absolute `https://`).'),
      lang: vocabulary(locales, 'The language of the cited page.', (locale) => languageNames[locale as Locale]),
      seed: { type: 'boolean', ...describe('`true` when the link comes from the work the text derives from (the pack’s seed, listed in `pack.md` `basedOn`), else `false`.') },
      title: localized('The title of the cited page'),
    },
    ['url', 'lang', 'seed', 'title'],
  ),
  defaultSnippets: [{ label: 'source', body: [{ url: 'https://$1', lang: '${2|en,zh|}', seed: false, title: { en: '$3', zh: '$4' } }] }],
};

const updated = date('The date the record’s content last changed; bump it when you edit the record (Anki updates the learner’s notes from it).');

const conceptSchema: JsonSchema = object(
  'The frontmatter of `concepts/<id>.md`: one concept, both languages. The body holds the explanation under `# en` and `# zh`.',
  {
    kind: vocabulary(conceptKinds, 'What sort of thing the concept is (a fixed vocabulary; rule `unknown-kind`).', (kind) => bilingual(conceptKindLabels[kind as keyof typeof conceptKindLabels])),
    topic: id('A topic id from `topics.md` (rule `unknown-topic` when it is not there).'),
    level: vocabulary(levels, 'How advanced the concept is (rule `unknown-level`).', (level) => bilingual(levelLabels[level as keyof typeof levelLabels])),
    updated,
    label: localized('The preferred term'),
    aliases: object(
      'Other names, per language (optional; each list optional). No alias may equal another concept’s label or alias (`alias-clash`).',
      {
        en: distinct(text('An English alias.'), 'English aliases.'),
        zh: distinct(text('A Chinese alias.'), 'Chinese aliases.'),
      },
      [],
    ),
    definition: localized('One or two plain-text sentences that define the concept (no Markdown)'),
    examples: { type: 'array', ...describe('Examples that are not concepts of their own (optional).'), items: localized('An example') },
    relations: {
      type: 'array',
      ...describe('Typed, directed edges to other concepts (optional). State each relation once, in the direction that reads naturally.'),
      items: object(
        'A relation.',
        {
          type: vocabulary(relationTypeList, 'The relation type (rule `unknown-relation-type`).', (type) => {
            const info = relationTypes[type as keyof typeof relationTypes];
            return `${info.label.en} · ${info.label.zh}: ${info.description.en}${info.symmetric ? ' Symmetric.' : ''}`;
          }),
          target: id('The id of the target concept (a file name in `concepts/` without `.md`).'),
          note: localized('An optional qualification of this edge'),
        },
        ['type', 'target'],
      ),
    },
    prerequisites: distinct(id('The id of a concept to learn first.'), 'Concepts to learn first (optional); they must not form a cycle.'),
    sources,
    wikipedia: object(
      'Wikipedia articles about exactly this concept (optional; only articles that exist).',
      {
        en: url('The English Wikipedia article.', 'en.wikipedia.org'),
        zh: url('The Chinese Wikipedia article.', 'zh.wikipedia.org'),
      },
      [],
    ),
    matches: {
      type: 'array',
      ...describe('The same concept in other vocabularies (optional): `skos:exactMatch` / `skos:closeMatch`. Only mappings known for certain.'),
      items: object(
        'A mapping.',
        {
          type: vocabulary(matchTypes, 'How close the mapping is (rule `bad-match`).', (type) => (type === 'exact' ? 'skos:exactMatch' : 'skos:closeMatch')),
          iri: {
            type: 'string',
            ...describe(`A Wikidata item (\`http://www.wikidata.org/entity/Q…\`) or the DBpedia resource of the concept’s own \`wikipedia.en\` article (\`${dbpediaResource}<title>\`).`),
            pattern: `^(?:${wikidataItem.source.replace(/^\^|\$$/gu, '')}|${escapePattern(dbpediaResource)}\\S+)$`,
            patternErrorMessage: 'Expected a Wikidata item or a DBpedia resource IRI (rule `bad-match`).',
          },
        },
        ['type', 'iri'],
      ),
    },
  },
  ['kind', 'topic', 'level', 'updated', 'label', 'definition', 'sources'],
);

const comparisonSchema: JsonSchema = object(
  'The frontmatter of `comparisons/<id>.md`: one comparison table (subjects × dimensions), both languages. The body holds the introduction under `# en` and `# zh`.',
  {
    topic: id('A topic id from `topics.md`.'),
    updated,
    title: localized('The title of the table'),
    subjects: distinct(id('A concept id.'), 'The concepts compared, in row order (at least two; rule `too-few-items`).', 2),
    dimensions: {
      type: 'array',
      ...describe('The dimensions, in column order (at least one; ids unique).'),
      minItems: 1,
      items: object('A dimension.', { id: id('The dimension id (kebab-case), used as a key under `cells.<subject>`.'), label: localized('The column heading') }, ['id', 'label']),
    },
    cells: {
      type: 'object',
      ...describe('Every subject × dimension: `cells.<subject>.<dimension>: {en, zh}`, no extras.'),
      propertyNames: id('A subject listed in `subjects`.'),
      additionalProperties: {
        type: 'object',
        ...describe('The cells of one subject, by dimension id.'),
        propertyNames: id('A dimension id listed in `dimensions`.'),
        additionalProperties: localized('The cell'),
      },
    },
    sources,
  },
  ['topic', 'updated', 'title', 'subjects', 'dimensions', 'cells', 'sources'],
);

const managers = Object.keys(managerLabels);

const matrixSchema: JsonSchema = object(
  'The frontmatter of `responsibility-matrix.md` (optional file): who manages which stack layer under each service model. The body holds the description under `# en` and `# zh`.',
  {
    updated,
    title: localized('The title of the matrix'),
    layers: distinct(id('A concept id (a `stack-layer` or `concept` concept).'), 'The stack layers, bottom to top.'),
    models: distinct(id('A concept id (a `service-model` or `concept` concept).'), 'The service models, in column order.'),
    cells: {
      type: 'object',
      ...describe('Every model × layer: `cells.<model>.<layer>: provider | customer | shared`.'),
      propertyNames: id('A model listed in `models`.'),
      additionalProperties: {
        type: 'object',
        ...describe('Who manages each layer under this model.'),
        propertyNames: id('A layer listed in `layers`.'),
        additionalProperties: vocabulary(managers, 'Who manages the layer (rule `matrix-bad-manager`).', (manager) => bilingual(managerLabels[manager as keyof typeof managerLabels])),
      },
    },
    notes: {
      type: 'object',
      ...describe('Optional notes on single cells: `notes.<model>.<layer>: {en, zh}`.'),
      propertyNames: id('A model listed in `models`.'),
      additionalProperties: {
        type: 'object',
        ...describe('Notes on the cells of one model, by layer.'),
        propertyNames: id('A layer listed in `layers`.'),
        additionalProperties: localized('The note'),
      },
    },
    sources,
  },
  ['updated', 'title', 'layers', 'models', 'cells', 'sources'],
);

const topicsSchema: JsonSchema = object(
  'The frontmatter of `topics.md` (no body): the topic tree.',
  {
    topics: {
      type: 'array',
      ...describe('The topics; a parent is listed before its children.'),
      items: object(
        'A topic.',
        {
          id: id('The topic id (kebab-case, unique); concepts and comparisons name it in `topic`.'),
          parent: id('The id of a topic listed before this one (optional).'),
          label: localized('The display name'),
          description: localized('A one-sentence description'),
        },
        ['id', 'label', 'description'],
      ),
    },
  },
  ['topics'],
);

const licenseIds = Object.keys(packLicenses);

const agent = (who: string): JsonSchema =>
  object(`${who}: a name in both languages and an optional URL.`, { name: localized('The name'), url: url('Their web address (optional).') }, ['name']);

const shortNameText: JsonSchema = {
  maxLength: maxShortNameLength,
  pattern: '^(?!.*::)(?=.*\\S)[^"\\p{Cc}\\u2028\\u2029]*$',
  patternErrorMessage: `Expected at most ${maxShortNameLength} characters without \`::\`, \`"\` or line breaks (rule \`bad-short-name\`).`,
};

const packSchema: JsonSchema = object(
  'The frontmatter of `pack.md` (no body): the pack’s identity and rights, stated once and carried into every output.',
  {
    id: id('The pack id: its namespace (Anki GUIDs, note types, file names). Kebab-case; never change it once published.'),
    name: localized('The pack’s name'),
    shortName: localized(`The short name in deck and note-type names (optional; at most ${maxShortNameLength} characters, no \`::\` or \`"\`)`, {
      en: shortNameText,
      zh: shortNameText,
    }),
    description: localized('What the pack covers, one paragraph of 50–5000 characters (optional): the description of its dataset and of its site’s Dataset markup'),
    site: object(
      'What the pack’s site says about it beyond its name (optional; every key optional).',
      {
        subject: localized('What the pack is about, as a phrase after its name: “{shortName}: {subject}” titles the site’s home page'),
        intro: localized('The introduction of the site’s home page'),
        searchExample: localized('Example queries shown in the site’s search box, followed by “…”'),
      },
      [],
    ),
    baseIri: {
      type: 'string',
      ...describe('The default base IRI of the linked data and the site (optional): an https URL that ends in `/`, without query or fragment (rule `bad-base-iri`).'),
      pattern: '^https://[^\\s/?#]+/(?:[^\\s?#]*/)?$',
      patternErrorMessage: 'Expected an https URL that ends in `/`, without query or fragment (rule `bad-base-iri`).',
    },
    license: {
      ...object(
        'The licence of the text (not of code).',
        {
          id: vocabulary(licenseIds, 'The SPDX id of the licence (rule `unknown-license`).', (licenseId) => packLicenses[licenseId] as string),
          url: url('The canonical URL of that licence.'),
          name: localized('The licence’s name'),
        },
        ['id', 'url', 'name'],
      ),
      allOf: licenseIds.map((licenseId) => ({
        if: { type: 'object', properties: { id: { type: 'string', const: licenseId } }, required: ['id'] },
        then: { type: 'object', properties: { url: { type: 'string', const: packLicenses[licenseId] as string } } },
      })),
    },
    creator: agent('Who wrote the text'),
    publisher: agent('Who publishes the pack'),
    version: {
      type: 'string',
      ...describe('The version of the content, `MAJOR.MINOR.PATCH`; quote it (`"1.0.0"`).'),
      pattern: patternOf(packVersionPattern),
      patternErrorMessage: 'Expected a semantic version MAJOR.MINOR.PATCH such as "1.0.0" (rule `bad-version`).',
    },
    created: date('The date of first publication.'),
    basedOn: {
      type: 'array',
      ...describe('The works the text derives from, with what is known about them (never guessed).'),
      items: object(
        'A work the pack is based on.',
        {
          title: localized('Its title'),
          lang: vocabulary(locales, 'Its language.', (locale) => languageNames[locale as Locale]),
          url: url('Its address (optional; only when known).'),
          author: text('Its author (optional; only when known).'),
          note: localized('A note on the work (optional)'),
        },
        ['title', 'lang'],
      ),
    },
  },
  ['id', 'name', 'license', 'creator', 'publisher', 'version', 'created', 'basedOn'],
);

const terminologySchema: JsonSchema = object(
  'The frontmatter of `terminology.md` (optional file, no body): preferred terms and the variants not to use in running text (rule `preferred-term`).',
  {
    terms: {
      type: 'array',
      ...describe('The entries of the table.'),
      items: object(
        'A term.',
        {
          concept: id('The concept whose label is the preferred term (optional).'),
          preferred: localized('The preferred term'),
          variants: object(
            'The variants not to use, per language (each list optional).',
            {
              en: distinct(text('An English variant (matched as whole words, ignoring case).'), 'English variants.'),
              zh: distinct(text('A Chinese variant (matched anywhere).'), 'Chinese variants.'),
            },
            [],
          ),
        },
        ['preferred', 'variants'],
      ),
    },
  },
  ['terms'],
);

const bodies: Readonly<Record<SchemaFileType, JsonSchema>> = {
  concept: conceptSchema,
  comparison: comparisonSchema,
  topics: topicsSchema,
  'responsibility-matrix': matrixSchema,
  pack: packSchema,
  terminology: terminologySchema,
};

/**
 * The JSON Schema of one content file type's frontmatter.
 *
 * @param type
 *   The file type.
 * @returns
 *   A draft-07 schema: closed maps (`additionalProperties: false`), enums from the vocabulary, patterns for
 *   ids, dates, URLs and versions, and `markdownDescription` hovers.
 */
export function frontmatterSchema(type: SchemaFileType): JsonSchema {
  const body = bodies[type];
  if (body === undefined) throw new RangeError(`Unexpected schema type \`${String(type)}\`, expected one of ${schemaFileTypes.map((name) => `\`${name}\``).join(', ')}`);
  const { description, markdownDescription, ...rest } = body;
  return {
    $schema: draft07,
    $comment: `Generated by @cloudvirt/core (compiler/schema.ts) from the compiler's vocabulary; applies to content/${schemaFileGlobs[type]}. Do not edit.`,
    title: `${schemaFileGlobs[type]} frontmatter`,
    ...(description === undefined ? {} : { description }),
    ...(markdownDescription === undefined ? {} : { markdownDescription }),
    ...rest,
  };
}

/**
 * The text of a schema file: two-space JSON and a final newline (the same bytes on every run).
 *
 * @param schema
 *   The schema.
 * @returns
 *   The file's text.
 */
export function serializeSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * Write every schema into `dir` as `<type>.schema.json`, each atomically (a temporary file, then a rename);
 * a file that already holds the same bytes is left untouched.
 *
 * @param dir
 *   The output folder (created when missing).
 * @returns
 *   The paths of the schema files, in {@link schemaFileTypes} order.
 */
export async function writeSchemas(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const type of schemaFileTypes) {
    const file = path.join(dir, schemaFileName(type));
    await writeAtomically(file, serializeSchema(frontmatterSchema(type)));
    files.push(file);
  }
  return files;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.argv[2] ?? path.join(packageDir, 'dist', 'schema'));
  const files = await writeSchemas(dir);
  process.stdout.write(`✔ ${files.length} frontmatter schemas → ${path.relative(process.cwd(), dir) || '.'}\n`);
}
