/**
 * The practice page (`/en/practice/`, `/zh/practice/`): the cards of the Anki decks, reviewed in the
 * browser with FSRS (`assets/practice.js`, bundled from `src/practice/client/` with ts-fsrs). The page
 * holds the choices and a small manifest built from the knowledge base's skeleton (no concept text, so
 * the page cache keeps it over an edit); the cards of the chosen deck language and scope are fetched
 * when the learner starts (see `practice/data.ts`). Also the "practise this topic" link other pages show.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { levels, type Locale } from '@cloudvirt/core';
import { ankiCardKinds, ankiLanguages, type AnkiLanguage } from '@cloudvirt/render/anki';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { serializeJsonLdForScript } from '@cloudvirt/render/jsonld';
import { assetsFolder } from '../assets.js';
import type { SiteContext } from '../context.js';
import type { PracticeDataFile } from '../practice/data.js';
import { breadcrumbs, homeCrumb, section } from '../html/components.js';
import type { PageDocument } from '../html/document.js';
import { ui } from '../i18n.js';
import { practiceDataFile, practiceDataPath, practiceScopes, practiceSummary, topicAncestry } from '../practice/data.js';
import { practiceServiceWorker, practiceServiceWorkerPath } from '../practice/service-worker.js';
import { practiceStrings } from '../practice/strings.js';
import type { SiteFile } from '../site.js';
import { webPageJsonLd } from '../seo/page-jsonld.js';
import { pagePath } from '../urls.js';

/** A script of the practice page, read once. */
interface PracticeAsset {
  readonly path: string;
  readonly url: string;
  readonly content: string;
}

const scripts = new Map<string, PracticeAsset>();

/** A practice script (`/assets/<name>?v=<hash>`): `practice.js`, or `practice-deck.js` (loaded on "Download my deck"). */
function practiceScript(name: 'practice.js' | 'practice-deck.js'): PracticeAsset {
  let script = scripts.get(name);
  if (script === undefined) {
    const content = readFileSync(new URL(name, assetsFolder), 'utf8');
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
    script = { path: `/assets/${name}`, url: `/assets/${name}?v=${hash}`, content };
    scripts.set(name, script);
  }
  return script;
}

/**
 * The "practise this topic" link: the practice page with a topic chosen (`?topic=`), or with none.
 *
 * @param locale The page language.
 * @param topic A topic id (any topic; its top-level topic's cards are loaded, filtered to it).
 */
export function practiceLink(locale: Locale, topic?: string): Element {
  const t = practiceStrings[locale];
  const href = `${pagePath(locale, { type: 'practice' })}${topic === undefined ? '' : `?topic=${encodeURIComponent(topic)}`}`;
  return h('p', { class: 'practice-link', 'data-pagefind-ignore': 'all' }, [h('a', { href }, topic === undefined ? t.practiseAll : t.practiseTopic)]);
}

/** A fieldset of checkboxes, all checked (`name[]`: one name for several controls, as html-validate wants). */
function checkboxes(name: string, legend: string, items: readonly { value: string; label: string }[], note?: string): Element {
  return h('fieldset', { class: 'practice-choices' }, [
    h('legend', legend),
    ...items.map((item) =>
      h('label', { class: 'practice-choice' }, [h('input', { type: 'checkbox', name, value: item.value, checked: true }), ' ', item.label]),
    ),
    ...(note === undefined ? [] : [h('p', { class: 'practice-note' }, note)]),
  ]);
}

/**
 * Build the practice page.
 *
 * @param context The site context.
 * @param locale The page language.
 */
