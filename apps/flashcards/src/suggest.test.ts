import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './suggest.js';

describe('editDistance', () => {
  it('should count insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('lang', 'lnag')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('didYouMean', () => {
  it('should return the closest candidate within a third of the length', () => {
    expect(didYouMean('clozee', ['cloze', 'comparison'])).toBe('cloze');
    expect(didYouMean('VMM-structure', ['vmm-structures', 'hypervisor'])).toBe('vmm-structures');
  });

  it('should return nothing when no candidate is close', () => {
    expect(didYouMean('quantum', ['cloze', 'relation'])).toBeUndefined();
    expect(didYouMean('fr', ['en', 'zh', 'bilingual'])).toBeUndefined();
  });

  it('should break ties by alphabetical order', () => {
    expect(didYouMean('abc', ['abx', 'aba'])).toBe('aba');
  });
});
