import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  compatibleLicences,
  compilerBundledPackages,
  directDependencies,
  isAllowedLicence,
  isCompatibleExpression,
  parseNotices,
  productionTree,
  publishedPackages,
  readmeDependencies,
  reviewedLicenceFor,
  reviewedLicences,
} from './licences.js';
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
    it(`should find only MIT-compatible (or reviewed) licences in the production tree of ${workspace}`, async () => {
      const { packages, missing } = await productionTree(workspace);
      expect(missing).toEqual([]);
      const incompatible = packages.filter((entry) => !isAllowedLicence(workspace, entry)).map((entry) => `${entry.name}@${entry.version} (${entry.licence}) via ${entry.via}`);
      expect(incompatible, `allowed: ${[...compatibleLicences].join(', ')}`).toEqual([]);
      const licences = new Map<string, number>();
      for (const entry of packages) licences.set(entry.licence, (licences.get(entry.licence) ?? 0) + 1);
      console.log(`${workspace}: ${packages.length} production dependencies (${[...licences].map(([licence, count]) => `${count} ${licence}`).join(', ') || 'none'})`);
    });

    it(`should walk the same tree as pnpm list --prod for ${workspace}`, async () => {
      const { stdout } = await promisify(execFile)('pnpm', ['list', '--prod', '--depth', 'Infinity', '--json', '--filter', `./${workspace}`], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
      const listed = new Set<string>();
      const walk = (dependencies: Record<string, { version: string; from?: string; path?: string; dependencies?: Record<string, unknown> }> | undefined): void => {
        for (const [alias, entry] of Object.entries(dependencies ?? {})) {
          // An npm alias (`gray-matter` → `@11ty/gray-matter`) is listed by its alias, installed under its name;
          // optional packages of other platforms (`@resvg/resvg-js-darwin-arm64`, `fsevents`) are listed, not installed.
          const name = entry.from ?? alias;
          const installed = entry.path === undefined || existsSync(entry.path);
          if (!name.startsWith('@cloudvirt/') && installed) listed.add(`${name}@${entry.version}`);
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

describe('reviewed licences', () => {
  it('should admit a reviewed licence only for its package, licence, version and workspace', () => {
    expect(isAllowedLicence('apps/site', { name: '@resvg/resvg-js', version: '2.6.2', licence: 'MPL-2.0' })).toBe(true);
    expect(isAllowedLicence('apps/site', { name: '@resvg/resvg-js-linux-x64-gnu', version: '2.6.2', licence: 'MPL-2.0' })).toBe(true);
    expect(isAllowedLicence('apps/site', { name: '@expo-google-fonts/noto-sans-sc', version: '0.4.3', licence: 'MIT AND OFL-1.1' })).toBe(true);
    expect(isAllowedLicence('packages/core', { name: 'format', version: '0.2.2', licence: 'UNKNOWN' })).toBe(true);
    const refused = [
      ['apps/site', { name: 'some-new-dependency', version: '1.0.0', licence: 'MPL-2.0' }],
      ['apps/site', { name: '@resvg/resvg-js', version: '2.6.2', licence: 'GPL-3.0-only' }],
      ['apps/site', { name: '@resvg/resvg-js-evil', version: '2.6.2', licence: 'AGPL-3.0-only' }],
      ['apps/site', { name: 'some-font', version: '1.0.0', licence: 'OFL-1.1' }],
      ['packages/render', { name: '@resvg/resvg-js', version: '2.6.2', licence: 'MPL-2.0' }],
      ['apps/flashcards', { name: '@expo-google-fonts/noto-sans-sc', version: '0.4.3', licence: 'MIT AND OFL-1.1' }],
      ['packages/core', { name: 'format', version: '0.2.3', licence: 'UNKNOWN' }],
      ['packages/core', { name: 'other', version: '1.0.0', licence: 'UNKNOWN' }],
      ['apps/site', { name: 'left-pad', version: '1.0.0', licence: 'SSPL-1.0' }],
    ] as const;
    for (const [workspace, entry] of refused) expect(isAllowedLicence(workspace, entry), `${workspace}: ${entry.name}@${entry.version} ${entry.licence}`).toBe(false);
  });

  it('should give every reviewed licence a reason, and use each one (no stale exception)', async () => {
    const trees = new Map<string, { name: string; version: string; licence: string }[]>();
    for (const workspace of publishedPackages) trees.set(workspace, (await productionTree(workspace)).packages);
    trees.get('packages/core')?.push(...(await compilerBundledPackages()));
    for (const review of reviewedLicences) {
      expect(review.reason.length, String(review.name)).toBeGreaterThan(40);
      const used = review.workspaces.some((workspace) => trees.get(workspace)?.some((entry) => reviewedLicenceFor(workspace, entry) === review));
      expect(used, `${String(review.name)} (${review.licence}) admits nothing any more: remove it`).toBe(true);
    }
  });
});

describe('the packages bundled into the compiler of @cloudvirt/core', () => {
  it('should list every bundled package with a licence allowed for packages/core (dist/THIRD-PARTY-NOTICES.md)', async () => {
    const bundled = await compilerBundledPackages();
    const notices = await readFile(path.join(repoRoot, 'packages/core/dist/THIRD-PARTY-NOTICES.md'), 'utf8');
    expect(bundled.length).toBe(Number(/bundle the following packages \((\d+)\)/u.exec(notices)?.[1]));
    expect(bundled.map((entry) => entry.name)).toEqual(expect.arrayContaining(['unified', 'remark-parse', 'remark-frontmatter', 'remark-gfm', 'yaml', 'micromark']));
    const incompatible = bundled.filter((entry) => !isAllowedLicence('packages/core', entry)).map((entry) => `${entry.name}@${entry.version} (${entry.licence})`);
    expect(incompatible, `allowed: ${[...compatibleLicences].join(', ')} and the reviewed licences`).toEqual([]);
    const licences = new Map<string, number>();
    for (const entry of bundled) licences.set(entry.licence, (licences.get(entry.licence) ?? 0) + 1);
    console.log(`packages/core compiler bundle: ${bundled.length} packages (${[...licences].map(([licence, count]) => `${count} ${licence}`).join(', ')})`);
  });

  it('should rest the format@0.2.2 exception on what it ships: its README grants MIT, and the notice says so', async () => {
    const format = (await compilerBundledPackages()).find((entry) => entry.name === 'format');
    expect(format?.version).toBe('0.2.2');
    expect(format?.licence).toBe('UNKNOWN');
    expect(format?.text).toContain('[MIT license](http://sjs.mit-license.org)');
    expect(format?.text).toContain('Sami Samhuri');
  });

  it('should read a notices file, and refuse a malformed one', () => {
    const text = '# Third-party notices\n\n## a 1.0.0 (MIT)\n\n```txt\nMIT text\n```\n\n## @scope/b 2.0.0 (GPL-3.0-only)\n\n```txt\nGPL text\n```\n';
    const parsed = parseNotices(text, 'test');
    expect(parsed.map((entry) => [entry.name, entry.version, entry.licence, entry.text])).toEqual([
      ['a', '1.0.0', 'MIT', 'MIT text'],
      ['@scope/b', '2.0.0', 'GPL-3.0-only', 'GPL text'],
    ]);
    // A bundled GPL package fails the review.
    expect(parsed.filter((entry) => !isAllowedLicence('packages/core', entry)).map((entry) => entry.name)).toEqual(['@scope/b']);
    expect(() => parseNotices('## a (MIT)\n\n```txt\nx\n```\n', 'test')).toThrow(/expected `## <name> <version> \(<licence>\)`/u);
    expect(() => parseNotices('## a 1.0.0 (MIT)\n\nno text\n', 'test')).toThrow(/licence text/u);
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
