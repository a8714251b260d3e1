/**
 * The content compiler: content folder → {@link KnowledgeBaseData}, or every problem found.
 *
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Comparison, Concept, KnowledgeBaseData, Pack, Relation, ResponsibilityMatrix, Topic } from '../src/model.js';
import { levels } from '../src/model.js';
import type { CompileMessage } from './message.js';
import { MessageSink, sortMessages } from './message.js';
import type { ComparisonDraft } from './parse-comparison.js';
import { parseComparison } from './parse-comparison.js';
import type { ConceptDraft } from './parse-concept.js';
import { parseConcept } from './parse-concept.js';
import type { MatrixDraft } from './parse-matrix.js';
import { parseMatrix } from './parse-matrix.js';
import { parsePack } from './parse-pack.js';
import type { TopicDraft } from './parse-topics.js';
import { parseTopics } from './parse-topics.js';
import { SourceFile } from './source-file.js';
import { checkStyle } from './style.js';
import type { Terminology } from './terminology.js';
import { checkTerminology, parseTerminology } from './terminology.js';
import { validateDrafts } from './validate.js';
import { kebabCase } from './yaml-reader.js';

/** One file of a content folder, in memory. */
export interface ContentFile {
  /** Path inside the content folder with `/` separators: `topics.md`, `concepts/hypervisor.md`. */
  readonly path: string;
  /** The file's text (empty for files the compiler does not read, such as `concepts/notes.txt`). */
  readonly value: string;
}

/** Options of {@link compileContent} and {@link compileFiles}. */
export interface CompileOptions {
  /** Treat warnings as errors (like remark-cli's `--frail`). Default `false`. */
  readonly frail?: boolean;
}

/** The outcome of a compile, in changesets' `ParseResult` style: data, or only messages. */
export type CompileResult =
  | {
      /** Every file is valid. */
      readonly ok: true;
      /** The compiled knowledge base. */
      readonly data: KnowledgeBaseData;
      /** Warnings, if any. */
      readonly messages: readonly CompileMessage[];
    }
  | {
      /** At least one error. */
      readonly ok: false;
      /** Every problem found (errors and warnings), sorted by file and position. */
      readonly messages: readonly CompileMessage[];
    };

const ignoredAtRoot = new Set(['README.md']);

/**
 * Compile a content folder.
 *
 * Reads `topics.md`, `concepts/*.md`, and the optional `responsibility-matrix.md` (without it the data carries an
 * empty matrix), `comparisons/*.md`, `terminology.md` and `pack.md`; checks every rule and reports all problems at once. Never throws for bad content (only for I/O errors other than a
 * missing file or folder).
 *
 * @param dir
 *   The content folder; message paths are `dir` joined with the file's relative path.
 * @param options
 *   Compile options.
 * @returns
 *   `{ok: true, data, messages}` or `{ok: false, messages}`.
 */
export async function compileContent(dir: string, options: CompileOptions = {}): Promise<CompileResult> {
  return compileFiles(await readContentFiles(dir), dir, options);
}

/**
 * Read the files of a content folder that {@link compileFiles} compiles (a missing file or folder is left
 * out; files under `concepts/` and `comparisons/` that are not `.md` come with an empty value).
 *
 * @param dir
 *   The content folder.
 * @returns
 *   The files, with paths relative to `dir`.
 */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const name of ['topics.md', 'responsibility-matrix.md', 'terminology.md', 'pack.md']) {
    const value = await readOptional(path.join(dir, name));
    if (value !== undefined) files.push({ path: name, value });
  }
  for (const folder of ['concepts', 'comparisons']) {
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const relative = `${folder}/${entry.name}${entry.isDirectory() ? '/' : ''}`;
      const readable = entry.isFile() && entry.name.endsWith('.md');
      files.push({ path: relative, value: readable ? await readFile(path.join(dir, folder, entry.name), 'utf8') : '' });
    }
  }
  return files;
}

