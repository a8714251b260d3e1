/**
 * `concepts/<id>.md`: one concept, both languages.
 *
 * @module
 */
import type { ConceptKind, ConceptMatch, Level, Locale, LocalizedList, LocalizedText, RelationType, Source, WikipediaLinks } from '../src/model.js';
import { conceptKinds, levels, locales } from '../src/model.js';
import { relationTypeList } from '../src/relation-types.js';
import { readMatches, readSources, readWikipedia } from './fields.js';
import type { Located } from './markdown.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink, Position } from './message.js';
import { rules } from './messages.js';
import type { SourceFile } from './source-file.js';
import { YamlReader } from './yaml-reader.js';

/** A relation as authored in a concept's frontmatter. */
export interface RelationDraft {
  /** The relation type. */
  readonly type: RelationType;
  /** The target id as written. */
  readonly target: Located;
  /** Optional qualification. */
  readonly note: LocalizedText | undefined;
  /** Place of the whole relation item. */
  readonly place: Position;
}

/** A label or alias with where it is written (for `alias-clash`). */
export interface TermDraft {
  /** Its language. */
  readonly locale: Locale;
  /** Whether it is the concept's label or an alias. */
  readonly role: 'label' | 'alias';
  /** The term as written. */
  readonly value: string;
  /** Where it is written. */
  readonly place: Position;
}

/** A concept as read from its file; fields are `undefined` when missing or invalid (and reported). */
export interface ConceptDraft {
  /** The id (file name without `.md`). */
  readonly id: string;
  /** The file. */
  readonly file: SourceFile;
  /** What sort of thing it is. */
  readonly kind: ConceptKind | undefined;
  /** The topic id as written. */
  readonly topic: Located | undefined;
  /** How advanced it is. */
  readonly level: Level | undefined;
  /** Date of the last change. */
  readonly updated: string | undefined;
  /** Preferred terms. */
  readonly label: LocalizedText | undefined;
  /** Other names. */
  readonly aliases: LocalizedList | undefined;
  /** Short definition. */
  readonly definition: LocalizedText | undefined;
  /** The body, as Markdown. */
  readonly explanation: LocalizedText | undefined;
  /** Examples that are not concepts. */
  readonly examples: LocalizedText[] | undefined;
  /** Relations as authored (only those with a known type). */
  readonly relations: readonly RelationDraft[];
  /** Prerequisite ids as written. */
  readonly prerequisites: readonly Located[];
  /** Sources. */
  readonly sources: Source[] | undefined;
  /** Wikipedia links. */
  readonly wikipedia: WikipediaLinks | undefined;
  /** Mappings to other vocabularies (empty when absent). */
  readonly matches: readonly ConceptMatch[] | undefined;
  /** Label and aliases, with places. */
  readonly terms: readonly TermDraft[];
  /** `concept:` links of the body. */
  readonly links: readonly Located[];
}

/** The draft of a concept whose frontmatter could not be read. */
function emptyDraft(file: SourceFile, id: string): ConceptDraft {
  return {
    id,
    file,
    kind: undefined,
    topic: undefined,
    level: undefined,
    updated: undefined,
    label: undefined,
    aliases: undefined,
    definition: undefined,
    explanation: undefined,
    examples: undefined,
    relations: [],
    prerequisites: [],
    sources: undefined,
    wikipedia: undefined,
    matches: undefined,
    terms: [],
    links: [],
  };
}

const conceptKeys = {
  required: ['kind', 'topic', 'level', 'updated', 'label', 'definition', 'sources'],
  optional: ['aliases', 'examples', 'relations', 'prerequisites', 'wikipedia', 'matches'],
  missingRule: { sources: 'missing-source' },
} as const;

/**
 * Read one concept file. File-local rules are checked here; references to other files are checked later.
 *
 * @param file
 *   The concept file.
 * @param id
 *   Its id (the file name without `.md`).
 * @param sink
 *   Where problems go.
 * @returns
 *   The draft (only `id` and `file` when the frontmatter is missing or not valid YAML, so that
 *   references to the concept still resolve).
 */
