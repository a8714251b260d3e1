import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('editDistance', () => {
  it('should count insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('virtual-machnie', 'virtual-machine')).toBe(1);
    expect(editDistance('虚拟机', '虚拟化')).toBe(1);
  });
});

describe('suggest', () => {
  it('should return the closest plausible candidates, best first, ignoring case', () => {
    expect(suggest('hypervisr', ['hypervisor', 'hosted-model'])).toEqual(['hypervisor']);
    expect(suggest('IAAS', ['iaas', 'paas'])).toEqual(['iaas']);
    expect(suggest('paas', ['saas', 'iaas', 'caas'], 3)).toEqual(['saas', 'iaas', 'caas']);
  });

  it('should not suggest unrelated values', () => {
    expect(suggest('xen', ['kvm', 'qemu'])).toEqual([]);
    expect(suggest('networking', ['operating-system'])).toEqual([]);
  });
});
