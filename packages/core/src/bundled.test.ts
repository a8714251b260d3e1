/**
 * Properties of the bundled knowledge base (compiled from content/). Assert properties, not counts, so
 * these tests survive content edits.
 */
import { describe, expect, it } from 'vitest';
import { kb } from './index.js';
import { normalizeTerm } from './normalize.js';
import { relationTypes } from './relation-types.js';

describe('kb (bundled)', () => {
  it('should find concepts by their Chinese label, abbreviation and English synonym', () => {
    expect(kb.findConcept('虚拟机监控器')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('vmm')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('VMM')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('Type 2 hypervisor')?.id).toBe('hosted-model');
    expect(kb.findConcept('type-2  Hypervisor')?.id).toBe('hosted-model');
  });

  it('should find every concept by each of its labels and aliases', () => {
    for (const concept of kb.concepts) {
      for (const term of [concept.label.en, concept.label.zh, ...concept.aliases.en, ...concept.aliases.zh]) {
        const found = kb.findConcept(term);
        if (found === undefined) throw new Error(`findConcept(${JSON.stringify(term)}) found nothing`);
        // A term two concepts share across languages (a `cross-language-clash` warning) resolves to one of them.
        const terms = [found.label.en, found.label.zh, ...found.aliases.en, ...found.aliases.zh, found.id].map(normalizeTerm);
        if (found.id !== concept.id) expect(terms).toContain(normalizeTerm(term));
      }
    }
  });

  it('should list relations of xen in both directions', () => {
    const related = kb.related('xen');
    expect(related.some((entry) => entry.direction === 'outgoing' && entry.relation.type === 'example-of' && entry.concept.id === 'paravirtualization')).toBe(true);
    expect(related.some((entry) => entry.direction === 'incoming')).toBe(true);
    for (const entry of related) {
      const info = relationTypes[entry.relation.type];
      expect(entry.label).toEqual(entry.direction === 'outgoing' ? info.label : info.inverseLabel);
    }
  });

  it('should say who manages each layer under each service model', () => {
    expect(kb.whoManages('paas', 'operating-system')).toBe('provider');
    expect(kb.whoManages('on-premises', 'applications')).toBe('customer');
    expect(kb.whoManages('saas', 'applications')).toBe('provider');
    const { models, layers, cells } = kb.responsibilityMatrix;
    expect(cells.length).toBe(models.length * layers.length);
    for (const model of models) for (const layer of layers) expect(['provider', 'customer', 'shared']).toContain(kb.whoManages(model, layer));
  });

  it('should keep the knowledge-base invariants', () => {
    const ids = new Set<string>(kb.concepts.map((concept) => concept.id));
    const topicIds = new Set<string>(kb.topics.map((topic) => topic.id));
    for (const concept of kb.concepts) {
      expect(topicIds.has(concept.topic)).toBe(true);
      for (const prerequisite of concept.prerequisites) expect(ids.has(prerequisite)).toBe(true);
      for (const locale of ['en', 'zh'] as const) {
        expect(concept.label[locale].trim()).not.toBe('');
        expect(concept.definition[locale].trim()).not.toBe('');
        expect(concept.explanation[locale].trim()).not.toBe('');
        for (const match of concept.explanation[locale].matchAll(/\(concept:([^)\s]+)\)/gu)) expect(ids.has(match[1] ?? '')).toBe(true);
      }
      expect(concept.sources.length).toBeGreaterThan(0);
      expect(concept.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
    for (const relation of kb.relations) {
      expect(ids.has(relation.from) && ids.has(relation.to) && relation.from !== relation.to).toBe(true);
    }
    for (const comparison of kb.comparisons) {
      expect(comparison.cells.length).toBe(comparison.subjects.length * comparison.dimensions.length);
      expect(kb.comparisonsOf(comparison.subjects[0] ?? 'xen')).toContain(comparison);
    }
  });

  it('should give both languages in localized views', () => {
    const hypervisorZh = kb.localize('zh').getConcept('virtual-machine-monitor');
    expect(hypervisorZh.label).toBe('虚拟机监控器');
    expect(kb.localize('en').getConcept('virtual-machine-monitor').aliases).toContain('VMM');
  });
});
