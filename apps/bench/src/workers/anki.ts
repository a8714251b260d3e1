/**
 * Worker: write `--notes N` cards as an `.apkg` with our writer (`--subject ours`,
 * `writeAnkiPackage` of `@cloudvirt/render/anki`) or with `anki-apkg-export` (`--subject peer`, or
 * `peer-as-installed` for its default export),
 * save it to `--out`, and print `{ms, rssMb, bytes}`. The time covers loading the library, building
 * the notes and producing the zip bytes.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { generateCards } from '../generate/notes.js';
import { cpuMsSince, peakRssMb } from '../measure.js';

const { values } = parseArgs({ options: { subject: { type: 'string' }, notes: { type: 'string' }, out: { type: 'string' } }, strict: true });
const count = Number(values.notes);
if (!Number.isInteger(count) || count < 1 || values.out === undefined) throw new Error('Usage: anki --subject ours|peer --notes <N> --out <file.apkg>');
const cards = generateCards(count);
const deckName = 'CloudVirt bench';

/** Our writer: one note type with one template, one note (and card) per text pair. */
async function ours(): Promise<Uint8Array> {
  const { AnkiNoteType, ankiGuidFor, writeAnkiPackage } = await import('@cloudvirt/render/anki');
  const noteType = new AnkiNoteType({
    id: 1764115200001,
    name: 'CloudVirt bench basic',
    kind: 'standard',
    css: '.card { font-family: sans-serif; }',
    mod: 1764115200,
    fields: [
      { name: 'Front', id: 1764115200101 },
      { name: 'Back', id: 1764115200102 },
    ],
    templates: [{ name: 'Card 1', id: 1764115200201, front: '{{Front}}', back: '{{FrontSide}}<hr id="answer">{{Back}}' }],
  });
  const notes = cards.map((card, index) => ({
    noteType,
    guid: ankiGuidFor('cloudvirt-bench', index),
    fields: [card.front, card.back],
    mod: 1764115200,
    deck: deckName,
  }));
  const { bytes } = await writeAnkiPackage({ notes });
  return bytes;
}

/**
 * The default export of a Babel-compiled CommonJS module: Node hands ESM importers `module.exports`,
 * whose `default` property is the real default.
 */
function interopDefault<T>(value: T): T {
  return (value as { default?: T }).default ?? value;
}

/**
 * anki-apkg-export 4.0.3 through its exported `Exporter` class, given the same sql.js build ours uses
 * (1.16, WebAssembly): the package's own default export bundles sql.js 0.5 (asm.js, a fixed 16 MiB
 * heap), which cannot hold 1,000 notes — see `peerAsInstalled`.
 */
async function peer(): Promise<Uint8Array> {
  const { Exporter } = await import('anki-apkg-export');
  const { default: createTemplate } = await import('anki-apkg-export/dist/template.js');
  const { default: initSqlJs } = await import('sql.js');
  const apkg = new Exporter(deckName, { template: interopDefault(createTemplate)(), sql: await initSqlJs() });
  for (const card of cards) apkg.addCard(card.front, card.back);
  return new Uint8Array(await apkg.save());
}

/** anki-apkg-export 4.0.3 exactly as its README shows it: `new AnkiExport(deck)` (bundled sql.js 0.5). */
async function peerAsInstalled(): Promise<Uint8Array> {
  const { default: AnkiExport } = await import('anki-apkg-export');
  const apkg = new (interopDefault(AnkiExport))(deckName);
  for (const card of cards) apkg.addCard(card.front, card.back);
  return new Uint8Array(await apkg.save());
}

const subjects: Readonly<Record<string, () => Promise<Uint8Array>>> = { ours, peer, 'peer-as-installed': peerAsInstalled };
const cpu = process.cpuUsage();
const started = performance.now();
const subject = subjects[values.subject ?? ''];
if (subject === undefined) throw new Error(`Unknown --subject \`${values.subject}\`, expected one of ${Object.keys(subjects).join(', ')}.`);
const bytes = await subject();
const ms = performance.now() - started;
const cpuMs = cpuMsSince(cpu);
const rssMb = peakRssMb();
await writeFile(values.out, bytes);
process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, bytes: bytes.byteLength })}\n`);
