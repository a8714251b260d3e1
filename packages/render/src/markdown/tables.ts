/**
 * Comparisons and the responsibility matrix as GFM tables.
 *
 * @module
 */
import { hasResponsibilityMatrix, managerLabels, type Comparison, type ComparisonIdOf, type KnowledgeBaseData, type Source } from '@cloudvirt/core';
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { MarkdownContext, paragraph, plain } from './context.js';
import { storedMarkdownBlocks } from './explanation-blocks.js';
import { requireRecord } from './kb-index.js';
import { markdownLabels } from './labels.js';
import { checkMarkdownArguments, defaultConceptUrlPattern, type MarkdownOptions } from './options.js';
import { stringifyMarkdown } from './stringify.js';

/**
 * The anchor key of a comparison's heading.
 *
 * @param id Comparison id.
 * @returns The key.
 */
export function comparisonAnchorKey(id: string): string {
  return `comparison:${id}`;
}

/** The anchor key of the responsibility matrix's heading. */
export const matrixAnchorKey = 'responsibility-matrix';

/**
 * The section of one comparison: heading, description, table (subjects × dimensions), sources.
 *
 * @param context The document being built.
 * @param comparison The comparison.
 * @param depth Depth of its heading.
 * @returns Blocks.
 * @throws {RangeError} When a subject × dimension cell is missing.
 */
export function comparisonSection(context: MarkdownContext, comparison: Comparison, depth: number): RootContent[] {
  const cells = new Map(comparison.cells.map((cell) => [`${cell.subject}\u0000${cell.dimension}`, cell]));
  const header = row([[plain(context.text(markdownLabels.concept))], ...comparison.dimensions.map((dimension) => [plain(context.text(dimension.label))])]);
  const rows = comparison.subjects.map((subject) =>
    row([
      [context.conceptLink(subject)],
      ...comparison.dimensions.map((dimension) => {
        const cell = cells.get(`${subject}\u0000${dimension.id}`);
        if (!cell) {
          throw new RangeError(
            `Comparison \`${comparison.id}\` has no cell for subject \`${subject}\` × dimension \`${dimension.id}\`, expected one cell per subject and dimension.`,
          );
        }
        return [plain(context.text(cell.text))];
      }),
    ]),
  );
  return [
    context.heading(depth, context.text(comparison.title), comparisonAnchorKey(comparison.id)),
    ...describe(context, comparison.description, depth, `comparison-${comparison.id}`),
    table(header, rows),
    ...sourcesParagraph(context, comparison.sources),
  ];
}

/**
 * The section of the responsibility matrix: heading, description, table (layers × models, each cell
 * saying who manages the layer), notes of individual cells, sources.
 *
 * @param context The document being built.
 * @param depth Depth of its heading.
 * @returns Blocks.
 * @throws {RangeError} When a model × layer cell is missing.
 */
export function matrixSection(context: MarkdownContext, depth: number): RootContent[] {
  const matrix = context.kb.data.responsibilityMatrix;
  const cells = new Map(matrix.cells.map((cell) => [`${cell.model}\u0000${cell.layer}`, cell]));
  const header = row([[plain(context.text(markdownLabels.layer))], ...matrix.models.map((model) => [context.conceptLink(model)])]);
  const rows = matrix.layers.map((layer) =>
    row([
      [context.conceptLink(layer)],
      ...matrix.models.map((model) => {
        const cell = cells.get(`${model}\u0000${layer}`);
        if (!cell) throw new RangeError(`The responsibility matrix has no cell for model \`${model}\` × layer \`${layer}\`, expected one cell per model and layer.`);
        return [plain(context.text(managerLabels[cell.manager]))];
      }),
    ]),
  );
  const notes = matrix.cells.flatMap((cell) => {
    if (!cell.note) return [];
    const where = `${labelOf(context, cell.model)} / ${labelOf(context, cell.layer)}${context.colon}`;
    return [{ type: 'listItem' as const, spread: false, children: [paragraph({ type: 'emphasis', children: [plain(where)] }, plain(` ${context.text(cell.note)}`))] }];
  });
  return [
    context.heading(depth, context.text(matrix.title), matrixAnchorKey),
    ...describe(context, matrix.description, depth, 'responsibility-matrix'),
    table(header, rows),
    ...(notes.length > 0 ? [paragraph({ type: 'strong', children: [plain(context.text(markdownLabels.notes))] }), { type: 'list' as const, ordered: false, spread: false, children: notes }] : []),
    ...sourcesParagraph(context, matrix.sources),
  ];
}

