import { describe, expect, it } from 'vitest';
import { parseDeckLanguage } from './index.js';

describe('parseDeckLanguage', () => {
  it('should accept en, zh and bilingual', () => {
    expect(['en', 'zh', 'bilingual'].map(parseDeckLanguage)).toEqual(['en', 'zh', 'bilingual']);
  });
  it('should throw when the language is unknown', () => {
    expect(() => parseDeckLanguage('fr')).toThrow(/Unexpected language `fr`/);
  });
});
