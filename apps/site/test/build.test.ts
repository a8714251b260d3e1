import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('site build', () => {
  it('should write an index page with a language', () => {
    const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
  });
});