/**
 * One comparison as a standalone Markdown document (mdast).
 *
 * @param data The knowledge base.
 * @param id Comparison id (with the bundled `kb`, a `ComparisonId`: typos fail to compile).
 * @param options Language, link mode (default: site pages), base URL.
 * @returns The finalized mdast root.
 * @throws {TypeError} On a missing knowledge base, a non-string id or an unknown option key.
 * @throws {RangeError} When `id` is not a comparison of `data` (with a did-you-mean) or `lang` is unknown.
 */
export function comparisonToMdast<K extends KnowledgeBaseData>(data: K, id: ComparisonIdOf<K>, options?: MarkdownOptions): Root {
  return comparisonDocument('comparisonToMdast', data, id, options);
}

function comparisonDocument(fn: string, data: KnowledgeBaseData, id: string, options: MarkdownOptions | undefined): Root {
  const context = new MarkdownContext(data, checkMarkdownArguments(fn, data, options, { pattern: defaultConceptUrlPattern }));
  const comparison = requireRecord(context.kb.comparisons, id, 'comparison');
  return context.finalizeDocument({ type: 'root', children: comparisonSection(context, comparison, 1) });
}

/**
 * One comparison as a standalone Markdown document with a GFM table.
 *
 * @param data The knowledge base.
 * @param id Comparison id (with the bundled `kb`, a `ComparisonId`: typos fail to compile).
 * @param options Language, link mode (default: site pages), base URL.
 * @returns Markdown (GFM).
 * @throws {TypeError} On a missing knowledge base, a non-string id or an unknown option key.
 * @throws {RangeError} When `id` is not a comparison of `data` (with a did-you-mean) or `lang` is unknown.
 */
export function comparisonToMarkdown<K extends KnowledgeBaseData>(data: K, id: ComparisonIdOf<K>, options?: MarkdownOptions): string {
  return stringifyMarkdown(comparisonDocument('comparisonToMarkdown', data, id, options));
}

/**
 * The responsibility matrix as a standalone Markdown document (mdast).
 *
 * @param data The knowledge base.
 * @param options Language, link mode (default: site pages), base URL.
 * @returns The finalized mdast root.
 * @throws {RangeError} When the knowledge base has no matrix (no models or no layers).
 */
export function matrixToMdast(data: KnowledgeBaseData, options?: MarkdownOptions): Root {
  return matrixDocument('matrixToMdast', data, options);
}

function matrixDocument(fn: string, data: KnowledgeBaseData, options: MarkdownOptions | undefined): Root {
  const context = new MarkdownContext(data, checkMarkdownArguments(fn, data, options, { pattern: defaultConceptUrlPattern }));
  if (!hasResponsibilityMatrix(data.responsibilityMatrix)) {
    throw new RangeError(
      `${fn}: the knowledge base has no responsibility matrix (its \`responsibilityMatrix\` has no models or no layers), expected at least one model and one layer.\n` +
        'The matrix is optional; check `responsibilityMatrix.models` and `.layers` before asking for it (the handbook leaves it out).',
    );
  }
  return context.finalizeDocument({ type: 'root', children: matrixSection(context, 1) });
}

/**
 * The responsibility matrix as a standalone Markdown document with a GFM table.
 *
 * @param data The knowledge base.
 * @param options Language, link mode (default: site pages), base URL.
 * @returns Markdown (GFM).
 * @throws {RangeError} When the knowledge base has no matrix (no models or no layers).
 */
export function matrixToMarkdown(data: KnowledgeBaseData, options?: MarkdownOptions): string {
  return stringifyMarkdown(matrixDocument('matrixToMarkdown', data, options));
}

function describe(context: MarkdownContext, description: Comparison['description'], depth: number, scope: string): RootContent[] {
  return context.languages.flatMap((lang) => storedMarkdownBlocks(context, description[lang], lang, depth, `${scope}-${lang}`));
}

function sourcesParagraph(context: MarkdownContext, sources: readonly Source[]): RootContent[] {
  if (sources.length === 0) return [];
  return [paragraph({ type: 'strong', children: [plain(context.labelWithColon(markdownLabels.sources))] }, plain(' '), ...sources.map((source) => context.sourceReference(source)))];
}

function labelOf(context: MarkdownContext, id: string): string {
  const concept = context.kb.concepts.get(id);
  return concept ? context.text(concept.label) : id;
}

/**
 * A GFM table row.
 *
 * @param cells The content of each cell.
 * @returns The row.
 */
export function row(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) };
}

/**
 * A GFM table (left-aligned columns).
 *
 * @param header The header row.
 * @param rows The body rows.
 * @returns The table.
 */
export function table(header: TableRow, rows: TableRow[]): Table {
  return { type: 'table', align: header.children.map(() => null), children: [header, ...rows] };
}
