/**
 * A pack's whole life outside this repository's sources: `init` → `check` (0 problems under --frail) →
 * `build` → the built module imported (ESM and CJS) and type-checked in a scratch project whose
 * `node_modules/@cloudvirt/core` links to this package; `check --format json` on a broken copy; `loadPack`
 * on every kind of spec; and the built bin (dist/cloudvirt-pack.js) doing the same.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from './load-pack.js';
import { PackError } from './pack-error.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '..', '..');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** `cloudvirt-pack` from the sources. */
const source = (args: readonly string[], cwd: string): Promise<Run> => run(tsx, [path.join(packageDir, 'compiler', 'bin.ts'), ...args], cwd);
/** `cloudvirt-pack` as built into dist/ (core's build runs before the tests). */
const built = (args: readonly string[], cwd: string): Promise<Run> => run(process.execPath, [path.join(packageDir, 'dist', 'cloudvirt-pack.js'), ...args], cwd);

let scratch = '';

/** A scratch project: `node_modules/@cloudvirt/core` → this package, as `npm install` of the pack would give. */
async function scratchProject(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await mkdir(path.join(dir, 'node_modules', '@cloudvirt'), { recursive: true });
  await symlink(packageDir, path.join(dir, 'node_modules', '@cloudvirt', 'core'), 'dir');
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: `${name}-consumer`, private: true, type: 'module' }, null, 2)}\n`);
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'cloudvirt-pack-workflow-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('init → check → build → import (cloudvirt-pack from the sources)', () => {
  let project = '';
  beforeAll(async () => {
    project = await scratchProject('consumer');
    const init = await source(['init', 'my-pack'], project);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    await symlink(path.join('..', 'my-pack'), path.join(project, 'node_modules', 'my-pack'), 'dir');
  }, 120_000);

  it('should scaffold C2: package.json with scripts, dependency on this core version and exports; the schemas wired for VS Code', async () => {
    const manifest = JSON.parse(await readFile(path.join(project, 'my-pack', 'package.json'), 'utf8')) as Record<string, unknown>;
    const core = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(manifest).toMatchObject({
      name: 'my-pack',
      type: 'module',
      scripts: { build: 'cloudvirt-pack build', check: 'cloudvirt-pack check' },
      dependencies: { '@cloudvirt/core': `^${core.version}` },
      files: ['dist', 'content'],
      exports: {
        '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/index.d.cts', default: './dist/index.cjs' } },
        './data.json': './dist/data.json',
        './package.json': './package.json',
      },
    });
    expect(manifest['devDependencies']).toEqual({ 'remark-cli': '12.0.1', 'remark-frontmatter': '5.0.0', 'remark-lint-frontmatter-schema': '3.15.4' });
    const vscode = async (file: string): Promise<unknown> => JSON.parse(await readFile(path.join(project, 'my-pack', '.vscode', file), 'utf8')) as unknown;
    // VS Code's YAML extension reads no Markdown frontmatter (redhat-developer/vscode-yaml#207): the remark extension does.
    expect(await vscode('settings.json')).toEqual({ 'remark.requireConfig': true });
    expect(await vscode('extensions.json')).toEqual({ recommendations: ['unifiedjs.vscode-remark'] });
  });

  describe("the scaffold's .remarkrc.mjs, run by remark-cli with the versions the scaffold pins (this package's devDependencies)", () => {
    let lintPack = '';
    const remark = (cwd: string): Promise<Run> => run(process.execPath, [path.join(lintPack, 'node_modules', 'remark-cli', 'cli.js'), 'content', '--quiet', '--frail', '--no-color'], cwd);
    beforeAll(async () => {
      // A copy of the scaffold with the node_modules `npm install` gives it: @cloudvirt/core (its dist/schema) and the remark tooling.
      lintPack = path.join(scratch, 'lint-pack');
      await cp(path.join(project, 'my-pack'), lintPack, { recursive: true });
      await mkdir(path.join(lintPack, 'node_modules', '@cloudvirt'), { recursive: true });
      await symlink(packageDir, path.join(lintPack, 'node_modules', '@cloudvirt', 'core'), 'dir');
      for (const name of ['remark-cli', 'remark-frontmatter', 'remark-lint-frontmatter-schema']) {
        await symlink(path.join(packageDir, 'node_modules', name), path.join(lintPack, 'node_modules', name), 'dir');
      }
    });

    it('should find no problem in the clean scaffold (the schemas load: a missing schema is a warning too)', async () => {
      const lint = await remark(lintPack);
      expect(lint.stderr).toBe('');
      expect(lint.code).toBe(0);
    }, 60_000);

    it('should warn at the place of a frontmatter schema error, with the allowed values, and exit 1 under --frail', async () => {
      const broken = path.join(scratch, 'lint-pack-broken');
      await cp(lintPack, broken, { recursive: true, verbatimSymlinks: true });
      const concept = path.join(broken, 'content', 'concepts', 'concept-record.md');
      await writeFile(concept, (await readFile(concept, 'utf8')).replace('level: fundamental', 'level: basic'));
      const pack = path.join(broken, 'content', 'pack.md');
      await writeFile(pack, (await readFile(pack, 'utf8')).replace('version: "0.1.0"', 'version: "first"'));
      const lint = await remark(broken);
      expect(lint.code).toBe(1);
      expect(lint.stderr).toMatch(/content\/concepts\/concept-record\.md\n4:8-4:13 +warning Must be equal to one of the allowed values: `fundamental`, `intermediate`, `advanced` .*#\/properties\/level\/enum/u);
      expect(lint.stderr).toMatch(/content\/pack\.md\n22:10-22:17 +warning Must match pattern .*#\/properties\/version\/pattern/u);
      expect(lint.stderr).toContain('2 warnings');
      expect(lint.stderr).not.toContain('YAML schema file load/parse');
    }, 60_000);
  });

  it('should check with no message at all under --frail, then build every C2 output', async () => {
    const check = await source(['check', '--frail', '--format', 'json'], path.join(project, 'my-pack'));
    expect(JSON.parse(check.stdout)).toEqual({ ok: true, errorCount: 0, warningCount: 0, messages: [] });
    expect(check.code).toBe(0);
    const build = await source(['build', 'my-pack', '--frail'], project);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('2 concepts, 1 relation, 0 comparisons, 1 topic, no responsibility matrix → my-pack/dist: data.json, index.cjs, index.d.cts, index.d.ts, index.js');
  }, 120_000);

  it('should import the built module as ESM and CJS in a child process, with the pack identity and literal ids', async () => {
    const esm = await run(process.execPath, ['--input-type=module', '-e', "import { kb, conceptIds, data } from 'my-pack'; console.log(JSON.stringify([kb.getConcept('knowledge-pack').label.zh, conceptIds, data.pack.id, kb.findConcept('pack')?.id]));"], project);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(['知识包', ['concept-record', 'knowledge-pack'], 'my-pack', 'knowledge-pack']);
    const cjs = await run(process.execPath, ['-e', "const { kb, topicIds } = require('my-pack'); console.log(JSON.stringify([kb.related('concept-record').map((r) => r.concept.id), topicIds, kb.comparisons.length]));"], project);
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual([['knowledge-pack'], ['basics'], 0]);
  }, 60_000);

  it('should type-check a TypeScript consumer against the literal id unions of the .d.ts (an unknown id does not compile)', async () => {
    await writeFile(
      path.join(project, 'consumer.ts'),
      `import { kb, type ConceptId } from 'my-pack';
