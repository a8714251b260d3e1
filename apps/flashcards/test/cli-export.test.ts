/**
 * End-to-end: the built CLI, run as a child process, for each option; the decks it writes are opened with
 * sql.js to check what was selected.
 */
import { kb, type Concept } from '@cloudvirt/core';
import { ankiGuidFor, defaultAnkiCardKinds, toAnkiCsv } from '@cloudvirt/render/anki';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnkiText } from './helpers/anki-text.js';
import { openDeck, type Deck, type DeckNote } from './helpers/apkg.js';
import { assertBuilt, filesIn, removeTempDirs, runCli, tempDir } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const summaryLine = /^✔ Wrote (\S+): (\d+) notes?, (\d+) cards?, [\d.]+ k?B\n$/;
const cjk = /\p{Script=Han}/u;

beforeAll(assertBuilt);
afterAll(removeTempDirs);

function noteOf(deck: Deck, concept: Concept, kind: string, lang: string): DeckNote | undefined {
  const guid = ankiGuidFor('cloudvirt', 'concept', concept.id, kind, lang);
  return deck.notes.find((note) => note.guid === guid);
}

function inTopic(id: string): Concept[] {
  return kb.concepts.filter((concept) => concept.topic === id);
}

describe.concurrent('cloudvirt-flashcards (built CLI)', () => {
  it('should print just its version with --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect([run.code, run.stdout.toString(), run.stderr]).toEqual([0, `${pkg.version}\n`, '']);
    }
  });

  it('should print the help on stdout with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.toString()).toMatch(/^cloudvirt-flashcards: export a knowledge pack \(by default CloudVirt/);
    expect(run.stdout.toString()).toContain('Exit codes: 0 done, 1 could not write the output or the --kb pack has content errors, 2 bad command');
    expect(filesIn(run.cwd)).toEqual([]);
  });

  it('should list topics with labels, levels and card kinds with --list', async () => {
    const run = await runCli(['--list', '--lang', 'zh']);
    const text = run.stdout.toString();
    expect(run.code).toBe(0);
    for (const topic of kb.topics) expect(text).toMatch(new RegExp(`^ *${topic.id} +${topic.label.en.replace('.', '\\.')} +${topic.label.zh} +\\d+ +\\d+$`, 'm'));
    expect(text).toMatch(/^definition \* +108 +216$/m);
    expect(text).toMatch(/^bilingual +\d+ +\d+$/m);
    expect(text).toContain('Languages (--lang): en, zh, bilingual');
    expect(filesIn(run.cwd)).toEqual([]);
  });

  it('should print the listing as JSON with --list --json', async () => {
    const run = await runCli(['--list', '--json']);
    const listing = JSON.parse(run.stdout.toString()) as { lang: string; topics: { id: string; concepts: number; parent: string | null }[]; total: { concepts: number } };
    expect(run.code).toBe(0);
    expect(listing.lang).toBe('en');
    expect(listing.topics).toHaveLength(kb.topics.length);
    expect(listing.total.concepts).toBe(kb.concepts.length);
    expect(listing.topics.find((topic) => topic.id === 'vmm-structures')?.concepts).toBe(inTopic('vmm-structures').length);
  });

  it('should write the whole English deck as cloudvirt-en.apkg by default', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    const [, file, notes, cards] = summaryLine.exec(run.stderr) ?? [];
    expect(file).toBe('cloudvirt-en.apkg');
    expect(filesIn(run.cwd)).toEqual(['cloudvirt-en.apkg']);
    const deck = await openDeck(readFileSync(join(run.cwd, 'cloudvirt-en.apkg')));
    expect(deck.members).toEqual(['collection.anki2', 'media']);
    expect([deck.notes.length, deck.cards.length]).toEqual([Number(notes), Number(cards)]);
    expect(deck.decks.every((name) => name === 'CloudVirt' || name.startsWith('CloudVirt::'))).toBe(true);
    const kinds = new Set(deck.notes.map((note) => note.tags.find((tag) => tag.startsWith('cloudvirt::card::'))));
    expect([...kinds].sort()).toEqual(defaultAnkiCardKinds('en').map((kind) => `cloudvirt::card::${kind}`).sort());
    for (const concept of kb.concepts) {
      const note = noteOf(deck, concept, 'definition', 'en');
      expect(note?.fields.join(' '), concept.id).toContain(concept.label.en.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
      expect(note?.fields.join(' ')).not.toContain(concept.definition.zh);
    }
  });

  it('should select one topic (--topic vmm-structures --lang zh) with Chinese fields, and report it as JSON', async () => {
    const run = await runCli(['--topic', 'vmm-structures', '--lang', 'zh', '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout.toString()) as { file: string; size: number; notes: number; cards: number; concepts: number; lang: string; byDeck: Record<string, number> };
    expect(summary).toMatchObject({ file: 'cloudvirt-zh-vmm-structures.apkg', lang: 'zh', concepts: inTopic('vmm-structures').length });
    const bytes = readFileSync(join(run.cwd, summary.file));
    expect(summary.size).toBe(bytes.byteLength);
    const deck = await openDeck(bytes);
    expect([deck.notes.length, deck.cards.length]).toEqual([summary.notes, summary.cards]);
    for (const note of deck.notes) expect(note.tags).toContain('cloudvirt::topic::vmm-structures');
    expect(new Set(deck.cards.map((card) => card.deck))).toEqual(new Set(Object.keys(summary.byDeck)));
    for (const card of deck.cards) expect(card.deck).toBe('CloudVirt 中文::虚拟化::VMM实现结构');
    for (const concept of inTopic('vmm-structures')) {
      const fields = noteOf(deck, concept, 'definition', 'zh')?.fields ?? [];
      expect(fields.join(' '), concept.id).toContain(concept.definition.zh.slice(0, 8));
      expect(fields.join(' ')).toMatch(cjk);
      expect(fields.join(' ')).not.toContain(concept.definition.en.slice(0, 20));
    }
  });

  it('should keep only the cloze note type with --cards cloze', async () => {
    const run = await runCli(['--cards', 'cloze', '--level', 'fundamental', '-o', 'cloze.apkg']);
    expect(run.code).toBe(0);
    const deck = await openDeck(readFileSync(join(run.cwd, 'cloze.apkg')));
    expect([...deck.models.values()]).toEqual([{ name: 'CloudVirt Cloze', type: 1 }]);
    const clozeId = [...deck.models.keys()][0];
    expect(deck.notes.every((note) => note.mid === clozeId && note.tags.includes('level::fundamental'))).toBe(true);
    expect(deck.notes.length).toBeGreaterThan(10);
    expect(deck.notes.every((note) => note.fields[0]?.includes('{{c1::'))).toBe(true);
  });

  it('should find a concept by its Chinese label (--concept 虚拟机监控器)', async () => {
    const run = await runCli(['--concept', '虚拟机监控器', '--lang', 'zh', '--cards', 'definition,cloze']);
    expect(run.code).toBe(0);
    expect(summaryLine.exec(run.stderr)?.[1]).toBe('cloudvirt-zh-virtual-machine-monitor-definition-cloze.apkg');
    const deck = await openDeck(readFileSync(join(run.cwd, 'cloudvirt-zh-virtual-machine-monitor-definition-cloze.apkg')));
    const vmm = kb.getConcept('virtual-machine-monitor');
    expect(deck.notes.map((note) => note.guid).sort()).toEqual(
      [ankiGuidFor('cloudvirt', 'concept', vmm.id, 'definition', 'zh'), ankiGuidFor('cloudvirt', 'concept', vmm.id, 'cloze', 'zh')].sort(),
    );
  });

  it('should build bilingual cards under a custom deck name (--lang bilingual --level advanced --deck-name)', async () => {
    const run = await runCli(['--lang', 'bilingual', '--level', 'advanced', '--cards', 'bilingual', '--deck-name', 'Study::Advanced']);
    expect(run.code).toBe(0);
    const deck = await openDeck(readFileSync(join(run.cwd, 'cloudvirt-bilingual-advanced-bilingual.apkg')));
    const advanced = kb.concepts.filter((concept) => concept.level === 'advanced');
    expect(deck.notes).toHaveLength(advanced.length);
    expect(deck.decks.every((name) => name === 'Study' || name.startsWith('Study::Advanced'))).toBe(true);
    for (const concept of advanced) {
      const note = noteOf(deck, concept, 'bilingual', 'bilingual');
      expect(note?.tags).toContain('level::advanced');
      expect(note?.fields.join(' ')).toContain(concept.label.zh);
      expect(note?.fields.join(' ')).toContain(concept.label.en.replaceAll('&', '&amp;'));
    }
  });

  it('should write the Anki text file to stdout with --format csv -o -, exactly as the adapter does', async () => {
    const run = await runCli(['--format', 'csv', '-o', '-', '--topic', 'os-virtualization']);
    expect(run.code).toBe(0);
    const text = run.stdout.toString('utf8');
    expect(text).toBe(toAnkiCsv(kb, { lang: 'en', topics: ['os-virtualization'] }));
    const { headers, rows } = parseAnkiText(text);
    expect(headers.get('guid column')).toBe('3');
    expect(run.stderr).toMatch(new RegExp(`^✔ Wrote ${rows.length} notes, \\d+ cards \\([\\d.]+ kB\\) to standard output\\n$`));
    expect(filesIn(run.cwd)).toEqual([]);
  });

  it('should infer csv and md from the -o extension', async () => {
    const cwd = (await runCli(['-o', 'deck.tsv', '--concept', 'kvm,xen', '--lang', 'zh'])).cwd;
    const { rows } = parseAnkiText(readFileSync(join(cwd, 'deck.tsv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((row) => row[1]?.startsWith('CloudVirt 中文'))).toBe(true);
    const md = await runCli(['-o', 'vmm.md', '--lang', 'zh', '--topic', 'vmm-structures'], { cwd });
    expect(md.code).toBe(0);
    expect(md.stderr).toMatch(/^✔ Wrote vmm\.md: 9 concepts, \d+ comparisons?, [\d.]+ kB\n$/);
    const text = readFileSync(join(cwd, 'vmm.md'), 'utf8');
    for (const concept of inTopic('vmm-structures')) expect(text).toContain(`#### ${concept.label.zh}\n`);
    expect(text).not.toContain(`#### ${kb.getConcept('kvm').label.zh}\n`);
    expect(filesIn(cwd)).toEqual(['deck.tsv', 'vmm.md']);
  });

  it('should show what would be exported with --dry-run, and write nothing', async () => {
    const run = await runCli(['--dry-run', '--topic', 'vmm-structures', '--lang', 'zh']);
    const text = run.stdout.toString();
    expect(run.code).toBe(0);
    expect(text).toMatch(/^Would write cloudvirt-zh-vmm-structures\.apkg \(Anki package, zh\): \d+ notes, \d+ cards\n/);
    expect(text).toMatch(/^card kind +notes +cards$/m);
    expect(text).toMatch(/^definition +9 +18$/m);
    expect(text).toMatch(/^CloudVirt 中文::虚拟化::VMM实现结构 +\d+$/m);
    expect(filesIn(run.cwd)).toEqual([]);
  });

  it('should not refuse --dry-run when the default output file exists, and say the export would need --force', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'cloudvirt-en-kvm.apkg'), 'my own deck');
    const dry = await runCli(['--dry-run', '--concept', 'kvm'], { cwd });
    expect([dry.code, dry.stderr]).toEqual([0, '']);
    expect(dry.stdout.toString()).toMatch(/^Would write cloudvirt-en-kvm\.apkg \(Anki package, en\): .*\n`cloudvirt-en-kvm\.apkg` exists: the export would need --force to replace it/);
    const json = await runCli(['--dry-run', '--json', '--concept', 'kvm'], { cwd });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout.toString())).toMatchObject({ dryRun: true, file: 'cloudvirt-en-kvm.apkg', replaced: true, needsForce: true });
    // …and the real export still refuses, so the dry run told the truth.
    const real = await runCli(['--concept', 'kvm'], { cwd });
    expect(real.code).toBe(1);
    expect(real.stderr).toMatch(/Refusing to replace `cloudvirt-en-kvm\.apkg`/);
    expect(readFileSync(join(cwd, 'cloudvirt-en-kvm.apkg'), 'utf8')).toBe('my own deck');
  });

  it('should count in --list, --dry-run and the exported .apkg the same notes for a topic (matrix cards with their service models)', async () => {
    const list = await runCli(['--list', '--json']);
    expect(list.code).toBe(0);
    const listing = JSON.parse(list.stdout.toString()) as { topics: { id: string; notes: number; concepts: number }[] };
    for (const topic of ['service-models', 'stack-layers']) {
      const listed = listing.topics.find((candidate) => candidate.id === topic)!;
      const cwd = tempDir();
      const dry = await runCli(['--topic', topic, '--dry-run', '--json'], { cwd });
      const real = await runCli(['--topic', topic, '-o', 'deck.apkg', '-q'], { cwd });
      expect([dry.code, real.code], topic).toEqual([0, 0]);
      const planned = JSON.parse(dry.stdout.toString()) as { notes: number; cards: number; concepts: number; byKind: Record<string, { notes: number }> };
      const deck = await openDeck(readFileSync(join(cwd, 'deck.apkg')));
      expect({ listed: listed.notes, planned: planned.notes, exported: deck.notes.length }, topic).toEqual({ listed: deck.notes.length, planned: deck.notes.length, exported: deck.notes.length });
      expect(planned.cards, topic).toBe(deck.cards.length);
      expect(listed.concepts, topic).toBe(planned.concepts);
      if (topic === 'service-models') {
        // "Who manages the operating system in PaaS?" comes with the service models, without stack-layers.
        const paasOs = ankiGuidFor('cloudvirt', 'responsibility', 'paas', 'operating-system', 'responsibility', 'en');
        expect(deck.notes.some((note) => note.guid === paasOs)).toBe(true);
        expect(planned.byKind['responsibility']?.notes).toBe(kb.responsibilityMatrix.cells.filter((cell) => kb.getConcept(cell.model).topic === 'service-models').length);
      }
    }
  });

  it('should report the same counts with --dry-run --json as the real export', async () => {
    const args = ['--lang', 'bilingual', '--topic', 'virtualization-levels', '--cards', 'all'];
    const [dry, real] = await Promise.all([runCli([...args, '--dry-run', '--json']), runCli([...args, '--json', '-q'])]);
    const strip = (json: Record<string, unknown>): Record<string, unknown> => ({ ...json, dryRun: null, size: null, path: null });
    const dryJson = JSON.parse(dry.stdout.toString()) as Record<string, unknown>;
    const realJson = JSON.parse(real.stdout.toString()) as Record<string, unknown>;
    expect(dryJson).toMatchObject({ dryRun: true, size: null });
    expect(realJson).toMatchObject({ dryRun: false, replaced: false });
    expect(strip(dryJson)).toEqual(strip(realJson));
    expect(real.stderr).toBe('');
    expect(filesIn(dry.cwd)).toEqual([]);
  });

  it('should replace an existing file with --force', async () => {
    const first = await runCli(['--concept', 'kvm', '-o', 'kvm.apkg']);
    writeFileSync(join(first.cwd, 'kvm.apkg'), 'not a deck');
    const again = await runCli(['--concept', 'kvm', '-o', 'kvm.apkg', '--force', '--json'], { cwd: first.cwd });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout.toString())).toMatchObject({ replaced: true });
    const deck = await openDeck(readFileSync(join(first.cwd, 'kvm.apkg')));
    expect(deck.notes.length).toBeGreaterThan(0);
    expect(filesIn(first.cwd)).toEqual(['kvm.apkg']);
  });

  it('should write an Anki package into a pipe with -o -', async () => {
    const run = await runCli(['--concept', 'xen', '--format', 'apkg', '-o', '-']);
    expect(run.code).toBe(0);
    expect((await openDeck(run.stdout)).notes.length).toBeGreaterThan(0);
  });

  it('should colour messages only when asked: NO_COLOR wins, and pipes stay plain', async () => {
    const [plain, forced, noColor] = await Promise.all([
      runCli(['--lang', 'fr']),
      runCli(['--lang', 'fr'], { env: { FORCE_COLOR: '1' } }),
      runCli(['--lang', 'fr'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ]);
    expect(plain.stderr).toMatch(/^error: /);
    expect(forced.stderr).toMatch(/^\u001b\[31merror:\u001b\[39m /);
    expect(noColor.stderr).toBe(plain.stderr);
  });

  it('should print nothing on stderr with --quiet', async () => {
    const run = await runCli(['--concept', 'kvm', '--quiet']);
    expect([run.code, run.stderr, filesIn(run.cwd)]).toEqual([0, '', ['cloudvirt-en-kvm.apkg']]);
  });
});
