import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo, type CliStream } from './run.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** In-memory streams, optionally pretending to be a terminal. */
function memoryIo(options: { readonly tty?: boolean; readonly env?: Record<string, string> } = {}): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]): CliStream => ({
    isTTY: options.tty ?? false,
    write: (chunk) => {
      sink.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
      return true;
    },
  });
  const cwd = mkdtempSync(join(tmpdir(), 'flashcards-run-'));
  dirs.push(cwd);
  return {
    stdout: stream(out),
    stderr: stream(err),
    env: options.env ?? {},
    cwd,
    version: '1.2.3',
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('runCli', () => {
  it('should print the version it is given', async () => {
    const io = memoryIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toBe('1.2.3\n');
  });

  it('should refuse to write an Anki package to a terminal', async () => {
    const io = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await runCli(['-o', '-', '--format', 'apkg', '--concept', 'kvm'], io)).toBe(2);
    expect(io.err()).toMatch(/^error: Refusing to write an Anki package \(binary\) to a terminal\n/);
    expect(io.out()).toBe('');
  });

  it('should colour the summary on a terminal, and not with NO_COLOR', async () => {
    const tty = memoryIo({ tty: true });
    expect(await runCli(['--concept', 'kvm', '--cards', 'definition'], tty)).toBe(0);
    expect(tty.err()).toMatch(/^\u001b\[32m✔\u001b\[39m Wrote cloudvirt-en-kvm-definition\.apkg: 1 note, 2 cards, [\d.]+ kB\n$/);
    const noColor = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await runCli(['--concept', 'kvm', '--cards', 'definition'], noColor)).toBe(0);
    expect(noColor.err()).toMatch(/^✔ Wrote /);
    expect(readdirSync(noColor.cwd)).toEqual(['cloudvirt-en-kvm-definition.apkg']);
  });

  it('should write relative -o paths under its working folder', async () => {
    const io = memoryIo();
    expect(await runCli(['--concept', 'xen', '--format', 'md', '-o', 'xen.md', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ file: 'xen.md', path: join(io.cwd, 'xen.md'), format: 'md', concepts: 1 });
    expect(readdirSync(io.cwd)).toEqual(['xen.md']);
  });

  it('should not refuse a dry run when the default output exists: it says the export would need --force', async () => {
    const io = memoryIo();
    writeFileSync(join(io.cwd, 'cloudvirt-en-kvm.apkg'), 'my own deck');
    expect(await runCli(['--dry-run', '--concept', 'kvm'], io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toMatch(/^Would write cloudvirt-en-kvm\.apkg \(Anki package, en\): \d+ notes?, \d+ cards?$/);
    expect(lines[1]).toBe('`cloudvirt-en-kvm.apkg` exists: the export would need --force to replace it (or choose another -o path).');
    expect(io.err()).toBe('');
    expect(readFileSync(join(io.cwd, 'cloudvirt-en-kvm.apkg'), 'utf8')).toBe('my own deck');
  });

  it('should report in a --json dry run whether the file exists and whether --force is needed', async () => {
    const cases = [
      { args: [], exists: false, replaced: false, needsForce: false },
      { args: [], exists: true, replaced: true, needsForce: true },
      { args: ['--force'], exists: true, replaced: true, needsForce: false },
    ];
    for (const { args, exists, replaced, needsForce } of cases) {
      const io = memoryIo();
      if (exists) writeFileSync(join(io.cwd, 'kvm.csv'), 'old');
      expect(await runCli(['--dry-run', '--json', '--concept', 'kvm', '-o', 'kvm.csv', ...args], io), JSON.stringify(args)).toBe(0);
      expect(JSON.parse(io.out()), JSON.stringify({ args, exists })).toMatchObject({ dryRun: true, file: 'kvm.csv', replaced, needsForce });
      expect(readdirSync(io.cwd)).toEqual(exists ? ['kvm.csv'] : []);
    }
  });

  it('should say --force would replace an existing file in a dry run with --force', async () => {
    const io = memoryIo();
    writeFileSync(join(io.cwd, 'kvm.md'), 'old');
    expect(await runCli(['--dry-run', '--force', '--concept', 'kvm', '-o', 'kvm.md'], io)).toBe(0);
    expect(io.out().split('\n')[1]).toBe('`kvm.md` exists: --force would replace it (the old file stays intact until the new one is complete).');
    expect(readFileSync(join(io.cwd, 'kvm.md'), 'utf8')).toBe('old');
  });
});
