/**
 * The page shell every HTML page shares: `<head>` (title, description, canonical URL, `hreflang`
 * alternates, Open Graph, JSON-LD, the dataset link), the header with navigation, search and language
 * switch, and the footer. Built as a hast tree and serialized with hast-util-to-html, so every text is
 * escaped by construction.
 *
 * @module
 */
import { hasResponsibilityMatrix, languageTags, locales, type Locale, type Pack } from '@cloudvirt/core';
import { serializeJsonLdForScript } from '@cloudvirt/render/jsonld';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h, type Child } from 'hastscript';
import type { SiteContext } from '../context.js';
import { otherLocale, ui } from '../i18n.js';
import { fitDescription, fitTitle } from '../seo/head-text.js';
import { cardHeight, cardPath, cardWidth } from '../seo/social-card.js';
import { absoluteUrl, filePaths, pagePath, type PageKey } from '../urls.js';

/** Open Graph `og:locale` per locale. */
const ogLocales: Readonly<Record<Locale, string>> = { en: 'en_US', zh: 'zh_CN' };

/** A localized HTML page, before it gets its shell. */
export interface PageDocument {
  /** Which page this is (drives the canonical URL, the alternates and the language switch). */
  readonly key: PageKey;
  /** Page language. */
  readonly locale: Locale;
  /** Page title, without the site name. */
  readonly title: string;
  /**
   * One or two sentences for `<meta name="description">` and Open Graph (fitted to what a search
   * result shows with `fitDescription`, {@link moreDescription} filling a short one).
   */
  readonly description: string;
  /** More text about the page, used when {@link description} is shorter than a search result's minimum. */
  readonly moreDescription?: readonly string[];
  /** Children of `<main>` (`null` entries are skipped). */
  readonly main: Child[];
  /** JSON-LD objects, each written to its own `<script type="application/ld+json">`. */
  readonly jsonLd: readonly object[];
  /** Extra scripts to load (asset URLs), deferred. */
  readonly scripts?: readonly string[];
  /** `article` for concept and comparison pages, `website` otherwise. */
  readonly ogType?: 'article' | 'website';
}

/** Root-relative paths of a resource's machine-readable copies (JSON-LD and Turtle beside its page). */
export interface DataCopies {
  /** The JSON-LD copy. */
  readonly jsonld: string;
  /** The Turtle copy. */
  readonly turtle: string;
}

/**
 * The shared `<head>` children: stylesheet, icon and the `alternate` links to the data — the dataset
 * files, or the copies of the resource a page describes.
 */
function commonHead(context: SiteContext, copies: DataCopies = { jsonld: filePaths.jsonld, turtle: filePaths.turtle }): ElementContent[] {
  const dataset = copies.jsonld === filePaths.jsonld;
  return [
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('link', { rel: 'stylesheet', href: context.assets.css }),
    h('link', { rel: 'icon', href: context.assets.icon, type: 'image/svg+xml' }),
    h('link', { rel: 'alternate', type: 'application/ld+json', href: copies.jsonld, title: dataset ? 'JSON-LD dataset' : 'JSON-LD' }),
    h('link', { rel: 'alternate', type: 'text/turtle', href: copies.turtle, title: dataset ? 'Turtle dataset' : 'Turtle' }),
  ];
}

/** `<link rel="alternate" hreflang>` for both languages plus `x-default`. */
function alternates(context: SiteContext, paths: Readonly<Record<Locale, string>>, xDefault: string): Element[] {
  return [
    ...locales.map((locale) =>
      h('link', { rel: 'alternate', hreflang: languageTags[locale], href: absoluteUrl(context.siteUrl, paths[locale]) }),
    ),
    h('link', { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(context.siteUrl, xDefault) }),
  ];
}

/**
 * The page's social card: registers it for the build (when the context collects cards) and returns
 * its absolute URL.
 */
function socialCard(context: SiteContext, path: string, title: string, locale: Locale): string {
  const png = cardPath(path);
  context.socialCards?.set(png, { path: png, title, brand: context.identity[locale].siteName, subtitle: context.identity[locale].tagline, locale });
  return absoluteUrl(context.siteUrl, png);
}

