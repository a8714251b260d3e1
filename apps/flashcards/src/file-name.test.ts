import { createKnowledgeBase, kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { checkOutputName, defaultFileName, formatOfPath } from './file-name.js';
import { resolveFlashcardsOptions } from './selection.js';

describe('defaultFileName', () => {
  it('should name a full deck after its language and format', () => {
    expect(defaultFileName(resolveFlashcardsOptions())).toBe('cloudvirt-en.apkg');
    expect(defaultFileName(resolveFlashcardsOptions({ lang: 'bilingual', format: 'csv' }))).toBe('cloudvirt-bilingual.csv');
    expect(defaultFileName(resolveFlashcardsOptions({ lang: 'zh', format: 'md' }))).toBe('cloudvirt-zh.md');
  });

  it('should add the filters and non-default card kinds', () => {
    expect(defaultFileName(resolveFlashcardsOptions({ lang: 'zh', topics: ['vmm-structures'] }))).toBe('cloudvirt-zh-vmm-structures.apkg');
    expect(defaultFileName(resolveFlashcardsOptions({ concepts: ['虚拟机监控器'], cardKinds: ['cloze'] }))).toBe('cloudvirt-en-virtual-machine-monitor-cloze.apkg');
    expect(defaultFileName(resolveFlashcardsOptions({ concepts: ['kvm', 'xen', 'hypervisor', 'qemu'], levels: ['fundamental', 'intermediate'] }))).toBe(
      'cloudvirt-en-fundamental-intermediate-4-concepts.apkg',
    );
    expect(defaultFileName(resolveFlashcardsOptions({ lang: 'zh', format: 'csv', cardKinds: ['all'] }))).toBe('cloudvirt-zh-all-cards.csv');
  });

  it("should start with another pack's id, so its decks never take CloudVirt's names", () => {
    const { topics, concepts, relations, comparisons, responsibilityMatrix } = kb;
    const other = createKnowledgeBase({ topics, concepts, relations, comparisons, responsibilityMatrix, pack: { ...kb.pack!, id: 'my-pack' } });
    expect(defaultFileName(resolveFlashcardsOptions({ kb: other, lang: 'zh' }))).toBe('my-pack-zh.apkg');
    expect(defaultFileName(resolveFlashcardsOptions({ kb: other, topics: ['vmm-structures'], format: 'md' }))).toBe('my-pack-en-vmm-structures.md');
  });
});

describe('formatOfPath', () => {
  it('should map extensions to formats, ignoring case', () => {
    expect(formatOfPath('a/b.APKG')).toBe('apkg');
    expect(formatOfPath('deck.tsv')).toBe('csv');
    expect(formatOfPath('deck.txt')).toBe('csv');
    expect(formatOfPath('book.markdown')).toBe('md');
    expect(formatOfPath('deck.zip')).toBeUndefined();
  });
});

describe('checkOutputName', () => {
  it('should accept names that match the format', () => {
    expect(() => checkOutputName('out/deck.apkg', 'apkg')).not.toThrow();
    expect(() => checkOutputName('deck.data', 'csv')).not.toThrow();
  });

  it('should refuse collection backups', () => {
    expect(() => checkOutputName('collection.apkg', 'apkg')).toThrow(UsageError);
    expect(() => checkOutputName('dir/Backup-2024.apkg', 'apkg')).toThrow(/whole-collection backup/);
  });

  it('should refuse an extension that contradicts the format', () => {
    expect(() => checkOutputName('deck.apkg', 'csv')).toThrow('Unexpected output name `deck.apkg` for --format csv');
    expect(() => checkOutputName('deck.zip', 'apkg')).toThrow(/ending in `.apkg`/);
  });
});
