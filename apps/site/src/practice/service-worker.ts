/**
 * The practice page's service worker (`/practice-sw.js`), so a practice page once loaded works offline:
 * registered by `assets/practice.js` on the practice pages only (scope: the page's folder, `/en/practice/`
 * or `/zh/practice/`), it answers every same-origin GET of the pages it controls from the network first
 * (a rebuilt site is never served stale) and keeps a copy of each answer; offline it answers from that
 * copy. The page also posts the URLs it already loaded before the worker took control (itself, its
 * scripts and stylesheets, the card data it fetched) so they are kept too. The script holds no time: its
 * version (the cache's name) is a content hash of the practice scripts and of the worker itself, so the
 * same site gives the same bytes and a changed script replaces the worker and drops the old cache.
 *
 * @module
 */
import { createHash } from 'node:crypto';

/** Where the worker is served: at the root, so it may control the practice pages' folders. */
export const practiceServiceWorkerPath = '/practice-sw.js';

/** The prefix of the worker's cache names (one cache per version; older ones are deleted on activation). */
export const practiceCachePrefix = 'cloudvirt-practice-';

const body = `const cacheName = ${JSON.stringify(practiceCachePrefix)} + version;
const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(${JSON.stringify(practiceCachePrefix)}) && key !== cacheName).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (event) => {
  const urls = event.data && Array.isArray(event.data.cache) ? event.data.cache.filter((url) => typeof url === 'string' && sameOrigin(url)) : [];
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      Promise.all(urls.map((url) => cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined)))),
    ),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(cacheName).then((cache) => cache.put(request, copy)));
        }
        return response;
      },
      () =>
        caches
          .open(cacheName)
          .then((cache) => cache.match(request, { ignoreSearch: request.mode === 'navigate' }))
          .then((hit) => hit || Response.error()),
    ),
  );
});
`;

/**
 * The worker's script.
 *
 * @param scripts The practice scripts it serves (their text), hashed into its version.
 * @returns The script text (no timestamp: the same scripts give the same bytes).
 */
export function practiceServiceWorker(scripts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const script of scripts) hash.update(script).update('\0');
  const version = hash.update(body).digest('hex').slice(0, 12);
  return `// CloudVirt practice page: offline copy of the practice pages (src/practice/service-worker.ts).\n'use strict';\nconst version = ${JSON.stringify(version)};\n${body}`;
}
