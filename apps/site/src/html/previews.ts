/**
 * Links to concepts with a definition preview that works with a keyboard, a touch screen and a mouse.
 *
 * Each concept link is followed by a small button (`popovertarget`) that opens a popover holding the
 * concept's term and definition; the popover is in the HTML (so it needs no JavaScript and no fetch),
 * Escape or a tap outside closes it, and the button reports its state to assistive technology. The site
 * script adds hover previews for mouse users on top. One popover per concept and page, however many
 * links point to it.
 *
 * @module
 */
import { languageTags, type Concept, type Locale } from '@cloudvirt/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { otherLocale, ui } from '../i18n.js';
import { conceptPath } from '../urls.js';

/** The id of the popover element of a concept. */
export function previewId(conceptId: string): string {
  return `preview-${conceptId}`;
}

/** Collects the concepts a page links to, and renders their links and popovers. */
export class PreviewCollector {
  readonly #context: SiteContext;
  readonly #locale: Locale;
  readonly #ids: string[] = [];

  /**
   * @param context The site context.
   * @param locale The page language.
   */
  constructor(context: SiteContext, locale: Locale) {
    this.#context = context;
    this.#locale = locale;
  }

  /**
   * The preview button for a concept link (register the concept for {@link popovers}).
   *
   * @param conceptId The linked concept.
   */
  button(conceptId: string): Element {
    const concept = this.#context.kb.getConcept(conceptId);
    if (!this.#ids.includes(conceptId)) this.#ids.push(conceptId);
    return h('button', { type: 'button', class: 'preview-button', popovertarget: previewId(conceptId) }, [
      h('span', { class: 'visually-hidden' }, ui[this.#locale].definitionOf(concept.label[this.#locale])),
    ]);
  }

  /**
   * A link to a concept page followed by its preview button.
   *
   * @param conceptId The concept.
   * @param children The link content (default: the concept's label).
   */
  link(conceptId: string, children?: ElementContent[]): ElementContent[] {
    const concept = this.#context.kb.getConcept(conceptId);
    return [
      h(
        'a',
        { href: conceptPath(this.#locale, conceptId), class: 'concept-link', 'data-concept': conceptId },
        children ?? [concept.label[this.#locale]],
      ),
      this.button(conceptId),
    ];
  }

  /** The popovers of every concept registered so far, or `null` when there are none. */
  popovers(): Element | null {
    if (this.#ids.length === 0) return null;
    return h(
      'div',
      { class: 'previews', 'data-pagefind-ignore': 'all' },
      this.#ids.map((id) => preview(this.#context.kb.getConcept(id), this.#locale)),
    );
  }
}

/** One popover: the term in both languages, the definition and a link to the page. */
function preview(concept: Concept, locale: Locale): Element {
  const t = ui[locale];
  const other = otherLocale(locale);
  const headingId = `${previewId(concept.id)}-term`;
  return h('div', { id: previewId(concept.id), class: 'preview', popover: 'auto', role: 'dialog', 'aria-labelledby': headingId }, [
    h('p', { class: 'preview-term' }, [
      h('strong', { id: headingId }, concept.label[locale]),
      ' ',
      h('span', { class: 'other-term', lang: languageTags[other] }, concept.label[other]),
    ]),
    h('p', { class: 'preview-definition' }, concept.definition[locale]),
    h('p', { class: 'preview-actions' }, [
      h('a', { href: conceptPath(locale, concept.id) }, t.readMore(concept.label[locale])),
      h('button', { type: 'button', class: 'preview-close', popovertarget: previewId(concept.id), popovertargetaction: 'hide' }, t.close),
    ]),
  ]);
}
