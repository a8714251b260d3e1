/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The practice page's script (bundled with ts-fsrs into `assets/practice.js` by `practice/bundle.ts`):
 * reads the page's manifest, fetches the cards of the chosen deck language and scope when the learner
 * starts, shows each card's question, then its answer (Space/Enter or the button), and schedules it on
 * Again/Hard/Good/Easy (1–4 or the buttons) with FSRS. The progress is kept in `localStorage`, exported
 * and imported as a JSON file.
 *
 * @module
 */
import type { PracticeScriptStrings } from '../strings.js';
import { cardKey, dueByScope, emptyProgress, mergeProgress, parseProgress, ProgressFileError, studyDay, type Progress } from './progress.js';
import { buildQueue, formatInterval, previewIntervals, rateCard, selectCards, State, type DataCard, type SessionChoice } from './session.js';

interface Manifest {
  readonly pack: string;
  readonly locale: string;
  readonly scopes: readonly { scope: string; label: string; files: Partial<Record<string, string>> }[];
  readonly ancestry: Readonly<Record<string, readonly string[]>>;
  readonly kinds: Readonly<Record<string, string>>;
  readonly strings: PracticeScriptStrings;
  readonly deckScript: string;
  /** The service worker that keeps the page for offline use (`practice/service-worker.ts`). */
  readonly serviceWorker?: string;
}

/** What `assets/practice-deck.js` exports (see `deck.ts`). */
interface DeckModule {
  buildPractisedDeck(progress: Progress, notesUrl: (lang: string, scope: string) => string): Promise<{ bytes: Uint8Array; notes: number; scheduled: number; reviews: number }>;
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));

