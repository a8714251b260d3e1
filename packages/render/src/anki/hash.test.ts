import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstUint64, sha1, sha256, toHex } from './hash.js';

const reference = (algorithm: string, input: string | Uint8Array): string => createHash(algorithm).update(input).digest('hex');

describe('sha1', () => {
  it('should match node:crypto on block-boundary lengths', () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const input = 'a'.repeat(length);
      expect(toHex(sha1(input))).toBe(reference('sha1', input));
    }
  });

  it('should match node:crypto on arbitrary Unicode and bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => toHex(sha1(input)) === reference('sha1', input)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (input) => toHex(sha1(input)) === reference('sha1', input)));
  });
});

describe('sha256', () => {
  it('should match node:crypto on block-boundary lengths', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 200]) {
      const input = '虚'.repeat(length);
      expect(toHex(sha256(input))).toBe(reference('sha256', input));
    }
  });

  it('should match node:crypto on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => toHex(sha256(input)) === reference('sha256', input)));
  });
});

describe('firstUint64', () => {
  it('should read the first 8 bytes big-endian', () => {
    const bytes = Uint8Array.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xff, 0xaa]);
    expect(firstUint64(bytes)).toBe(0x01020304050607ffn);
  });
});
