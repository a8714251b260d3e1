/**
 * State of one Markdown document while it is built: language, which headings carry which anchor,
 * which links point at which concept, and the footnotes for cited sources. Builders create mdast
 * nodes through it; {@link finalizeDocument} then assigns GitHub slugs and resolves the links.
 *
 * @module
 */
import type { KnowledgeBaseData, Locale, LocalizedText, Source } from '@cloudvirt/core';
import type {
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  Link,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import type {} from 'mdast-util-to-hast';
import { indexKnowledgeBase, type KbIndex } from './kb-index.js';
import { markdownLabels } from './labels.js';
import { fillConceptUrlPattern, type ResolvedMarkdownOptions } from './options.js';
import { HeadingSlugger } from './slug.js';
import type { RenderMemo } from '../anki/render-memo.js';

/** What a link built by the adapter points at, before the document is finalized. */
type LinkTarget = { readonly kind: 'concept'; readonly id: string; readonly lang: Locale } | { readonly kind: 'anchor'; readonly key: string };

/** Separator between the English and Chinese text of one item in bilingual output. */
export const bilingualSeparator = ' · ';

/** Document-wide state shared by the section builders. */
export class MarkdownContext {
  /** Lookup tables over the knowledge base. */
  readonly kb: KbIndex;
  /** Validated options. */
  readonly options: ResolvedMarkdownOptions;
  /** The languages rendered, in order (`['en', 'zh']` when bilingual). */
  readonly languages: readonly Locale[];
  /** The language of text that is not tied to one language (links in bilingual lists). */
  readonly primary: Locale;
  readonly #anchorKeys = new Map<Heading, string>();
  readonly #linkTargets = new Map<Link, LinkTarget>();
  readonly #footnotes = new Map<string, { identifier: string; source: Source }>();

  /** Where parsed stored Markdown is kept between builds, if the caller gave one. */
  readonly memo: RenderMemo | undefined;

  /**
   * @param data The knowledge base.
   * @param options Validated options.
   * @param memo Where parsed stored Markdown is kept between builds (default: none).
   */
  constructor(data: KnowledgeBaseData, options: ResolvedMarkdownOptions, memo?: RenderMemo) {
    this.memo = memo;
    this.kb = indexKnowledgeBase(data);
    this.options = options;
    this.languages = options.lang === 'bilingual' ? ['en', 'zh'] : [options.lang];
    this.primary = this.languages[0]!;
  }

  /**
   * One text in the rendered language(s): `en`, `zh`, or `en · zh` (once when both are equal).
   *
   * @param text The localized text.
   * @returns Plain text.
   */
  text(text: LocalizedText): string {
    const parts = this.languages.map((lang) => text[lang]);
    return parts.every((part) => part === parts[0]) ? parts[0]! : parts.join(bilingualSeparator);
  }

  /**
   * A label followed by a colon, full-width when the document is Chinese only (`别称：`).
   *
   * @param text The localized label.
   * @returns Plain text.
   */
  labelWithColon(text: LocalizedText): string {
    return `${this.text(text)}${this.colon}`;
  }

  /** `：` when the document is Chinese only, `:` otherwise. */
  get colon(): string {
    return this.options.lang === 'zh' ? '：' : ':';
  }

  /**
   * One paragraph per rendered language.
   *
   * @param text The localized text.
   * @returns Paragraphs, in language order.
   */
  paragraphs(text: LocalizedText): Paragraph[] {
    return this.languages.map((lang) => paragraph(plain(text[lang])));
  }

  /**
   * A heading, optionally registered under an anchor key that links can target.
   *
   * @param depth Heading depth (clamped to 1–6).
   * @param text Heading text.
   * @param key Anchor key, e.g. `concept:kvm`.
   * @returns The heading node.
   */
  heading(depth: number, text: string, key?: string): Heading {
    const heading: Heading = { type: 'heading', depth: clampDepth(depth), children: [plain(text)] };
    if (key !== undefined) this.#anchorKeys.set(heading, key);
    return heading;
  }

  /**
   * A link to a concept (resolved to an anchor or a page URL when the document is finalized).
   *
   * @param id Concept id.
   * @param children Link content; defaults to the concept's label in the rendered language(s).
   * @param lang Language of the page to link to in pattern mode; defaults to the primary language.
   * @returns The link node.
   */
  conceptLink(id: string, children?: PhrasingContent[], lang: Locale = this.primary): Link {
    const concept = this.kb.concepts.get(id);
    const content = children ?? [plain(concept ? this.text(concept.label) : id)];
    const link: Link = { type: 'link', url: '', children: content };
    this.#linkTargets.set(link, { kind: 'concept', id, lang });
    return link;
  }

  /**
   * A link to a heading registered with {@link heading} in this document.
   *
   * @param key The heading's anchor key.
   * @param text Link text.
   * @returns The link node.
   */
  anchorLink(key: string, text: string): Link {
    const link: Link = { type: 'link', url: '', children: [plain(text)] };
    this.#linkTargets.set(link, { kind: 'anchor', key });
    return link;
  }

  /**
   * Register every `concept:` link of a parsed explanation so it resolves like {@link conceptLink}.
   * Call with a tree whose `concept:` URLs were kept by the explanation parser.
   *
   * @param tree Explanation content.
   * @param lang Language of the explanation.
   */
  adoptExplanationLinks(tree: Nodes, lang: Locale): void {
    walk(tree, (node) => {
      if (node.type === 'link' && node.url.startsWith('concept:')) {
        this.#linkTargets.set(node, { kind: 'concept', id: node.url.slice('concept:'.length), lang });
      }
    });
  }

  /**
   * A footnote reference for a source; each distinct URL gets one footnote per document.
   *
   * @param source The cited source.
   * @returns The reference node.
   */
  sourceReference(source: Source): FootnoteReference {
    let entry = this.#footnotes.get(source.url);
    if (!entry) {
      entry = { identifier: `source-${this.#footnotes.size + 1}`, source };
      this.#footnotes.set(source.url, entry);
    }
    return { type: 'footnoteReference', identifier: entry.identifier, label: entry.identifier };
  }

  /**
   * Complete the document: append source footnotes, give every heading its GitHub slug (also as
   * `data.hProperties.id`, so remark-rehype emits the same id), and resolve every link.
   *
   * @param root The document.
   * @returns The same root, completed.
   */
  finalizeDocument(root: Root): Root {
    root.children.push(...this.#footnoteDefinitions());
    const slugger = new HeadingSlugger();
    const anchors = new Map<string, string>();
    walk(root, (node) => {
      if (node.type !== 'heading') return;
      const slug = slugger.slug(plainText(node));
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slug } };
      const key = this.#anchorKeys.get(node);
      if (key !== undefined && !anchors.has(key)) anchors.set(key, slug);
    });
    replaceLinks(root, (link) => {
      const target = this.#linkTargets.get(link);
      if (!target) return link.url.startsWith('concept:') ? null : link.url;
      if (target.kind === 'anchor') {
        const slug = anchors.get(target.key);
        return slug === undefined ? null : `#${slug}`;
      }
      if (!this.kb.concepts.has(target.id)) return null;
      const { links, baseUrl } = this.options;
      if (links === 'anchor') {
        const slug = anchors.get(conceptAnchorKey(target.id));
        return slug === undefined ? null : `#${slug}`;
      }
      return fillConceptUrlPattern(links.pattern, target.id, target.lang, baseUrl);
    });
    return root;
  }

  #footnoteDefinitions(): FootnoteDefinition[] {
    return [...this.#footnotes.values()].map(({ identifier, source }) => {
      const pageLanguage = source.lang === 'zh' ? markdownLabels.inChinese : markdownLabels.inEnglish;
      const paragraph: Paragraph = {
        type: 'paragraph',
        // Note: never ` (…)` after the link: `[^x]: [t](u) (zh)` would read as a link reference
        // definition (destination + title) in renderers without footnotes.
        children: [{ type: 'link', url: source.url, children: [plain(this.text(source.title))] }, plain(` — ${this.text(pageLanguage)}`)],
      };
      return { type: 'footnoteDefinition', identifier, label: identifier, children: [paragraph] };
    });
  }
}

