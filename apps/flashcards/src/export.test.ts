import { kb } from '@cloudvirt/core';
import { ankiCardKinds, toAnkiCsv, toAnkiPackage } from '@cloudvirt/render/anki';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import { describe, expect, it } from 'vitest';
import { openDeck } from '../test/helpers/apkg.js';
import { UsageError } from './errors.js';
import { exportFlashcards, planFlashcards } from './export.js';

describe('exportFlashcards', () => {
  it('should write the same package as toAnkiPackage, with the same summary', async () => {
    const options = { lang: 'bilingual', topics: ['service-models', 'stack-layers'], cardKinds: ankiCardKinds } as const;
    const [ours, adapter] = await Promise.all([exportFlashcards({ ...options, cardKinds: ['all'] }), toAnkiPackage(kb, options)]);
    expect(ours.fileName).toBe('cloudvirt-bilingual-service-models-stack-layers-all-cards.apkg');
    expect(adapter.summary.byKind.responsibility?.notes).toBeGreaterThan(0);
    expect(Buffer.from(ours.bytes).equals(Buffer.from(adapter.bytes))).toBe(true);
    expect(ours.summary).toMatchObject(adapter.summary);
    const deck = await openDeck(ours.bytes);
    expect([deck.notes.length, deck.cards.length]).toEqual([adapter.summary.notes, adapter.summary.cards]);
  });

  it('should write the same text file as toAnkiCsv', async () => {
    const result = await exportFlashcards({ lang: 'zh', format: 'csv', topics: ['vmm-structures'] });
    expect(result.text).toBe(toAnkiCsv(kb, { lang: 'zh', topics: ['vmm-structures'] }));
    expect(new TextDecoder().decode(result.bytes)).toBe(result.text);
    expect(result.text?.startsWith('#separator:tab\n#html:true\n')).toBe(true);
    expect(result.fileName).toBe('cloudvirt-zh-vmm-structures.csv');
  });

  it('should give the same bytes for the same options', async () => {
    const [a, b] = await Promise.all([exportFlashcards({ lang: 'zh', concepts: ['kvm', 'xen'] }), exportFlashcards({ lang: 'zh', concepts: ['xen', 'KVM'] })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('should render the whole handbook exactly as the Markdown adapter does', async () => {
    const result = await exportFlashcards({ lang: 'zh', format: 'md' });
    expect(result.text).toBe(toMarkdownHandbook(kb, { lang: 'zh' }));
    expect(result.summary).toEqual({ format: 'md', lang: 'zh', concepts: kb.concepts.length, topics: kb.topics.length, comparisons: kb.comparisons.length, matrix: true });
  });

  it('should render the handbook of a topic without other concepts or an empty matrix', async () => {
    const result = await exportFlashcards({ lang: 'en', format: 'md', topics: ['vmm-structures'] });
    const text = result.text ?? '';
    const inTopic = kb.concepts.filter((concept) => concept.topic === 'vmm-structures');
    for (const concept of inTopic) expect(text).toContain(`#### ${concept.label.en}\n`);
    const outside = kb.concepts.filter((concept) => concept.topic !== 'vmm-structures');
    for (const concept of outside) expect(text).not.toContain(`#### ${concept.label.en}\n`);
    expect(text).not.toContain(kb.responsibilityMatrix.title.en);
    expect(text).not.toMatch(/^#+\s*$|^\s*[-*]\s*(\[\]\(#\))?\s*$|^\| Layer \|$/m);
    const defined = [...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((match) => match[1]);
    expect(defined.length).toBeGreaterThan(0);
    for (const id of defined) expect(text.split(`[^${id}]`).length - 1, `footnote ${id} is cited`).toBeGreaterThan(1);
    expect(result.summary).toMatchObject({ format: 'md', concepts: inTopic.length, matrix: false });
  });

  it('should keep the matrix when the selection holds models and layers', async () => {
    const result = await exportFlashcards({ lang: 'bilingual', format: 'md', topics: ['cloud-computing'] });
    expect(result.text).toContain(kb.responsibilityMatrix.title.zh);
    expect(result.summary).toMatchObject({ matrix: true });
  });

  it('should explain card kinds that have no note for the selection', async () => {
    const error = await exportFlashcards({ concepts: ['kvm'], cardKinds: ['responsibility'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('The card kinds `responsibility` have no note for the concept `kvm` selected, so there is nothing to export');
    expect((error as UsageError).hint).toMatch(/^Notes exist for: definition \(1\), /);
  });
});

describe('planFlashcards', () => {
  it('should count what exportFlashcards builds', async () => {
    const options = { lang: 'zh', levels: ['advanced'], cardKinds: ['all'] } as const;
    const plan = planFlashcards(options);
    const built = await exportFlashcards(options);
    expect(plan.summary).toEqual(built.summary);
    expect(plan.fileName).toBe(built.fileName);
  });
});
