import { describe, expect, it } from 'vitest';
import { data } from './generated/data.js';
import { KnowledgeBaseValidationError, validateKnowledgeBase, type KnowledgeBaseProblem } from './validate.js';

/** Mutable deep copy of the bundled data. */
type Draft = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsAfter(breakIt: (draft: Draft) => void): readonly KnowledgeBaseProblem[] {
  const draft: Draft = structuredClone(data);
  breakIt(draft);
  try {
    validateKnowledgeBase(draft);
  } catch (error) {
    if (error instanceof KnowledgeBaseValidationError) return error.problems;
    throw error;
  }
  return [];
}

function rulesAndPaths(problems: readonly KnowledgeBaseProblem[]): string[][] {
  return problems.map((problem) => [problem.ruleId, problem.path]);
}

describe('validateKnowledgeBase: the pack identity', () => {
  it('accepts the bundled pack, whose short name is CloudVirt in both languages', () => {
    expect(data.pack?.shortName).toEqual({ en: 'CloudVirt', zh: 'CloudVirt' });
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('accepts data without a pack, as the compiler accepts content without pack.md', () => {
    expect(problemsAfter((draft) => delete draft.pack)).toEqual([]);
  });

  it('wrong-type and missing-field: a pack that is not an object, or lacks its members', () => {
    expect(rulesAndPaths(problemsAfter((draft) => (draft.pack = 'cloudvirt')))).toEqual([['wrong-type', 'pack']]);
    expect(rulesAndPaths(problemsAfter((draft) => (draft.pack = { id: 'my-pack' })))).toEqual([
      ['missing-field', 'pack.name'],
      ['missing-field', 'pack.license'],
      ['missing-field', 'pack.creator'],
      ['missing-field', 'pack.publisher'],
      ['missing-field', 'pack.version'],
      ['missing-field', 'pack.created'],
      ['missing-field', 'pack.basedOn'],
    ]);
  });

  it('bad-id, missing-language, bad-short-name, bad-base-iri: every problem of the identity at once', () => {
    const problems = problemsAfter((draft) => {
      draft.pack.id = 'Cloud Virt';
      delete draft.pack.name.zh;
      draft.pack.shortName = { en: 'Cloud::Virt', zh: '云'.repeat(33) };
      draft.pack.baseIri = 'https://example.org/kb';
    });
    expect(rulesAndPaths(problems)).toEqual([
      ['bad-id', 'pack.id'],
      ['missing-language', 'pack.name.zh'],
      ['bad-short-name', 'pack.shortName.en'],
      ['bad-short-name', 'pack.shortName.zh'],
      ['bad-base-iri', 'pack.baseIri'],
    ]);
    expect(problems[2]?.message).toContain('contains `::`');
    expect(problems[3]?.message).toContain('has 33 characters, more than 32');
    expect(problems[4]?.message).toContain('does not end in `/`');
  });

  it('unknown-license, bad-version, bad-date, bad-url, unknown-locale: licence and attribution shapes', () => {
    const problems = problemsAfter((draft) => {
      draft.pack.license.id = 'CC-BY-SA-3.0';
      draft.pack.version = '1.0';
      draft.pack.created = '2026-02-30';
      draft.pack.creator.url = 'http://example.org/';
      draft.pack.basedOn[0].lang = 'fr';
    });
    expect(rulesAndPaths(problems)).toEqual([
      ['unknown-license', 'pack.license.id'],
      ['bad-url', 'pack.creator.url'],
      ['bad-version', 'pack.version'],
      ['bad-date', 'pack.created'],
      ['unknown-locale', 'pack.basedOn[0].lang'],
    ]);
    expect(problems[0]?.message).toContain('CC-BY-SA-4.0');
  });

  it('unknown-license: a URL that is not the named licence’s', () => {
    const problems = problemsAfter((draft) => (draft.pack.license.url = 'https://creativecommons.org/licenses/by/4.0/'));
    expect(rulesAndPaths(problems)).toEqual([['unknown-license', 'pack.license.url']]);
    expect(problems[0]?.message).toContain('expected `https://creativecommons.org/licenses/by-sa/4.0/`');
  });

  it('checks description and site as pack.md does: missing-language, empty-text, wrong-type, unknown-key with a did-you-mean', () => {
    expect(data.pack?.description).toBeDefined();
    expect(data.pack?.site?.subject).toBeDefined();
    const problems = problemsAfter((draft) => {
      delete draft.pack.description.zh;
      draft.pack.site.intro.en = ' ';
      draft.pack.site.searchExample = 'hypervisor, IaaS';
      draft.pack.site.subjct = { en: 'containers', zh: '容器' };
    });
    expect(rulesAndPaths(problems)).toEqual([
      ['missing-language', 'pack.description.zh'],
      ['unknown-key', 'pack.site.subjct'],
      ['empty-text', 'pack.site.intro.en'],
      ['wrong-type', 'pack.site.searchExample'],
    ]);
    expect(problems[1]?.message).toContain('Did you mean `subject`?');
  });

  it('wrong-type: a description or site that is not an object; both stay optional', () => {
    expect(rulesAndPaths(problemsAfter((draft) => (draft.pack.description = 'A knowledge base')))).toEqual([['wrong-type', 'pack.description']]);
    expect(rulesAndPaths(problemsAfter((draft) => (draft.pack.site = ['subject'])))).toEqual([['wrong-type', 'pack.site']]);
    expect(problemsAfter((draft) => {
      delete draft.pack.description;
      delete draft.pack.site;
    })).toEqual([]);
    expect(problemsAfter((draft) => (draft.pack.site = {}))).toEqual([]);
  });
});
