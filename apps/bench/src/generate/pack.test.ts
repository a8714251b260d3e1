import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkspaceScript, workspaceRoot } from '../repo.js';
import { generatePack, minimumConcepts } from './pack.js';
import { Random } from './prng.js';
import { writePack } from './write.js';

describe('Random', () => {
  it('should repeat its sequence for the same seed and differ for another', () => {
    const draw = (seed: number): number[] => {
      const random = new Random(seed);
      return Array.from({ length: 8 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('should sample distinct items', () => {
    const sample = new Random(1).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe('generatePack', () => {
  it('should give the same bytes for the same seed', () => {
    const a = generatePack({ concepts: 40, seed: 3 });
    const b = generatePack({ concepts: 40, seed: 3 });
    expect([...a.files]).toEqual([...b.files]);
    expect([...generatePack({ concepts: 40, seed: 4 }).files]).not.toEqual([...a.files]);
  });

  it('should hold the requested concepts, comparisons, the matrix and the topic tree', () => {
    const pack = generatePack({ concepts: 60 });
    const concepts = [...pack.files.keys()].filter((file) => file.startsWith('concepts/'));
    expect(concepts).toHaveLength(60);
    expect(pack.files.has('topics.md')).toBe(true);
    expect(pack.files.has('responsibility-matrix.md')).toBe(true);
    expect([...pack.files.keys()].filter((file) => file.startsWith('comparisons/'))).toHaveLength(pack.counts.comparisons);
    const text = pack.files.get(concepts[30] ?? '') ?? '';
    expect(text).toMatch(/^---\nkind: /u);
    expect(text).toContain('\n# en\n\n');
    expect(text).toContain('\n# zh\n\n');
    expect(text).toMatch(/\]\(concept:[a-z0-9-]+\)/u);
  });

  it('should refuse fewer concepts than the matrix needs', () => {
    expect(() => generatePack({ concepts: minimumConcepts - 1 })).toThrow(RangeError);
  });

  describe('compiled by @cloudvirt/core', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-bench-test-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('should compile without a message, with the counts it generated', async () => {
      const pack = generatePack({ concepts: 120 });
      const content = await writePack(pack, path.join(dir, 'content'));
      const outDir = path.join(dir, 'generated');
      const out = path.join(outDir, 'data.ts');
      // The compiler's CLI (cloudvirt-pack, from core's sources), run as a workspace script: it exits 1 on any problem.
      const run = runWorkspaceScript(workspaceRoot(), '@cloudvirt/core', 'pack', ['build', content, '--emit', 'ts', '--out', outDir, '--frail']);
      const { concepts, relations, comparisons, topics } = pack.counts;
      expect(run.stdout).toContain(`✔ ${concepts} concepts, ${relations} relations, ${comparisons} comparisons, ${topics} topics, 6 × 9 responsibility matrix`);
      expect(run.stderr).not.toMatch(/warning|error/u);
      expect(await readFile(out, 'utf8')).toContain('export const data');
    });
  });
});