/** Read a file, or `undefined` when it does not exist. */
async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Compile content held in memory (the same checks as {@link compileContent}).
 *
 * @param files
 *   The files, with paths relative to the content folder.
 * @param root
 *   Prefix of message paths (the content folder's path; default `''`).
 * @param options
 *   Compile options.
 * @returns
 *   `{ok: true, data, messages}` or `{ok: false, messages}`.
 */
export function compileFiles(files: readonly ContentFile[], root = '', options: CompileOptions = {}): CompileResult {
  return compileWith(files, root, options, parseNow);
}

/** One content file parsed: its source (with the prose the style rules read), what it parsed into, and the messages parsing reported. */
export interface ParsedFile<T> {
  /** The file, as the style rules and messages see it. */
  readonly source: SourceFile;
  /** The parse result (a draft, the topics, the matrix…). */
  readonly value: T;
  /** Every message the parse reported (file-local rules only). */
  readonly messages: readonly CompileMessage[];
}

/**
 * How {@link compileWith} parses one file: `parse` run on the file's {@link SourceFile} with a sink of its
 * own. {@link compileFiles} parses every file; the incremental compiler (`incremental.ts`) hands back
 * the result of an earlier parse of the same path and text.
 */
export type FileParser = <T>(messagePath: string, relative: string, value: string, parse: (source: SourceFile, sink: MessageSink) => T) => ParsedFile<T>;

/**
 * How {@link compileWith} gets the style findings of one file: `check` runs the style rules (kept in memory
 * per {@link SourceFile} and terminology table); the parse cache (`parse-cache.ts`) hands back the findings
 * it stored for the same file and table instead.
 */
export type StyleChecker = (file: SourceFile, terminology: Terminology | undefined, check: () => readonly CompileMessage[]) => readonly CompileMessage[];

/** Parse a file now (no cache). */
export const parseNow: FileParser = (messagePath, relative, value, parse) => {
  const source = new SourceFile(messagePath, relative, value.replace(/^\uFEFF/u, ''));
  const sink = new MessageSink();
  const parsed = parse(source, sink);
  return { source, value: parsed, messages: sink.messages };
};

/**
 * {@link compileFiles} with the parse of each file delegated to `parser`: the per-file work (YAML,
 * Markdown, the file-local rules) goes through it; the cross-file checks (ids, links, relations, the
 * matrix, terminology, style) always run on the whole content.
 *
 * @param files
 *   The files, with paths relative to the content folder.
 * @param root
 *   Prefix of message paths.
 * @param options
 *   Compile options.
 * @param parser
 *   How one file is parsed.
 * @param style
 *   How the style findings of one file are found (default: the style rules run).
 * @returns
 *   What {@link compileFiles} returns for the same files.
 */
export function compileWith(files: readonly ContentFile[], root: string, options: CompileOptions, parser: FileParser, style?: StyleChecker): CompileResult {
  const sink = new MessageSink();
  const messagePath = (relative: string): string => (root === '' ? relative : path.join(root, relative));
  const source = (relative: string, value: string): SourceFile => new SourceFile(messagePath(relative), relative, value.replace(/^\uFEFF/u, ''));
  const parse = <T>(file: ContentFile, reading: (source: SourceFile, sink: MessageSink) => T): ParsedFile<T> => {
    const parsed = parser(messagePath(file.path), file.path, file.value, reading);
    sink.messages.push(...parsed.messages);
    return parsed;
  };

  let topicsFile: ContentFile | undefined;
  let matrixFile: ContentFile | undefined;
  let terminologyFile: ContentFile | undefined;
  let packFile: ContentFile | undefined;
  const conceptFiles: ContentFile[] = [];
  const comparisonFiles: ContentFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const match = /^(concepts|comparisons)\/([^/]+)\.md$/u.exec(file.path);
    if (file.path === 'topics.md') topicsFile = file;
    else if (file.path === 'responsibility-matrix.md') matrixFile = file;
    else if (file.path === 'terminology.md') terminologyFile = file;
    else if (file.path === 'pack.md') packFile = file;
    else if (match?.[1] === 'concepts') conceptFiles.push(file);
    else if (match?.[1] === 'comparisons') comparisonFiles.push(file);
    else if (!ignoredAtRoot.has(file.path)) {
      const stray = source(file.path, '');
      sink.report('stray-file', stray.path, stray.firstLine, `Unexpected \`${file.path}\`, expected \`concepts/<id>.md\` or \`comparisons/<id>.md\``, {
        actual: file.path,
      });
    }
  }

  const missing = (relative: string, what: string): void => {
    const file = source(relative, '');
    sink.report('missing-file', file.path, file.firstLine, `Unexpected content folder without \`${relative}\`, expected ${what}`, {
      expected: [relative],
    });
  };
  if (topicsFile === undefined) missing('topics.md', 'the topic tree');
  if (conceptFiles.length === 0) missing('concepts/', 'one `<id>.md` file per concept');

  const idOf = (file: SourceFile, fileSink: MessageSink): string => {
    const id = path.posix.basename(file.relative, '.md');
    if (!kebabCase.test(id)) {
      fileSink.report('bad-id', file.path, file.firstLine, `Unexpected file name \`${id}.md\`, expected a kebab-case id such as \`virtual-machine.md\``, {
        actual: id,
      });
    }
    return id;
  };

  const topicsParsed = topicsFile === undefined ? undefined : parse(topicsFile, parseTopics);
  const topics = topicsParsed?.value;
  const topicOrder = new Map((topics ?? []).map((topic, index) => [topic.id.value, index]));
  const conceptsParsed = conceptFiles.map((file) => parse(file, (source, fileSink) => parseConcept(source, idOf(source, fileSink), fileSink)));
  const concepts = conceptsParsed.map((parsed) => parsed.value).sort((a, b) => compareConcepts(a, b, topicOrder));
  const comparisonsParsed = comparisonFiles.map((file) => parse(file, (source, fileSink) => parseComparison(source, idOf(source, fileSink), fileSink)));
  const comparisons = comparisonsParsed
    .map((parsed) => parsed.value)
    .sort((a, b) => rank(topicOrder, a.topic?.value) - rank(topicOrder, b.topic?.value) || compareText(a.id, b.id));
  const matrixParsed = matrixFile === undefined ? undefined : parse(matrixFile, parseMatrix);
  const matrix = matrixParsed?.value;
  const pack = packFile === undefined ? undefined : parse(packFile, parsePack).value;

  validateDrafts({ topics, concepts, comparisons, matrix }, sink);
  const terminology: Terminology | undefined = terminologyFile === undefined ? undefined : parse(terminologyFile, parseTerminology).value;
  if (terminology !== undefined) checkTerminology(terminology, concepts, sink);
  const proseFiles = [topicsParsed, matrixParsed, ...conceptsParsed, ...comparisonsParsed].filter((parsed) => parsed !== undefined).map((parsed) => parsed.source);
  for (const file of proseFiles) {
    sink.messages.push(...(style === undefined ? styleMessages(file, terminology) : style(file, terminology, () => styleMessages(file, terminology))));
  }

  const messages = sortMessages(sink.messages);
  const failed = messages.some((message) => message.fatal || options.frail === true);
  if (failed) return { ok: false, messages };
  const data = assemble(topics ?? [], concepts, comparisons, matrix, pack);
  // Note: every missing field is reported while parsing, so this is a compiler bug, not bad content.
  if (data === undefined) throw new Error('Internal error: content passed every check but a field is missing; please report this bug');
  return { ok: true, data, messages };
}

