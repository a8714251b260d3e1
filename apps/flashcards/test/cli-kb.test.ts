/**
 * End-to-end: `--kb` makes the built CLI serve another knowledge pack — a pack folder, its content folder or
 * a built `data.json` — with that pack's file names, deck names and note identities; a `--kb` that names no
 * pack is a usage error (exit 2), content that does not compile a content error (exit 1) with the
 * compiler's positioned messages; nothing is written either way.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent, generateJson } from '@cloudvirt/core/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, filesIn, removeTempDirs, runCli, tempDir } from './helpers/cli.js';

beforeAll(assertBuilt);
afterAll(removeTempDirs);

/** The fixture pack: 3 concepts in 2 topics, pack id `tiny-containers`, sharing the concept id `container` with CloudVirt. */
const fixture = fileURLToPath(new URL('./fixtures/tiny-pack', import.meta.url));

/** A working folder holding a copy of the fixture pack as `tiny-pack/`. */
function folderWithPack(): string {
  const dir = tempDir('flashcards-kb-');
  cpSync(fixture, join(dir, 'tiny-pack'), { recursive: true });
  return dir;
}

describe('--kb', () => {
  it('serves the content folder and a built data.json the same notes, and lists that pack', async () => {
    const cwd = folderWithPack();
    const compiled = await compileContent(join(cwd, 'tiny-pack', 'content'));
    if (!compiled.ok) throw new Error('the fixture pack does not compile');
    writeFileSync(join(cwd, 'data.json'), generateJson(compiled.data));
    const csv = async (spec: string): Promise<string> => {
      const run = await runCli(['--kb', spec, '--format', 'csv', '-o', '-'], { cwd });
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.toString('utf8');
    };
    const fromContent = await csv('./tiny-pack/content');
    expect(await csv('./data.json')).toBe(fromContent);
    expect(await csv('./tiny-pack')).toBe(fromContent);

    const list = await runCli(['--kb', './data.json', '--list', '--json'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    const listing = JSON.parse(list.stdout.toString('utf8')) as {
      pack: { id: string };
      topics: { id: string; concepts: number }[];
      levels: { id: string; concepts: number }[];
      cardKinds: { id: string; notes: number }[];
      total: { concepts: number; notes: number };
    };
    expect(listing.pack.id).toBe('tiny-containers');
    expect(listing.topics.map((topic) => [topic.id, topic.concepts])).toEqual([['running', 2], ['distribution', 1]]);
    expect(listing.levels.map((level) => [level.id, level.concepts])).toEqual([['fundamental', 2], ['intermediate', 1], ['advanced', 0]]);
    expect(listing.cardKinds.find((kind) => kind.id === 'relation')?.notes).toBe(2);
    expect(listing.cardKinds.find((kind) => kind.id === 'comparison')?.notes).toBe(0);
    expect(listing.total.concepts).toBe(3);
    const plan = await runCli(['--kb', './data.json', '--dry-run', '--json'], { cwd });
    expect(listing.total.notes).toBe((JSON.parse(plan.stdout.toString('utf8')) as { notes: number }).notes);

    const human = await runCli(['--kb', './tiny-pack', '--list'], { cwd });
    expect(human.stdout.toString('utf8')).toMatch(/^Pack tiny-containers: Tiny Container Glossary \/ 迷你容器术语库\n/);
    expect(human.stdout.toString('utf8')).toMatch(/\nFull en deck: 3 concepts, /);
  });

  it('plans a dry run of the pack under its file name', async () => {
    const cwd = folderWithPack();
    const run = await runCli(['--kb', './tiny-pack', '--dry-run', '--json', '--topic', '分发镜像'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.toString('utf8')) as { file: string; concepts: number };
    expect(summary).toMatchObject({ file: 'tiny-containers-en-distribution.apkg', concepts: 1 });
    expect(filesIn(cwd)).toEqual(['tiny-pack']);
  });

  it('exports the pack as a Markdown handbook', async () => {
    const cwd = folderWithPack();
    const run = await runCli(['--kb', './tiny-pack', '--format', 'md'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(cwd, 'tiny-containers-en.md'), 'utf8');
    expect(text).toContain('Image registry');
    expect(text).not.toContain('Hypervisor');
  });

  it('refuses a path that names no pack: exit 2, what was tried and a hint, nothing written', async () => {
    const cwd = folderWithPack();
    const run = await runCli(['--kb', './tiny-pak', '--lang', 'zh'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --kb: Unexpected pack `\.\/tiny-pak`: `[^`]*tiny-pak` does not exist, expected /);
    expect(run.stderr).toMatch(/\nhint: Did you mean `--kb \.\/tiny-pack`\? `--kb` takes an installed package name/);
    expect(filesIn(cwd)).toEqual(['tiny-pack']);
    const missing = await runCli(['--kb', 'no-such-pack-installed', '--list'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Unexpected pack `no-such-pack-installed`: no package by that name is installed/);
    expect(missing.stdout.length).toBe(0);
  });

  it('reports content that does not compile with the positioned messages: exit 1, nothing written', async () => {
    const cwd = folderWithPack();
    const file = join(cwd, 'tiny-pack', 'content', 'concepts', 'container.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: component', 'kind: widget').replace('target: container-image', 'target: container-imag'));
    const run = await runCli(['--kb', './tiny-pack'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: --kb: The pack content in `[^`]*content` does not compile \(2 errors\)/);
    expect(run.stderr).toMatch(/concepts\/container\.md/);
    expect(run.stderr).toMatch(/2:7-2:13 +error +Unexpected kind `widget`.*unknown-kind/);
    expect(run.stderr).toMatch(/a pack cannot declare kinds of its own/);
    expect(run.stderr).toMatch(/unknown-relation-target/);
    expect(run.stderr).toMatch(/Did you mean `container-image`\?/);
    expect(run.stderr).toMatch(/\nhint: Fix the content \(`cloudvirt-pack check <pack folder>` reports the same messages\)/);
    expect(filesIn(cwd)).toEqual(['tiny-pack']);
  });
});
