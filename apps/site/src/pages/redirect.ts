/**
 * The redirect page at the old path of a renamed (or retired) record, in one language: an instant meta
 * refresh, a canonical link and a visible link to the current page (the home page for a retired record).
 * Not indexed, not in the sitemap nor the search index.
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import { h } from 'hastscript';
import type { SiteContext } from '../context.js';
import { fittingTitle, type StandaloneDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import type { Redirect, RedirectGroup } from '../redirects.js';
import { pagePath, type PageKey } from '../urls.js';

/** The page key of a record of a redirect group. */
function recordKey(group: RedirectGroup, id: string): PageKey {
  return { type: group, id };
}

/**
 * The old path of a redirect in one language.
 *
 * @param redirect The redirect.
 * @param locale The language.
 * @returns e.g. `/en/concepts/old-id/`.
 */
export function redirectPath(redirect: Redirect, locale: Locale): string {
  return pagePath(locale, recordKey(redirect.group, redirect.from));
}

/**
 * The path a redirect leads to in one language: the current record's page, or the home page.
 *
 * @param redirect The redirect.
 * @param locale The language.
 */
export function redirectTarget(redirect: Redirect, locale: Locale): string {
  return redirect.to === null ? pagePath(locale, { type: 'home' }) : pagePath(locale, recordKey(redirect.group, redirect.to));
}

/** The name of the record a redirect leads to, in one language. */
function targetLabel(context: SiteContext, redirect: Redirect, locale: Locale): string {
  const { kb } = context;
  if (redirect.to === null) return ui[locale].home;
  switch (redirect.group) {
    case 'concept':
      return kb.getConcept(redirect.to).label[locale];
    case 'comparison':
      return kb.getComparison(redirect.to).title[locale];
    case 'topic':
      return kb.getTopic(redirect.to).label[locale];
  }
}

/**
 * Build the redirect page of an old path in one language.
 *
 * @param context The site context.
 * @param redirect The redirect.
 * @param locale The page language.
 */
export function redirectPage(context: SiteContext, redirect: Redirect, locale: Locale): StandaloneDocument {
  const t = ui[locale];
  const target = redirectTarget(redirect, locale);
  const label = targetLabel(context, redirect, locale);
  const [title, text] = redirect.to === null ? [t.removedTitle, t.removedText] : [t.movedTitle, t.movedText];
  return {
    title: fittingTitle(`${title}${t.colon}${label} · ${context.identity[locale].siteName}`, `${title}${t.colon}${label}`, title),
    description: `${text}${t.colon}${label}`,
    locale,
    canonicalPath: target,
    indexable: false,
    redirectTo: target,
    brandPath: pagePath(locale, { type: 'home' }),
    main: [h('h1', title), h('p', [`${text}${t.colon}`, h('a', { href: target }, label)])],
    jsonLd: [],
  };
}
