import { describe, expectTypeOf, it } from 'vitest';
import type { Concept, ConceptId, KnowledgeBase, LocalizedConcept, Manager, RelatedConcept, TopicId } from './index.js';
import { findConcept, getConcept, hasConcept, kb, localize, related, whoManages } from './index.js';

describe('ConceptId', () => {
  it('should accept real ids and reject unknown ones at compile time', () => {
    expectTypeOf(getConcept('hypervisor')).toEqualTypeOf<Concept<ConceptId, TopicId>>();
    expectTypeOf(getConcept('xen').id).toEqualTypeOf<ConceptId>();
    // @ts-expect-error: `no-such-id` is not a concept id
    getConcept('no-such-id');
    // @ts-expect-error: ids are case-sensitive
    related('Xen');
    // @ts-expect-error: a plain string must be narrowed first
    getConcept('xen' as string);
  });

  it('should narrow a string with hasConcept', () => {
    const input: string = 'kvm';
    if (hasConcept(input)) expectTypeOf(input).toEqualTypeOf<ConceptId>();
  });
});

describe('kb', () => {
  it('should type lookups with the generated unions', () => {
    expectTypeOf(kb).toEqualTypeOf<KnowledgeBase<ConceptId, TopicId, import('./index.js').ComparisonId>>();
    expectTypeOf(findConcept('vmm')).toEqualTypeOf<Concept<ConceptId, TopicId> | undefined>();
    expectTypeOf(related('xen')).toEqualTypeOf<readonly RelatedConcept<ConceptId, TopicId>[]>();
    expectTypeOf(whoManages('paas', 'operating-system')).toEqualTypeOf<Manager>();
    expectTypeOf(localize('zh').getConcept('xen')).toEqualTypeOf<LocalizedConcept<ConceptId, TopicId>>();
    expectTypeOf(localize('zh').getConcept('xen').label).toEqualTypeOf<string>();
    // @ts-expect-error: only en and zh exist
    localize('fr');
    // @ts-expect-error: not a topic id
    kb.conceptsByTopic('no-such-topic');
  });
});