/**
 * The style rules' findings in one file, kept with the file's parse: a file the incremental compiler took
 * from its cache (the same {@link SourceFile}) under the same terminology table has the same findings.
 */
const styleCache = new WeakMap<SourceFile, { readonly terminology: Terminology | undefined; readonly messages: readonly CompileMessage[] }>();

/** The style messages of one file (see {@link checkStyle}), from {@link styleCache} when the file and the terminology are the same. */
function styleMessages(file: SourceFile, terminology: Terminology | undefined): readonly CompileMessage[] {
  const known = styleCache.get(file);
  if (known !== undefined && known.terminology === terminology) return known.messages;
  const fileSink = new MessageSink();
  checkStyle([file], terminology, fileSink);
  styleCache.set(file, { terminology, messages: fileSink.messages });
  return fileSink.messages;
}

/**
 * The responsibility matrix of a pack without `responsibility-matrix.md`: no layers, models, cells or
 * sources, empty title and description (what `hasResponsibilityMatrix` reads as "no matrix"), dated like
 * the newest concept so that the output stays deterministic.
 */
function emptyMatrix(concepts: readonly Concept[]): ResponsibilityMatrix {
  const updated = concepts.reduce((newest, concept) => (concept.updated > newest ? concept.updated : newest), '');
  return { title: { en: '', zh: '' }, description: { en: '', zh: '' }, layers: [], models: [], cells: [], sources: [], updated };
}

