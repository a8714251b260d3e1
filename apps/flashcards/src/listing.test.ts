import { kb, levels } from '@cloudvirt/core';
import { ankiCardKinds, defaultAnkiCardKinds } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import { planFlashcards } from './export.js';
import { listFlashcards } from './listing.js';

describe('listFlashcards', () => {
  const listing = listFlashcards({ lang: 'zh' });

  it('should name the pack it lists', () => {
    expect(listing.pack).toEqual({ id: 'cloudvirt', name: kb.pack!.name });
  });

  it('should list every topic in tree order with its labels', () => {
    expect(listing.topics.map((topic) => topic.id).sort()).toEqual(kb.topics.map((topic) => topic.id).sort());
    for (const [index, topic] of listing.topics.entries()) {
      if (topic.parent !== null) expect(listing.topics.findIndex((candidate) => candidate.id === topic.parent)).toBeLessThan(index);
      expect(topic.depth).toBe(topic.parent === null ? 0 : 1);
      expect(topic.label).toEqual(kb.topics.find((candidate) => candidate.id === topic.id)?.label);
    }
  });

  it('should count concepts per topic, sub-topics included', () => {
    const roots = listing.topics.filter((topic) => topic.parent === null);
    expect(roots.reduce((sum, topic) => sum + topic.concepts, 0)).toBe(kb.concepts.length);
    for (const root of roots) {
      const children = listing.topics.filter((topic) => topic.parent === root.id);
      if (children.length > 0) expect(children.reduce((sum, topic) => sum + topic.concepts, 0)).toBe(root.concepts);
    }
  });

  it('should count per topic the notes that exporting that topic gives', () => {
    for (const topic of listing.topics) {
      const plan = planFlashcards({ lang: 'zh', topics: [topic.id] });
      expect(topic.notes, topic.id).toBe(plan.summary.format === 'md' ? -1 : plan.summary.notes);
      expect(topic.concepts, topic.id).toBe(plan.summary.concepts);
    }
  });

  it('should count the responsibility cards of the service models of a topic with the topic (PaaS: who manages the OS?)', () => {
    const serviceModels = listing.topics.find((topic) => topic.id === 'service-models')!;
    const plan = planFlashcards({ lang: 'zh', topics: ['service-models'] });
    const models = kb.responsibilityMatrix.models.filter((model) => kb.getConcept(model).topic === 'service-models');
    expect(models).toContain('paas');
    const cells = kb.responsibilityMatrix.cells.filter((cell) => models.includes(cell.model));
    expect(plan.summary.format !== 'md' && plan.summary.byKind.responsibility?.notes).toBe(cells.length);
    expect(serviceModels.notes).toBe(plan.summary.format === 'md' ? -1 : plan.summary.notes);
  });

  it('should count levels and card kinds, flagging the defaults', () => {
    expect(listing.levels.map((level) => level.id)).toEqual(levels);
    expect(listing.levels.reduce((sum, level) => sum + level.concepts, 0)).toBe(kb.concepts.length);
    expect(listing.cardKinds.map((kind) => kind.id)).toEqual(ankiCardKinds);
    expect(listing.cardKinds.filter((kind) => kind.default).map((kind) => kind.id)).toEqual(defaultAnkiCardKinds('zh'));
  });

  it('should list every concept with its topic, level and labels', () => {
    expect(listing.concepts.map((concept) => concept.id)).toEqual(kb.concepts.map((concept) => concept.id));
    expect(listing.concepts.find((concept) => concept.id === 'kvm')).toEqual({ id: 'kvm', topic: kb.getConcept('kvm').topic, level: kb.getConcept('kvm').level, label: kb.getConcept('kvm').label });
  });

  it('should total the full deck that an export of the language holds', () => {
    const plan = planFlashcards({ lang: 'zh' });
    expect(plan.summary).toMatchObject({ notes: listing.total.notes, cards: listing.total.cards, concepts: listing.total.concepts });
  });
});
