import { describe, expect, it } from 'vitest';
import { displayWidth, formatBytes, formatTable } from './text-table.js';

describe('displayWidth', () => {
  it('should count CJK and full-width characters as two columns', () => {
    expect(displayWidth('VMM')).toBe(3);
    expect(displayWidth('虚拟化')).toBe(6);
    expect(displayWidth('IT 环境')).toBe(7);
    expect(displayWidth('\uFF08x\uFF09')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('formatTable', () => {
  it('should align columns by display width', () => {
    expect(formatTable([['a', '中文', '1'], ['bbb', 'x', '22']], ['left', 'left', 'right'])).toBe('a    中文   1\nbbb  x     22');
  });
});

describe('formatBytes', () => {
  it('should use B, kB and MB', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(25_437)).toBe('25.4 kB');
    expect(formatBytes(1_250_000)).toBe('1.3 MB');
  });
});
