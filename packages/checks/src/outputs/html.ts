/**
 * Small helpers over parse5's default tree: parse a page as a browser would, find elements, read
 * attributes and text.
 *
 * @module
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** A parse5 element. */
export type HtmlElement = DefaultTreeAdapterMap['element'];
/** Any parse5 node. */
type HtmlNode = DefaultTreeAdapterMap['node'];

/** Whether a node is an element. */
function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Child nodes, including a `<template>`'s content. */
function childrenOf(node: HtmlNode): HtmlNode[] {
  const children = 'childNodes' in node ? [...node.childNodes] : [];
  if (isElement(node) && node.tagName === 'template' && 'content' in node) children.push(...(node as DefaultTreeAdapterMap['template']).content.childNodes);
  return children;
}

/** Parse an HTML document (the HTML standard's algorithm, as browsers do). */
export function parseHtml(text: string): HtmlElement {
  const document = parse(text);
  const html = document.childNodes.find(isElement);
  if (html === undefined) throw new Error('The document has no <html> element.');
  return html;
}

/** Every element under `root` (itself included), in document order. */
export function elements(root: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (isElement(node)) found.push(node);
    stack.push(...childrenOf(node).reverse());
  }
  return found;
}

/** Elements with a tag name, optionally filtered. */
export function findAll(root: HtmlNode, tagName: string, where: (element: HtmlElement) => boolean = () => true): HtmlElement[] {
  return elements(root).filter((element) => element.tagName === tagName && where(element));
}

/** An attribute's value, or `undefined`. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Whether an element has a class. */
export function hasClass(element: HtmlElement, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/u).includes(name);
}

/** The text content (like `textContent`), whitespace-collapsed. */
export function textOf(node: HtmlNode): string {
  let text = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode;
    if (current.nodeName === '#text') text += (current as DefaultTreeAdapterMap['textNode']).value;
    stack.push(...childrenOf(current).reverse());
  }
  return collapse(text);
}

/** Collapse whitespace runs to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Every `href` of `<a>` elements under `root`. */
export function links(root: HtmlNode): string[] {
  return findAll(root, 'a').flatMap((element) => attr(element, 'href') ?? []);
}
