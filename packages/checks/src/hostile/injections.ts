/**
 * Find what could execute in an output: raw HTML or script URLs in Markdown (parsed with remark), script
 * elements, event-handler attributes and script URLs in HTML (parsed with parse5, as browsers parse).
 *
 * @module
 */
import type { Nodes } from 'mdast';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Protocols a URL in an output may use. */
const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a URL is safe, parsed as a browser parses an `href` (relative URLs are).
 *
 * @param url The URL.
 * @returns `true` for http(s), mailto and relative URLs.
 */
export function isSafeUrl(url: string): boolean {
  try {
    return safeProtocols.has(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * Problems in Markdown: raw HTML nodes, and links, images or definitions with an unsafe URL.
 *
 * @param markdown The Markdown.
 * @returns One sentence per problem.
 */
export function markdownInjections(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const problems: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') problems.push(`raw HTML \`${node.value.slice(0, 80)}\` at line ${node.position?.start.line ?? '?'}`);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problems.push(`${node.type} to \`${node.url.slice(0, 80)}\` at line ${node.position?.start.line ?? '?'}`);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return problems;
}

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'srcdoc', 'data']);
const forbiddenElements = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);

/**
 * Problems in HTML: scripts other than JSON-LD (whose text must also parse as JSON), event handlers,
 * script URLs, frames and objects, meta refreshes.
 *
 * @param html A document or a fragment.
 * @param fragment Whether `html` is a fragment (an Anki field) rather than a document.
 * @returns One sentence per problem.
 */
export function htmlInjections(html: string, fragment = false): string[] {
  const root = (fragment ? parseFragment(html) : parse(html)) as HtmlNode;
  const problems: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if ('tagName' in node) {
      const element = node as HtmlElement;
      const attrs = new Map(element.attrs.map((attribute) => [attribute.name.toLowerCase(), attribute.value]));
      if (element.tagName === 'script') {
        const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        if (attrs.get('type') !== 'application/ld+json') problems.push(`<script> element: ${text.slice(0, 80)}`);
        else {
          try {
            JSON.parse(text);
          } catch {
            problems.push(`a JSON-LD script whose text is not JSON (its content broke out?): ${text.slice(0, 80)}`);
          }
        }
      }
      if (forbiddenElements.has(element.tagName)) problems.push(`<${element.tagName}> element`);
      if (element.tagName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') problems.push('<meta http-equiv="refresh">');
      for (const [name, value] of attrs) {
        if (name.startsWith('on')) problems.push(`event handler ${name}="${value.slice(0, 60)}" on <${element.tagName}>`);
        if (urlAttributes.has(name) && !isSafeUrl(value)) problems.push(`${name}="${value.slice(0, 60)}" on <${element.tagName}>`);
        if (name === 'style' && /expression\(|javascript:|url\(/iu.test(value)) problems.push(`style="${value.slice(0, 60)}" on <${element.tagName}>`);
      }
      if (element.tagName === 'template' && 'content' in element) stack.push((element as DefaultTreeAdapterMap['template']).content);
    }
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return problems;
}
