/**
 * `comparisons/<id>.md`: one comparison table (subjects × dimensions), both languages.
 *
 * @module
 */
import type { ComparisonCell, ComparisonDimension, LocalizedText, Source } from '../src/model.js';
import { suggest } from '../src/suggest.js';
import { readSources } from './fields.js';
import type { Located } from './markdown.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink } from './message.js';
import { didYouMean, formatList } from './message.js';
import type { SourceFile } from './source-file.js';
import type { Entry } from './yaml-reader.js';
import { YamlReader } from './yaml-reader.js';

/** A comparison as read from its file; fields are `undefined` when missing or invalid (and reported). */
export interface ComparisonDraft {
  /** The id (file name without `.md`). */
  readonly id: string;
  /** The file. */
  readonly file: SourceFile;
  /** The topic id as written. */
  readonly topic: Located | undefined;
  /** Date of the last change. */
  readonly updated: string | undefined;
  /** Title. */
  readonly title: LocalizedText | undefined;
  /** The body, as Markdown. */
  readonly description: LocalizedText | undefined;
  /** Subject ids as written (row order). */
  readonly subjects: readonly Located[];
  /** Dimensions (column order). */
  readonly dimensions: readonly ComparisonDimension[] | undefined;
  /** Cells, subject-major, when complete. */
  readonly cells: readonly ComparisonCell[] | undefined;
  /** Sources. */
  readonly sources: Source[] | undefined;
  /** `concept:` links of the body. */
  readonly links: readonly Located[];
}

/**
 * Read one comparison file. Checks dimensions and the completeness of `cells`; whether subjects are
 * concepts is checked later.
 *
 * @param file
 *   The comparison file.
 * @param id
 *   Its id (the file name without `.md`).
 * @param sink
 *   Where problems go.
 * @returns
 *   The draft (only `id` and `file` when the frontmatter is missing or not valid YAML).
 */
export function parseComparison(file: SourceFile, id: string, sink: MessageSink): ComparisonDraft {
  const document = parseMarkdown(file, sink, 'bilingual');
  const parsed = document === undefined ? undefined : YamlReader.read(document, sink);
  if (document === undefined || parsed === undefined) {
    const empty = { topic: undefined, updated: undefined, title: undefined, description: undefined, dimensions: undefined };
    return { id, file, ...empty, subjects: [], cells: undefined, sources: undefined, links: [] };
  }
  const { reader, root } = parsed;
  const fields =
    reader.map(root, {
      required: ['topic', 'updated', 'title', 'subjects', 'dimensions', 'cells', 'sources'],
      missingRule: { sources: 'missing-source' },
    }) ?? new Map<string, Entry>();

  const subjectsEntry = fields.get('subjects');
  const subjects = (subjectsEntry === undefined ? undefined : reader.strings(subjectsEntry)) ?? [];
  if (subjectsEntry !== undefined && subjects.length < 2) {
    reader.report('too-few-items', subjectsEntry.place, `Unexpected ${subjects.length === 1 ? '1 subject' : `${subjects.length} subjects`}, expected at least 2`);
  }

  const dimensionsEntry = fields.get('dimensions');
  const dimensions = dimensionsEntry === undefined ? undefined : readDimensions(reader, dimensionsEntry);

  const cellsEntry = fields.get('cells');
  const cells =
    cellsEntry === undefined || dimensions === undefined ? undefined : readCells(reader, cellsEntry, subjects, dimensions);

  const topicEntry = fields.get('topic');
  const updatedEntry = fields.get('updated');
  const titleEntry = fields.get('title');
  return {
    id,
    file,
    topic: topicEntry === undefined ? undefined : reader.located(topicEntry),
    updated: updatedEntry === undefined ? undefined : reader.date(updatedEntry),
    title: titleEntry === undefined ? undefined : reader.text(titleEntry),
    description: document.body,
    subjects,
    dimensions,
    cells,
    sources: readSources(reader, fields.get('sources')),
    links: document.links,
  };
}