/** Open Graph tags, with the social card (`og:image`, `twitter:card` = `summary_large_image`). */
function openGraph(
  context: SiteContext,
  options: { title: string; description: string; url: string; type: string; locale: Locale },
): Element[] {
  const image = socialCard(context, options.url, options.title, options.locale);
  return [
    h('meta', { property: 'og:site_name', content: context.identity[options.locale].siteName }),
    h('meta', { property: 'og:type', content: options.type }),
    h('meta', { property: 'og:title', content: options.title }),
    h('meta', { property: 'og:description', content: options.description }),
    h('meta', { property: 'og:url', content: absoluteUrl(context.siteUrl, options.url) }),
    h('meta', { property: 'og:locale', content: ogLocales[options.locale] }),
    h('meta', { property: 'og:locale:alternate', content: ogLocales[otherLocale(options.locale)] }),
    h('meta', { property: 'og:image', content: image }),
    h('meta', { property: 'og:image:type', content: 'image/png' }),
    h('meta', { property: 'og:image:width', content: String(cardWidth) }),
    h('meta', { property: 'og:image:height', content: String(cardHeight) }),
    h('meta', { property: 'og:image:alt', content: options.title }),
    h('meta', { name: 'twitter:card', content: 'summary_large_image' }),
  ];
}

/** `<script type="application/ld+json">` elements. */
function jsonLdScripts(objects: readonly object[]): Element[] {
  return objects.map((object) => h('script', { type: 'application/ld+json' }, serializeJsonLdForScript(object)));
}

/**
 * A search form (submits `?q=` to the search page; works without JavaScript up to the results).
 *
 * @param context The site context (the placeholder is the pack's search example).
 * @param locale Page language.
 * @param id Id of the input (unique in the page).
 * @param label Accessible name of the search landmark (unique in the page).
 */
export function searchForm(context: SiteContext, locale: Locale, id: string, label: string): Element {
  const t = ui[locale];
  return h('form', { class: 'search-form', role: 'search', 'aria-label': label, action: pagePath(locale, { type: 'search' }), method: 'get' }, [
    h('label', { for: id, class: 'visually-hidden' }, t.searchLabel),
    h('input', {
      id,
      type: 'search',
      name: 'q',
      placeholder: context.identity[locale].searchPlaceholder,
      autocomplete: 'off',
      enterkeyhint: 'search',
    }),
    h('button', { type: 'submit' }, t.searchSubmit),
  ]);
}

/** The site header: brand, main navigation, search and the language switch. */
function header(context: SiteContext, locale: Locale, key: PageKey, withMatrix: boolean): Element {
  const t = ui[locale];
  const identity = context.identity[locale];
  const other = otherLocale(locale);
  const nav: { key: PageKey; label: string }[] = [
    { key: { type: 'glossary' }, label: t.glossary },
    ...(withMatrix ? [{ key: { type: 'matrix' } as const, label: t.matrix }] : []),
    { key: { type: 'graph' }, label: t.graph },
    { key: { type: 'downloads' }, label: t.downloads },
  ];
  return h('header', { class: 'site-header' }, [
    h('div', { class: 'site-header-inner' }, [
      h('a', { class: 'brand', href: pagePath(locale, { type: 'home' }) }, [
        h('span', { class: 'brand-name' }, identity.siteName),
        h('span', { class: 'brand-tagline' }, identity.tagline),
      ]),
      h('nav', { class: 'site-nav', 'aria-label': t.mainNavigation }, [
        h(
          'ul',
          nav.map((item) => {
            const current = item.key.type === key.type;
            return h('li', [
              h('a', { href: pagePath(locale, item.key), ...(current ? { 'aria-current': 'page' } : {}) }, item.label),
            ]);
          }),
        ),
      ]),
      searchForm(context, locale, 'site-search-q', t.searchLabel),
      h('p', { class: 'lang-switch' }, [
        h('span', { class: 'visually-hidden' }, `${t.otherLanguageLabel}${t.colon}`),
        h(
          'a',
          { href: pagePath(other, key), hreflang: languageTags[other], lang: languageTags[other], rel: 'alternate' },
          ui[other].languageName,
        ),
      ]),
    ]),
  ]);
}

/**
 * The footer's licence line: the text licence from the pack (`content/pack.md`), the works the text is
 * based on, and the code licence, so readers see which licence covers what.
 */
