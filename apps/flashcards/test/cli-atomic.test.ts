/**
 * End-to-end: an interrupted or failing export leaves the previous file intact and no temporary file.
 * Faults are injected with `CLOUDVIRT_FLASHCARDS_TEST_WRITE_FAULT` (read only by the atomic writer; see
 * src/atomic-write.ts) or by killing the process at random moments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFaultVariable } from '../src/atomic-write.js';
import { openDeck } from './helpers/apkg.js';
import { assertBuilt, filesIn, finished, removeTempDirs, runCli, spawnCli, tempDir } from './helpers/cli.js';

const previous = 'the previous deck, which must survive';
/** A small deck for the injected faults, which stop the write at a chosen byte. */
const args = ['--topic', 'vmm-structures', '--lang', 'zh', '-o', 'deck.apkg', '--force'];
/** A larger deck for random kills, so some land while it is written. */
const largeArgs = ['--topic', 'system-virtualization', '--lang', 'zh', '-o', 'deck.apkg', '--force'];
let expected: Buffer;
let expectedLarge: Buffer;

beforeAll(async () => {
  assertBuilt();
  const [reference, referenceLarge] = await Promise.all([runCli(args), runCli(largeArgs)]);
  expect(reference.code, reference.stderr).toBe(0);
  expect(referenceLarge.code, referenceLarge.stderr).toBe(0);
  expected = readFileSync(join(reference.cwd, 'deck.apkg'));
  expectedLarge = readFileSync(join(referenceLarge.cwd, 'deck.apkg'));
});

afterAll(removeTempDirs);

/** A folder holding `deck.apkg` with the previous content. */
function folderWithPrevious(): string {
  const cwd = tempDir('flashcards-atomic-e2e-');
  writeFileSync(join(cwd, 'deck.apkg'), previous);
  return cwd;
}

/** Start an export that pauses mid-write, and wait until it has. */
async function pausedExport(cwd: string): Promise<ReturnType<typeof spawnCli>> {
  const child = spawnCli(args, { cwd, env: { [writeFaultVariable]: 'pause-after:1' } });
  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`${writeFaultVariable}: paused`)) resolve();
    });
    child.on('exit', () => reject(new Error(`the export ended before pausing:\n${stderr}`)));
  });
  return child;
}

describe.concurrent('cloudvirt-flashcards atomic writes (built CLI)', () => {
  it('should keep the previous file when the write fails', async () => {
    const cwd = folderWithPrevious();
    const run = await runCli(args, { cwd, env: { [writeFaultVariable]: 'fail-after:1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Could not write `.*deck\.apkg`: EIO: i\/o error, write/);
    expect(run.stderr).toMatch(/\nhint: The previous file is unchanged\.\n$/);
    expect(readFileSync(join(cwd, 'deck.apkg'), 'utf8')).toBe(previous);
    expect(filesIn(cwd)).toEqual(['deck.apkg']);
  });

  it('should leave nothing behind when the first write fails', async () => {
    const cwd = tempDir();
    const run = await runCli(['--concept', 'kvm'], { cwd, env: { [writeFaultVariable]: 'fail-after:1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\nhint: Nothing was written\.\n$/);
    expect(filesIn(cwd)).toEqual([]);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`should remove its temporary file and keep the previous file on ${signal} mid-write`, async () => {
      const cwd = folderWithPrevious();
      const child = await pausedExport(cwd);
      expect(filesIn(cwd)).toEqual([`.deck.apkg.${child.pid}.tmp`, 'deck.apkg']);
      const done = finished(child);
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(`error: Interrupted by ${signal}; the previous file is unchanged`);
      expect(readFileSync(join(cwd, 'deck.apkg'), 'utf8')).toBe(previous);
      expect(filesIn(cwd)).toEqual(['deck.apkg']);
    });
  }

  it('should keep the previous file on SIGKILL mid-write, and the next export should sweep the stale temporary file', async () => {
    const cwd = folderWithPrevious();
    const child = await pausedExport(cwd);
    const done = finished(child);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(readFileSync(join(cwd, 'deck.apkg'), 'utf8')).toBe(previous);
    expect(filesIn(cwd)).toEqual([`.deck.apkg.${child.pid}.tmp`, 'deck.apkg']);
    const next = await runCli(args, { cwd });
    expect(next.code, next.stderr).toBe(0);
    expect(filesIn(cwd)).toEqual(['deck.apkg']);
    expect(readFileSync(join(cwd, 'deck.apkg')).equals(expected)).toBe(true);
  });

  it('should leave either the previous or the complete new file when killed at a random moment', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, async (_, index) => {
        const cwd = folderWithPrevious();
        const child = spawnCli(largeArgs, { cwd });
        const done = finished(child);
        const delay = 150 + Math.floor(Math.random() * 2500) + index * 100;
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        const run = await done;
        clearTimeout(timer);
        const bytes = readFileSync(join(cwd, 'deck.apkg'));
        const state = bytes.toString('utf8') === previous ? 'previous' : bytes.equals(expectedLarge) ? 'new' : 'damaged';
        const leftovers = filesIn(cwd).filter((name) => name !== 'deck.apkg');
        expect(leftovers.every((name) => name === `.deck.apkg.${child.pid}.tmp`), leftovers.join(', ')).toBe(true);
        if (leftovers.length > 0) expect(run.signal).toBe('SIGKILL');
        return { delay, signal: run.signal, state };
      }),
    );
    for (const outcome of outcomes) expect(outcome.state, JSON.stringify(outcome)).not.toBe('damaged');
  });

  it('should have written reference decks that open', async () => {
    expect((await openDeck(expected)).notes.length).toBeGreaterThan(20);
    expect((await openDeck(expectedLarge)).notes.length).toBeGreaterThan(100);
  });
});
