/**
 * End-to-end: bad input to the built CLI gets a clear message (what, expected, hint), a non-zero exit code,
 * and leaves the output folder exactly as it was.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cliPath, filesIn, readableByOthers, removeTempDirs, runCli, tempDir } from './helpers/cli.js';

beforeAll(assertBuilt);
afterAll(removeTempDirs);

interface BadInput {
  /** What the case is about. */
  readonly name: string;
  readonly args: readonly string[];
  readonly code: 1 | 2;
  /** The `error:` line. */
  readonly error: RegExp;
  /** The `hint:` line, if the case pins it. */
  readonly hint?: RegExp;
  /** Files to create in the working folder first (name → content; `null` = a folder). */
  readonly before?: Readonly<Record<string, string | null>>;
}

const cases: readonly BadInput[] = [
  { name: 'an unknown option', args: ['--lnag', 'zh'], code: 2, error: /^Unexpected option `--lnag`, expected one of the options in `--help`$/, hint: /^Did you mean `--lang`\?$/ },
  { name: 'a long option with one dash', args: ['-topic', 'x'], code: 2, error: /^Unexpected option `-topic`/, hint: /^Did you mean `--topic`\? Long options take two dashes\.$/ },
  { name: 'an option without its value', args: ['--lang'], code: 2, error: /^Unexpected `--lang` without a value, expected `--lang <value>`$/ },
  { name: 'a positional argument', args: ['deck.apkg'], code: 2, error: /^Unexpected argument `deck\.apkg`, expected options only$/, hint: /-o FILE/ },
  { name: 'an unknown language', args: ['--lang', 'fr'], code: 2, error: /^Unexpected --lang value `fr`, expected one of `en`, `zh`, `bilingual`$/ },
  { name: 'a common name of Chinese for --lang', args: ['--lang', 'cn'], code: 2, error: /^Unexpected --lang value `cn`, expected one of `en`, `zh`, `bilingual`$/, hint: /^Did you mean `zh`\?$/ },
  { name: 'a common name of English for --lang', args: ['--lang', 'en-US'], code: 2, error: /^Unexpected --lang value `en-US`/, hint: /^Did you mean `en`\?$/ },
  { name: 'an unknown card kind', args: ['--cards', 'definition,clozes'], code: 2, error: /^Unexpected --cards value `clozes`/, hint: /^Did you mean `cloze`\?$/ },
  { name: 'an unknown format', args: ['--format', 'pdf'], code: 2, error: /^Unexpected --format value `pdf`, expected one of `apkg`, `csv`, `md`$/ },
  { name: 'an unknown level', args: ['--level', 'advance'], code: 2, error: /^Unexpected --level value `advance`/, hint: /^Did you mean `advanced`\?$/ },
  { name: 'an unknown topic', args: ['--topic', 'vmm-structure'], code: 2, error: /^Unexpected --topic value `vmm-structure`, expected a topic id or label$/, hint: /^Did you mean `vmm-structures` \(VMM structure models \/ VMM实现结构\)\?/ },
  { name: 'an unknown concept', args: ['--concept', 'hypervisr'], code: 2, error: /^Unexpected --concept value `hypervisr`, expected a concept id, label or alias$/, hint: /^Did you mean `[Hh]ypervisor`/ },
  { name: 'filters that select no concept', args: ['--topic', 'vmm-structures', '--level', 'advanced'], code: 2, error: /^The filters --topic \+ --level select no concept, so there is nothing to export$/, hint: /^Without --level, the other filters select 9 concepts: fundamental \(4\), intermediate \(5\)\.$/ },
  { name: 'card kinds with no note for the selection', args: ['--concept', 'kvm', '--cards', 'responsibility'], code: 2, error: /^The card kinds `responsibility` have no note for the concept `kvm` selected/, hint: /^Notes exist for: definition/ },
  { name: 'card kinds for Markdown', args: ['--format', 'md', '--cards', 'cloze'], code: 2, error: /^Unexpected --cards with --format md/ },
  { name: 'an empty deck name level', args: ['--deck-name', 'Cloud::'], code: 2, error: /^Unexpected --deck-name value `Cloud::`/ },
  { name: 'collection.apkg', args: ['-o', 'collection.apkg'], code: 2, error: /^Refusing the Anki package name `collection\.apkg`/ },
  { name: 'backup-*.apkg', args: ['-o', 'backup-2026-11-26.apkg'], code: 2, error: /^Refusing the Anki package name `backup-2026-11-26\.apkg`/ },
  { name: 'an extension that names no format', args: ['-o', 'deck.zip'], code: 2, error: /^Unexpected output name `deck\.zip`: its extension names no format/ },
  { name: 'an extension that contradicts --format', args: ['-o', 'deck.csv', '--format', 'apkg'], code: 2, error: /^Unexpected output name `deck\.csv` for --format apkg/ },
  { name: 'stdout without a format', args: ['-o', '-'], code: 2, error: /^Unexpected `-o -` without `--format`/, hint: /--format csv/ },
  { name: '--json together with -o -', args: ['--json', '-o', '-', '--format', 'csv'], code: 2, error: /^Unexpected --json with `-o -`/ },
  { name: 'export options with --list', args: ['--list', '--topic', 'vmm-structures'], code: 2, error: /^Unexpected --topic with --list, expected only --kb, --lang and --json$/ },
  { name: 'an output folder that does not exist', args: ['-o', 'missing/deck.apkg'], code: 1, error: /^Cannot write `missing\/deck\.apkg`: the folder `missing` does not exist$/, hint: /mkdir -p/ },
  { name: 'a missing folder, in a dry run too', args: ['--dry-run', '-o', 'missing/deck.csv'], code: 1, error: /the folder `missing` does not exist/ },
  { name: 'an existing folder as the output', args: ['-o', 'decks'], code: 1, error: /^Cannot write `decks`: it is a folder$/, hint: /decks\/cloudvirt-en\.apkg/, before: { decks: null } },
  { name: 'a folder named like a deck', args: ['-o', 'deck.apkg'], code: 1, error: /^Cannot write `deck\.apkg`: it is a folder$/, before: { 'deck.apkg': null } },
  { name: 'a path under a file', args: ['-o', 'notes.txt/deck.apkg'], code: 1, error: /`notes\.txt` is not a folder/, before: { 'notes.txt': 'text' } },
  { name: 'an existing file without --force', args: ['--concept', 'kvm'], code: 1, error: /^Refusing to replace `cloudvirt-en-kvm\.apkg`: the file exists$/, hint: /--force/, before: { 'cloudvirt-en-kvm.apkg': 'my own deck' } },
];

