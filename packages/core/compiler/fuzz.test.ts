/**
 * Property tests (fast-check) of the content compiler against hostile and broken input: random files,
 * random frontmatter, and the real content files mutated line by line and character by character.
 * The compiler must either succeed or return positioned messages with a known rule id; it must never
 * throw. Time is not asserted (a loaded machine is slow, not wrong): each test's timeout is the hang guard,
 * and the slowest compile is printed at the end; the compiler's speed goals live in `pnpm bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileFiles, type CompileResult, type ContentFile } from './compile.js';
import { ruleIds } from './messages.js';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');
const validDir = path.join(fixturesDir, 'valid');

/** Every Markdown file of a content folder, as compiler input. */
function readPack(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const name of ['topics.md', 'responsibility-matrix.md', 'terminology.md']) {
    if (existsSync(path.join(dir, name))) files.push({ path: name, value: readFileSync(path.join(dir, name), 'utf8') });
  }
  for (const folder of ['concepts', 'comparisons']) {
    for (const name of readdirSync(path.join(dir, folder)).sort()) {
      files.push({ path: `${folder}/${name}`, value: readFileSync(path.join(dir, folder, name), 'utf8') });
    }
  }
  return files;
}

const validPack = readPack(validDir);
const realFiles = readPack(contentDir);

/** Runs per property; the total is printed at the end and recorded in the closing note. */
const runs = { random: 150, frontmatter: 200, mutated: 300, valid: 60 };
const stats = { inputs: 0, ok: 0, failed: 0, slowestMs: 0 };

const knownRules = new Set<string>(ruleIds);

/**
 * Compile and check the outcome: never a throw, and every message positioned in one of
 * the input files with a known rule id.
 */
