import { createKnowledgeBase, type ConceptId, type KnowledgeBaseData, type TopicId } from '@cloudvirt/core';
import { describe, expectTypeOf, it } from 'vitest';
import { exportFlashcards, planFlashcards, type FlashcardsOptions } from './index.js';

describe('FlashcardsOptions with the bundled knowledge base', () => {
  it('should offer the bundled ids and check enums', () => {
    expectTypeOf<NonNullable<FlashcardsOptions['topics']>[number]>().toMatchTypeOf<string>();
    expectTypeOf<TopicId>().toMatchTypeOf<NonNullable<FlashcardsOptions['topics']>[number]>();
    expectTypeOf<ConceptId>().toMatchTypeOf<NonNullable<FlashcardsOptions['concepts']>[number]>();
    void exportFlashcards({ lang: 'zh', topics: ['vmm-structures'], concepts: ['kvm', '虚拟机监控器'], cardKinds: ['cloze', 'all'], levels: ['advanced'] });
    // @ts-expect-error: only en, zh and bilingual
    void exportFlashcards({ lang: 'cn' });
    // @ts-expect-error: unknown option key (`topics`)
    void exportFlashcards({ topic: ['service-models'] });
    // @ts-expect-error: topics is an array
    planFlashcards({ topics: 'service-models' });
    // @ts-expect-error: not a card kind
    planFlashcards({ cardKinds: ['clozee'] });
    // @ts-expect-error: not a level
    planFlashcards({ levels: ['basic'] });
    // @ts-expect-error: not an output format
    planFlashcards({ format: 'pdf' });
  });
});

describe('FlashcardsOptions with another pack', () => {
  it('should take that pack and plain strings', () => {
    const other = createKnowledgeBase(JSON.parse('{}') as KnowledgeBaseData);
    planFlashcards({ kb: other, topics: ['any-topic'], concepts: ['any-concept'] });
    expectTypeOf<string>().toMatchTypeOf<NonNullable<FlashcardsOptions<typeof other>['topics']>[number]>();
    expectTypeOf<NonNullable<FlashcardsOptions<typeof other>['kb']>>().toEqualTypeOf<typeof other>();
  });
});