const id: ConceptId = 'knowledge-pack';
export const label: string = kb.getConcept(id).label.en;
// @ts-expect-error: not a concept id of my-pack
kb.getConcept('no-such-id');
`,
    );
    const config = { compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', skipLibCheck: false, types: [] }, files: ['consumer.ts'] };
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify(config));
    const tsc = await run(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], project);
    expect(tsc.stdout).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);

  it('should report a broken copy as JSON: rule ids and positions (exit 1)', async () => {
    const broken = path.join(project, 'broken-pack');
    await cp(path.join(project, 'my-pack', 'content'), path.join(broken, 'content'), { recursive: true });
    const file = path.join(broken, 'content', 'concepts', 'concept-record.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('kind: concept', 'kind: concpet').replace('target: knowledge-pack', 'target: knowledge-pak'));
    const check = await source(['check', 'broken-pack', '--format', 'json'], project);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { ok: boolean; messages: { file: string; line: number; column: number; ruleId: string; hint: string }[] };
    expect(report.ok).toBe(false);
    expect(report.messages.map(({ file: where, line, column, ruleId }) => `${where}:${line}:${column} ${ruleId}`)).toEqual([
      'broken-pack/content/concepts/concept-record.md:2:7 unknown-kind',
      'broken-pack/content/concepts/concept-record.md:14:13 unknown-relation-target',
    ]);
    expect(report.messages[1]?.hint).toContain('Did you mean `knowledge-pack`?');
  }, 60_000);

  describe('loadPack', () => {
    it('should load a package name resolved from cwd (the built data)', async () => {
      const { kb, source: from } = await loadPack('my-pack', { cwd: project });
      expect(from).toEqual({ resolvedAs: 'package', loaded: 'data', path: path.join(project, 'my-pack', 'dist', 'data.json'), packageName: 'my-pack', packageVersion: '0.1.0' });
      expect(kb.concepts.map((concept) => concept.id)).toEqual(['concept-record', 'knowledge-pack']);
    });

    it('should load a built pack folder, its package.json, and its data.json by path', async () => {
      const data = path.join(project, 'my-pack', 'dist', 'data.json');
      for (const spec of ['./my-pack', './my-pack/package.json', path.join(project, 'my-pack')]) {
        expect((await loadPack(spec, { cwd: project })).source).toMatchObject({ resolvedAs: 'path', loaded: 'data', path: data, packageName: 'my-pack' });
      }
      expect((await loadPack('./my-pack/dist/data.json', { cwd: project })).source).toEqual({ resolvedAs: 'path', loaded: 'data', path: data, packageName: 'my-pack', packageVersion: '0.1.0' });
    });

    it('should compile an unbuilt pack folder or a content folder in memory', async () => {
      const pack = await loadPack('./broken-pack/../my-pack/content', { cwd: project });
      expect(pack.source).toEqual({ resolvedAs: 'path', loaded: 'content', path: path.join(project, 'my-pack', 'content') });
      expect(pack.kb.getConcept('knowledge-pack').label.en).toBe('Knowledge pack');
      await cp(path.join(project, 'my-pack', 'content'), path.join(project, 'unbuilt', 'content'), { recursive: true });
      expect((await loadPack('./unbuilt', { cwd: project })).source).toMatchObject({ resolvedAs: 'path', loaded: 'content', path: path.join(project, 'unbuilt', 'content') });
    });

    it('should throw one content-errors PackError carrying every positioned message for content that does not compile', async () => {
      const error = await loadPack('./broken-pack', { cwd: project }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PackError);
      expect(error).toMatchObject({ code: 'content-errors' });
      const { messages, message } = error as PackError;
      expect(messages.map((item) => item.ruleId)).toEqual(['unknown-kind', 'unknown-relation-target']);
      expect(message).toContain('broken-pack/content/concepts/concept-record.md\n  2:7-2:14');
    });

    it('should name what it received, what it expected and a hint for a spec that is no pack', async () => {
      await expect(loadPack('my-pak', { cwd: project })).rejects.toMatchObject({
        code: 'pack-not-found',
        message: expect.stringMatching(/^Unexpected pack `my-pak`: no package by that name is installed .*, expected an installed pack package name .* Did you mean `my-pack`\? Install it/u),
      });
      await expect(loadPack('./nowhere', { cwd: project })).rejects.toMatchObject({ code: 'pack-not-found', message: expect.stringContaining(`\`${path.join(project, 'nowhere')}\` does not exist`) });
      await expect(loadPack('./node_modules', { cwd: project })).rejects.toMatchObject({ code: 'not-a-pack', message: expect.stringContaining('holds no built `dist/data.json` and no `content/` folder') });
      await writeFile(path.join(project, 'bad.json'), '{"topics": []');
      await expect(loadPack('./bad.json', { cwd: project })).rejects.toMatchObject({ code: 'bad-data', message: expect.stringContaining('it is not JSON') });
      await writeFile(path.join(project, 'invalid.json'), JSON.stringify({ topics: [], concepts: [{ id: 'x' }], relations: [] }));
      await expect(loadPack('./invalid.json', { cwd: project })).rejects.toMatchObject({ code: 'bad-data', message: expect.stringContaining('missing-field') });
      await expect(loadPack('my-pack', { cwd: project, frail: true } as never)).rejects.toThrow('Unexpected option `frail` in loadPack options, expected one of `cwd`');
    });
  });
});

describe('the built bin (dist/cloudvirt-pack.js)', () => {
  it('should init, check, build and be imported, and exit 2 on a non-empty folder', async () => {
    const project = await scratchProject('built-bin');
    expect(await built(['init', 'pack-from-dist'], project)).toMatchObject({ code: 0, stderr: '' });
    expect(await built(['check', 'pack-from-dist', '--frail'], project)).toMatchObject({ code: 0, stdout: '✔ pack-from-dist: 2 concepts, 1 relation, 0 comparisons, 1 topic, no responsibility matrix, no problems\n' });
    expect(await built(['build', 'pack-from-dist'], project)).toMatchObject({ code: 0, stderr: '' });
    const refused = await built(['init', 'pack-from-dist'], project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Unexpected folder `pack-from-dist`: it is not empty');
    const imported = await run(process.execPath, ['--input-type=module', '-e', "import { kb } from './pack-from-dist/dist/index.js'; console.log(kb.getConcept('concept-record').label.zh);"], project);
    expect(imported).toMatchObject({ code: 0, stdout: '概念条目\n' });
  }, 120_000);
});