function snapshot(dir: string): Record<string, string | null> {
  return Object.fromEntries(filesIn(dir).map((name) => [name, (() => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return null;
    }
  })()]));
}

describe.concurrent('cloudvirt-flashcards bad input (built CLI)', () => {
  for (const bad of cases) {
    it(`should refuse ${bad.name} with exit ${bad.code} and leave the folder untouched`, async () => {
      const cwd = tempDir();
      for (const [name, content] of Object.entries(bad.before ?? {})) {
        if (content === null) mkdirSync(join(cwd, name));
        else writeFileSync(join(cwd, name), content);
      }
      const before = snapshot(cwd);
      const run = await runCli(bad.args, { cwd });
      const [errorLine = '', hintLine, ...rest] = run.stderr.split('\n');
      expect(run.code, run.stderr).toBe(bad.code);
      expect(errorLine.replace(/^error: /, '')).toMatch(bad.error);
      expect(errorLine).toMatch(/^error: /);
      expect(hintLine).toMatch(/^hint: /);
      if (bad.hint) expect(hintLine?.replace(/^hint: /, '')).toMatch(bad.hint);
      expect(rest).toEqual(['']);
      expect(run.stdout.length).toBe(0);
      expect(snapshot(cwd)).toEqual(before);
    });
  }

  it('should refuse an output folder it cannot write to, before building anything', async (context) => {
    if (process.getuid?.() === 0 && !readableByOthers(cliPath)) {
      // Note: as root the CLI must run as `nobody`, who cannot reach a checkout inside a private folder.
      context.skip(`${cliPath} is not readable by nobody (a private folder above the checkout)`);
    }
    const cwd = tempDir();
    const locked = join(cwd, 'locked');
    mkdirSync(locked);
    chmodSync(cwd, 0o755);
    chmodSync(locked, 0o555);
    // root may write anywhere, so run as `nobody` when the tests run as root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runCli(['-o', 'locked/deck.apkg'], { cwd, ...asNobody });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^error: Cannot write `locked\/deck\.apkg`: the folder `locked` is not writable \(EACCES\)\nhint: /);
    expect(filesIn(locked)).toEqual([]);
  });
});
