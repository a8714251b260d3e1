import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, findConcept, getConcept, kb, learningOrder, localize, normalizeTerm, related, whoManages } from './index.js';

/** The error `run` throws (fails the test when it does not throw). */
function thrown(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a throw');
}

// Note: each case casts past the types on purpose: JavaScript callers and untyped data reach these checks.
const loose = kb as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('core arguments', () => {
  it('getConcept(null) is a TypeError naming the argument, not `reading toLowerCase`', () => {
    const error = thrown(() => getConcept(null as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('invalid-type');
    expect(error.message).toBe('Unexpected concept id null, expected a concept id (a string)');
  });

  it('getConcept with a label hints at findConcept and names what it finds', () => {
    const error = thrown(() => getConcept('虚拟机监控器' as never));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain('Unexpected concept id `虚拟机监控器`, expected one of 108 concept ids. Did you mean `virtual-machine-monitor`?');
    expect(error.message).toContain('getConcept takes ids, findConcept("虚拟机监控器") looks concepts up by label or alias');
  });

  it('getConcept with a typo suggests the closest id', () => {
    expect(thrown(() => getConcept('hypervisr' as never)).message).toBe('Unexpected concept id `hypervisr`, expected one of 108 concept ids. Did you mean `hypervisor`?');
  });

  it('localize("fr") names the allowed locales', () => {
    const error = thrown(() => localize('fr' as never));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('Unexpected locale `fr`, expected one of `en`, `zh`');
  });

  it('localize("cn") suggests zh', () => {
    expect(thrown(() => localize('cn' as never)).message).toBe('Unexpected locale `cn`, expected one of `en`, `zh`. Did you mean `zh`?');
  });

  it('related with an unknown relation type throws with a did-you-mean instead of returning []', () => {
    const error = thrown(() => related('kvm', 'examples-of' as never));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toMatch(/^Unexpected relation type `examples-of`, expected one of `is-a`, `example-of`, .*`related`\. Did you mean `example-of`\?$/u);
    expect(related('kvm', 'example-of').length).toBeGreaterThan(0);
  });

  it('whoManages with concepts outside the matrix names the models', () => {
    expect(thrown(() => whoManages('kvm' as never, 'xen' as never)).message).toBe(
      'Unexpected responsibility-matrix model `kvm`, expected one of `on-premises`, `iaas`, `caas`, `paas`, `faas`, `saas`',
    );
  });

  it('whoManages with model and layer swapped says the model comes first', () => {
    expect(thrown(() => whoManages('operating-system' as never, 'paas' as never)).message).toContain('The model comes first: whoManages(model, layer)');
  });

  it('whoManages with an unknown layer names the layers', () => {
    expect(thrown(() => whoManages('paas', 'os' as never)).message).toMatch(/^Unexpected responsibility-matrix layer `os`, expected one of `networking`, .*`applications`/u);
  });

  it('getTopic with a label suggests the id', () => {
    expect(thrown(() => kb.getTopic('Service models' as never)).message).toContain('Did you mean `service-models`? `Service models` is the label of topic `service-models`');
  });

  it('conceptsByTopic rejects an unknown option key', () => {
    const error = thrown(() => loose.conceptsByTopic!('service-models', { includeSubTopics: true }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('unknown-option');
    expect(error.message).toBe('Unexpected option `includeSubTopics` in conceptsByTopic options, expected one of `includeSubtopics`. Did you mean `includeSubtopics`?');
  });

  it('conceptsByTopic rejects a non-boolean includeSubtopics', () => {
    expect(thrown(() => loose.conceptsByTopic!('service-models', { includeSubtopics: 'yes' })).message).toBe(
      'Unexpected `includeSubtopics` option of conceptsByTopic `yes`, expected a boolean',
    );
  });

  it('getComparison with a typo suggests the id', () => {
    expect(thrown(() => kb.getComparison('service-model' as never)).message).toContain('Unexpected comparison id `service-model`, expected one of `cloud-types`');
    expect(thrown(() => kb.getComparison('service-model' as never)).message).toContain('Did you mean `service-models`?');
  });

  it('findConcept(undefined) is a TypeError', () => {
    expect(thrown(() => findConcept(undefined as never)).message).toBe('Missing text of findConcept, expected a label, alias or id (a string)');
  });

  it('learningOrder rejects a non-array', () => {
    expect(thrown(() => learningOrder(kb as never)).message).toBe('Unexpected argument of learningOrder an object, expected an array of concepts (such as `kb.concepts`)');
  });

  it('normalizeTerm rejects a non-string', () => {
    expect(thrown(() => normalizeTerm(42 as never)).message).toBe('Unexpected argument of normalizeTerm `42` (a number), expected a term (a string)');
  });

  it('createKnowledgeBase rejects data that is not knowledge-base data', () => {
    expect(thrown(() => createKnowledgeBase(null as never)).message).toMatch(/^Unexpected argument of createKnowledgeBase null, expected knowledge-base data/u);
    expect(thrown(() => createKnowledgeBase({ ...kb, concepts: 'x' } as never)).message).toMatch(/^Unexpected `concepts` of the argument of createKnowledgeBase `x`, expected an array/u);
  });
});
