/**
 * `responsibility-matrix.md`: who manages which stack layer under each service model.
 *
 * @module
 */
import type { LocalizedText, Manager, ResponsibilityCell, Source } from '../src/model.js';
import { suggest } from '../src/suggest.js';
import { readSources } from './fields.js';
import type { Located } from './markdown.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink } from './message.js';
import { didYouMean, formatList } from './message.js';
import type { SourceFile } from './source-file.js';
import type { Entry } from './yaml-reader.js';
import { YamlReader } from './yaml-reader.js';

/** The matrix as read from its file; fields are `undefined` when missing or invalid (and reported). */
export interface MatrixDraft {
  /** The file. */
  readonly file: SourceFile;
  /** Date of the last change. */
  readonly updated: string | undefined;
  /** Title. */
  readonly title: LocalizedText | undefined;
  /** The body, as Markdown. */
  readonly description: LocalizedText | undefined;
  /** Layer ids as written (bottom to top). */
  readonly layers: readonly Located[];
  /** Model ids as written (column order). */
  readonly models: readonly Located[];
  /** Cells, model-major, when complete. */
  readonly cells: readonly ResponsibilityCell[] | undefined;
  /** Sources. */
  readonly sources: Source[] | undefined;
  /** `concept:` links of the body. */
  readonly links: readonly Located[];
}

const managers: readonly Manager[] = ['provider', 'customer', 'shared'];

/**
 * Read responsibility-matrix.md. Checks that `cells` covers exactly `models` × `layers` with valid
 * managers, and that `notes` name listed models and layers; whether they are concepts is checked later.
 *
 * @param file
 *   The matrix file.
 * @param sink
 *   Where problems go.
 * @returns
 *   The draft, or `undefined` when the file has no readable frontmatter.
 */
export function parseMatrix(file: SourceFile, sink: MessageSink): MatrixDraft | undefined {
  const document = parseMarkdown(file, sink, 'bilingual');
  if (document === undefined) return undefined;
  const parsed = YamlReader.read(document, sink);
  if (parsed === undefined) return undefined;
  const { reader, root } = parsed;
  const fields =
    reader.map(root, {
      required: ['updated', 'title', 'layers', 'models', 'cells', 'sources'],
      optional: ['notes'],
      missingRule: { sources: 'missing-source' },
    }) ?? new Map<string, Entry>();

  const layersEntry = fields.get('layers');
  const modelsEntry = fields.get('models');
  const layers = (layersEntry === undefined ? undefined : reader.strings(layersEntry)) ?? [];
  const models = (modelsEntry === undefined ? undefined : reader.strings(modelsEntry)) ?? [];
  const layerIds = layers.map((layer) => layer.value);
  const modelIds = models.map((model) => model.value);

  /** Check a model key of `cells`/`notes`; false (reported) when it is not in `models`. */
  const knownModel = (model: string, entry: Entry, where: string): boolean => {
    if (modelIds.includes(model)) return true;
    reader.report('matrix-unknown-model', entry.keyPlace, `Unexpected model \`${model}\` in \`${where}\`, expected one of \`models\` (${formatList(modelIds)})`, {
      actual: model,
      expected: modelIds,
      note: didYouMean(suggest(model, modelIds), 'Use a model listed in `models`.'),
    });
    return false;
  };
  /** Check a layer key; false (reported) when it is not in `layers`. */
  const knownLayer = (layer: string, entry: Entry, where: string): boolean => {
    if (layerIds.includes(layer)) return true;
    reader.report('matrix-unknown-layer', entry.keyPlace, `Unexpected layer \`${layer}\` in \`${where}\`, expected one of \`layers\` (${formatList(layerIds)})`, {
      actual: layer,
      expected: layerIds,
      note: didYouMean(suggest(layer, layerIds), 'Use a layer listed in `layers`.'),
    });
    return false;
  };

  let valid = true;
  const managerOf = new Map<string, Manager>();
  const cellsEntry = fields.get('cells');
  const columns = cellsEntry === undefined ? undefined : reader.record(cellsEntry, 'cells by model');
  if (columns === undefined) valid = false;
  for (const [model, columnEntry] of columns ?? []) {
    if (!knownModel(model, columnEntry, 'cells')) {
      valid = false;
      continue;
    }
    const column = reader.record(columnEntry, 'managers by layer');
    if (column === undefined) {
      valid = false;
      continue;
    }
    for (const [layer, cellEntry] of column) {
      if (!knownLayer(layer, cellEntry, `cells.${model}`)) {
        valid = false;
        continue;
      }
      const manager = reader.oneOf(cellEntry, managers, 'matrix-bad-manager', 'manager');
      if (manager === undefined) valid = false;
      else managerOf.set(`${model}\u0000${layer}`, manager);
    }
    const missing = layerIds.filter((layer) => !column.has(layer));
    if (missing.length > 0) {
      reader.report('matrix-missing-cell', columnEntry.keyPlace, `Unexpected model \`${model}\` without ${formatList(missing, 'and')}, expected a manager for every layer`, {
        expected: missing,
      });
      valid = false;
    }
  }
  if (columns !== undefined && cellsEntry !== undefined) {
    for (const model of modelIds) {
      if (columns.has(model)) continue;
      reader.report('matrix-missing-cell', cellsEntry.keyPlace, `Unexpected \`cells\` without \`${model}\`, expected a manager for every model × layer`, {
        expected: [model],
      });
      valid = false;
    }
  }

  const noteOf = new Map<string, LocalizedText>();
  const notesEntry = fields.get('notes');
  const noteColumns = notesEntry === undefined ? undefined : reader.record(notesEntry, 'notes by model');
  for (const [model, columnEntry] of noteColumns ?? []) {
    if (!knownModel(model, columnEntry, 'notes')) continue;
    const column = reader.record(columnEntry, 'notes by layer');
    for (const [layer, noteEntry] of column ?? []) {
      if (!knownLayer(layer, noteEntry, `notes.${model}`)) continue;
      const note = reader.text(noteEntry);
      if (note !== undefined) noteOf.set(`${model}\u0000${layer}`, note);
    }
  }

  let cells: ResponsibilityCell[] | undefined;
  if (valid) {
    cells = [];
    for (const model of modelIds) {
      for (const layer of layerIds) {
        const key = `${model}\u0000${layer}`;
        const manager = managerOf.get(key);
        const note = noteOf.get(key);
        if (manager !== undefined) cells.push({ model, layer, manager, ...(note === undefined ? {} : { note }) });
      }
    }
  }

  const updatedEntry = fields.get('updated');
  const titleEntry = fields.get('title');
  return {
    file,
    updated: updatedEntry === undefined ? undefined : reader.date(updatedEntry),
    title: titleEntry === undefined ? undefined : reader.text(titleEntry),
    description: document.body,
    layers,
    models,
    cells,
    sources: readSources(reader, fields.get('sources')),
    links: document.links,
  };
}
