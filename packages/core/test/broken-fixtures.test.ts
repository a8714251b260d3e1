import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../compiler/compile.js';
import type { RuleId } from '../compiler/messages.js';
import { ruleIds, rules } from '../compiler/messages.js';
import { fixturesDir, materialize } from './fixture-dir.js';

/** Each broken case → every message it must produce: rule id and `file:line:column` (nothing else may be reported). */
const cases: Record<string, readonly (readonly [RuleId, string])[]> = {
  'missing-file': [['missing-file', 'topics.md:1:1']],
  'stray-file': [['stray-file', 'concepts/notes.txt:1:1']],
  'input-limit': [['input-limit', 'concepts/gamma.md:19:1']],
  'missing-frontmatter': [['missing-frontmatter', 'concepts/gamma.md:1:1']],
  'bad-yaml': [
    ['bad-yaml', 'concepts/gamma.md:6:27'],
    ['bad-yaml', 'concepts/gamma.md:6:28'],
  ],
  'unknown-key': [['unknown-key', 'concepts/gamma.md:8:1']],
  'missing-field': [['missing-field', 'concepts/gamma.md:1:1']],
  'wrong-type': [['wrong-type', 'concepts/gamma.md:6:8']],
  'wrong-type-2': [
    ['wrong-type', 'concepts/gamma.md:11:11'],
    ['yaml-portable', 'concepts/gamma.md:11:11'],
  ],
  'empty-text': [['empty-text', 'concepts/gamma.md:7:42']],
  'empty-text-2': [['empty-text', 'concepts/gamma.md:19:1']],
  'missing-language': [['missing-language', 'concepts/gamma.md:6:1']],
  'missing-language-2': [['missing-language', 'concepts/gamma.md:17:13']],
  'body-structure': [['body-structure', 'concepts/gamma.md:15:1']],
  'body-structure-2': [['body-structure', 'concepts/gamma.md:15:1']],
  'body-structure-3': [
    ['body-structure', 'concepts/gamma.md:17:7'],
    ['body-structure', 'concepts/gamma.md:17:15'],
  ],
  'body-structure-4': [['body-structure', 'concepts/gamma.md:19:1']],
  'body-structure-5': [['body-structure', 'topics.md:8:1']],
  'bad-id': [['bad-id', 'concepts/Gamma_Two.md:1:1']],
  'bad-id-2': [['bad-id', 'topics.md:6:9']],
  'duplicate-id': [['duplicate-id', 'topics.md:6:9']],
  'duplicate-item': [['duplicate-item', 'concepts/gamma.md:8:30']],
  'alias-clash': [['alias-clash', 'concepts/gamma.md:9:8']],
  'alias-clash-2': [['alias-clash', 'concepts/gamma.md:9:8']],
  'cross-language-clash': [['cross-language-clash', 'concepts/gamma.md:9:8']],
  'unknown-kind': [['unknown-kind', 'concepts/gamma.md:2:7']],
  'unknown-level': [['unknown-level', 'concepts/gamma.md:4:8']],
  'unknown-topic': [['unknown-topic', 'concepts/gamma.md:3:8']],
  'unknown-topic-parent': [['unknown-topic-parent', 'topics.md:7:13']],
  'unknown-locale': [['unknown-locale', 'concepts/gamma.md:10:11']],
  'unknown-relation-type': [['unknown-relation-type', 'concepts/gamma.md:9:12']],
  'unknown-relation-target': [['unknown-relation-target', 'concepts/gamma.md:10:13']],
  'unknown-relation-target-2': [['unknown-relation-target', 'concepts/gamma.md:10:13']],
  'self-relation': [['self-relation', 'concepts/gamma.md:9:29']],
  'duplicate-relation': [['duplicate-relation', 'concepts/gamma.md:10:5']],
  'duplicate-relation-2': [['duplicate-relation', 'concepts/gamma.md:9:5']],
  'broader-cycle': [['broader-cycle', 'concepts/alpha.md:9:5']],
  'unknown-prerequisite': [['unknown-prerequisite', 'concepts/gamma.md:8:24']],
  'prerequisite-cycle': [['prerequisite-cycle', 'concepts/alpha.md:8:17']],
  'prerequisite-cycle-2': [['prerequisite-cycle', 'concepts/gamma.md:8:17']],
  'broken-concept-link': [['broken-concept-link', 'concepts/gamma.md:17:17']],
  'bad-url': [['bad-url', 'concepts/gamma.md:9:10']],
  'bad-url-2': [['bad-url', 'concepts/gamma.md:9:7']],
  'missing-source': [['missing-source', 'concepts/gamma.md:8:10']],
  'missing-source-2': [['missing-source', 'concepts/gamma.md:1:1']],
  'bad-date': [['bad-date', 'concepts/gamma.md:5:10']],
  'bad-date-2': [['bad-date', 'concepts/gamma.md:5:10']],
  'too-few-items': [['too-few-items', 'comparisons/alpha-vs-gamma.md:5:11']],
  'comparison-unknown-subject': [['comparison-unknown-subject', 'comparisons/alpha-vs-gamma.md:5:19']],
  'comparison-duplicate-dimension': [['comparison-duplicate-dimension', 'comparisons/alpha-vs-gamma.md:9:9']],
  'comparison-missing-cell': [['comparison-missing-cell', 'comparisons/alpha-vs-gamma.md:15:3']],
  'comparison-extra-cell': [['comparison-extra-cell', 'comparisons/alpha-vs-gamma.md:14:5']],
  'matrix-unknown-layer': [['matrix-unknown-layer', 'responsibility-matrix.md:4:17']],
  'matrix-unknown-model': [['matrix-unknown-model', 'responsibility-matrix.md:8:3']],
  'matrix-missing-cell': [['matrix-missing-cell', 'responsibility-matrix.md:7:3']],
  'matrix-bad-manager': [['matrix-bad-manager', 'responsibility-matrix.md:7:17']],
  'bad-match': [
    ['bad-match', 'concepts/gamma.md:16:24'],
    ['bad-match', 'concepts/gamma.md:17:12'],
  ],
  'bad-base-iri': [['bad-base-iri', 'pack.md:3:10']],
  'unknown-license': [['unknown-license', 'pack.md:5:7']],
  'unknown-license-2': [['unknown-license', 'pack.md:6:8']],
  'bad-version': [['bad-version', 'pack.md:10:10']],
  'bad-short-name': [['bad-short-name', 'pack.md:4:12']],
  'yaml-portable': [
    ['yaml-portable', 'concepts/gamma.md:9:10'],
    ['yaml-portable', 'concepts/gamma.md:10:10'],
    ['yaml-portable', 'concepts/gamma.md:11:21'],
  ],
  'no-meta-reference': [
    ['no-meta-reference', 'concepts/gamma.md:7:18'],
    ['no-meta-reference', 'concepts/gamma.md:21:1'],
  ],
  'preferred-term': [
    ['preferred-term', 'concepts/gamma.md:18:14'],
    ['preferred-term', 'concepts/gamma.md:22:6'],
  ],
  'preferred-term-2': [
    ['preferred-term', 'concepts/gamma.md:6:24'],
    ['preferred-term', 'terminology.md:6:14'],
  ],
  'zh-punctuation': [
    ['zh-punctuation', 'concepts/gamma.md:21:3'],
    ['zh-punctuation', 'concepts/gamma.md:21:9'],
    ['zh-punctuation', 'concepts/gamma.md:21:15'],
  ],
  'cjk-latin-spacing': [['cjk-latin-spacing', 'concepts/gamma.md:21:5']],
  'en-spelling': [
    ['en-spelling', 'concepts/gamma.md:17:5'],
    ['en-spelling', 'concepts/gamma.md:17:27'],
  ],
};

