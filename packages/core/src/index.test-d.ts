import { describe, expectTypeOf, it } from 'vitest';
import type { Concept, ConceptId, ConceptIdOf, KnowledgeBase, KnowledgeBaseData, LocalizedConcept, Manager, RelatedConcept, ServiceModelId, StackLayerId, StackLayerIdOf, TopicId, TopicIdOf } from './index.js';
import { createKnowledgeBase, findConcept, getConcept, hasConcept, kb, localize, related, whoManages } from './index.js';

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
    expectTypeOf(kb).toEqualTypeOf<KnowledgeBase<ConceptId, TopicId, import('./index.js').ComparisonId, ServiceModelId, StackLayerId>>();
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

describe('responsibility-matrix ids', () => {
  it('should type whoManages with the matrix models and layers', () => {
    expectTypeOf(whoManages).parameter(0).toEqualTypeOf<ServiceModelId>();
    expectTypeOf(whoManages).parameter(1).toEqualTypeOf<StackLayerId>();
    expectTypeOf(kb.responsibilityMatrix.models).toEqualTypeOf<readonly ServiceModelId[]>();
    // @ts-expect-error: kvm is a concept but not a service model, xen not a stack layer
    whoManages('kvm', 'xen');
    // @ts-expect-error: the model comes first
    whoManages('operating-system', 'paas');
    // @ts-expect-error: the relation type is checked too
    related('kvm', 'examples-of');
  });
});

describe('another pack', () => {
  it('should fall back to string ids for data read at run time', () => {
    const other = createKnowledgeBase(JSON.parse('{}') as KnowledgeBaseData);
    expectTypeOf(other.getConcept).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(other.whoManages).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<ConceptIdOf<typeof other>>().toEqualTypeOf<string>();
    expectTypeOf<ConceptIdOf<typeof kb>>().toEqualTypeOf<ConceptId>();
    expectTypeOf<TopicIdOf<typeof kb>>().toEqualTypeOf<TopicId>();
    expectTypeOf<StackLayerIdOf<typeof kb>>().toEqualTypeOf<StackLayerId>();
  });
});
