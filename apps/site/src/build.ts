/**
 * Build the static site into `apps/site/dist/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '@cloudvirt/core';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(outDir, { recursive: true });
const page = h(null, [
  { type: 'doctype' },
  h('html', { lang: 'en' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', 'CloudVirt')]),
    h('body', [h('main', [h('h1', 'CloudVirt'), h('p', `Languages: ${locales.join(', ')}`)])]),
  ]),
]);
writeFileSync(join(outDir, 'index.html'), toHtml(page));
