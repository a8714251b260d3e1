import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileContent } from './compile.js';
import { createIncrementalCompiler } from './incremental.js';
import { lxc } from '../test/lxc-concept.js';

describe('createIncrementalCompiler', () => {
  let dir: string;
  let parsed: string[];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-incremental-'));
    await cp(path.join(fixturesDir, 'valid'), dir, { recursive: true });
    parsed = [];
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const compiler = () => createIncrementalCompiler(dir, { onParse: (file) => parsed.push(file) });
  const kvm = () => path.join(dir, 'concepts', 'kvm.md');

  it('should parse every file on the first update and give what compileContent gives', async () => {
    const incremental = compiler();
    const result = await incremental.update();
    expect(result.ok).toBe(true);
    expect(result).toEqual(await compileContent(dir));
    expect(parsed.length).toBeGreaterThan(10);
    expect(parsed).toContain('concepts/kvm.md');
    expect(incremental.lastUpdate?.parsed).toEqual([...parsed].sort());
  });

  it('should re-parse only the edited file and give what a full compile gives', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;
    await writeFile(kvm(), (await readFile(kvm(), 'utf8')).replace('en: KVM', 'en: KVM hypervisor'));
    const result = await incremental.update(['concepts/kvm.md']);
    expect(parsed).toEqual(['concepts/kvm.md']);
    expect(incremental.lastUpdate?.read).toEqual(['concepts/kvm.md']);
    if (!result.ok) throw new Error('expected the edited pack to compile');
    expect(result.data.concepts.find((concept) => concept.id === 'kvm')?.label.en).toBe('KVM hypervisor');
    expect(result).toEqual(await compileContent(dir));
  });

  it('should take absolute paths, as fs.watch callers may pass them, and ignore paths outside the folder', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;
    await writeFile(kvm(), (await readFile(kvm(), 'utf8')).replace('KVM uses hardware assistance.', 'KVM uses hardware assistance (VT-x, AMD-V).'));
    const result = await incremental.update([kvm(), path.join(dir, '..', 'elsewhere.md')]);
    expect(parsed).toEqual(['concepts/kvm.md']);
    expect(result).toEqual(await compileContent(dir));
  });

  it('should keep the cross-file checks complete: an edit that breaks another file’s link is an error of that file', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;
    // xen.md contrasts with kvm: renaming kvm away leaves xen's relation dangling, though xen.md is not re-parsed.
    await rename(kvm(), path.join(dir, 'concepts', 'kvm-hypervisor.md'));
    const result = await incremental.update(['concepts/kvm.md', 'concepts/kvm-hypervisor.md']);
    expect(parsed).toEqual(['concepts/kvm-hypervisor.md']);
    expect(result.ok).toBe(false);
    expect(result.messages.some((message) => message.file.endsWith(path.join('concepts', 'xen.md')) && message.fatal)).toBe(true);
    expect(result).toEqual(await compileContent(dir));
  });

  it('should follow an add, a rename and a delete, re-parsing only the new path each time', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;

    const added = path.join(dir, 'concepts', 'lxc.md');
    await writeFile(added, lxc);
    const afterAdd = await incremental.update([added]);
    expect(parsed).toEqual(['concepts/lxc.md']);
    expect(afterAdd.ok).toBe(true);
    expect(afterAdd).toEqual(await compileContent(dir));

    parsed.length = 0;
    const renamed = path.join(dir, 'concepts', 'linux-containers.md');
    await rename(added, renamed);
    const afterRename = await incremental.update([added, renamed]);
    expect(parsed).toEqual(['concepts/linux-containers.md']);
    if (!afterRename.ok) throw new Error('expected the renamed pack to compile');
    expect(afterRename.data.concepts.map((concept) => concept.id)).toContain('linux-containers');
    expect(afterRename.data.concepts.map((concept) => concept.id)).not.toContain('lxc');
    expect(afterRename).toEqual(await compileContent(dir));

    parsed.length = 0;
    await rm(renamed);
    const afterDelete = await incremental.update([renamed]);
    expect(parsed).toEqual([]);
    expect(afterDelete).toEqual(await compileContent(dir));
    expect(afterDelete).toEqual(await compiler().update());
  });

  it('should report a broken file as compileContent does, and recover when it is fixed', async () => {
    const incremental = compiler();
    await incremental.update();
    const good = await readFile(kvm(), 'utf8');
    await writeFile(kvm(), good.replace('level: advanced', 'level: [advanced'));
    const broken = await incremental.update([kvm()]);
    expect(broken.ok).toBe(false);
    expect(broken.messages.filter((message) => message.fatal).every((message) => message.file.endsWith(path.join('concepts', 'kvm.md')))).toBe(true);
    expect(broken).toEqual(await compileContent(dir));

    parsed.length = 0;
    await writeFile(kvm(), good);
    const fixed = await incremental.update([kvm()]);
    expect(parsed).toEqual(['concepts/kvm.md']);
    expect(fixed.ok).toBe(true);
    expect(fixed).toEqual(await compileContent(dir));
  });

  it('should run the style rules of unchanged files again when the terminology table changes', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;
    const terminology = path.join(dir, 'terminology.md');
    await writeFile(terminology, '---\nterms:\n  - preferred: {en: hardware support, zh: 硬件支持}\n    variants: {en: [hardware assistance]}\n---\n');
    const withTable = await incremental.update([terminology]);
    expect(parsed).toEqual(['terminology.md']);
    expect(withTable.messages.some((message) => message.ruleId === 'preferred-term' && message.file.endsWith(path.join('concepts', 'kvm.md')))).toBe(true);
    expect(withTable).toEqual(await compileContent(dir));

    parsed.length = 0;
    await rm(terminology);
    const without = await incremental.update([terminology]);
    expect(parsed).toEqual([]);
    expect(without.messages.some((message) => message.ruleId === 'preferred-term')).toBe(false);
    expect(without).toEqual(await compileContent(dir));
  });

  it('should read the whole folder again without a change list, re-parsing only what differs', async () => {
    const incremental = compiler();
    await incremental.update();
    parsed.length = 0;
    await writeFile(kvm(), (await readFile(kvm(), 'utf8')).replace('en: KVM', 'en: Kernel VM'));
    await writeFile(path.join(dir, 'concepts', 'notes.txt'), 'not a concept');
    const result = await incremental.update();
    expect(parsed).toEqual(['concepts/kvm.md']);
    expect(incremental.lastUpdate?.read.length).toBe(incremental.lastUpdate?.files);
    expect(result).toEqual(await compileContent(dir));
    expect(result.messages.map((message) => message.ruleId)).toContain('stray-file');
  });
});
