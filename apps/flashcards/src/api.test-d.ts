import { createKnowledgeBase, type ConceptId, type ConceptIdOf, type KnowledgeBase, type KnowledgeBaseData, type TopicId, type TopicIdOf } from '@cloudvirt/core';
import type { loadPack } from '@cloudvirt/core/compiler';
import { describe, expectTypeOf, it } from 'vitest';
import { exportFlashcards, listFlashcards, planFlashcards, resolveFlashcardsOptions, type FlashcardsOptions } from './index.js';

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

/** A compiled pack's knowledge base, as its built module types it (`import { kb } from 'tiny-containers'`). */
type TinyPack = KnowledgeBase<'container' | 'container-image' | 'image-registry', 'running' | 'distribution', never>;

describe('FlashcardsOptions with a compiled pack (literal id unions of its own)', () => {
  it("should offer that pack's ids, not CloudVirt's, and still take labels", () => {
    const tiny = createKnowledgeBase(JSON.parse('{}') as KnowledgeBaseData<'container' | 'container-image' | 'image-registry', 'running' | 'distribution', never>);
    expectTypeOf(tiny).toEqualTypeOf<TinyPack>();
    expectTypeOf<TopicIdOf<TinyPack>>().toMatchTypeOf<NonNullable<FlashcardsOptions<TinyPack>['topics']>[number]>();
    expectTypeOf<ConceptIdOf<TinyPack>>().toMatchTypeOf<NonNullable<FlashcardsOptions<TinyPack>['concepts']>[number]>();
    expectTypeOf<NonNullable<FlashcardsOptions<TinyPack>['kb']>>().toEqualTypeOf<TinyPack>();
    // CloudVirt's topic id is not one of this pack's ids (it only compiles as a label, checked at run time).
    expectTypeOf<'vmm-structures'>().not.toMatchTypeOf<TopicIdOf<TinyPack>>();
    void exportFlashcards({ kb: tiny, lang: 'zh', topics: ['running', '分发镜像'], concepts: ['container'] });
    planFlashcards({ kb: tiny, format: 'md', levels: ['fundamental'] });
    resolveFlashcardsOptions({ kb: tiny, cardKinds: ['relation'] });
    listFlashcards({ kb: tiny, lang: 'bilingual' });
    // @ts-expect-error: the enums stay checked for every pack
    planFlashcards({ kb: tiny, lang: 'fr' });
  });
});

describe('FlashcardsOptions with a pack loaded at run time (loadPack of @cloudvirt/core/compiler)', () => {
  it('should type its ids as strings', () => {
    type Loaded = Awaited<ReturnType<typeof loadPack>>['kb'];
    expectTypeOf<string>().toMatchTypeOf<NonNullable<FlashcardsOptions<Loaded>['topics']>[number]>();
    expectTypeOf<TopicIdOf<Loaded>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<FlashcardsOptions<Loaded>['kb']>>().toEqualTypeOf<Loaded>();
  });
});