/** Compare strings by code unit (locale-independent, deterministic). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position of a topic in topics.md (unknown topics last). */
function rank(order: ReadonlyMap<string, number>, topic: string | undefined): number {
  return (topic === undefined ? undefined : order.get(topic)) ?? order.size;
}

/** Knowledge-base order: topic order, then level (fundamental first), then id. */
function compareConcepts(a: ConceptDraft, b: ConceptDraft, order: ReadonlyMap<string, number>): number {
  const level = (draft: ConceptDraft): number => (draft.level === undefined ? levels.length : levels.indexOf(draft.level));
  return rank(order, a.topic?.value) - rank(order, b.topic?.value) || level(a) - level(b) || compareText(a.id, b.id);
}

/**
 * Build the data from drafts that passed every check. Returns `undefined` if a field is still missing,
 * which cannot happen without an error having been reported.
 */
function assemble(
  topicDrafts: readonly TopicDraft[],
  conceptDrafts: readonly ConceptDraft[],
  comparisonDrafts: readonly ComparisonDraft[],
  matrixDraft: MatrixDraft | undefined,
  pack: Pack | undefined,
): KnowledgeBaseData | undefined {
  const topics: Topic[] = [];
  for (const draft of topicDrafts) {
    if (draft.label === undefined || draft.description === undefined) return undefined;
    topics.push({
      id: draft.id.value,
      ...(draft.parent === undefined ? {} : { parent: draft.parent }),
      label: draft.label,
      description: draft.description,
    });
  }

  const concepts: Concept[] = [];
  const relations: Relation[] = [];
  for (const draft of conceptDrafts) {
    const { kind, topic, level, updated, label, aliases, definition, explanation, examples, sources, wikipedia, matches } = draft;
    if (
      kind === undefined ||
      topic === undefined ||
      level === undefined ||
      updated === undefined ||
      label === undefined ||
      aliases === undefined ||
      definition === undefined ||
      explanation === undefined ||
      examples === undefined ||
      sources === undefined ||
      wikipedia === undefined ||
      matches === undefined
    ) {
      return undefined;
    }
    concepts.push({
      id: draft.id,
      kind,
      topic: topic.value,
      level,
      label,
      aliases,
      definition,
      explanation,
      examples,
      prerequisites: draft.prerequisites.map((prerequisite) => prerequisite.value),
      sources,
      wikipedia,
      ...(matches.length === 0 ? {} : { matches }),
      updated,
    });
    for (const relation of draft.relations) {
      relations.push({
        from: draft.id,
        type: relation.type,
        to: relation.target.value,
        ...(relation.note === undefined ? {} : { note: relation.note }),
      });
    }
  }

  const comparisons: Comparison[] = [];
  for (const draft of comparisonDrafts) {
    const { topic, updated, title, description, dimensions, cells, sources } = draft;
    if (
      topic === undefined ||
      updated === undefined ||
      title === undefined ||
      description === undefined ||
      dimensions === undefined ||
      cells === undefined ||
      sources === undefined
    ) {
      return undefined;
    }
    comparisons.push({
      id: draft.id,
      topic: topic.value,
      title,
      description,
      subjects: draft.subjects.map((subject) => subject.value),
      dimensions,
      cells,
      sources,
      updated,
    });
  }

  if (matrixDraft === undefined) {
    return { topics, concepts, relations, comparisons, responsibilityMatrix: emptyMatrix(concepts), ...(pack === undefined ? {} : { pack }) };
  }
  const { updated, title, description, cells, sources } = matrixDraft;
  if (updated === undefined || title === undefined || description === undefined || cells === undefined || sources === undefined) {
    return undefined;
  }
  const responsibilityMatrix: ResponsibilityMatrix = {
    title,
    description,
    layers: matrixDraft.layers.map((layer) => layer.value),
    models: matrixDraft.models.map((model) => model.value),
    cells,
    sources,
    updated,
  };

  return { topics, concepts, relations, comparisons, responsibilityMatrix, ...(pack === undefined ? {} : { pack }) };
}
