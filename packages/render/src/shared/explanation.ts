/**
 * Markdown explanations (as stored in the knowledge base) → mdast / hast trees.
 *
 * Shared by every adapter that shows an explanation: the Markdown handbook (mdast), the site and Anki
 * fields (hast). Raw HTML in the source is never passed through: mdast-util-to-hast drops `html` nodes
 * unless told otherwise, so text is escaped by construction when the tree is serialized.
 *
 * @module
 */
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
 * Parse a Markdown explanation into an mdast tree, resolving `concept:` links.
 *
 * @param markdown The Markdown source.
 * @param resolve Where concept links point; links resolved to `null` are replaced by their children.
 * @returns The mdast root.
 */
export function explanationToMdast(markdown: string, resolve: ConceptLinkResolver): MdastRoot {
  const tree = parser.runSync(parser.parse(markdown)) as MdastRoot;
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
 */
export function explanationToHast(markdown: string, resolve: ConceptLinkResolver): HastRoot {
  const hast = toHast(explanationToMdast(markdown, resolve));
  return hast.type === 'root' ? hast : { type: 'root', children: [hast as ElementContent] };
}

/**
 * The concept ids an explanation links to, in order of first appearance.
 *
 * @param markdown The Markdown source.
 * @returns Unique concept ids.
 */
export function conceptLinksOf(markdown: string): string[] {
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
    if (child.type === 'link' && child.url.startsWith(conceptLinkScheme)) {
      const target = resolve(child.url.slice(conceptLinkScheme.length));
      if (target === null) {
        children.splice(index, 1, ...(child as Link).children);
        index += (child as Link).children.length - 1;
      } else {
        child.url = target;
      }
    }
  }
}

/** Type guard for hast elements, handy when walking explanation trees. */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'element';
}