function compileChecked(files: readonly ContentFile[]): CompileResult {
  const started = performance.now();
  let result: CompileResult;
  try {
    result = compileFiles(files, 'content');
  } catch (error) {
    throw new Error(`compileFiles threw instead of reporting: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const elapsed = performance.now() - started;
  stats.inputs++;
  stats.slowestMs = Math.max(stats.slowestMs, elapsed);
  if (result.ok) stats.ok++;
  else stats.failed++;
  if (!result.ok) expect(result.messages.some((message) => message.fatal)).toBe(true);
  const paths = new Set(files.map((file) => path.join('content', file.path)));
  for (const message of result.messages) {
    expect(knownRules.has(message.ruleId), `unknown rule ${message.ruleId}`).toBe(true);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(message.line) && Number.isInteger(message.column)).toBe(true);
    expect(message.place.end.line).toBeGreaterThanOrEqual(message.place.start.line);
    expect(typeof message.reason === 'string' && message.reason.length > 0).toBe(true);
    expect(typeof message.note === 'string' && message.note.length > 0).toBe(true);
    const known = paths.has(message.file) || [...paths].some((file) => message.file === path.join('content', path.dirname(file.slice('content/'.length)), '/'));
    if (!known && message.ruleId !== 'missing-file') expect.fail(`message for a file that is not an input: ${message.file}`);
  }
  return result;
}

/** Replace (or add) one file of a pack. */
function withFile(pack: readonly ContentFile[], file: ContentFile): ContentFile[] {
  return [...pack.filter((other) => other.path !== file.path), file];
}

/** Text with the characters hostile content and broken editors produce. */
const nastyChar = fc.constantFrom(
  '\n', '\r', '\r\n', '\t', ' ', '\0', '\uFEFF', '\u2028', '\u2029', '\u200B', '\u200E', '\u202E', '\uD800', '\uDFFF',
  '---', '#', '# en', '# zh', ':', ': ', '- ', '[', ']', '{', '}', '(', ')', '"', "'", '`', '```', '<', '>', '&', '*', '&a', '!', '|', '%', '@', '\\',
  '<script>', '</script>', '<!--', '-->', 'javascript:', 'concept:', 'concept:kvm', '](', 'https://', '😀', '中文', 'ß', 'İ',
  '> '.repeat(20), '- '.repeat(20), '1. '.repeat(20), ' '.repeat(70), '['.repeat(40), '*a'.repeat(40), '&#x3C;', '\\',
);
const nastyText = fc.array(fc.oneof(nastyChar, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** Frontmatter keys the format knows, plus typos and unknown ones. */
const frontmatterKey = fc.constantFrom(
  'kind', 'topic', 'level', 'updated', 'label', 'aliases', 'definition', 'examples', 'relations', 'prerequisites', 'sources', 'wikipedia',
  'en', 'zh', 'type', 'target', 'note', 'url', 'lang', 'seed', 'title', 'subjects', 'dimensions', 'cells', 'id', 'layers', 'models', 'notes',
  'topics', 'parent', 'description', 'lable', '__proto__', 'constructor', 'toString', '',
);
const frontmatterValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyText,
    fc.constantFrom('kvm', 'xen', 'virtualization', 'component', 'fundamental', '2026-11-26', '2026-02-30', 'https://example.com/', 'is-a', 'related', 'en', 'zh', 'provider'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(frontmatterKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const bodyText = fc
  .array(fc.oneof(fc.constantFrom('# en', '# zh', '# other', '## sub', '', '[KVM](concept:kvm)', '[x](concept:nope)', '<b>html</b>', '```', '| a | b |', '|---|---|', '[x]: concept:xen'), nastyText), {
    maxLength: 12,
  })
  .map((lines) => lines.join('\n'));

/** One mutation of a text, by lines or characters. */
type Mutation =
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'delete-char' | 'duplicate-char'; at: number }
  | { kind: 'swap-chars'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constantFrom('delete-char' as const, 'duplicate-char' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-chars' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: nastyText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Apply a mutation (positions are taken modulo the text's size). */
function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const line = (index: number): number => index % Math.max(1, lines.length);
  const char = (index: number): number => index % Math.max(1, text.length);
  switch (change.kind) {
    case 'delete-line':
      return lines.filter((_, index) => index !== line(change.at)).join('\n');
    case 'duplicate-line':
      return lines.flatMap((value, index) => (index === line(change.at) ? [value, value] : [value])).join('\n');
    case 'swap-lines': {
      const [a, b] = [line(change.at), line(change.with)];
      const copy = [...lines];
      [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
      return copy.join('\n');
    }
    case 'delete-char':
      return text.slice(0, char(change.at)) + text.slice(char(change.at) + 1);
    case 'duplicate-char':
      return text.slice(0, char(change.at) + 1) + text.slice(char(change.at));
    case 'swap-chars': {
      const [a, b] = [char(change.at), char(change.with)].sort((x, y) => x - y) as [number, number];
      if (a === b) return text;
      return text.slice(0, a) + text.charAt(b) + text.slice(a + 1, b) + text.charAt(a) + text.slice(b + 1);
    }
    case 'insert':
      return text.slice(0, char(change.at)) + change.text + text.slice(char(change.at));
    case 'truncate':
      return text.slice(0, char(change.at));
  }
}

afterAll(() => {
  console.log(
    `compiler fuzz: ${stats.inputs} compiles (${stats.ok} ok, ${stats.failed} with errors), slowest ${stats.slowestMs.toFixed(0)} ms`,
  );
});

/** Inputs that crashed or hung the compiler before `input-limit` existed (see compiler/limits.ts). */
const pathological: Readonly<Record<string, (kvm: string) => string>> = {
  '50,000 nested block quotes (stack overflow)': (kvm) => kvm.replace('KVM uses hardware assistance.', `${'>'.repeat(50_000)} x`),
  '3,000 nested YAML maps (38 s)': () => `---\n${Array.from({ length: 3000 }, (_, index) => `${' '.repeat(index)}a:`).join('\n')}\n---\n# en\na\n# zh\nb\n`,
  '20,000 unknown frontmatter keys (16 s)': (kvm) => kvm.replace('kind: product', `${Array.from({ length: 20_000 }, (_, index) => `k${index}: v`).join('\n')}\nkind: product`),
  '50,000 `*a` in one paragraph (70 s)': (kvm) => kvm.replace('KVM uses hardware assistance.', '*a'.repeat(50_000)),
  '30,000 unclosed links in one paragraph (21 s)': (kvm) => kvm.replace('KVM uses hardware assistance.', '[a](b'.repeat(30_000)),
  '500 nested lists (7 s per 500 lines)': (kvm) => kvm.replace('KVM uses hardware assistance.', Array.from({ length: 500 }, (_, index) => `${' '.repeat(index * 2)}- a`).join('\n')),
  '20,000 nested YAML flow lists': () => `---\nkind: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n# en\na\n# zh\nb\n`,
};

describe('compileFiles (pathological input)', () => {
  const kvm = validPack.find((file) => file.path === 'concepts/kvm.md')?.value ?? '';
  for (const [name, make] of Object.entries(pathological)) {
    it(`should refuse ${name} with a positioned message, in bounded time`, () => {
      const result = compileChecked(withFile(validPack, { path: 'concepts/kvm.md', value: make(kvm) }));
      expect(result.ok).toBe(false);
      expect(result.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^(input-limit|bad-yaml)$/u)]));
    });
  }
});

