import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compatibleLicences, directDependencies, isCompatibleExpression, productionTree, publishedPackages, readmeDependencies } from './licences.js';
import { repoRoot } from './paths.js';

describe('isCompatibleExpression', () => {
  it('should accept permissive licences and expressions that allow one', () => {
    for (const expression of ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', '(MIT OR GPL-3.0-only)', 'MIT AND ISC', 'Apache-2.0 WITH LLVM-exception', '(MIT OR Apache-2.0) AND BSD-2-Clause']) {
      expect(isCompatibleExpression(expression), expression).toBe(true);
    }
  });

  it('should refuse copyleft, unknown and malformed licences', () => {
    for (const expression of ['GPL-3.0-only', 'LGPL-2.1', 'MIT AND GPL-2.0', 'UNLICENSED', 'UNKNOWN', 'SEE LICENSE IN LICENSE.txt', 'CC-BY-4.0', '', 'MIT OR']) {
      expect(isCompatibleExpression(expression), expression).toBe(false);
    }
  });
});

describe('productionTree', () => {
  for (const workspace of publishedPackages) {
    it(`should find only MIT-compatible licences in the production tree of ${workspace}`, async () => {
      const { packages, missing } = await productionTree(workspace);
      expect(missing).toEqual([]);
      const incompatible = packages.filter((entry) => !isCompatibleExpression(entry.licence)).map((entry) => `${entry.name}@${entry.version} (${entry.licence}) via ${entry.via}`);
      expect(incompatible, `allowed: ${[...compatibleLicences].join(', ')}`).toEqual([]);
      const licences = new Map<string, number>();
      for (const entry of packages) licences.set(entry.licence, (licences.get(entry.licence) ?? 0) + 1);
      console.log(`${workspace}: ${packages.length} production dependencies (${[...licences].map(([licence, count]) => `${count} ${licence}`).join(', ') || 'none'})`);
    });

    it(`should walk the same tree as pnpm list --prod for ${workspace}`, async () => {
      const { stdout } = await promisify(execFile)('pnpm', ['list', '--prod', '--depth', 'Infinity', '--json', '--filter', `./${workspace}`], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
      const listed = new Set<string>();
      const walk = (dependencies: Record<string, { version: string; dependencies?: Record<string, unknown> }> | undefined): void => {
        for (const [name, entry] of Object.entries(dependencies ?? {})) {
          if (!name.startsWith('@cloudvirt/')) listed.add(`${name}@${entry.version}`);
          walk(entry.dependencies as Parameters<typeof walk>[0]);
        }
      };
      walk((JSON.parse(stdout) as { dependencies?: Parameters<typeof walk>[0] }[])[0]?.dependencies);
      const { packages } = await productionTree(workspace);
      expect(new Set(packages.map((entry) => `${entry.name}@${entry.version}`))).toEqual(listed);
    });
  }

  it('should keep @cloudvirt/core free of runtime dependencies', async () => {
    expect([...(await directDependencies('packages/core')).keys()]).toEqual([]);
  });
});

describe('README "Dependencies" sections', () => {
  for (const workspace of publishedPackages) {
    it(`should justify every runtime dependency of ${workspace} with its licence`, async () => {
      const readme = await readFile(path.join(repoRoot, workspace, 'README.md'), 'utf8');
      const rows = readmeDependencies(readme);
      expect(rows, `${workspace}/README.md has no "## Dependencies" section (a table: | package | why | licence |)`).toBeDefined();
      const direct = await directDependencies(workspace);
      expect(rows?.map((row) => row.name).sort(), `${workspace}/README.md: the table must list exactly the runtime dependencies`).toEqual([...direct.keys()]);
      for (const row of rows ?? []) {
        expect(row.why.length, `${row.name}: say why it is needed`).toBeGreaterThan(10);
        expect(row.licence, `${row.name}: the licence in ${workspace}/README.md`).toBe(direct.get(row.name));
      }
    });
  }
});