function start(): void {
  const manifestElement = document.getElementById('practice-data');
  const form = document.getElementById('practice-setup') as HTMLFormElement | null;
  if (manifestElement === null || form === null) return;
  const manifest = JSON.parse(manifestElement.textContent ?? '{}') as Manifest;
  const s = manifest.strings;
  const storageKey = `cloudvirt-practice:${manifest.pack}`;
  byId('practice-noscript').hidden = true;

  const session = byId('practice-session');
  const cardBox = byId('practice-card');
  const counts = byId('practice-counts');
  const show = byId<HTMLButtonElement>('practice-show');
  const ratings = byId('practice-ratings');
  const rateButtons = [...ratings.querySelectorAll<HTMLButtonElement>('button[data-rating]')];
  const status = byId('practice-status');
  const error = byId('practice-error');
  const topicSelect = byId<HTMLSelectElement>('practice-topic');
  const newLimit = byId<HTMLInputElement>('practice-new-limit');

  const load = (): Progress => {
    const stored = window.localStorage.getItem(storageKey);
    if (stored === null) return emptyProgress(manifest.pack);
    try {
      return parseProgress(stored, manifest.pack);
    } catch {
      return emptyProgress(manifest.pack);
    }
  };
  let progress = load();
  const save = (): void => window.localStorage.setItem(storageKey, JSON.stringify(progress));

  const showDue = (): void => {
    const due = dueByScope(progress, new Date());
    for (const element of document.querySelectorAll<HTMLElement>('[data-due-scope]')) {
      const n = due[element.dataset.dueScope ?? ''] ?? 0;
      element.textContent = n === 0 ? s.dueNone : fill(s.dueIn, { n });
      element.dataset.due = String(n);
    }
  };
  showDue();

  // The choices: the topic of `?topic=`, the new-card limit last used.
  const params = new URLSearchParams(window.location.search);
  const wanted = params.get('topic');
  if (wanted !== null && [...topicSelect.options].some((option) => option.value === wanted)) topicSelect.value = wanted;
  const savedLimit = window.localStorage.getItem(`${storageKey}:new-per-day`);
  if (savedLimit !== null && /^\d+$/u.test(savedLimit)) newLimit.value = savedLimit;

  // Offline once loaded: the worker keeps what the page loads from now on; the page hands it what it
  // loaded before (itself, its scripts and stylesheets) and each card file it fetches.
  const keepOffline = ((): ((urls: string[]) => void) => {
    if (manifest.serviceWorker === undefined || !('serviceWorker' in navigator)) return () => undefined;
    const ready = navigator.serviceWorker.register(manifest.serviceWorker, { scope: './' }).then(() => navigator.serviceWorker.ready);
    ready.catch(() => undefined);
    return (urls) => {
      ready.then((registration) => registration.active?.postMessage({ cache: urls })).catch(() => undefined);
    };
  })();
  keepOffline([
    window.location.href,
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"], link[rel~="icon"]')].map((link) => link.href),
  ]);

  const cache = new Map<string, Promise<readonly DataCard[]>>();
  const fetchCards = (url: string): Promise<readonly DataCard[]> => {
    let cards = cache.get(url);
    if (cards === undefined) {
      // No content hash in the URL: revalidate, so a rebuilt site is never served stale.
      cards = fetch(url, { cache: 'no-cache' }).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        keepOffline([response.url]);
        return ((await response.json()) as { cards: DataCard[] }).cards;
      });
      cards.catch(() => cache.delete(url));
      cache.set(url, cards);
    }
    return cards;
  };

  let choice: SessionChoice | null = null;
  let selected: DataCard[] = [];
  let queue: DataCard[] = [];
  let current: DataCard | null = null;
  let answerShown = false;

  const setCard = (label: string, html: string, kind: string): void => {
    const heading = document.createElement('p');
    heading.className = 'visually-hidden';
    heading.textContent = `${label}${manifest.locale === 'zh' ? '：' : ': '}`;
    const body = document.createElement('div');
    body.className = 'practice-card-body';
    // The HTML is the decks' field HTML, built and escaped at build time by the site itself.
    body.innerHTML = html;
    const meta = document.createElement('p');
    meta.className = 'practice-card-kind';
    meta.textContent = fill(s.cardOf, { kind: manifest.kinds[kind] ?? kind });
    cardBox.replaceChildren(heading, body, meta);
  };

  const showCounts = (): void => {
    let fresh = 0;
    let learning = 0;
    let review = 0;
    for (const card of queue) {
      const entry = progress.cards[cardKey(card.g, card.o)];
      if (entry === undefined || entry.card.state === State.New) fresh++;
      else if (entry.card.state === State.Review) review++;
      else learning++;
    }
    counts.textContent = fill(s.counts, { new: fresh, learning, review });
  };

  const next = (focus: boolean): void => {
    if (choice === null) return;
    const now = new Date();
    queue = buildQueue(selected, progress, choice.newPerDay, now);
    current = queue[0] ?? null;
    answerShown = false;
    showCounts();
    ratings.hidden = true;
    if (current === null) {
      const left = Math.max(0, choice.newPerDay - (progress.introduced[studyDay(now)] ?? 0));
      const done = document.createElement('p');
      done.className = 'practice-done';
      done.textContent = fill(s.done, { n: left });
      cardBox.replaceChildren(done);
      cardBox.dataset.state = 'done';
      show.hidden = true;
      return;
    }
    setCard(s.question, current.q, current.k);
    cardBox.dataset.state = 'question';
    cardBox.dataset.card = cardKey(current.g, current.o);
    show.hidden = false;
    if (focus) show.focus();
  };

  const reveal = (): void => {
    if (current === null || answerShown || choice === null) return;
    answerShown = true;
    setCard(s.answer, current.a, current.k);
    cardBox.dataset.state = 'answer';
    const intervals = previewIntervals(progress, current, new Date());
    rateButtons.forEach((button, index) => {
      const interval = button.querySelector<HTMLElement>('.practice-interval');
      if (interval !== null) interval.textContent = formatInterval(intervals[index] ?? 0);
    });
    show.hidden = true;
    ratings.hidden = false;
    // As in Anki, Space or Enter on the answer means Good.
    rateButtons[2]?.focus();
  };

  const rate = (rating: 1 | 2 | 3 | 4): void => {
    if (current === null || !answerShown || choice === null) return;
    progress = rateCard(progress, current, choice, rating, new Date()).progress;
    save();
    showDue();
    next(true);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    const data = new FormData(form);
    const topic = String(data.get('topic') ?? '');
    const lang = String(data.get('lang') ?? manifest.locale);
    const scope = (manifest.ancestry[topic] ?? [topic]).at(-1) ?? topic;
    const file = manifest.scopes.find((entry) => entry.scope === scope)?.files[lang];
    const limit = Math.max(0, Math.min(9999, Math.floor(Number(data.get('newPerDay') ?? 20)) || 0));
    window.localStorage.setItem(`${storageKey}:new-per-day`, String(limit));
    const levels = data.getAll('level[]').map(String);
    const kinds = data.getAll('kind[]').map(String);
    session.hidden = false;
    cardBox.dataset.state = 'loading';
    cardBox.replaceChildren(Object.assign(document.createElement('p'), { textContent: s.loading }));
    show.hidden = true;
    ratings.hidden = true;
    if (file === undefined) {
      cardBox.replaceChildren(Object.assign(document.createElement('p'), { textContent: s.nothingSelected }));
      return;
    }
    fetchCards(file).then(
      (cards) => {
        choice = { lang, scope, topic, levels, kinds, newPerDay: limit };
        selected = selectCards(cards, choice, manifest.ancestry);
        if (selected.length === 0) {
          cardBox.dataset.state = 'empty';
          cardBox.replaceChildren(Object.assign(document.createElement('p'), { textContent: s.nothingSelected }));
          return;
        }
        next(true);
      },
      () => {
        cardBox.dataset.state = 'error';
        cardBox.replaceChildren(Object.assign(document.createElement('p'), { textContent: s.loadFailed }));
      },
    );
  });

  show.addEventListener('click', reveal);
  for (const button of rateButtons) {
    button.addEventListener('click', () => rate(Number(button.dataset.rating) as 1 | 2 | 3 | 4));
  }

  document.addEventListener('keydown', (event) => {
    if (session.hidden || current === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    const tag = target?.tagName ?? '';
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    // A focused button handles Space and Enter itself (its click).
    const onButton = tag === 'BUTTON' || tag === 'A';
    if (!answerShown && (event.key === ' ' || event.key === 'Enter') && !onButton) {
      event.preventDefault();
      reveal();
    } else if (answerShown && /^[1-4]$/u.test(event.key)) {
      event.preventDefault();
      rate(Number(event.key) as 1 | 2 | 3 | 4);
    }
  });

  const offer = (blob: Blob, name: string): void => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  byId('practice-export').addEventListener('click', () => {
    offer(new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: 'application/json' }), `${manifest.pack}-practice-progress-${studyDay(new Date())}.json`);
    error.textContent = '';
    status.textContent = fill(s.exported, { n: Object.keys(progress.cards).length });
  });

  // "Download my deck": the writer, sql.js and its wasm are loaded only now.
  const deckButton = byId<HTMLButtonElement>('practice-deck');
  deckButton.addEventListener('click', () => {
    error.textContent = '';
    if (Object.keys(progress.cards).length === 0) {
      status.textContent = s.deckEmpty;
      return;
    }
    status.textContent = s.deckBuilding;
    deckButton.disabled = true;
    const notesUrl = (lang: string, scope: string): string => (manifest.scopes.find((entry) => entry.scope === scope)?.files[lang] ?? '').replace(/\.json$/u, '.notes.json');
    (import(manifest.deckScript) as Promise<DeckModule>)
      .then((deck) => deck.buildPractisedDeck(progress, notesUrl))
      .then(
        (built) => {
          offer(new Blob([built.bytes as BlobPart], { type: 'application/octet-stream' }), `${manifest.pack}-practised-${studyDay(new Date())}.apkg`);
          status.textContent = fill(s.deckReady, { notes: built.notes, cards: built.scheduled, reviews: built.reviews });
        },
        (problem: unknown) => {
          status.textContent = '';
          error.textContent = fill(s.deckFailed, { reason: problem instanceof Error ? problem.message : String(problem) });
        },
      )
      .finally(() => {
        deckButton.disabled = false;
      });
  });

  const importInput = byId<HTMLInputElement>('practice-import');
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (file === undefined) return;
    file.text().then(
      (content) => {
        try {
          const imported = parseProgress(content, manifest.pack);
          progress = mergeProgress(progress, imported);
          save();
          showDue();
          error.textContent = '';
          status.textContent = fill(s.imported, { n: Object.keys(imported.cards).length });
          if (choice !== null) next(false);
        } catch (problem) {
          status.textContent = '';
          error.textContent = fill(s.importFailed, { reason: problem instanceof ProgressFileError ? problem.message : String(problem) });
        }
        importInput.value = '';
      },
      () => {
        error.textContent = fill(s.importFailed, { reason: 'the file cannot be read.' });
      },
    );
  });
}

start();