describe('compileContent (broken fixtures)', () => {
  it('should compile the base pack without any message', async () => {
    const result = await compileContent(path.join(fixturesDir, 'base'));
    expect(result.messages).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('should have a table row for every broken fixture and a fixture for every rule', async () => {
    const folders = (await readdir(path.join(fixturesDir, 'broken'))).sort();
    expect(Object.keys(cases).sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(Object.values(cases).flatMap((expected) => expected.map(([ruleId]) => ruleId)));
    expect(ruleIds.filter((ruleId) => !covered.has(ruleId))).toEqual([]);
  });

  it.each(Object.entries(cases))('should report %s', async (name, expected) => {
    const content = await materialize(name);
    try {
      const result = await compileContent(content.dir);
      const actual = result.messages.map((message) => [
        message.ruleId,
        `${path.relative(content.dir, message.file).split(path.sep).join('/')}:${message.line}:${message.column}`,
      ]);
      expect(actual).toEqual(expected);
      expect(result.ok).toBe(expected.every(([ruleId]) => rules[ruleId].severity === 'warning'));
      for (const message of result.messages) {
        expect(message.source).toBe('cloudvirt');
        expect(message.reason).toMatch(/^Unexpected .+, expected .+/u);
        expect(message.note.length).toBeGreaterThan(0);
        expect(message.fatal).toBe(message.severity === 'error');
        expect(message.place.start).toMatchObject({ line: message.line, column: message.column });
        expect(message.place.end.line * 1e6 + message.place.end.column).toBeGreaterThanOrEqual(message.line * 1e6 + message.column);
      }
    } finally {
      await content.cleanup();
    }
  });

  it('should suggest the closest id for a typo', async () => {
    const content = await materialize('unknown-relation-target');
    try {
      const result = await compileContent(content.dir);
      const [message] = result.messages;
      expect(message).toMatchObject({ actual: 'alpah', expected: ['alpha'], place: { start: { line: 10, column: 13 }, end: { line: 10, column: 18 } } });
      expect(message?.note).toMatch(/^Did you mean `alpha`\?/u);
    } finally {
      await content.cleanup();
    }
  });

  it('should give the fix of a style rule as the expected value', async () => {
    const content = await materialize('en-spelling');
    try {
      const result = await compileContent(content.dir);
      expect(result.messages.map((message) => [message.actual, message.expected])).toEqual([
        ['behaviour', ['behavior']],
        ['Virtualised', ['Virtualized']],
      ]);
      expect(result.messages[0]?.place.end).toMatchObject({ line: 17, column: 14 });
    } finally {
      await content.cleanup();
    }
  });

  it('should fail on style warnings under --frail', async () => {
    const content = await materialize('cjk-latin-spacing');
    try {
      expect((await compileContent(content.dir)).ok).toBe(true);
      expect((await compileContent(content.dir, { frail: true })).ok).toBe(false);
    } finally {
      await content.cleanup();
    }
  });

  it('should report the path of a broader cycle', async () => {
    const content = await materialize('broader-cycle');
    try {
      const result = await compileContent(content.dir);
      expect(result.messages[0]?.reason).toContain('alpha → gamma → beta → alpha');
    } finally {
      await content.cleanup();
    }
  });
});
