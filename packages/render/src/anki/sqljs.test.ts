import { describe, expect, it } from 'vitest';
import { loadSqlJs } from './sqljs.js';

// The failure messages (which name sql-wasm-browser.wasm) are checked in Chromium by
// scripts/check-packaging.mjs: sql.js loads once per process, so a failed load cannot be tested here
// without breaking every later test.
describe('loadSqlJs', () => {
  it('should load sql.js in Node without a path, once per process', async () => {
    const first = loadSqlJs();
    expect(loadSqlJs()).toBe(first);
    expect(loadSqlJs({ locateFile: (file) => `/elsewhere/${file}` })).toBe(first);
    expect(typeof (await first).Database).toBe('function');
  });
});
