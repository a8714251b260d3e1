import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError } from './errors.js';
import { checkNotFolder, checkOutputPath } from './output-path.js';

const dir = mkdtempSync(join(tmpdir(), 'flashcards-output-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkOutputPath', () => {
  it('should accept a new file in an existing folder and leave no probe file', () => {
    expect(checkOutputPath('new.apkg', { force: false, cwd: dir })).toEqual({ path: join(dir, 'new.apkg'), exists: false });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should refuse a missing folder', () => {
    expect(() => checkOutputPath('missing/deck.apkg', { force: true, cwd: dir })).toThrow('Cannot write `missing/deck.apkg`: the folder `missing` does not exist');
  });

  it('should refuse a path under a file', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(() => checkOutputPath('plain/deck.apkg', { force: true, cwd: dir })).toThrow(OutputError);
  });

  it('should refuse an existing file without force, and accept it with force', () => {
    writeFileSync(join(dir, 'old.apkg'), 'old');
    expect(() => checkOutputPath('old.apkg', { force: false, cwd: dir })).toThrow('Refusing to replace `old.apkg`: the file exists');
    expect(checkOutputPath('old.apkg', { force: true, cwd: dir })).toEqual({ path: join(dir, 'old.apkg'), exists: true });
  });

  it('should refuse a folder and a special file', () => {
    mkdirSync(join(dir, 'folder.apkg'));
    expect(() => checkOutputPath('folder.apkg', { force: true, cwd: dir })).toThrow('Cannot write `folder.apkg`: it is a folder');
    expect(() => checkOutputPath('/dev/null', { force: true, cwd: dir })).toThrow('it exists and is not a regular file');
  });

  it('should write through a symbolic link to its target', () => {
    writeFileSync(join(dir, 'real.apkg'), 'x');
    symlinkSync(join(dir, 'real.apkg'), join(dir, 'link.apkg'));
    expect(checkOutputPath('link.apkg', { force: true, cwd: dir }).path).toBe(join(dir, 'real.apkg'));
  });
});

describe('checkNotFolder', () => {
  it('should suggest a file inside the folder', () => {
    expect(() => checkNotFolder('.', dir)).toThrow(expect.objectContaining({ hint: 'Name a file inside it, e.g. -o "./cloudvirt-en.apkg".' }));
    expect(() => checkNotFolder('nothing-here', dir)).not.toThrow();
  });
});