/** Read `dimensions`: a non-empty list of `{id, label}` with unique ids. */
function readDimensions(reader: YamlReader, entry: Entry): ComparisonDimension[] | undefined {
  const items = reader.list(entry);
  if (items === undefined) return undefined;
  if (items.length === 0) {
    reader.report('too-few-items', entry.place, 'Unexpected empty `dimensions`, expected at least one dimension');
    return undefined;
  }
  const dimensions: ComparisonDimension[] = [];
  let valid = true;
  for (const item of items) {
    const fields = reader.map(item, { required: ['id', 'label'], what: 'a dimension' });
    const idEntry = fields?.get('id');
    const labelEntry = fields?.get('label');
    const dimensionId = idEntry === undefined ? undefined : reader.id(idEntry, 'dimension id');
    const label = labelEntry === undefined ? undefined : reader.text(labelEntry);
    if (dimensionId !== undefined && dimensions.some((dimension) => dimension.id === dimensionId.value)) {
      reader.report(
        'comparison-duplicate-dimension',
        dimensionId.place,
        `Unexpected second dimension \`${dimensionId.value}\`, expected unique dimension ids`,
        { actual: dimensionId.value },
      );
      valid = false;
      continue;
    }
    if (dimensionId === undefined || label === undefined) {
      valid = false;
      continue;
    }
    dimensions.push({ id: dimensionId.value, label });
  }
  return valid ? dimensions : undefined;
}

/** Read `cells`: `subject → dimension → text`, exactly one per subject × dimension. */
function readCells(
  reader: YamlReader,
  entry: Entry,
  subjects: readonly Located[],
  dimensions: readonly ComparisonDimension[],
): ComparisonCell[] | undefined {
  const subjectIds = subjects.map((subject) => subject.value);
  const dimensionIds = dimensions.map((dimension) => dimension.id);
  // Note: unknown subjects and dimensions are reported below as `comparison-extra-cell`.
  const rows = reader.record(entry, 'cells by subject');
  if (rows === undefined) return undefined;
  let valid = true;
  const texts = new Map<string, LocalizedText>();

  for (const [subject, rowEntry] of rows) {
    if (!subjectIds.includes(subject)) {
      reader.report('comparison-extra-cell', rowEntry.keyPlace, `Unexpected cells for \`${subject}\`, expected cells for ${formatList(subjectIds)}`, {
        actual: subject,
        expected: subjectIds,
        note: didYouMean(suggest(subject, subjectIds), 'Remove the row, or add the subject to `subjects`.'),
      });
      valid = false;
      continue;
    }
    const row = reader.record(rowEntry, 'cells by dimension');
    if (row === undefined) {
      valid = false;
      continue;
    }
    for (const [dimension, cellEntry] of row) {
      if (!dimensionIds.includes(dimension)) {
        reader.report(
          'comparison-extra-cell',
          cellEntry.keyPlace,
          `Unexpected cell \`${subject}.${dimension}\`, expected a dimension among ${formatList(dimensionIds)}`,
          {
            actual: dimension,
            expected: dimensionIds,
            note: didYouMean(suggest(dimension, dimensionIds), 'Remove the cell, or add the dimension to `dimensions`.'),
          },
        );
        valid = false;
        continue;
      }
      const text = reader.text(cellEntry);
      if (text === undefined) valid = false;
      else texts.set(`${subject}\u0000${dimension}`, text);
    }
    for (const dimension of dimensionIds) {
      if (row.has(dimension)) continue;
      reader.report(
        'comparison-missing-cell',
        rowEntry.keyPlace,
        `Unexpected row \`${subject}\` without \`${dimension}\`, expected a cell for every dimension`,
        { expected: [dimension] },
      );
      valid = false;
    }
  }
  for (const subject of subjects) {
    if (rows.has(subject.value)) continue;
    reader.report('comparison-missing-cell', entry.keyPlace, `Unexpected \`cells\` without a row for \`${subject.value}\`, expected a row for every subject`, {
      expected: [subject.value],
    });
    valid = false;
  }
  if (!valid) return undefined;

  const cells: ComparisonCell[] = [];
  for (const subject of subjectIds) {
    for (const dimension of dimensionIds) {
      const text = texts.get(`${subject}\u0000${dimension}`);
      if (text !== undefined) cells.push({ subject, dimension, text });
    }
  }
  return cells;
}
