/**
 * The A–Z glossary of a language: every term and alias, grouped by initial letter (for Chinese: the
 * pinyin initial, from ICU's pinyin collation), with the definition or a pointer to the preferred term.
 *
 * @module
 */
import type { Concept, Locale } from '@cloudvirt/core';
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { breadcrumbs, homeCrumb, otherTerm } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { conceptPath, pagePath } from '../urls.js';

/** One glossary entry: a preferred term, or an alias pointing to one. */
export interface GlossaryEntry {
  /** The text listed. */
  readonly term: string;
  /** The concept it names. */
  readonly concept: Concept;
  /** True when `term` is an alias (the entry points to the preferred term). */
  readonly alias: boolean;
}

/** Entries grouped under one letter. */
export interface GlossaryGroup {
  /** `A`–`Z`, or `#` for terms starting with a digit or symbol. */
  readonly letter: string;
  /** The entries, sorted. */
  readonly entries: readonly GlossaryEntry[];
}

const collators: Readonly<Record<Locale, Intl.Collator>> = {
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  zh: new Intl.Collator('zh-Hans-u-co-pinyin', { numeric: true }),
};

/**
 * The first Han character of each pinyin initial under ICU's pinyin collation (no I, U, V): a Han
 * character belongs to the last letter whose boundary it does not sort before. Checked against common
 * characters of every initial in `glossary.test.ts`.
 */
const pinyinBoundaries: readonly (readonly [string, string])[] = [
  ['A', '\u963f'], // 阿
  ['B', '\u516b'], // 八
  ['C', '\u5693'], // 嚓
  ['D', '\u54d2'], // 哒
  ['E', '\u59b8'], // 妸
  ['F', '\u53d1'], // 发
  ['G', '\u65ee'], // 旮
  ['H', '\u54c8'], // 哈
  ['J', '\u8ba5'], // 讥
  ['K', '\u5494'], // 咔
  ['L', '\u5783'], // 垃
  ['M', '\u5463'], // 呣 (m)
  ['N', '\u62cf'], // 拏
  ['O', '\u5662'], // 噢
  ['P', '\u5991'], // 妑
  ['Q', '\u4e03'], // 七
  ['R', '\u5465'], // 呥
  ['S', '\u4ee8'], // 仨 (sā)
  ['T', '\u5b83'], // 它
  ['W', '\u7a75'], // 穵
  ['X', '\u5915'], // 夕
  ['Y', '\u4e2b'], // 丫
  ['Z', '\u5e00'], // 帀
];

/**
 * The letter a term is listed under.
 *
 * @param term The term.
 * @param locale The glossary language (Chinese terms use their pinyin initial).
 * @returns `A`–`Z` or `#`.
 */
export function initialLetter(term: string, locale: Locale): string {
  const first = term.trim().charAt(0);
  const latin = first.normalize('NFKD').charAt(0).toUpperCase();
  if (/^[A-Z]$/.test(latin)) return latin;
  if (locale === 'zh' && /^\p{Script=Han}$/u.test(first)) {
    let letter = '#';
    for (const [candidate, boundary] of pinyinBoundaries) {
      if (collators.zh.compare(first, boundary) >= 0) letter = candidate;
      else break;
    }
    return letter;
  }
  return '#';
}

/**
 * Every term and alias of a language, grouped by initial letter and sorted.
 *
 * @param concepts The concepts.
 * @param locale The glossary language.
 */
export function glossaryGroups(concepts: readonly Concept[], locale: Locale): GlossaryGroup[] {
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const concept of concepts) {
    entries.push({ term: concept.label[locale], concept, alias: false });
    seen.add(concept.label[locale]);
  }
  for (const concept of concepts) {
    for (const alias of concept.aliases[locale]) {
      if (!seen.has(alias)) entries.push({ term: alias, concept, alias: true });
      seen.add(alias);
    }
  }
  const collator = collators[locale];
  entries.sort((a, b) => collator.compare(a.term, b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const letter = initialLetter(entry.term, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([letter, list]) => ({ letter, entries: list }));
}

function letterId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

function entryItems(entry: GlossaryEntry, locale: Locale): Element[] {
  const t = ui[locale];
  const href = conceptPath(locale, entry.concept.id);
  if (entry.alias) {
    return [
      h('dt', entry.term),
      h('dd', [t.see, h('a', { href }, entry.concept.label[locale])]),
    ];
  }
  return [
    h('dt', [h('a', { href }, entry.term), ' ', otherTerm(entry.concept, locale)]),
    h('dd', entry.concept.definition[locale]),
  ];
}

/**
 * Build the glossary page of a language.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function glossaryPage(context: SiteContext, locale: Locale): PageDocument {
  const t = ui[locale];
  const key = { type: 'glossary' } as const;
  const crumbs = [homeCrumb(context, locale), { label: t.glossary, path: pagePath(locale, key) }];
  const groups = glossaryGroups(context.kb.concepts, locale);
  return {
    key,
    locale,
    title: t.glossary,
    description: t.glossaryIntro,
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', t.glossary),
      h('p', { class: 'lead' }, t.glossaryIntro),
      h('nav', { class: 'letters', 'aria-label': t.glossaryLetters }, [
        h('ul', groups.map((group) => h('li', [h('a', { href: `#${letterId(group.letter)}` }, group.letter)]))),
      ]),
      ...groups.map((group) =>
        h('section', { 'aria-labelledby': letterId(group.letter) }, [
          h('h2', { id: letterId(group.letter) }, group.letter),
          h('dl', { class: 'glossary' }, group.entries.flatMap((entry) => entryItems(entry, locale))),
        ]),
      ),
    ],
    jsonLd: [
      webPageJsonLd(context, {
        locale,
        key,
        title: t.glossary,
        description: t.glossaryIntro,
        type: 'CollectionPage',
        crumbs,
      }),
    ],
  };
}
