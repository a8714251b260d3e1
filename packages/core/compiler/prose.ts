/**
 * Reader-facing text of a content file, as written, with a map back to file offsets: the input of the
 * style rules (compiler/style.ts). Frontmatter texts are the `en`/`zh` strings of a file (labels,
 * definitions, examples, relation and matrix notes, comparison cells, titles and descriptions), except
 * source titles (quotations of other pages' titles) and Wikipedia links; body texts are the inline
 * content of each paragraph, heading and table cell, with inline code replaced by {@link codeMark}.
 *
 * @module
 */
import type { Nodes } from 'mdast';
import type { Node, Scalar } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Locale } from '../src/model.js';

/** Stands for inline code, images and other non-text inline content in a body text: neither CJK nor Latin. */
export const codeMark = '\uFFFC';

/** One stretch of a {@link Prose} text that is contiguous in the file. */
export interface ProseSegment {
  /** Index in {@link Prose.text} where the stretch starts. */
  readonly index: number;
  /** Offset in the file of that character. */
  readonly offset: number;
}

/** One reader-facing text in one language. */
export interface Prose {
  /** Its language. */
  readonly locale: Locale;
  /** What it is, for messages: `definition.zh`, `relations[1].note.en`, `# zh`. */
  readonly field: string;
  /** The text as written in the file (escapes and line breaks kept). */
  readonly text: string;
  /** Where its stretches start in the file, by increasing index (at least one). */
  readonly segments: readonly ProseSegment[];
}

/**
 * The file offset of a character of a prose text.
 *
 * @param prose
 *   The text.
 * @param index
 *   Index in `prose.text` (may be `prose.text.length`, the place after the last character).
 * @returns
 *   The 0-based file offset.
 */
export function proseOffset(prose: Prose, index: number): number {
  let segment = prose.segments[0] ?? { index: 0, offset: 0 };
  for (const candidate of prose.segments) {
    if (candidate.index > index) break;
    segment = candidate;
  }
  return segment.offset + (index - segment.index);
}

/** Frontmatter paths whose `en`/`zh` strings are not reader-facing prose of ours. */
const notProse = /(?:^|\.)(?:sources\[\d+\]\.title|wikipedia)$/u;

/**
 * Collect the `en`/`zh` strings of a frontmatter document.
 *
 * @param contents
 *   The YAML document's contents.
 * @param source
 *   The frontmatter text the node ranges point into.
 * @param base
 *   Offset of the frontmatter text in the file.
 * @returns
 *   One prose text per string, in document order.
 */
export function frontmatterProse(contents: Node | null, source: string, base: number): Prose[] {
  const found: Prose[] = [];
  const visit = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const childPath = path === '' ? key : `${path}.${key}`;
        if ((key === 'en' || key === 'zh') && isScalar(pair.value) && !notProse.test(path)) {
          const prose = scalarProse(pair.value, source, base, key, childPath);
          if (prose !== undefined) found.push(prose);
        } else {
          visit(pair.value, childPath);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, `${path}[${index}]`));
    }
  };
  visit(contents, '');
  return found;
}

/** The text of a string scalar as written (inside the quotes, below a block scalar's header). */
function scalarProse(node: Scalar, source: string, base: number, locale: Locale, field: string): Prose | undefined {
  if (typeof node.value !== 'string' || node.range === undefined || node.range === null) return undefined;
  let [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start += 1;
    end -= 1;
  } else if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const header = source.indexOf('\n', start);
    start = header === -1 || header >= end ? end : header + 1;
  }
  if (end <= start) return undefined;
  return { locale, field, text: source.slice(start, end), segments: [{ index: 0, offset: base + start }] };
}

/** Block nodes whose children are inline content (one prose text each). */
export const inlineParents: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The prose text of a paragraph, heading or table cell, or `undefined` for other nodes.
 *
 * @param node
 *   A body node.
 * @param value
 *   The file's text (node offsets point into it).
 * @param locale
 *   The language of the section the node is in.
 */
export function blockProse(node: Nodes, value: string, locale: Locale): Prose | undefined {
  if (!inlineParents.has(node.type) || !('children' in node)) return undefined;
  let text = '';
  const segments: ProseSegment[] = [];
  const add = (inline: Nodes): void => {
    const start = inline.position?.start.offset;
    const end = inline.position?.end.offset;
    if (inline.type === 'text' && start !== undefined && end !== undefined) {
      segments.push({ index: text.length, offset: start });
      text += value.slice(start, end);
    } else if (inline.type === 'break') {
      text += '\n';
    } else if ('children' in inline) {
      for (const child of inline.children) add(child);
    } else if (start !== undefined) {
      // Note: inline code, images, HTML: one neutral character, so neighbours are not read as adjacent.
      segments.push({ index: text.length, offset: start });
      text += codeMark;
    }
  };
  for (const child of node.children) add(child);
  if (segments.length === 0) return undefined;
  return { locale, field: `# ${locale}`, text, segments };
}