describe('compileFiles (fuzzed)', { timeout: 120_000 }, () => {
  it('should report, never throw, on a random file at any content path', () => {
    const filePath = fc.constantFrom('concepts/fuzz.md', 'comparisons/fuzz.md', 'topics.md', 'responsibility-matrix.md', 'concepts/kvm.md', 'concepts/Bad Name.md', 'stray.md');
    fc.assert(
      fc.property(filePath, nastyText, (where, value) => {
        compileChecked(withFile(validPack, { path: where, value }));
      }),
      { numRuns: runs.random },
    );
  });

  it('should report, never throw, on random frontmatter and bodies', () => {
    const filePath = fc.constantFrom('concepts/fuzz.md', 'concepts/kvm.md', 'comparisons/virtualization-techniques.md', 'topics.md', 'responsibility-matrix.md');
    fc.assert(
      fc.property(filePath, fc.dictionary(frontmatterKey, frontmatterValue, { maxKeys: 10 }), bodyText, fc.boolean(), (where, frontmatter, body, crlf) => {
        let yaml: string;
        try {
          yaml = stringify(frontmatter);
        } catch {
          yaml = JSON.stringify(frontmatter) ?? '';
        }
        const text = `---\n${yaml}---\n${body}\n`;
        compileChecked(withFile(validPack, { path: where, value: crlf ? text.replaceAll('\n', '\r\n') : text }));
      }),
      { numRuns: runs.frontmatter },
    );
  });

  it('should report, never throw, on mutated real content files', () => {
    const file = fc.constantFrom(...realFiles);
    fc.assert(
      fc.property(file, fc.array(mutation, { minLength: 1, maxLength: 4 }), (original, changes) => {
        const value = changes.reduce(mutate, original.value);
        compileChecked(withFile(validPack, { path: original.path, value }));
      }),
      { numRuns: runs.mutated },
    );
  });

  it('should keep compiling the valid pack when a file only gains trailing blank lines or CRLF endings', () => {
    const file = fc.constantFrom(...validPack);
    fc.assert(
      fc.property(file, fc.nat({ max: 3 }), fc.boolean(), (original, blank, crlf) => {
        let value = original.value + '\n'.repeat(blank);
        if (crlf) value = value.replaceAll('\n', '\r\n');
        const result = compileChecked(withFile(validPack, { path: original.path, value }));
        expect(result.ok, JSON.stringify(result.messages.slice(0, 3))).toBe(true);
      }),
      { numRuns: runs.valid },
    );
  });
});
