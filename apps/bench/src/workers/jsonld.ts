/**
 * Worker: `--subject ours --data <kb.json> --out <kb.jsonld>` generates the JSON-LD dataset with
 * `toJsonLdDataset` and serializes it (timed); `--subject peer --file <kb.jsonld>` is what a consumer
 * pays: parse the file and `jsonld.expand` it with an offline document loader (timed). Both print
 * `{ms, rssMb, …}`.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { cpuMsSince, peakRssMb } from '../measure.js';

const { values } = parseArgs({ options: { subject: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, file: { type: 'string' } }, strict: true });

if (values.subject === 'ours') {
  if (values.data === undefined || values.out === undefined) throw new Error('Usage: jsonld --subject ours --data <kb.json> --out <kb.jsonld>');
  const data = JSON.parse(await readFile(values.data, 'utf8')) as KnowledgeBaseData;
  const { toJsonLdDataset } = await import('@cloudvirt/render/jsonld');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const dataset = toJsonLdDataset(data);
  const text = JSON.stringify(dataset, null, 2);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const rssMb = peakRssMb();
  await writeFile(values.out, text);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, bytes: Buffer.byteLength(text), nodes: dataset['@graph'].length })}\n`);
} else if (values.subject === 'peer') {
  if (values.file === undefined) throw new Error('Usage: jsonld --subject peer --file <kb.jsonld>');
  const jsonld = (await import('jsonld')).default;
  const text = await readFile(values.file, 'utf8');
  const offline = (url: string): Promise<never> => Promise.reject(new Error(`Refusing to load ${url}: the dataset must be self-contained`));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const expanded = await jsonld.expand(JSON.parse(text) as object, { documentLoader: offline });
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpuMsSince(cpu), rssMb: peakRssMb(), nodes: expanded.length })}\n`);
} else {
  throw new Error(`Unknown --subject \`${values.subject}\`, expected \`ours\` or \`peer\`.`);
}
