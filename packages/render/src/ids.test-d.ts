import { kb, type ComparisonId, type ConceptId, type KnowledgeBaseData, type TopicId } from '@cloudvirt/core';
import { describe, expectTypeOf, it } from 'vitest';
import { planAnkiDeck, toAnkiCsv, toAnkiPackage } from './anki.js';
import { conceptPageJsonLd } from './jsonld.js';
import { comparisonToMarkdown, conceptToMdast, toMarkdownConcept } from './markdown.js';

/** A knowledge base of another pack, read at run time: its ids are plain strings. */
declare const other: KnowledgeBaseData;

describe('ids with the bundled knowledge base', () => {
  it('should accept the bundled concept, topic and comparison ids', () => {
    expectTypeOf(toMarkdownConcept(kb, 'kvm')).toEqualTypeOf<string>();
    expectTypeOf(toMarkdownConcept<typeof kb>).parameter(1).toEqualTypeOf<ConceptId>();
    expectTypeOf(comparisonToMarkdown<typeof kb>).parameter(1).toEqualTypeOf<ComparisonId>();
    conceptToMdast(kb, 'virtual-machine-monitor', { lang: 'zh' });
    comparisonToMarkdown(kb, 'service-models');
    conceptPageJsonLd(kb, 'xen', { lang: 'en' });
    void toAnkiPackage(kb, { lang: 'en', topics: ['service-models', 'stack-layers'], concepts: ['kvm'] });
    toAnkiCsv(kb, { lang: 'zh', topics: ['vmm-structures'], separator: 'comma' });
    expectTypeOf(planAnkiDeck<typeof kb>).parameter(1).toHaveProperty('topics').toEqualTypeOf<readonly TopicId[] | undefined>();
  });

  it('should reject unknown ids at compile time', () => {
    // @ts-expect-error: `kvmm` is not a concept id
    toMarkdownConcept(kb, 'kvmm');
    // @ts-expect-error: `service-model` is not a topic id (`service-models` is)
    void toAnkiPackage(kb, { topics: ['service-model'], lang: 'en' });
    // @ts-expect-error: `xem` is not a concept id
    conceptPageJsonLd(kb, 'xem', { lang: 'en' });
    // @ts-expect-error: `service-model` is not a comparison id
    comparisonToMarkdown(kb, 'service-model');
    // @ts-expect-error: concept ids only
    toAnkiCsv(kb, { lang: 'en', concepts: ['hypervisr'] });
    // @ts-expect-error: topics is an array
    void toAnkiPackage(kb, { lang: 'en', topics: 'service-models' });
    // @ts-expect-error: options (with lang) are required
    void toAnkiPackage(kb);
    // @ts-expect-error: unknown option key
    void toAnkiPackage(kb, { lang: 'en', topic: ['service-models'] });
  });
});

describe('ids with another pack', () => {
  it('should fall back to string', () => {
    expectTypeOf(toMarkdownConcept<typeof other>).parameter(1).toEqualTypeOf<string>();
    toMarkdownConcept(other, 'anything');
    void toAnkiPackage(other, { lang: 'en', topics: ['any-topic'], concepts: ['any-concept'] });
    conceptPageJsonLd(other, 'any-concept', { lang: 'zh' });
  });
});