function licenseLine(pack: Pack, locale: Locale): Element {
  const t = ui[locale];
  const works = pack.basedOn.map((basis) => (locale === 'zh' ? `《${basis.title.zh}》` : `“${basis.title[basis.lang]}” (${basis.title.en})`));
  return h('p', { class: 'license' }, [
    t.footerTextLicense,
    h('a', { href: pack.license.url, rel: 'license' }, `${pack.license.name[locale]} (${pack.license.id})`),
    t.sentenceEnd,
    ...(works.length === 0 ? [] : [' ', `${t.footerBasedOn}${works.join(locale === 'zh' ? '、' : '; ')}${t.sentenceEnd}`]),
    ' ',
    t.footerCodeLicense,
  ]);
}

/** The site footer. */
function footer(context: SiteContext, locale: Locale): Element {
  const t = ui[locale];
  const pack = context.kb.pack;
  return h('footer', { class: 'site-footer' }, [
    h('p', context.identity[locale].footerText),
    ...(pack === undefined ? [] : [licenseLine(pack, locale)]),
    h('p', [
      `${t.footerData}${t.colon}`,
      h('a', { href: filePaths.jsonld, type: 'application/ld+json' }, 'kb.jsonld'),
      ' · ',
      h('a', { href: filePaths.turtle, type: 'text/turtle' }, 'kb.ttl'),
      ' · ',
      h('a', { href: pagePath(locale, { type: 'downloads' }) }, t.downloads),
      ' · ',
      h('a', { href: pagePath(locale, { type: 'search' }) }, t.search),
    ]),
  ]);
}

/**
 * Serialize a hast root as an HTML document (uppercase `<!DOCTYPE html>`, as html-validate recommends).
 *
 * @param tree A root whose first child is the doctype.
 */
export function serializeDocument(tree: Root): string {
  return `${toHtml(tree, { upperDoctype: true })}\n`;
}

/**
 * Render a localized page with the site shell.
 *
 * @param context The site context.
 * @param page The page.
 * @returns The HTML document.
 */
export function renderPage(context: SiteContext, page: PageDocument): string {
  const t = ui[page.locale];
  const identity = context.identity[page.locale];
  const path = pagePath(page.locale, page.key);
  const paths = { en: pagePath('en', page.key), zh: pagePath('zh', page.key) };
  const fullTitle = page.key.type === 'home' ? fitTitle(identity.homeTitle) : fitTitle(`${page.title} · ${identity.siteName}`, page.title);
  const description = pageDescription(context, page);
  const scripts = [context.assets.siteScript, ...(page.scripts ?? [])];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: languageTags[page.locale], dir: 'ltr' }, [
        h('head', [
          ...commonHead(context),
          h('title', fullTitle),
          h('meta', { name: 'description', content: description }),
          h('link', { rel: 'canonical', href: absoluteUrl(context.siteUrl, path) }),
          ...alternates(context, paths, page.key.type === 'home' ? '/' : paths.en),
          ...openGraph(context, {
            title: page.title,
            description,
            url: path,
            type: page.ogType ?? 'website',
            locale: page.locale,
          }),
          ...jsonLdScripts(page.jsonLd),
          ...scripts.map((src) => h('script', { src, defer: true })),
        ]),
        h('body', [
          h('a', { class: 'skip-link', href: '#main' }, t.skipToContent),
          header(context, page.locale, page.key, hasResponsibilityMatrix(context.kb.responsibilityMatrix)),
          h('main', { id: 'main' }, ...page.main),
          footer(context, page.locale),
        ]),
      ]),
    ],
  };
  return serializeDocument(tree);
}

/**
 * The meta description of a page as a search result shows it: the page's description, filled from
 * {@link PageDocument.moreDescription} and the page title with the site's tagline when short, cut when long.
 *
 * @param context The site context (the site's name and tagline).
 * @param page The page.
 */
export function pageDescription(context: SiteContext, page: Pick<PageDocument, 'locale' | 'title' | 'description' | 'moreDescription'>): string {
  const t = context.identity[page.locale];
  const fallback = page.locale === 'zh' ? `${page.title}——${t.siteName}：${t.tagline}` : `${page.title} on ${t.siteName}: ${t.tagline}`;
  return fitDescription(page.locale, [page.description, ...(page.moreDescription ?? []), fallback]);
}

/** The longest `<title>` search engines show in full (html-validate's `long-title` limit). */
export const maxTitleLength = 70;