export function parseConcept(file: SourceFile, id: string, sink: MessageSink): ConceptDraft {
  const document = parseMarkdown(file, sink, 'bilingual');
  const parsed = document === undefined ? undefined : YamlReader.read(document, sink);
  if (document === undefined || parsed === undefined) return emptyDraft(file, id);
  const { reader, root } = parsed;
  const fields = reader.map(root, conceptKeys) ?? new Map();
  const get = (key: string) => fields.get(key);

  const kindEntry = get('kind');
  const topicEntry = get('topic');
  const levelEntry = get('level');
  const updatedEntry = get('updated');
  const labelEntry = get('label');
  const definitionEntry = get('definition');

  const terms: TermDraft[] = [];
  const labelTerms = labelEntry === undefined ? undefined : reader.localized(labelEntry);
  if (labelTerms !== undefined) {
    for (const locale of locales) terms.push({ locale, role: 'label', ...labelTerms[locale] });
  }

  let aliases: LocalizedList | undefined = { en: [], zh: [] };
  const aliasesEntry = get('aliases');
  if (aliasesEntry !== undefined) {
    const aliasFields = reader.map(aliasesEntry, { optional: ['en', 'zh'], what: 'alias lists' });
    const lists: Record<Locale, string[]> = { en: [], zh: [] };
    for (const locale of locales) {
      const listEntry = aliasFields?.get(locale);
      if (listEntry === undefined) continue;
      const values = reader.strings(listEntry);
      if (values === undefined) {
        aliases = undefined;
        continue;
      }
      for (const value of values) {
        lists[locale].push(value.value);
        terms.push({ locale, role: 'alias', ...value });
      }
    }
    if (aliasFields === undefined) aliases = undefined;
    else if (aliases !== undefined) aliases = lists;
  }

  let examples: LocalizedText[] | undefined = [];
  const examplesEntry = get('examples');
  if (examplesEntry !== undefined) {
    const items = reader.list(examplesEntry);
    const values = items?.map((item) => reader.text(item));
    examples = values === undefined || values.includes(undefined) ? undefined : (values as LocalizedText[]);
  }

  const relations: RelationDraft[] = [];
  const relationsEntry = get('relations');
  for (const item of (relationsEntry === undefined ? undefined : reader.list(relationsEntry)) ?? []) {
    const relation = reader.map(item, { required: ['type', 'target'], optional: ['note'], what: 'a relation' });
    if (relation === undefined) continue;
    const typeEntry = relation.get('type');
    const targetEntry = relation.get('target');
    const noteEntry = relation.get('note');
    const type = typeEntry === undefined ? undefined : reader.oneOf(typeEntry, relationTypeList, 'unknown-relation-type', 'relation type');
    const target = targetEntry === undefined ? undefined : reader.located(targetEntry);
    const note = noteEntry === undefined ? undefined : reader.text(noteEntry);
    if (target !== undefined && target.value === id) {
      reader.report('self-relation', target.place, `Unexpected relation from \`${id}\` to itself, expected another concept as target`, {
        actual: id,
      });
      continue;
    }
    if (type === undefined || target === undefined || (noteEntry !== undefined && note === undefined)) continue;
    relations.push({ type, target, note, place: item.place });
  }

  const prerequisitesEntry = get('prerequisites');
  const prerequisites = (prerequisitesEntry === undefined ? undefined : reader.strings(prerequisitesEntry)) ?? [];
  const wikipedia = readWikipedia(reader, get('wikipedia'));

  return {
    id,
    file,
    kind: kindEntry === undefined ? undefined : reader.oneOf(kindEntry, conceptKinds, 'unknown-kind', 'kind', rules['unknown-kind'].fix),
    topic: topicEntry === undefined ? undefined : reader.located(topicEntry),
    level: levelEntry === undefined ? undefined : reader.oneOf(levelEntry, levels, 'unknown-level', 'level'),
    updated: updatedEntry === undefined ? undefined : reader.date(updatedEntry),
    label: labelTerms === undefined ? undefined : { en: labelTerms.en.value, zh: labelTerms.zh.value },
    aliases,
    definition: definitionEntry === undefined ? undefined : reader.text(definitionEntry),
    explanation: document.body,
    examples,
    relations,
    prerequisites,
    sources: readSources(reader, get('sources')),
    wikipedia,
    matches: readMatches(reader, get('matches'), wikipedia),
    terms,
    links: document.links,
  };
}
