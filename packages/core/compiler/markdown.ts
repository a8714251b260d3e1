/**
 * Parse one content file with unified + remark-parse + remark-frontmatter + remark-gfm, and check its
 * body layout: `# en` then `# zh`, nothing before `# en`, no raw HTML. Collects `concept:` links.
 *
 * @module
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Locale, LocalizedText } from '../src/model.js';
import { checkInputLimits } from './limits.js';
import type { MessageSink, Position } from './message.js';
import { blockProse, inlineParents } from './prose.js';
import type { SourceFile } from './source-file.js';

/** A value read from the content, with where it was written. */
export interface Located<T = string> {
  /** The value. */
  readonly value: T;
  /** Where it is. */
  readonly place: Position;
}

/** The YAML frontmatter of a file. */
export interface FrontmatterBlock {
  /** The YAML text between the `---` fences. */
  readonly value: string;
  /** Offset of `value` in the file. */
  readonly offset: number;
  /** Place of the whole block, fences included. */
  readonly place: Position;
  /** Place of the opening `---` fence (where file-level "missing field" problems point). */
  readonly opening: Position;
}

/** A parsed content file: its frontmatter and, if it has one, its bilingual body. */
export interface MarkdownDocument {
  /** The file. */
  readonly file: SourceFile;
  /** The frontmatter block. */
  readonly frontmatter: FrontmatterBlock;
  /** The Markdown source of the `# en` and `# zh` sections, when both are present and non-empty. */
  readonly body: LocalizedText | undefined;
  /** Every `[text](concept:id)` link (and `[id]: concept:id` definition) in the body. */
  readonly links: readonly Located[];
}

/** Whether a file must have a bilingual body or must have none. */
export type BodyRule = 'bilingual' | 'none';

/** A `fromMarkdown` extension as remark plugins register them (possibly nested in arrays). */
type FromMarkdownExtensions = readonly unknown[];

/**
 * Drop the tree transform of GFM autolink literals (`www.example.com`, bare e-mail addresses): it walks
 * every text node of every file (about 5 % of a compile) and only ever makes http(s)/mailto links, which no
 * check looks at: the checks need raw HTML, headings and `concept:` links, and the compiled data keeps
 * the Markdown source, not the tree. Tokenizing stays GFM, so positions are unchanged.
 */
function withoutAutolinkLiteralTransform(this: ReturnType<typeof unified>): void {
  const strip = (extension: unknown): unknown => {
    if (Array.isArray(extension)) return extension.map(strip);
    const candidate = extension as { enter?: Record<string, unknown>; transforms?: unknown[] } | null;
    return candidate?.enter?.['literalAutolink'] !== undefined && candidate.transforms !== undefined ? { ...candidate, transforms: [] } : extension;
  };
  const data = this.data() as { fromMarkdownExtensions?: FromMarkdownExtensions };
  if (data.fromMarkdownExtensions !== undefined) data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(strip);
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(withoutAutolinkLiteralTransform);

const languageNames: Readonly<Record<Locale, string>> = { en: 'English', zh: 'Chinese' };

/** The mdast position of a node as a {@link Position} (mdast-util-from-markdown always sets it). */
function placeOf(node: { position?: { start: Position['start']; end: Position['end'] } | undefined }, fallback: Position): Position {
  const position = node.position;
  return position === undefined ? fallback : { start: position.start, end: position.end };
}

/**
 * Call `enter` on `node` and every node below it, parents first (what unist-util-visit does, without
 * its per-node test and ancestor bookkeeping, which cost about a tenth of a compile).
 */
function walk(node: Nodes, enter: (node: Nodes) => void): void {
  enter(node);
  if ('children' in node) for (const child of node.children) walk(child, enter);
}

/** The plain text of a heading (text and inline code values). */
function headingText(heading: Heading): string {
  let text = '';
  visit(heading, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
  });
  return text.trim();
}

