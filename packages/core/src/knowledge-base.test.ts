import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../compiler/compile.js';
import { fixturesDir } from '../test/fixture-dir.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { createKnowledgeBase, createTrustedKnowledgeBase } from './knowledge-base.js';
import type { KnowledgeBaseData } from './model.js';

let data: KnowledgeBaseData;
let kb: KnowledgeBase;

beforeAll(async () => {
  const result = await compileContent(path.join(fixturesDir, 'valid'));
  if (!result.ok) throw new Error('expected the valid fixture pack to compile');
  data = result.data;
  kb = createKnowledgeBase(result.data);
});

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('createKnowledgeBase', () => {
  it('should expose the data arrays as given', () => {
    expect(kb.concepts).toBe(data.concepts);
    expect(kb.relations).toBe(data.relations);
    expect(kb.topics).toBe(data.topics);
    expect(kb.comparisons).toBe(data.comparisons);
    expect(kb.responsibilityMatrix).toBe(data.responsibilityMatrix);
  });

  it('should build each index on the first lookup that needs it, not when created', () => {
    const reads = { labels: 0, relations: 0 };
    const watched = data.concepts.map((concept) => {
      const copy = { ...concept };
      Object.defineProperty(copy, 'label', {
        get: () => {
          reads.labels++;
          return concept.label;
        },
      });
      return copy;
    });
    const relations = new Proxy(data.relations, {
      get(target, key, receiver) {
        if (key === Symbol.iterator) reads.relations++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    // Validation (createKnowledgeBase on untrusted data) reads every record once; the indexes are what stays lazy.
    const lazyKb = createTrustedKnowledgeBase({ ...data, concepts: watched, relations });
    expect(reads).toEqual({ labels: 0, relations: 0 });
    expect(lazyKb.getConcept('xen').id).toBe('xen');
    expect(reads).toEqual({ labels: 0, relations: 0 });
    expect(lazyKb.findConcept('VMM')?.id).toBe('virtual-machine-monitor');
    const labelReads = reads.labels;
    expect(labelReads).toBeGreaterThanOrEqual(2 * watched.length);
    expect(lazyKb.findConcept('Xen')?.id).toBe('xen');
    expect(reads.labels).toBe(labelReads);
    expect(lazyKb.related('xen').length).toBeGreaterThan(0);
    expect(lazyKb.examplesOf('paravirtualization').length).toBeGreaterThan(0);
    expect(reads.relations).toBe(1);
  });

  it('should bind every method so it can be destructured', () => {
    const { getConcept, findConcept } = kb;
    expect(getConcept('xen').id).toBe('xen');
    expect(findConcept('VMM')?.id).toBe('virtual-machine-monitor');
  });
});

describe('getConcept', () => {
  it('should return the concept with the id', () => {
    expect(kb.getConcept('hypervisor').label).toEqual({ en: 'Hypervisor', zh: '虚拟机监控程序' });
  });

  it('should throw a RangeError with a suggestion for an unknown id', () => {
    expect(() => kb.getConcept('hypervisr')).toThrow(RangeError);
    expect(() => kb.getConcept('hypervisr')).toThrow(/Unexpected concept id `hypervisr`.*Did you mean `hypervisor`\?/u);
  });
});

describe('hasConcept', () => {
  it('should tell known ids from unknown ones', () => {
    expect(kb.hasConcept('kvm')).toBe(true);
    expect(kb.hasConcept('KVM')).toBe(false);
  });
});

describe('findConcept', () => {
  it('should match labels and aliases in both languages, ignoring case, width, spaces and punctuation', () => {
    expect(kb.findConcept('虚拟机监控器')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('vmm')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('ＶＭＭ')?.id).toBe('virtual-machine-monitor');
    expect(kb.findConcept('Type 2 hypervisor')?.id).toBe('hosted-model');
    expect(kb.findConcept('type-2  Hypervisor')?.id).toBe('hosted-model');
    expect(kb.findConcept('半虚拟化')?.id).toBe('paravirtualization');
    expect(kb.findConcept('Hypervisor')?.id).toBe('hypervisor');
  });

  it('should match ids and return undefined for unknown terms', () => {
    expect(kb.findConcept('virtual-machine')?.id).toBe('virtual-machine');
    expect(kb.findConcept('virtual machine')?.id).toBe('virtual-machine');
    expect(kb.findConcept('mainframe')).toBeUndefined();
    expect(kb.findConcept('')).toBeUndefined();
  });
});

describe('related', () => {
  it('should return outgoing then incoming relations with the matching label', () => {
    const xen = kb.related('xen');
    expect(xen.map((entry) => [entry.direction, entry.relation.type, entry.concept.id, entry.label.en])).toEqual([
      ['outgoing', 'example-of', 'paravirtualization', 'is an example of'],
      ['outgoing', 'example-of', 'hybrid-model', 'is an example of'],
      ['outgoing', 'contrasts-with', 'kvm', 'contrasts with'],
    ]);
    const kvm = kb.related('kvm');
    expect(kvm.map((entry) => [entry.direction, entry.concept.id])).toEqual([
      ['outgoing', 'full-virtualization'],
      ['outgoing', 'hosted-model'],
      ['incoming', 'xen'],
    ]);
    const vmm = kb.related('virtual-machine-monitor');
    expect(vmm.find((entry) => entry.concept.id === 'hosted-model')?.label).toEqual({ en: 'has subtype', zh: '的子类有' });
  });

  it('should filter by relation type and keep notes', () => {
    expect(kb.related('paravirtualization', 'example-of').map((entry) => [entry.direction, entry.concept.id, entry.relation.note?.en])).toEqual([
      ['incoming', 'xen', 'Xen also supports full virtualization.'],
    ]);
    expect(kb.related('paravirtualization', 'uses')).toEqual([]);
  });

  it('should throw for an unknown id', () => {
    expect(() => kb.related('nope')).toThrow(RangeError);
  });
});

describe('whoManages', () => {
  it('should answer from the responsibility matrix', () => {
    expect(kb.whoManages('paas', 'operating-system')).toBe('provider');
    expect(kb.whoManages('iaas', 'operating-system')).toBe('customer');
    expect(kb.whoManages('on-premises', 'networking')).toBe('customer');
  });

  it('should throw a RangeError naming the unknown model or layer', () => {
    expect(() => kb.whoManages('pass', 'networking')).toThrow(/model `pass`.*Did you mean `paas`/u);
    expect(() => kb.whoManages('paas', 'network')).toThrow(/layer `network`.*Did you mean `networking`/u);
  });
});

describe('responsibility', () => {
  it('should return the cell with its note', () => {
    expect(kb.responsibility('iaas', 'operating-system')).toEqual({
      model: 'iaas',
      layer: 'operating-system',
      manager: 'customer',
      note: { en: 'The customer installs and patches the guest OS.', zh: '客户安装并修补客户机操作系统。' },
    });
    expect(kb.responsibility('saas', 'applications')).toEqual({ model: 'saas', layer: 'applications', manager: 'provider' });
  });
});

describe('getTopic', () => {
  it('should return the topic or throw', () => {
    expect(kb.getTopic('vmm-structures').parent).toBe('virtualization');
    expect(() => kb.getTopic('vmm-structure')).toThrow(/Did you mean `vmm-structures`/u);
  });
});

describe('conceptsByTopic', () => {
  it('should return the concepts of a topic, optionally with its sub-topics', () => {
    expect(ids(kb.conceptsByTopic('vmm-structures'))).toEqual(['hosted-model', 'hybrid-model', 'kvm', 'xen']);
    expect(kb.conceptsByTopic('virtualization')).toEqual([]);
    const all = kb.conceptsByTopic('virtualization', { includeSubtopics: true });
    expect(ids(all)).toEqual(ids(data.concepts.filter((concept) => ['virtualization-basics', 'system-virtualization', 'vmm-structures'].includes(concept.topic))));
    expect(all.length).toBe(10);
  });
});

describe('getComparison', () => {
  it('should return the comparison or throw', () => {
    expect(kb.getComparison('virtualization-techniques').subjects).toEqual(['full-virtualization', 'paravirtualization']);
    expect(() => kb.getComparison('virtualisation-techniques')).toThrow(RangeError);
  });
});

describe('comparisonsOf', () => {
  it('should return the comparisons a concept is a subject of', () => {
    expect(ids(kb.comparisonsOf('paravirtualization'))).toEqual(['virtualization-techniques']);
    expect(kb.comparisonsOf('xen')).toEqual([]);
  });
});

describe('examplesOf', () => {
  it('should return the concepts that are examples of this one', () => {
    expect(ids(kb.examplesOf('hybrid-model'))).toEqual(['xen']);
    expect(ids(kb.examplesOf('full-virtualization'))).toEqual(['kvm']);
    expect(kb.examplesOf('xen')).toEqual([]);
  });
});

describe('broader', () => {
  it('should follow skos:broader relations (is-a, example-of, part-of, subset-of) outwards', () => {
    expect(ids(kb.broader('kvm'))).toEqual(['full-virtualization', 'hosted-model']);
    expect(ids(kb.broader('hosted-model'))).toEqual(['virtual-machine-monitor']);
    expect(kb.broader('hypervisor')).toEqual([]);
  });
});

describe('narrower', () => {
  it('should follow skos:broader relations inwards', () => {
    expect(ids(kb.narrower('virtual-machine-monitor'))).toEqual(['hosted-model', 'hybrid-model']);
    expect(ids(kb.narrower('hosted-model'))).toEqual(['kvm']);
  });
});

describe('localize', () => {
  it('should turn every bilingual text into a string of one locale', () => {
    const zh = kb.localize('zh');
    expect(zh.locale).toBe('zh');
    const hypervisor = zh.getConcept('hypervisor');
    expect(hypervisor.label).toBe('虚拟机监控程序');
    expect(hypervisor.aliases).toEqual(['Hypervisor']);
    expect(hypervisor.sources[0]?.title).toBe('什么是虚拟化?(红帽)');
    expect(zh.topics[0]?.label).toBe('云计算');
    expect(zh.comparisons[0]?.cells[0]).toEqual({ subject: 'full-virtualization', dimension: 'guest-modified', text: '否' });
    expect(zh.responsibility('iaas', 'operating-system').note).toBe('客户安装并修补客户机操作系统。');
    // Every {en, zh} pair is gone (Wikipedia links are links per language, not translations, and stay).
    expect(JSON.stringify(zh, (key, value: unknown) => (key === 'wikipedia' ? undefined : value))).not.toMatch(/"(en|zh)":/u);
  });

  it('should offer the same lookups on localized records', () => {
    const en = kb.localize('en');
    expect(en.findConcept('虚拟机监控器')?.label).toBe('Virtual machine monitor');
    expect(en.related('xen')[0]).toMatchObject({ direction: 'outgoing', label: 'is an example of', relation: { note: 'Xen also supports full virtualization.' } });
    expect(en.whoManages('paas', 'operating-system')).toBe('provider');
    expect(en.conceptsByTopic('vmm-structures').map((concept) => concept.label)).toEqual(['Hosted model', 'Hybrid model', 'KVM', 'Xen']);
    expect(en.examplesOf('hybrid-model').map((concept) => concept.id)).toEqual(['xen']);
    expect(en.broader('kvm').length).toBe(2);
    expect(en.narrower('hosted-model')[0]?.label).toBe('KVM');
    expect(en.comparisonsOf('kvm')).toEqual([]);
    expect(en.getComparison('virtualization-techniques').title).toBe('Full virtualization vs. paravirtualization');
    expect(en.getTopic('vmm-structures').label).toBe('VMM structure models');
    expect(en.hasConcept('xen')).toBe(true);
    expect(en.concepts.length).toBe(data.concepts.length);
    expect(en.relations.length).toBe(data.relations.length);
    expect(en.responsibilityMatrix.title).toBe('Who manages what');
  });

  it('should build each view once and reject unknown locales', () => {
    expect(kb.localize('en')).toBe(kb.localize('en'));
    expect(() => kb.localize('fr' as 'en')).toThrow(RangeError);
  });
});
