import { describe, expect, it } from 'vitest';
import { fitDescription, fitTitle } from './head-text.js';

describe('fitDescription', () => {
  it('fills a short Chinese description from the next parts up to 25 characters', () => {
    expect(fitDescription('zh', ['云计算主要分为4种类型。', '对比表：从5个方面比较公有云、私有云、混合云、多云'])).toBe('云计算主要分为4种类型。对比表：从5个方面比较公有云、私有云、混合云、多云。');
  });
  it('cuts a long English text at a sentence end, else at a word with …', () => {
    const long = `${'The first sentence is about hypervisors and what they do for a host. '.repeat(2)}${'word '.repeat(40)}`;
    const fitted = fitDescription('en', [long]);
    expect([...fitted].length).toBeLessThanOrEqual(160);
    expect(fitted.endsWith('host.')).toBe(true);
    const words = fitDescription('en', ['word '.repeat(60)]);
    expect(words.endsWith('word…')).toBe(true);
    expect([...words].length).toBeLessThanOrEqual(160);
  });
  it('never cuts inside a Latin word in Chinese text', () => {
    const fitted = fitDescription('zh', ['基于内核的虚拟机（Kernel-based Virtual Machine），一个借助Intel VT-x或AMD-V把Linux变成VMM的Linux内核模块。它是知名的全虚拟化产品。']);
    expect([...fitted].length).toBeLessThanOrEqual(80);
    expect(fitted).toMatch(/(Linux|[\u4e00-\u9fff])…$/u);
  });
});

describe('fitTitle', () => {
  it('takes the first candidate within 60 characters, else cuts the last at a word', () => {
    expect(fitTitle('A very long page title that goes on and on and on · CloudVirt', 'Short')).toBe('Short');
    const cut = fitTitle('x '.repeat(5) + 'word '.repeat(20));
    expect([...cut].length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