/**
 * Parse a content file and check its body.
 *
 * @param file
 *   The file.
 * @param sink
 *   Where problems go.
 * @param bodyRule
 *   `bilingual` (concepts, comparisons, the matrix) or `none` (topics.md).
 * @returns
 *   The document, or `undefined` when it has no frontmatter (reported as `missing-frontmatter`) or is past
 *   the parsers' safety limits (reported as `input-limit`).
 */
export function parseMarkdown(file: SourceFile, sink: MessageSink, bodyRule: BodyRule): MarkdownDocument | undefined {
  if (!checkInputLimits(file, sink)) return undefined;
  const reported = sink.messages.length;
  try {
    return readDocument(file, sink, bodyRule);
  } catch (error) {
    // Note: nesting the limits let through can still overflow the stack of the parser or of a tree walk.
    if (!(error instanceof RangeError)) throw error;
    sink.messages.splice(reported);
    sink.report('input-limit', file.path, file.firstLine, `Unexpected nesting too deep to parse (${error.message}), expected flatter Markdown`);
    return undefined;
  }
}

/** Parse a file within the limits and check its body. */
function readDocument(file: SourceFile, sink: MessageSink, bodyRule: BodyRule): MarkdownDocument | undefined {
  const tree: Root = processor.parse(file.value);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') {
    sink.report(
      'missing-frontmatter',
      file.path,
      file.firstLine,
      `Unexpected ${first === undefined ? 'empty file' : `\`${first.type}\` at the start of the file`}, expected a \`---\` frontmatter block`,
    );
    return undefined;
  }

  const blockPlace = placeOf(first, file.firstLine);
  const blockStart = blockPlace.start.offset ?? 0;
  const firstNewline = file.value.indexOf('\n', blockStart);
  const offset = firstNewline === -1 ? file.value.length : firstNewline + 1;
  const frontmatter: FrontmatterBlock = {
    value: first.value,
    offset: file.value.startsWith(first.value, offset) ? offset : Math.max(0, file.value.indexOf(first.value, blockStart)),
    place: blockPlace,
    opening: file.position(blockStart, blockStart + 3),
  };

  // One pass over the body for raw HTML and `concept:` links (this is the compiler's hot path).
  const links: Located[] = [];
  const proseBlocks: Nodes[] = [];
  const check = (node: Nodes): void => {
    if (inlineParents.has(node.type)) proseBlocks.push(node);
    if (node.type === 'html') {
      const snippet = node.value.split('\n')[0] ?? '';
      sink.report('body-structure', file.path, placeOf(node, file.end), `Unexpected raw HTML \`${snippet}\`, expected Markdown`, {
        note: 'Raw HTML is not allowed in content: write Markdown (emphasis, lists, tables, links) instead.',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('concept:')) {
      links.push({ value: node.url.slice('concept:'.length), place: placeOf(node, file.end) });
    }
  };
  for (const node of rest) walk(node, check);

  if (bodyRule === 'none') {
    const [extra] = rest;
    if (extra !== undefined) {
      sink.report(
        'body-structure',
        file.path,
        placeOf(extra, file.end),
        `Unexpected content after the frontmatter, expected \`${file.relative}\` to hold frontmatter only`,
        { note: 'Move this text into a description field, or delete it.' },
      );
    }
    return { file, frontmatter, body: undefined, links };
  }

  const sections = readSections(file, sink, rest, blockPlace);
  collectBodyProse(file, proseBlocks, sections.starts);
  return { file, frontmatter, body: sections.body, links };
}

/** Add the prose of each body block to `file.prose`, in the language of the section it is in. */
function collectBodyProse(file: SourceFile, blocks: readonly Nodes[], starts: ReadonlyMap<Locale, number>): void {
  const enStart = starts.get('en');
  const zhStart = starts.get('zh');
  for (const block of blocks) {
    const offset = block.position?.start.offset ?? 0;
    const inZh = zhStart !== undefined && offset > zhStart && (enStart === undefined || enStart < zhStart || offset < enStart);
    const inEn = enStart !== undefined && offset > enStart && (zhStart === undefined || zhStart < enStart || offset < zhStart);
    const locale: Locale | undefined = inZh ? 'zh' : inEn ? 'en' : undefined;
    if (locale === undefined) continue;
    const prose = blockProse(block, file.value, locale);
    if (prose !== undefined) file.prose.push(prose);
  }
}

/**
 * Split the body into its `# en` and `# zh` sections and check their layout. Returns the sections' text
 * (when both are present and non-empty) and the offset of each section's heading.
 */
function readSections(
  file: SourceFile,
  sink: MessageSink,
  nodes: readonly RootContent[],
  frontmatterPlace: Position,
): { body: LocalizedText | undefined; starts: Map<Locale, number> } {
  const sections = new Map<Locale, { heading: Heading; nodes: RootContent[] }>();
  let current: Locale | undefined;
  let reportedStray = false;

  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = headingText(node);
      const place = placeOf(node, file.end);
      if (text !== 'en' && text !== 'zh') {
        sink.report('body-structure', file.path, place, `Unexpected heading \`# ${text}\`, expected \`# en\` or \`# zh\``, {
          expected: ['en', 'zh'],
          note: 'The only depth-1 headings are `# en` and `# zh`; use `##` and deeper inside a section.',
        });
        if (current !== undefined) sections.get(current)?.nodes.push(node);
        continue;
      }
      if (sections.has(text)) {
        sink.report('body-structure', file.path, place, `Unexpected second \`# ${text}\` heading, expected one \`# en\` and one \`# zh\``);
        current = text;
        continue;
      }
      if (text === 'zh' && !sections.has('en')) {
        sink.report('body-structure', file.path, place, 'Unexpected `# zh` before `# en`, expected `# en` first', {
          note: 'Write the English section first, then the Chinese one.',
        });
      }
      sections.set(text, { heading: node, nodes: [] });
      current = text;
      continue;
    }
    if (current === undefined) {
      if (!reportedStray) {
        sink.report('body-structure', file.path, placeOf(node, file.end), `Unexpected \`${node.type}\` before \`# en\`, expected the body to start with \`# en\``, {
          note: 'Put the English text under a `# en` heading right after the frontmatter.',
        });
        reportedStray = true;
      }
      continue;
    }
    sections.get(current)?.nodes.push(node);
  }

  const result: Partial<Record<Locale, string>> = {};
  const fallback = nodes.length === 0 ? { start: frontmatterPlace.end, end: frontmatterPlace.end } : file.end;
  for (const locale of ['en', 'zh'] as const) {
    const section = sections.get(locale);
    if (section === undefined) {
      const zhHeading = sections.get('zh')?.heading;
      const place = locale === 'en' && zhHeading !== undefined ? placeOf(zhHeading, fallback) : fallback;
      sink.report(
        'missing-language',
        file.path,
        place,
        `Unexpected body without a \`# ${locale}\` section, expected the ${languageNames[locale]} text under \`# ${locale}\``,
        { expected: [`# ${locale}`] },
      );
      continue;
    }
    const first = section.nodes[0];
    const last = section.nodes.at(-1);
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    const markdown = start === undefined || end === undefined ? '' : file.value.slice(start, end).replace(/\r\n?/gu, '\n').trim();
    if (markdown === '') {
      sink.report('empty-text', file.path, placeOf(section.heading, file.end), `Unexpected empty \`# ${locale}\` section, expected the ${languageNames[locale]} text`);
      continue;
    }
    result[locale] = markdown;
  }
  const starts = new Map<Locale, number>();
  for (const [locale, section] of sections) starts.set(locale, section.heading.position?.start.offset ?? 0);
  return { body: result.en === undefined || result.zh === undefined ? undefined : { en: result.en, zh: result.zh }, starts };
}
