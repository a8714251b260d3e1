import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from './normalize.js';

describe('normalizeTerm', () => {
  it('should ignore case, width, whitespace, hyphens, underscores, dots and · /', () => {
    expect(normalizeTerm('Type 2 hypervisor')).toBe('type2hypervisor');
    expect(normalizeTerm('type-2  Hypervisor')).toBe('type2hypervisor');
    expect(normalizeTerm('TYPE_2.hypervisor')).toBe('type2hypervisor');
    expect(normalizeTerm('ＶＭＭ')).toBe('vmm');
    expect(normalizeTerm('I/O 虚拟化')).toBe('io虚拟化');
    expect(normalizeTerm('虚拟机·监控器')).toBe('虚拟机监控器');
    expect(normalizeTerm('（VMM）')).toBe('vmm');
  });

  it('should keep symbols that change a term', () => {
    expect(normalizeTerm('C#')).toBe('c#');
    expect(normalizeTerm('C++')).toBe('c++');
  });

  it('should be idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalizeTerm(normalizeTerm(text)) === normalizeTerm(text)));
  });
});
