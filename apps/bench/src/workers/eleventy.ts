/**
 * Worker: the site benchmark's peer — bare Eleventy 3 writing `--pages N` pages from one trivial
 * Nunjucks template, paginated over the concepts of `--data <kb.json>` (English and Chinese, cycling
 * when more pages are asked for), into `--out`. Prints `{ms, rssMb, pages}`; the time covers loading
 * Eleventy and the whole write.
 *
 * @module
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { cpuMsSince, peakRssMb } from '../measure.js';

const { values } = parseArgs({ options: { pages: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } }, strict: true });
const count = Number(values.pages);
if (!Number.isInteger(count) || count < 1 || values.data === undefined || values.out === undefined) {
  throw new Error('Usage: eleventy --pages <N> --data <kb.json> --out <dir>');
}
const out = path.resolve(values.out);
const data = JSON.parse(await readFile(values.data, 'utf8')) as KnowledgeBaseData;
const pages = Array.from({ length: count }, (_, index) => {
  const concept = data.concepts[Math.floor(index / 2) % data.concepts.length];
  if (concept === undefined) throw new Error('The knowledge base has no concepts.');
  const lang = index % 2 === 0 ? 'en' : 'zh';
  return { path: `/${lang}/p/${index}/`, lang, title: concept.label[lang], text: concept.definition[lang] };
});
const input = `${out}-input`;
await rm(out, { recursive: true, force: true });
await rm(input, { recursive: true, force: true });
await mkdir(input, { recursive: true });
await writeFile(
  path.join(input, 'page.njk'),
  `---
pagination:
  data: pages
  size: 1
  alias: page
permalink: "{{ page.path }}"
---
<!doctype html>
<html lang="{{ page.lang }}"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
<body><main><h1>{{ page.title }}</h1><p>{{ page.text }}</p></main></body></html>
`,
);

const cpu = process.cpuUsage();
const started = performance.now();
const { default: Eleventy } = await import('@11ty/eleventy');
const elev = new Eleventy(input, out, {
  quietMode: true,
  configPath: false,
  config(config) {
    config.setTemplateFormats(['njk']);
    config.addGlobalData('pages', pages);
  },
});
await elev.write();
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpuMsSince(cpu), rssMb: peakRssMb(), pages: count })}\n`);
await rm(input, { recursive: true, force: true });
