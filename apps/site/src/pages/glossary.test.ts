import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { glossaryGroups, initialLetter } from './glossary.js';

describe('initialLetter', () => {
  it('should use the pinyin initial of Chinese terms and the first letter of Latin ones', () => {
    expect(initialLetter('虚拟化', 'zh')).toBe('X');
    expect(initialLetter('宿主模型', 'zh')).toBe('S');
    expect(initialLetter('云计算', 'zh')).toBe('Y');
    expect(initialLetter('容器', 'zh')).toBe('R');
    expect(initialLetter('公共云', 'zh')).toBe('G');
    expect(initialLetter('混合云', 'zh')).toBe('H');
    expect(initialLetter('KVM', 'zh')).toBe('K');
    expect(initialLetter('x86', 'en')).toBe('X');
    expect(initialLetter('Ärger', 'en')).toBe('A');
    expect(initialLetter('9P', 'en')).toBe('#');
  });

  it('should find the right initial for common characters of every pinyin initial', () => {
    const samples: Record<string, string> = {
      A: '阿爱安', B: '八白不部本', C: '从茶存层', D: '大的多动', E: '饿二', F: '发飞服分', G: '个公管共',
      H: '哈混和环户', J: '计技基级集架', K: '开可客控', L: '类拉量裸律', M: '模马面名么', N: '你内能拟', O: '欧',
      P: '平配盘', Q: '七去全企请', R: '容人如软然', S: '宿三数是私适', T: '它提特体', W: '网为完物',
      X: '虚系性线', Y: '云应用元硬', Z: '资在主中装指',
    };
    for (const [letter, characters] of Object.entries(samples)) {
      for (const character of characters) expect(`${character}:${initialLetter(character, 'zh')}`).toBe(`${character}:${letter}`);
    }
  });
});

describe('glossaryGroups', () => {
  it('should list every label and alias once, sorted within letters in alphabetical order', () => {
    for (const locale of ['en', 'zh'] as const) {
      const groups = glossaryGroups(kb.concepts, locale);
      const letters = groups.map((group) => group.letter);
      expect(letters).toEqual([...letters].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
      const terms = groups.flatMap((group) => group.entries.map((entry) => entry.term));
      expect(new Set(terms).size).toBe(terms.length);
      for (const concept of kb.concepts) expect(terms).toContain(concept.label[locale]);
      for (const group of groups) for (const entry of group.entries) expect(initialLetter(entry.term, locale)).toBe(group.letter);
    }
  });
});