export function practicePage(context: SiteContext, locale: Locale): PageDocument {
  const t = practiceStrings[locale];
  const u = ui[locale];
  const { kb } = context;
  const key = { type: 'practice' } as const;
  const crumbs = [homeCrumb(context, locale), { label: t.title, path: pagePath(locale, key) }];
  const scopes = practiceSummary(kb, locale);
  const manifest = {
    pack: kb.pack?.id ?? 'cloudvirt',
    locale,
    scopes,
    ancestry: topicAncestry(kb),
    kinds: Object.fromEntries(ankiCardKinds.map((kind) => [kind, t.kinds[kind]])),
    strings: t.script,
    deckScript: practiceScript('practice-deck.js').url,
    serviceWorker: practiceServiceWorkerPath,
  };
  const topicOptions = scopes.flatMap((scope) => [
    h('option', { value: scope.scope }, t.allOf(scope.label)),
    ...kb.topics
      .filter((topic) => topic.id !== scope.scope && (topicAncestry(kb)[topic.id] ?? []).includes(scope.scope))
      .map((topic) => h('option', { value: topic.id }, `— ${topic.label[locale]}`)),
  ]);
  return {
    key,
    locale,
    title: t.title,
    description: t.intro,
    scripts: [practiceScript('practice.js').url],
    main: [
      breadcrumbs(locale, crumbs),
      h('h1', t.title),
      h('p', { class: 'lead' }, t.intro),
      h('p', { class: 'practice-noscript', id: 'practice-noscript' }, [t.needsScript, ' ', h('a', { href: pagePath(locale, { type: 'downloads' }) }, u.downloads)]),
      h('form', { id: 'practice-setup', class: 'practice-setup', 'aria-labelledby': 'practice-setup-heading' }, [
        h('h2', { id: 'practice-setup-heading' }, t.setup),
        h('p', { class: 'practice-field' }, [h('label', { for: 'practice-topic' }, t.topic), h('select', { id: 'practice-topic', name: 'topic' }, topicOptions)]),
        h('fieldset', { class: 'practice-choices' }, [
          h('legend', t.deckLanguage),
          ...ankiLanguages.map((lang) =>
            h('label', { class: 'practice-choice' }, [
              h('input', { type: 'radio', name: 'lang', value: lang, checked: lang === locale }),
              ' ',
              t.deckLanguages[lang],
            ]),
          ),
        ]),
        checkboxes('level[]', t.levels, levels.map((level) => ({ value: level, label: u.levels[level] })), t.noLevel),
        checkboxes('kind[]', t.cardKinds, ankiCardKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))),
        h('p', { class: 'practice-field' }, [
          h('label', { for: 'practice-new-limit' }, t.newPerDay),
          h('input', { id: 'practice-new-limit', name: 'newPerDay', type: 'number', min: '0', max: '9999', step: '1', value: '20', inputMode: 'numeric' }),
        ]),
        h('p', [h('button', { type: 'submit', id: 'practice-start', class: 'practice-primary' }, t.start)]),
      ]),
      h('section', { id: 'practice-session', class: 'practice-session', 'aria-labelledby': 'practice-session-heading', hidden: true }, [
        h('h2', { id: 'practice-session-heading' }, t.sessionHeading),
        h('p', { id: 'practice-counts', class: 'practice-counts' }),
        h('div', { id: 'practice-card', class: 'practice-card', 'aria-live': 'polite', 'aria-atomic': 'true' }),
        h('div', { class: 'practice-actions' }, [
          h('button', { type: 'button', id: 'practice-show', class: 'practice-primary', 'aria-keyshortcuts': 'Space Enter' }, t.script.showAnswer),
          h(
            'div',
            { id: 'practice-ratings', class: 'practice-ratings', role: 'group', 'aria-label': t.sessionHeading, hidden: true },
            t.script.ratings.map((label, index) =>
              h('button', { type: 'button', class: `practice-rate rate-${index + 1}`, 'data-rating': String(index + 1), 'aria-keyshortcuts': String(index + 1) }, [
                h('span', { class: 'practice-rate-label' }, label),
                h('span', { class: 'practice-interval' }),
              ]),
            ),
          ),
        ]),
        h('p', { class: 'practice-keys' }, t.keysHint),
      ]),
      section('practice-due-heading', t.dueHeading, [
        h('p', t.dueIntro),
        h(
          'ul',
          { id: 'practice-due', class: 'practice-due' },
          scopes.map((scope) => h('li', [scope.label, u.colon, h('span', { 'data-due-scope': scope.scope }, t.script.dueNone)])),
        ),
      ]),
      section('practice-progress-heading', t.progressHeading, [
        h('p', t.progressIntro),
        h('p', { class: 'practice-field' }, [h('button', { type: 'button', id: 'practice-export' }, t.exportProgress)]),
        h('p', { class: 'practice-note' }, t.deckIntro),
        h('p', { class: 'practice-field' }, [h('button', { type: 'button', id: 'practice-deck' }, t.downloadDeck)]),
        h('p', { class: 'practice-field' }, [
          h('label', { for: 'practice-import' }, t.importProgress),
          h('input', { type: 'file', id: 'practice-import', accept: 'application/json,.json' }),
        ]),
        h('p', { id: 'practice-status', class: 'practice-status', role: 'status' }),
        h('p', { id: 'practice-error', class: 'practice-error', role: 'alert' }),
      ]),
      h('script', { type: 'application/json', id: 'practice-data' }, serializeJsonLdForScript(manifest)),
    ],
    jsonLd: [webPageJsonLd(context, { locale, key, title: t.title, description: t.intro, type: 'WebPage', crumbs })],
  };
}

/**
 * The files of the practice page besides the page itself: the card data (one JSON file per deck
 * language and scope), the scripts and the service worker that keeps them for offline use.
 *
 * @param context The site context.
 */
export function practiceFiles(context: SiteContext): SiteFile[] {
  // The paths come from the skeleton (every deck language × scope has its files); the cards are planned
  // only when a file is rendered, so listing the site's files stays cheap (dev server, page cache).
  const file = (lang: AnkiLanguage, scope: string): PracticeDataFile => practiceDataFile(context.kb, lang, scope);
  const files: SiteFile[] = ankiLanguages.flatMap((lang) =>
    practiceScopes(context.kb).flatMap((scope): SiteFile[] => {
      const path = practiceDataPath(lang, scope);
      return [
        { path, render: () => file(lang, scope).content, uncached: true },
        { path: path.replace(/\.json$/u, '.notes.json'), render: () => file(lang, scope).notesContent, uncached: true },
      ];
    }),
  );
  for (const name of ['practice.js', 'practice-deck.js'] as const) {
    const asset = practiceScript(name);
    files.push({ path: asset.path, render: () => asset.content, uncached: true });
  }
  files.push({
    path: practiceServiceWorkerPath,
    render: () => practiceServiceWorker([practiceScript('practice.js').content, practiceScript('practice-deck.js').content]),
    uncached: true,
  });
  return files;
}
