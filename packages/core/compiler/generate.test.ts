import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseData } from '../src/model.js';
import { generateJson, generateModule } from './generate.js';

const tricky = 'Quotes \' " `, backslash \\ \\n, newline\nline, separators \u2028 \u2029, </script>, ${x}';

const data: KnowledgeBaseData = {
  topics: [{ id: 'basics', label: { en: tricky, zh: '基础' }, description: { en: 'B.', zh: '基础。' } }],
  concepts: [],
  relations: [],
  comparisons: [],
  responsibilityMatrix: { title: { en: 'M', zh: 'M' }, description: { en: tricky, zh: tricky }, layers: [], models: [], cells: [], sources: [], updated: '2026-11-26' },
};

describe('generateModule', () => {
  it('should round-trip any text through the JSON.parse string literal', async () => {
    const text = generateModule(data);
    expect(text).not.toContain('\u2028');
    expect(text).toContain("export type ConceptId = never;");
    expect(text).toContain("export type TopicId =\n  | 'basics';");
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-generate-'));
    try {
      const file = path.join(dir, 'data.ts');
      await writeFile(file, text);
      const module = (await import(file)) as { data: KnowledgeBaseData; topicIds: readonly string[] };
      expect(module.data).toEqual(data);
      expect(module.topicIds).toEqual(['basics']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should write the JSON file as the very text the module embeds, deterministically', () => {
    const json = generateJson(data);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(data);
    expect(generateJson(structuredClone(data))).toBe(json);
    expect(generateModule(data)).toContain(`JSON.parse(${JSON.stringify(json.trimEnd()).replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029')})`);
  });

  it('should import the model types from the given specifier', () => {
    expect(generateModule(data, { modelImport: '../../src/model.js' })).toContain("import type { KnowledgeBaseData } from '../../src/model.js';");
  });
});
