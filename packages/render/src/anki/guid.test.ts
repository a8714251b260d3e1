import { describe, expect, it } from 'vitest';
import { ankiGuidFor, base91Alphabet } from './guid.js';

describe('ankiGuidFor', () => {
  it("should equal genanki's guid_for (values computed with Python's hashlib)", () => {
    expect(ankiGuidFor('cloudvirt', 'concept', 'kvm', 'definition', 'en')).toBe('Moi8L{a?ii');
    expect(ankiGuidFor('kb-concept', 'virt/hypervisor')).toBe('t1]`RtMIIw');
    expect(ankiGuidFor('虚拟化', 42)).toBe('GMo!]4`,8M');
  });

  it('should use only base91 characters and differ per value', () => {
    const guids = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      const guid = ankiGuidFor('cloudvirt', 'concept', `c${index}`, 'en');
      expect([...guid].every((char) => base91Alphabet.includes(char))).toBe(true);
      expect(guid.length).toBeGreaterThanOrEqual(6);
      guids.add(guid);
    }
    expect(guids.size).toBe(2000);
  });

  it('should throw without values', () => {
    expect(() => ankiGuidFor()).toThrow(/Cannot derive a GUID from nothing/);
  });
});
