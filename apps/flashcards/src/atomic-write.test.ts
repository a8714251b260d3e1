import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeActiveTempFiles, sweepStaleTempFiles, tempPathFor, writeFaultVariable, writeFileAtomic } from './atomic-write.js';

const dirs: string[] = [];
const newDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'flashcards-atomic-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  delete process.env[writeFaultVariable];
});

describe('writeFileAtomic', () => {
  it('should write bytes and text, and leave no temporary file', async () => {
    const dir = newDir();
    const bytes = new Uint8Array(200_000).map((_, index) => index % 251);
    await writeFileAtomic(join(dir, 'a.bin'), bytes);
    await writeFileAtomic(join(dir, 'b.txt'), '中文\n');
    expect(new Uint8Array(readFileSync(join(dir, 'a.bin')))).toEqual(bytes);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('中文\n');
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'b.txt']);
  });

  it('should replace a file and keep its permissions', async () => {
    const dir = newDir();
    const path = join(dir, 'deck.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('should leave the previous file intact and no temporary file when the write fails', async () => {
    const dir = newDir();
    const path = join(dir, 'deck.apkg');
    writeFileSync(path, 'previous');
    process.env[writeFaultVariable] = 'fail-after:1';
    await expect(writeFileAtomic(path, new Uint8Array(300_000))).rejects.toThrow(/EIO/);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['deck.apkg']);
  });
});

describe('sweepStaleTempFiles', () => {
  it('should remove the temporary files of dead processes only', async () => {
    const dir = newDir();
    const path = join(dir, 'deck.apkg');
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    writeFileSync(tempPathFor(path, deadPid), 'partial');
    writeFileSync(tempPathFor(path, 1), 'pid 1 is running');
    writeFileSync(join(dir, '.other.apkg.123.tmp'), 'another target');
    expect(sweepStaleTempFiles(path)).toEqual([tempPathFor(path, deadPid)]);
    expect(readdirSync(dir).sort()).toEqual(['.deck.apkg.1.tmp', '.other.apkg.123.tmp']);
  });
});

describe('removeActiveTempFiles', () => {
  it('should remove the temporary file of a write in progress', async () => {
    const dir = newDir();
    const path = join(dir, 'deck.apkg');
    process.env[writeFaultVariable] = 'pause-after:1';
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const pending = writeFileAtomic(path, new Uint8Array(10)).then(
      () => 'written',
      (error: NodeJS.ErrnoException) => error.code,
    );
    try {
      await expect.poll(() => readdirSync(dir)).toEqual([`.deck.apkg.${process.pid}.tmp`]);
      expect(removeActiveTempFiles()).toEqual([tempPathFor(path)]);
      expect(readdirSync(dir)).toEqual([]);
      expect(await pending).toBe('ENOENT');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.stderr.write = stderr;
    }
  });
});
