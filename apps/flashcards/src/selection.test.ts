import { kb } from '@cloudvirt/core';
import { defaultAnkiCardKinds } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { withAnkiSubtopics } from '@cloudvirt/render/anki';
import { expectOneOf, resolveFlashcardsOptions, toAnkiDeckOptions, type FlashcardsOptions } from './selection.js';

function usageError(options: FlashcardsOptions): UsageError {
  try {
    resolveFlashcardsOptions(options);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected the options to be refused');
}

describe('resolveFlashcardsOptions', () => {
  it('should default to the whole English Anki package with the default card kinds', () => {
    const resolved = resolveFlashcardsOptions();
    expect(resolved).toMatchObject({ lang: 'en', format: 'apkg', defaultCardKinds: true, topics: undefined, levels: undefined, concepts: undefined, deckName: undefined });
    expect(resolved.cardKinds).toEqual(defaultAnkiCardKinds('en'));
    expect(resolved.selectedConcepts).toHaveLength(kb.concepts.length);
  });

  it('should resolve concepts by id, English or Chinese label and alias', () => {
    const resolved = resolveFlashcardsOptions({ concepts: ['虚拟机监控器', 'Type 2 hypervisor', 'kvm', 'KVM'] });
    expect(resolved.concepts).toEqual(['virtual-machine-monitor', 'hosted-model', 'kvm']);
    expect(resolved.selectedConcepts.map((concept) => concept.id).sort()).toEqual(['hosted-model', 'kvm', 'virtual-machine-monitor']);
  });

  it('should resolve topics by id or label and include their sub-topics', () => {
    const resolved = resolveFlashcardsOptions({ topics: ['虚拟化'] });
    expect(resolved.topics).toEqual(['virtualization']);
    const family = withAnkiSubtopics(kb, ['virtualization']);
    expect(family.size).toBeGreaterThan(1);
    expect(resolved.selectedConcepts.length).toBe(kb.concepts.filter((concept) => family.has(concept.topic)).length);
    expect(resolved.selectedConcepts.every((concept) => family.has(concept.topic))).toBe(true);
  });

  it('should combine filters of different kinds with AND and values of one filter with OR', () => {
    const resolved = resolveFlashcardsOptions({ topics: ['vmm-structures', 'os-virtualization'], levels: ['intermediate'] });
    const expected = kb.concepts.filter((concept) => ['vmm-structures', 'os-virtualization'].includes(concept.topic) && concept.level === 'intermediate');
    expect(resolved.selectedConcepts.map((concept) => concept.id)).toEqual(expected.map((concept) => concept.id));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('should order card kinds by study order, expand `all` and drop duplicates', () => {
    expect(resolveFlashcardsOptions({ cardKinds: ['relation', 'cloze', 'cloze'] }).cardKinds).toEqual(['cloze', 'relation']);
    expect(resolveFlashcardsOptions({ cardKinds: ['all'] }).cardKinds).toHaveLength(6);
  });

  it('should suggest the closest value for an unknown language, format, card kind or level', () => {
    expect(usageError({ lang: 'ZH' as never }).hint).toBe('Did you mean `zh`?');
    expect(usageError({ format: 'apk' as never }).message).toBe('Unexpected --format value `apk`, expected one of `apkg`, `csv`, `md`');
    expect(usageError({ cardKinds: ['clozes' as never] }).hint).toBe('Did you mean `cloze`?');
    expect(usageError({ levels: ['advance' as never] }).hint).toBe('Did you mean `advanced`?');
  });

  it('should suggest the closest topic and concept', () => {
    const topic = usageError({ topics: ['vmm-structure'] });
    expect(topic.message).toBe('Unexpected --topic value `vmm-structure`, expected a topic id or label');
    expect(topic.hint).toContain('Did you mean `vmm-structures`');
    const concept = usageError({ concepts: ['hypervisr'] });
    expect(concept.message).toBe('Unexpected --concept value `hypervisr`, expected a concept id, label or alias');
    expect(concept.hint).toMatch(/^Did you mean `[Hh]ypervisor`/);
  });

  it('should explain a selection that is empty', () => {
    const error = usageError({ topics: ['vmm-structures'], levels: ['advanced'] });
    expect(error.message).toBe('The filters --topic + --level select no concept, so there is nothing to export');
    const counts = kb.concepts.filter((concept) => concept.topic === 'vmm-structures');
    expect(error.hint).toContain(`select ${counts.length} concepts`);
  });

  it('should refuse card kinds and deck names for Markdown', () => {
    expect(usageError({ format: 'md', cardKinds: ['cloze'] }).message).toContain('--cards');
    expect(usageError({ format: 'md', deckName: 'X' }).message).toContain('--deck-name');
  });

  it('should refuse empty deck name levels', () => {
    expect(usageError({ deckName: 'A::' }).message).toContain('expected non-empty names separated by `::`');
  });
});

describe('toAnkiDeckOptions', () => {
  it('should pass only the filters that were given', () => {
    expect(toAnkiDeckOptions(resolveFlashcardsOptions({ lang: 'zh' }))).toEqual({ lang: 'zh', cardKinds: defaultAnkiCardKinds('zh') });
    expect(toAnkiDeckOptions(resolveFlashcardsOptions({ lang: 'zh', topics: ['VMM 实现结构'], levels: ['fundamental'], deckName: 'X' }))).toEqual({
      lang: 'zh',
      cardKinds: defaultAnkiCardKinds('zh'),
      topics: ['vmm-structures'],
      levels: ['fundamental'],
      deckName: 'X',
    });
  });
});

describe('expectOneOf', () => {
  it('should return the value when allowed and throw a UsageError otherwise', () => {
    expect(expectOneOf('--x', 'b', ['a', 'b'])).toBe('b');
    expect(() => expectOneOf('--x', 'c', ['a', 'b'])).toThrow(UsageError);
  });
});
