import { describe, expect, it } from 'vitest';
import * as core from './index.js';

describe('@cloudvirt/core', () => {
  it('should expose the public api', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'checkOptionKeys',
        'commonNounKinds',
        'comparisonIds',
        'comparisons',
        'conceptIds',
        'conceptKindLabels',
        'conceptKindPluralLabels',
        'conceptKinds',
        'concepts',
        'createKnowledgeBase',
        'describeValue',
        'editDistance',
        'expectKnowledgeBaseData',
        'expectOneOf',
        'expectString',
        'expectStringArray',
        'findConcept',
        'getConcept',
        'hasConcept',
        'hasResponsibilityMatrix',
        'invalidTypeError',
        'KnowledgeBaseValidationError',
        'kb',
        'knowledgeBaseRuleIds',
        'languageAliases',
        'languageTags',
        'learningOrder',
        'levelLabels',
        'levels',
        'localize',
        'locales',
        'managerLabels',
        'normalizeTerm',
        'quoteList',
        'related',
        'relationTypeList',
        'relationTypes',
        'relations',
        'responsibilityMatrix',
        'suggest',
        'topicIds',
        'topics',
        'unknownValueError',
        'validateKnowledgeBase',
        'whoManages',
      ].sort(),
    );
  });

  it('should give every relation type an inverse, both labels and a SKOS mapping', () => {
    for (const type of core.relationTypeList) {
      const info = core.relationTypes[type];
      expect(info.type).toBe(type);
      expect(info.label.en && info.label.zh && info.inverseLabel.en && info.inverseLabel.zh).toBeTruthy();
      expect(['broader', 'related']).toContain(info.skos);
      if (info.symmetric) expect(info.inverse).toBe(type);
      else expect(info.inverse).not.toBe(type);
    }
  });

  it('should bind the convenience exports to the bundled knowledge base', () => {
    expect(core.concepts).toBe(core.kb.concepts);
    expect(core.relations).toBe(core.kb.relations);
    expect(core.comparisons).toBe(core.kb.comparisons);
    expect(core.topics).toBe(core.kb.topics);
    expect(core.responsibilityMatrix).toBe(core.kb.responsibilityMatrix);
    expect(core.conceptIds).toEqual(core.concepts.map((concept) => concept.id));
    expect(core.topicIds).toEqual(core.topics.map((topic) => topic.id));
    expect(core.comparisonIds).toEqual(core.comparisons.map((comparison) => comparison.id));
    const [first] = core.conceptIds;
    if (first === undefined) throw new Error('expected at least one concept');
    expect(core.getConcept(first)).toBe(core.concepts[0]);
    expect(core.hasConcept(first)).toBe(true);
    expect(core.findConcept(core.concepts[0]?.label.zh ?? '')?.id).toBe(first);
    expect(core.localize('zh').concepts[0]?.label).toBe(core.concepts[0]?.label.zh);
  });
});
