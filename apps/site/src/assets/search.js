// CloudVirt search page: runs the query in `?q=` (and as you type) against Pagefind's index of the
// page's language, and lists the results. Excerpts are rebuilt from text nodes and <mark> only.
// Pagefind's order is refined with the pages' `title` and `aliases` metadata, so the concept page of
// the term searched for comes first: exact term, then terms starting with the query, then terms
// containing it (shorter terms first), then everything else in Pagefind's order.
(() => {
  'use strict';

  const input = document.getElementById('search-page-q');
  const results = document.getElementById('search-results');
  const noscript = document.getElementById('search-noscript');
  if (!input || !results) return;
  if (noscript) noscript.hidden = true;

  let pagefind = null;
  let latest = 0;

  const load = async () => {
    if (!pagefind) {
      pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
    }
    return pagefind;
  };

  const normalize = (text) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');

  /** 0: exact term or alias … 5: no match in the terms; ties: shorter term first. */
  const termRank = (query, item) => {
    const title = normalize(item.meta.title || '');
    const aliases = (item.meta.aliases || '').split(/[、,]\s*/).map(normalize).filter(Boolean);
    const terms = [title, ...aliases];
    if (terms.includes(query)) return [0, title.length];
    if (title.startsWith(query)) return [1, title.length];
    if (aliases.some((alias) => alias.startsWith(query))) return [2, title.length];
    if (title.includes(query)) return [3, title.length];
    if (aliases.some((alias) => alias.includes(query))) return [4, title.length];
    return [5, 0];
  };

  const rerank = (query, items) => {
    const key = normalize(query);
    return items
      .map((item, index) => ({ item, index, rank: termRank(key, item) }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
      .map((entry) => entry.item);
  };

  const excerptNodes = (html) => {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
    const out = [];
    parsed.body.firstChild?.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent || ''));
      else if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent || '';
        out.push(mark);
      } else out.push(document.createTextNode(node.textContent || ''));
    });
    return out;
  };

  const render = (query, items) => {
    const heading = document.createElement('p');
    heading.className = 'results-for';
    heading.textContent = `${results.dataset.resultsFor} “${query}”`;
    if (items.length === 0) {
      const empty = document.createElement('p');
      empty.textContent = results.dataset.empty || '';
      results.replaceChildren(heading, empty);
      return;
    }
    const list = document.createElement('ol');
    for (const item of items) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.className = 'result-title';
      link.textContent = item.meta.title || item.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.append(...excerptNodes(item.excerpt || ''));
      li.append(link, excerpt);
      list.append(li);
    }
    results.replaceChildren(heading, list);
  };

  const run = async (query) => {
    const id = ++latest;
    const trimmed = query.trim();
    if (trimmed === '') {
      results.replaceChildren();
      return;
    }
    results.setAttribute('aria-busy', 'true');
    const api = await load();
    const search = await api.search(trimmed);
    if (id !== latest || !search) return;
    const items = await Promise.all(search.results.slice(0, 40).map((result) => result.data()));
    if (id !== latest) return;
    render(trimmed, rerank(trimmed, items).slice(0, 20));
    results.removeAttribute('aria-busy');
    results.dataset.query = trimmed;
  };

  const initial = new URLSearchParams(window.location.search).get('q') || '';
  input.value = initial;
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      run(input.value);
    }, 200);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    run(input.value);
  });
  if (initial) run(initial);
})();