/**
 * The first of several titles, longest first, that fits in {@link maxTitleLength} characters (the last
 * one when none fits).
 *
 * @param candidates Titles, from the most to the least complete.
 */
export function fittingTitle(...candidates: readonly [string, ...string[]]): string {
  return candidates.find((title) => [...title].length <= maxTitleLength) ?? candidates[candidates.length - 1]!;
}

/** A page outside the usual page shell: the language chooser `/`, `/404.html`, concept IRI pages, redirects. */
export interface StandaloneDocument {
  /** `<title>`. */
  readonly title: string;
  /** Meta description. */
  readonly description: string;
  /** Document language (default `en`; mark parts in the other language with `lang`). */
  readonly locale?: Locale;
  /** Root-relative canonical path, or `null` for none (404). */
  readonly canonicalPath: string | null;
  /**
   * Whether search engines may index the page (default: when it has a canonical path). Pages that are
   * not indexed get `<meta name="robots" content="noindex">` and no Open Graph tags.
   */
  readonly indexable?: boolean;
  /**
   * `hreflang` alternates: the page in each language and the `x-default`. Default for indexable pages:
   * the two home pages, with the canonical path as `x-default`; none for the others.
   */
  readonly alternates?: { readonly paths: Readonly<Record<Locale, string>>; readonly xDefault: string };
  /** Root-relative path the browser is sent to at once (`<meta http-equiv="refresh" content="0; url=…">`). */
  readonly redirectTo?: string;
  /** Where the brand in the header links to (default `/`). */
  readonly brandPath?: string;
  /** Children of `<main>` (mark Chinese parts with `lang`). */
  readonly main: Child[];
  /** JSON-LD objects. */
  readonly jsonLd: readonly object[];
  /**
   * For a page that describes a resource of the dataset: its JSON-LD and Turtle copies, announced with
   * `<link rel="alternate">` instead of the dataset files.
   */
  readonly dataCopies?: DataCopies;
}

/**
 * Render a page outside `/en/` and `/zh/`'s page shell: a minimal header with the brand, `<main>`, no
 * navigation (bilingual pages are in English with their Chinese parts marked).
 *
 * @param context The site context.
 * @param page The page.
 * @returns The HTML document.
 */
export function renderStandalone(context: SiteContext, page: StandaloneDocument): string {
  const locale = page.locale ?? 'en';
  const indexable = page.indexable ?? page.canonicalPath !== null;
  const head: ElementContent[] = [...commonHead(context, page.dataCopies)];
  // A redirect comes first, so the browser leaves before it loads anything else.
  if (page.redirectTo !== undefined) head.splice(1, 0, h('meta', { httpEquiv: 'refresh', content: `0; url=${page.redirectTo}` }));
  // Note: only indexable pages show in search results, so only their head text is fitted to one.
  const title = indexable ? fitTitle(page.title) : page.title;
  const description = indexable ? fitDescription(locale, [page.description]) : page.description;
  head.push(h('title', title), h('meta', { name: 'description', content: description }));
  if (!indexable) head.push(h('meta', { name: 'robots', content: 'noindex' }));
  if (page.canonicalPath !== null) head.push(h('link', { rel: 'canonical', href: absoluteUrl(context.siteUrl, page.canonicalPath) }));
  const alternatesOf =
    page.alternates ??
    (indexable && page.canonicalPath !== null
      ? { paths: { en: pagePath('en', { type: 'home' }), zh: pagePath('zh', { type: 'home' }) }, xDefault: page.canonicalPath }
      : undefined);
  if (alternatesOf !== undefined) head.push(...alternates(context, alternatesOf.paths, alternatesOf.xDefault));
  if (indexable && page.canonicalPath !== null) {
    head.push(...openGraph(context, { title, description, url: page.canonicalPath, type: 'website', locale }));
  }
  head.push(...jsonLdScripts(page.jsonLd));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: languageTags[locale], dir: 'ltr' }, [
        h('head', head),
        h('body', { class: 'standalone' }, [
          h('header', { class: 'site-header' }, [
            h('div', { class: 'site-header-inner' }, [
              h('a', { class: 'brand', href: page.brandPath ?? '/' }, [h('span', { class: 'brand-name' }, context.identity[locale].siteName)]),
            ]),
          ]),
          h('main', { id: 'main' }, ...page.main),
        ]),
      ]),
    ],
  };
  return serializeDocument(tree);
}
