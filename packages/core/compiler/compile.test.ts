import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { levels } from '../src/model.js';
import { compileContent, compileFiles } from './compile.js';
import { generateModule } from './generate.js';
import { formatMessages } from './report.js';

const validDir = path.join(fixturesDir, 'valid');

describe('compileContent', () => {
  it('should compile the valid pack to the expected data', async () => {
    const result = await compileContent(validDir);
    expect(result.messages).toEqual([]);
    if (!result.ok) throw new Error('expected the valid pack to compile');
    await expect(`${JSON.stringify(result.data, null, 2)}\n`).toMatchFileSnapshot(path.join(fixturesDir, 'valid.expected.json'));
  });

  it('should compile the real content without any message under --frail (the style rules included)', async () => {
    const result = await compileContent(path.join(fixturesDir, '..', '..', 'content'), { frail: true });
    expect(formatMessages(result.messages)).toBe('');
    expect(result.ok).toBe(true);
  });

  it('should give the same bytes on every run', async () => {
    const [first, second] = await Promise.all([compileContent(validDir), compileContent(validDir)]);
    if (!first.ok || !second.ok) throw new Error('expected the valid pack to compile');
    expect(generateModule(second.data)).toBe(generateModule(first.data));
  });

  it('should order concepts by topic order, then level, then id', async () => {
    const result = await compileContent(validDir);
    if (!result.ok) throw new Error('expected the valid pack to compile');
    const topicIndex = new Map(result.data.topics.map((topic, index) => [topic.id, index]));
    const keys = result.data.concepts.map((concept) => [topicIndex.get(concept.topic) ?? -1, levels.indexOf(concept.level), concept.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map(([topic]) => topic)).size).toBeGreaterThan(3);
  });

  it('should keep relations in concept order, then as authored', async () => {
    const result = await compileContent(validDir);
    if (!result.ok) throw new Error('expected the valid pack to compile');
    const conceptIndex = new Map(result.data.concepts.map((concept, index) => [concept.id, index]));
    const froms = result.data.relations.map((relation) => conceptIndex.get(relation.from) ?? -1);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(result.data.relations.filter((relation) => relation.from === 'kvm').map((relation) => relation.to)).toEqual([
      'full-virtualization',
      'hosted-model',
    ]);
  });

  it('should keep explanations as the Markdown source of each section', async () => {
    const result = await compileContent(validDir);
    if (!result.ok) throw new Error('expected the valid pack to compile');
    const virtualization = result.data.concepts.find((concept) => concept.id === 'virtualization');
    expect(virtualization?.explanation.en).toBe(
      'Virtualization is a technology; [cloud computing](concept:cloud-computing) is an environment.\n\n| Term | Is |\n| --- | --- |\n| Virtualization | a technology |',
    );
    expect(virtualization?.explanation.zh).toMatch(/^虚拟化是一种技术，\[云计算\]\(concept:cloud-computing\)/u);
  });

  it('should report all problems at once, across files, sorted by file and position', async () => {
    const dir = path.join(fixturesDir, 'many-errors');
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    expect(result.messages.map((message) => `${path.relative(dir, message.file)}:${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      'concepts/gamma.md:2:7 unknown-kind',
      'concepts/gamma.md:5:10 bad-date',
      'concepts/gamma.md:9:26 unknown-relation-target',
      'concepts/gamma.md:19:21 broken-concept-link',
      'responsibility-matrix.md:7:17 matrix-bad-manager',
    ]);
  });

  it('should report a missing content folder instead of throwing', async () => {
    const result = await compileContent(path.join(fixturesDir, 'does-not-exist'));
    expect(result.ok).toBe(false);
    // topics.md and concepts/ (the matrix is optional).
    expect(result.messages.map((message) => message.ruleId)).toEqual(['missing-file', 'missing-file']);
  });

  it('should compile a pack without responsibility-matrix.md and comparisons/ to the empty matrix and no comparisons', async () => {
    const { mkdtemp, cp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-no-matrix-'));
    try {
      await cp(path.join(validDir, 'topics.md'), path.join(dir, 'topics.md'));
      await cp(path.join(validDir, 'concepts'), path.join(dir, 'concepts'), { recursive: true });
      const result = await compileContent(dir);
      expect(result.messages.filter((message) => message.fatal)).toEqual([]);
      if (!result.ok) throw new Error('expected the pack without a matrix to compile');
      expect(result.data.comparisons).toEqual([]);
      const newest = result.data.concepts.map((concept) => concept.updated).sort().at(-1);
      expect(result.data.responsibilityMatrix).toEqual({ title: { en: '', zh: '' }, description: { en: '', zh: '' }, layers: [], models: [], cells: [], sources: [], updated: newest });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('compileFiles', () => {
  it('should compile in-memory files and fail on warnings when frail', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const base = path.join(fixturesDir, 'base');
    const files = [
      { path: 'topics.md', value: await readFile(path.join(base, 'topics.md'), 'utf8') },
      { path: 'responsibility-matrix.md', value: await readFile(path.join(base, 'responsibility-matrix.md'), 'utf8') },
      ...(await Promise.all(
        (await readdir(path.join(base, 'concepts'))).map(async (name) => ({
          path: `concepts/${name}`,
          value: await readFile(path.join(base, 'concepts', name), 'utf8'),
        })),
      )),
      { path: 'concepts/draft.txt', value: '' },
    ];
    const lenient = compileFiles(files, 'content');
    expect(lenient.ok).toBe(true);
    expect(lenient.messages.map((message) => [message.file, message.ruleId])).toEqual([[path.join('content', 'concepts/draft.txt'), 'stray-file']]);
    expect(compileFiles(files, 'content', { frail: true }).ok).toBe(false);
  });

  it('should accept a byte order mark and CRLF line endings', () => {
    const crlf = (text: string): string => `\uFEFF${text.replace(/\n/gu, '\r\n')}`;
    const result = compileFiles([
      { path: 'topics.md', value: crlf('---\ntopics:\n  - id: basics\n    label: {en: Basics, zh: 基础}\n    description: {en: The basics., zh: 基础。}\n---\n') },
      {
        path: 'concepts/alpha.md',
        value: crlf(
          '---\nkind: stack-layer\ntopic: basics\nlevel: fundamental\nupdated: 2026-11-26\nlabel: {en: Alpha, zh: 阿尔法}\ndefinition: {en: Alpha., zh: 阿尔法。}\nsources:\n  - {url: https://example.com, lang: en, seed: false, title: {en: A, zh: A}}\n---\n\n# en\n\nAlpha.\n\nMore.\n\n# zh\n\n阿尔法。\n',
        ),
      },
      {
        path: 'responsibility-matrix.md',
        value: crlf(
          '---\nupdated: 2026-11-26\ntitle: {en: M, zh: M}\nlayers: [alpha]\nmodels: []\ncells: {}\nsources:\n  - {url: https://example.com, lang: en, seed: false, title: {en: A, zh: A}}\n---\n\n# en\n\nM.\n\n# zh\n\nM。\n',
        ),
      },
    ]);
    expect(result.messages).toEqual([]);
    expect(result.ok && result.data.concepts[0]?.explanation).toEqual({ en: 'Alpha.\n\nMore.', zh: '阿尔法。' });
  });
});
