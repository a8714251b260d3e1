/**
 * Markdown explanations (as stored in the knowledge base) → mdast / hast trees.
 *
 * Shared by every adapter that shows an explanation: the Markdown handbook (mdast), the site and Anki
 * fields (hast). Raw HTML in the source is never passed through: mdast-util-to-hast drops `html` nodes
 * unless told otherwise, so text is escaped by construction when the tree is serialized. Links, link
 * definitions and images whose URL is not http(s), mailto or relative (`javascript:`, `data:`,
 * `vbscript:`…, however they are spelled) are reduced to their text: no output gets a script URL.
 *
 * @module
 */
import { expectString, invalidTypeError } from '@cloudvirt/core';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Link, Root as MdastRoot, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The URL scheme of links between concepts inside explanations: `[KVM](concept:kvm)`. */
export const conceptLinkScheme = 'concept:';

/**
 * Decides where a `concept:<id>` link points.
 *
 * @param conceptId The id after `concept:`.
 * @returns The URL to link to, or `null` to keep only the link text.
 */
export type ConceptLinkResolver = (conceptId: string) => string | null;

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parsed explanations by source text, least recently used first. Parsing (micromark with GFM) is the
 * costly step of every adapter, and one build parses each explanation many times: the site's page, the
 * Markdown handbooks, three Anki decks and their cloze sentences, the JSON-LD dataset. Callers get a
 * deep copy, so rewriting links or mutating the tree never reaches the cache. Bounded by the total
 * length of the cached sources ({@link explanationCacheLimit}).
 */
const parsedExplanations = new Map<string, MdastRoot>();
let cachedLength = 0;

/**
 * The most source text (UTF-16 code units) whose trees are kept: the explanations of about 16,000
 * concepts in both languages. A cached tree takes about 10 bytes of heap per source character, so a full
 * cache holds about 300 MB; our own 108 concepts take about 2 MB.
 */
export const explanationCacheLimit = 32_000_000;

/**
 * Forget every cached parse (tests, or a long-running process that is done with a knowledge base).
 *
 * @returns How many trees were dropped.
 */
export function clearExplanationCache(): number {
  const count = parsedExplanations.size;
  parsedExplanations.clear();
  cachedLength = 0;
  return count;
}

/** Deep copy of plain JSON-like data (mdast trees hold nothing else). */
function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = cloneTree((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * Parse Markdown (with GFM) into a fresh mdast tree, reusing an earlier parse of the same text.
 *
 * @param markdown The Markdown source.
 * @returns A tree the caller owns.
 */
function parseExplanation(markdown: string): MdastRoot {
  let tree = parsedExplanations.get(markdown);
  if (tree === undefined) {
    tree = parser.runSync(parser.parse(markdown)) as MdastRoot;
    if (markdown.length <= explanationCacheLimit) {
      for (const [oldest] of parsedExplanations) {
        if (cachedLength + markdown.length <= explanationCacheLimit) break;
        parsedExplanations.delete(oldest);
        cachedLength -= oldest.length;
      }
      parsedExplanations.set(markdown, tree);
      cachedLength += markdown.length;
    }
  } else {
    // Most recently used goes last.
    parsedExplanations.delete(markdown);
    parsedExplanations.set(markdown, tree);
  }
  return cloneTree(tree);
}

/** Protocols a link or image in an explanation may use. */
const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a URL from an explanation may become an `href` or `src`: http(s), mailto, or relative. It is
 * parsed as browsers parse it (leading controls and spaces stripped, tabs and newlines removed, scheme
 * case-folded), so `JaVa\tScRiPt:` and ` javascript:` are caught too.
 *
 * @param url The URL as written.
 * @returns `true` when it is safe to keep.
 */
export function isSafeExplanationUrl(url: string): boolean {
  try {
    return safeProtocols.has(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * Check the arguments of an explanation parser.
 *
 * @param fn The function's name, for messages.
 * @param markdown Its Markdown argument.
 * @param resolve Its resolver argument.
 * @throws {TypeError} When `markdown` is not a string or `resolve` not a function.
 */
function checkExplanationArguments(fn: string, markdown: unknown, resolve: unknown): void {
  expectString(`\`markdown\` argument of ${fn}`, markdown, 'the Markdown source of an explanation (a string)');
  if (typeof resolve !== 'function') {
    throw invalidTypeError(`\`resolve\` argument of ${fn}`, resolve, 'a function from a concept id to a URL or null', 'For example (id) => `#${id}`.');
  }
}

/**
 * Parse a Markdown explanation into an mdast tree, resolving `concept:` links.
 *
 * @param markdown The Markdown source.
 * @param resolve Where concept links point; links resolved to `null` are replaced by their children.
 * @returns The mdast root: a new tree the caller may change (parses of the same text are cached, copies
 *   are handed out).
 * @throws {TypeError} When `markdown` is not a string or `resolve` not a function.
 */
export function explanationToMdast(markdown: string, resolve: ConceptLinkResolver): MdastRoot {
  checkExplanationArguments('explanationToMdast', markdown, resolve);
  const tree = parseExplanation(markdown);
  rewriteLinks(tree, resolve);
  return tree;
}

/**
 * Parse a Markdown explanation into a hast tree (HTML), resolving `concept:` links.
 * Raw HTML in the Markdown is dropped; all text is escaped when serialized.
 *
 * @param markdown The Markdown source.
 * @param resolve Where concept links point.
 * @returns The hast root.
 * @throws {TypeError} When `markdown` is not a string or `resolve` not a function.
 */
export function explanationToHast(markdown: string, resolve: ConceptLinkResolver): HastRoot {
  checkExplanationArguments('explanationToHast', markdown, resolve);
  const hast = toHast(explanationToMdast(markdown, resolve));
  return hast.type === 'root' ? hast : { type: 'root', children: [hast as ElementContent] };
}

/**
 * The concept ids an explanation links to, in order of first appearance.
 *
 * @param markdown The Markdown source.
 * @returns Unique concept ids.
 * @throws {TypeError} When `markdown` is not a string.
 */
export function conceptLinksOf(markdown: string): string[] {
  expectString('`markdown` argument of conceptLinksOf', markdown, 'the Markdown source of an explanation (a string)');
  const ids: string[] = [];
  explanationToMdast(markdown, (id) => {
    if (!ids.includes(id)) ids.push(id);
    return null;
  });
  return ids;
}

function rewriteLinks(node: MdastRoot | RootContent, resolve: ConceptLinkResolver): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    rewriteLinks(child, resolve);
    if (child.type === 'link') {
      const target = child.url.startsWith(conceptLinkScheme) ? resolve(child.url.slice(conceptLinkScheme.length)) : isSafeExplanationUrl(child.url) ? child.url : null;
      if (target === null) {
        children.splice(index, 1, ...(child as Link).children);
        index += (child as Link).children.length - 1;
      } else {
        child.url = target;
      }
    } else if (child.type === 'definition' && !child.url.startsWith(conceptLinkScheme) && !isSafeExplanationUrl(child.url)) {
      // Note: without its definition, a link reference is rendered as its source text (`[x]`).
      children.splice(index, 1);
      index--;
    } else if (child.type === 'image' && !isSafeExplanationUrl(child.url)) {
      children.splice(index, 1, { type: 'text', value: child.alt ?? '' });
    }
  }
}

/** Type guard for hast elements, handy when walking explanation trees. */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'element';
}
