import { describe, expect, it } from 'vitest';
import { checkApkgFileName } from './file-name.js';

describe('checkApkgFileName', () => {
  it('should accept ordinary package names and return the base name', () => {
    expect(checkApkgFileName('cloudvirt-en.apkg')).toBe('cloudvirt-en.apkg');
    expect(checkApkgFileName('out/decks/CloudVirt 中文.apkg')).toBe('CloudVirt 中文.apkg');
    expect(checkApkgFileName('C:\\out\\my-collection.apkg')).toBe('my-collection.apkg');
  });

  it('should refuse names Anki treats as whole-collection backups', () => {
    for (const name of ['collection.apkg', 'out/Collection.APKG', 'backup-2026-11-26.apkg', 'dir\\backup-1.apkg']) {
      expect(() => checkApkgFileName(name)).toThrow(/whole-collection backup/);
    }
  });

  it('should refuse names without the .apkg extension', () => {
    expect(() => checkApkgFileName('deck.zip')).toThrow(/expected a name ending in `.apkg`/);
    expect(() => checkApkgFileName('out/.apkg')).toThrow(/expected a name ending/);
  });
});
