/**
 * The example knowledge pack in the repository (`examples/container-orchestration/`, issue 15): it compiles
 * with no message at all under `--frail` (style rules included), stays within the size the issue asks for,
 * has both languages on every text, a comparison and no responsibility matrix, and shares the concept id
 * `container` with CloudVirt while defining it in its own words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { data as cloudvirt } from '../src/generated/data.js';
import { hasResponsibilityMatrix } from '../src/matrix.js';
import type { KnowledgeBaseData } from '../src/model.js';
import { compilePack } from './compile-pack.js';
import { formatMessages } from './report.js';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'container-orchestration');

let compiled: Promise<{ data: KnowledgeBaseData; report: string }> | undefined;

/** Compile the example pack folder once, as `cloudvirt-pack check --frail` does; fail with the report otherwise. */
function compileExample(): Promise<{ data: KnowledgeBaseData; report: string }> {
  compiled ??= compilePack(exampleDir, { frail: true }).then((result) => {
    const report = formatMessages(result.messages);
    if (!result.ok) throw new Error(`expected the example pack to compile under --frail:\n${report}`);
    return { data: result.data, report };
  });
  return compiled;
}

/**
 * Every `{en, zh}` text in the data, with its path, so a missing or empty language can be named. Skips
 * `wikipedia` (links per language, each optional by design).
 */
function localizedTexts(value: unknown, at = '$', found: { at: string; text: Record<string, unknown> }[] = []): { at: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => localizedTexts(item, `${at}[${index}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const isText = keys.length > 0 && keys.every((key) => key === 'en' || key === 'zh') && keys.some((key) => typeof record[key] === 'string');
    if (isText) found.push({ at, text: record });
    else for (const key of keys) if (key !== 'wikipedia') localizedTexts(record[key], `${at}.${key}`, found);
  }
  return found;
}

describe('the example pack examples/container-orchestration', () => {
  it('should compile with zero errors and zero warnings under --frail', async () => {
    const { report } = await compileExample();
    expect(report).toBe('');
  });

  it('should declare its own identity, not CloudVirt’s', async () => {
    const { data } = await compileExample();
    expect(data.pack?.id).toBe('container-orchestration');
    expect(data.pack?.id).not.toBe(cloudvirt.pack?.id);
    expect(data.pack?.name.en).not.toBe(cloudvirt.pack?.name.en);
    expect(data.pack?.baseIri).toBe('https://containers.example/');
    expect(data.pack?.shortName).toEqual({ en: 'Container Orchestration', zh: '容器编排' });
  });

  it('should hold 8 to 15 concepts, at least one comparison and no responsibility matrix', async () => {
    const { data } = await compileExample();
    expect(data.concepts.length).toBeGreaterThanOrEqual(8);
    expect(data.concepts.length).toBeLessThanOrEqual(15);
    expect(data.comparisons.length).toBeGreaterThanOrEqual(1);
    expect(data.topics.length).toBeGreaterThanOrEqual(2);
    expect(hasResponsibilityMatrix(data.responsibilityMatrix)).toBe(false);
  });

  it('should have every text in both languages, each non-empty, explanations included', async () => {
    const { data } = await compileExample();
    // The matrix is absent (the compiler's empty placeholder has no texts to check).
    const { responsibilityMatrix, ...rest } = data;
    expect(hasResponsibilityMatrix(responsibilityMatrix)).toBe(false);
    const texts = localizedTexts(rest);
    // Labels, definitions, explanations, topic labels and descriptions, comparison cells and the pack's names at least.
    expect(texts.length).toBeGreaterThan(data.concepts.length * 3);
    const incomplete = texts.filter(({ text }) => typeof text.en !== 'string' || typeof text.zh !== 'string' || text.en.trim() === '' || text.zh.trim() === '');
    expect(incomplete.map(({ at }) => at)).toEqual([]);
    for (const concept of data.concepts) {
      expect(concept.explanation.en, concept.id).not.toBe('');
      expect(concept.explanation.zh, concept.id).toMatch(/\p{Script=Han}/u);
    }
  });

  it('should share the concept id container with CloudVirt, defined in its own words', async () => {
    const { data } = await compileExample();
    const own = data.concepts.find((concept) => concept.id === 'container');
    const theirs = cloudvirt.concepts.find((concept) => concept.id === 'container');
    expect(own).toBeDefined();
    expect(theirs).toBeDefined();
    expect(own?.definition.en).not.toBe(theirs?.definition.en);
    expect(own?.definition.zh).not.toBe(theirs?.definition.zh);
    expect(own?.topic).toBe('containers');
  });

  it('should cite a public https source for every concept and comparison, none of them from the CloudVirt seed', async () => {
    const { data } = await compileExample();
    for (const record of [...data.concepts, ...data.comparisons]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source.url, record.id).toMatch(/^https:\/\//u);
        expect(source.fromSeed, `${record.id} ${source.url}`).toBe(false);
      }
    }
  });
});