/**
 * The anchor key of a concept's heading.
 *
 * @param id Concept id.
 * @returns The key.
 */
export function conceptAnchorKey(id: string): string {
  return `concept:${id}`;
}

/**
 * A text node.
 *
 * @param value The text (escaped when serialized).
 * @returns The node.
 */
export function plain(value: string): Text {
  return { type: 'text', value };
}

/**
 * A paragraph of phrasing content.
 *
 * @param children The content.
 * @returns The node.
 */
export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/**
 * The text content of a node, as a renderer's `textContent` would give it (used for slugs).
 *
 * @param node Any mdast node.
 * @returns Concatenated text.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function clampDepth(depth: number): Heading['depth'] {
  return Math.min(6, Math.max(1, Math.trunc(depth))) as Heading['depth'];
}

/**
 * Visit every node of a tree, parents before children.
 *
 * @param node The tree.
 * @param visit Called for each node.
 */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

/** Replace links by their children when `resolve` returns null; otherwise set their URL. */
function replaceLinks(node: Nodes, resolve: (link: Link) => string | null): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    replaceLinks(child, resolve);
    if (child.type !== 'link') continue;
    const url = resolve(child);
    if (url === null) {
      children.splice(index, 1, ...child.children);
      index += child.children.length - 1;
    } else {
      child.url = url;
    }
  }
}
