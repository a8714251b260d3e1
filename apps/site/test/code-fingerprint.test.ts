/**
 * The code the page and download caches are stamped with (`workspaceCodeTrees` of `src/page-cache.ts`):
 * in this repository core's built files embed the knowledge base, so a content edit must not change
 * what is hashed of core, else every edit empties the caches (as it did once its `tsup.config.ts` was
 * split in two and the check for a source checkout no longer held).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceCodeTrees, type CodeTree } from '../src/page-cache.js';

const coreDir = fileURLToPath(new URL('../../../packages/core/', import.meta.url));

/** The hash of what the trees hold, as the fingerprint hashes them. */
function hashOf(trees: readonly CodeTree[]): string {
  const hash = createHash('sha256');
  for (const tree of trees) for (const rel of tree.files) hash.update(`${tree.label}\0${rel}\0`).update(readFileSync(join(tree.dir, rel))).update('\0');
  return hash.digest('hex');
}

/** Every hashed file as a path relative to `dir`. */
function pathsOf(trees: readonly CodeTree[], dir: string): string[] {
  return trees.flatMap((tree) => tree.files.map((rel) => join(tree.dir, rel).slice(dir.length).replace(/^[/\\]/u, '')));
}

const scratch = mkdtempSync(join(tmpdir(), 'cloudvirt-fingerprint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Write `text` to `rel` under `dir`, creating folders. */
function put(dir: string, rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

describe('workspaceCodeTrees', () => {
  it("hashes this repository's core by its sources, not its built files or generated data", () => {
    const trees = workspaceCodeTrees('@cloudvirt/core', coreDir);
    expect(trees).toBeDefined();
    const paths = pathsOf(trees!, coreDir);
    expect(paths).toContain('src/index.ts');
    expect(paths).toContain('src/knowledge-base.ts');
    expect(paths).toContain('package.json');
    expect(paths).toContain('build-data.mjs');
    expect(paths.filter((rel) => rel.startsWith('dist/') || rel.startsWith('src/generated/') || rel.startsWith('content/'))).toEqual([]);
    expect(paths.filter((rel) => rel.endsWith('.test.ts'))).toEqual([]);
  });

  it('a source checkout: editing the data or the built files keeps the hash, editing the code changes it', () => {
    const dir = join(scratch, 'checkout', 'packages', 'core');
    put(dir, 'package.json', '{"name":"@cloudvirt/core"}');
    put(dir, 'src/index.ts', 'export const a = 1;\n');
    put(dir, 'src/generated/data.ts', 'export const data = {};\n');
    put(dir, 'dist/index.js', 'export const a = 1; const data = {};\n');
    put(dir, 'build-data.mjs', '// builds the data\n');
    const before = hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!);
    put(dir, 'src/generated/data.ts', 'export const data = { edited: true };\n');
    put(dir, 'dist/index.js', 'export const a = 1; const data = { edited: true };\n');
    put(dir, 'src/index.test.ts', 'test\n');
    expect(hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!)).toBe(before);
    put(dir, 'src/index.ts', 'export const a = 2;\n');
    expect(hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!)).not.toBe(before);
    put(dir, 'src/index.ts', 'export const a = 1;\n');
    put(dir, 'build-data.mjs', '// builds the data differently\n');
    expect(hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!)).not.toBe(before);
  });

  it('an installed workspace package is hashed by its built files and manifest; others not at all', () => {
    const dir = join(scratch, 'installed', 'node_modules', '@cloudvirt', 'core');
    put(dir, 'package.json', '{"name":"@cloudvirt/core","version":"1.0.0"}');
    put(dir, 'dist/index.js', 'export const a = 1;\n');
    expect(pathsOf(workspaceCodeTrees('@cloudvirt/core', dir)!, dir).sort()).toEqual(['dist/index.js', 'package.json']);
    const before = hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!);
    put(dir, 'dist/index.js', 'export const a = 2;\n');
    expect(hashOf(workspaceCodeTrees('@cloudvirt/core', dir)!)).not.toBe(before);
    expect(workspaceCodeTrees('pagefind', dir)).toBeUndefined();
  });
});
