import { describe, expect, it } from 'vitest';
import { rules } from '../compiler/messages.js';
import { data } from './generated/data.js';
import { createKnowledgeBase } from './knowledge-base.js';
import { kb } from './index.js';
import { hasResponsibilityMatrix } from './matrix.js';
import { relationTypes } from './relation-types.js';
import { KnowledgeBaseValidationError, knowledgeBaseRuleIds, validateKnowledgeBase, type KnowledgeBaseProblem } from './validate.js';

/** Mutable deep copy of the bundled data. */
type Draft = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The problems of a deep copy of the bundled data after `breakIt`. */
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

/** Assert exactly one problem, with this rule id, path and message fragments. */
function expectOnly(problems: readonly KnowledgeBaseProblem[], ruleId: string, path: string, ...fragments: string[]): void {
  expect(problems.map((problem) => [problem.ruleId, problem.path])).toEqual([[ruleId, path]]);
  for (const fragment of fragments) expect(problems[0]?.message).toContain(fragment);
}

/** Assert that one of the problems has this rule id, path and message fragments. */
function expectAmong(problems: readonly KnowledgeBaseProblem[], ruleId: string, path: string, ...fragments: string[]): void {
  const found = problems.find((problem) => problem.ruleId === ruleId && problem.path === path);
  expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
  for (const fragment of fragments) expect(found?.message).toContain(fragment);
}

describe('validateKnowledgeBase', () => {
  it('accepts the bundled data with zero problems', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('accepts a pack without comparisons or responsibility matrix', () => {
    expect(problemsAfter((draft) => {
      delete draft.comparisons;
      delete draft.responsibilityMatrix;
    })).toEqual([]);
  });

  it('uses only rule ids of the content compiler', () => {
    for (const ruleId of knowledgeBaseRuleIds) expect(Object.keys(rules)).toContain(ruleId);
  });

  it('missing-field: a concept without aliases', () => {
    expectOnly(problemsAfter((draft) => delete draft.concepts[0].aliases), 'missing-field', 'concepts[0].aliases', 'Missing `aliases`', 'expected aliases per language');
  });

  it('missing-field: data without concepts', () => {
    expectOnly(problemsAfter((draft) => delete draft.concepts), 'missing-field', 'concepts', 'Missing `concepts`');
  });

  it('wrong-type: examples as a string', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].examples = 'Docker')), 'wrong-type', 'concepts[0].examples', 'Unexpected value `Docker`, expected an array');
  });

  it('empty-text: a blank definition', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].definition.en = '  ')), 'empty-text', 'concepts[0].definition.en', 'Unexpected empty text');
  });

  it('missing-language: a topic label without zh', () => {
    expectOnly(problemsAfter((draft) => delete draft.topics[0].label.zh), 'missing-language', 'topics[0].label.zh', 'Missing `zh` text');
  });

  it('bad-id: a comparison id that is not kebab-case', () => {
    expectOnly(problemsAfter((draft) => (draft.comparisons[0].id = 'Cloud Types')), 'bad-id', 'comparisons[0].id', 'Unexpected id `Cloud Types`, expected kebab-case');
  });

  it('duplicate-id: two comparisons with one id', () => {
    expectOnly(problemsAfter((draft) => (draft.comparisons[1].id = draft.comparisons[0].id)), 'duplicate-id', 'comparisons[1].id', 'Unexpected second comparison id `cloud-types`');
  });

  it('duplicate-id: two concepts with one id', () => {
    const problems = problemsAfter((draft) => draft.concepts.push(structuredClone(draft.concepts[0])));
    expectAmong(problems, 'duplicate-id', `concepts[${data.concepts.length}].id`, 'Unexpected second concept id `cloud`');
  });

  it('duplicate-item: a repeated prerequisite', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[1].prerequisites = ['cloud', 'cloud'])), 'duplicate-item', 'concepts[1].prerequisites[1]', 'Unexpected second `cloud`');
  });

  it('alias-clash: an alias that is another concept’s label', () => {
    const problems = problemsAfter((draft) => draft.concepts[2].aliases.en.push(` ${draft.concepts[0].label.en.toUpperCase()} `));
    const index = data.concepts[2]?.aliases.en.length ?? 0;
    expectOnly(problems, 'alias-clash', `concepts[2].aliases.en[${index}]`, 'expected a term no other concept uses (`cloud` has', 'concepts[0].label.en');
  });

  it('alias-clash: an alias equal to its own label', () => {
    const problems = problemsAfter((draft) => draft.concepts[0].aliases.zh.push(draft.concepts[0].label.zh));
    expectOnly(problems, 'alias-clash', `concepts[0].aliases.zh[${data.concepts[0]?.aliases.zh.length ?? 0}]`, 'expected an alias different from');
  });

  it('unknown-kind, with a did-you-mean and the hint that a pack cannot declare kinds of its own', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].kind = 'concpt')), 'unknown-kind', 'concepts[0].kind', 'Unexpected kind `concpt`', 'Did you mean `concept`?', 'a pack cannot declare kinds of its own');
  });

  it('unknown-level, naming the levels', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].level = 'basic')), 'unknown-level', 'concepts[0].level', 'expected one of `fundamental`, `intermediate`, `advanced`');
  });

  it('unknown-topic, with a did-you-mean', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].topic = 'cloud-basic')), 'unknown-topic', 'concepts[0].topic', 'Unexpected topic `cloud-basic`', 'Did you mean `cloud-basics`?');
  });

  it('unknown-topic-parent', () => {
    expectOnly(problemsAfter((draft) => (draft.topics[1].parent = 'nowhere')), 'unknown-topic-parent', 'topics[1].parent', 'Unexpected parent topic `nowhere`');
  });

  it('unknown-locale: a source in French', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].sources[0].lang = 'fr')), 'unknown-locale', 'concepts[0].sources[0].lang', 'Unexpected lang `fr`, expected one of `en`, `zh`');
  });

  it('unknown-relation-type (was a TypeError reading `symmetric`)', () => {
    expectOnly(problemsAfter((draft) => (draft.relations[0].type = 'use')), 'unknown-relation-type', 'relations[0].type', 'Unexpected relation type `use`', 'Did you mean `uses`?');
  });

  it('unknown-relation-target, with a did-you-mean', () => {
    expectOnly(problemsAfter((draft) => (draft.relations[0].to = 'clod')), 'unknown-relation-target', 'relations[0].to', 'Unexpected relation target `clod`', 'Did you mean `cloud`?');
  });

  it('unknown-relation-target: a label instead of an id suggests the id', () => {
    expectOnly(problemsAfter((draft) => (draft.relations[0].to = draft.concepts[0].label.zh)), 'unknown-relation-target', 'relations[0].to', 'Did you mean `cloud`?');
  });

  it('self-relation', () => {
    expectOnly(problemsAfter((draft) => (draft.relations[2].to = draft.relations[2].from)), 'self-relation', 'relations[2].to', 'from a concept to itself');
  });

  it('duplicate-relation', () => {
    const problems = problemsAfter((draft) => draft.relations.push(structuredClone(draft.relations[2])));
    expectOnly(problems, 'duplicate-relation', `relations[${data.relations.length}]`, 'Unexpected second relation `cloud-provider provides cloud-service`', 'relations[2]');
  });

  it('broader-cycle', () => {
    const edge = data.relations.find((relation) => relationTypes[relation.type].skos === 'broader');
    if (edge === undefined) throw new Error('the bundled data has no broader relation');
    const problems = problemsAfter((draft) => draft.relations.push({ from: edge.to, type: edge.type, to: edge.from }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.ruleId === 'broader-cycle')).toBe(true);
    expect(problems.some((problem) => problem.message.includes(`${edge.from} → ${edge.to}`) || problem.message.includes(`${edge.to} → ${edge.from}`))).toBe(true);
  });

  it('unknown-prerequisite, with a did-you-mean', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[1].prerequisites[0] = 'clowd')), 'unknown-prerequisite', 'concepts[1].prerequisites[0]', 'Unexpected prerequisite `clowd`', 'Did you mean `cloud`?');
  });

  it('prerequisite-cycle', () => {
    const problems = problemsAfter((draft) => (draft.concepts[0].prerequisites = ['cloud-computing']));
    expectOnly(problems, 'prerequisite-cycle', 'concepts[1].prerequisites[0]', 'Unexpected prerequisite cycle cloud → cloud-computing → cloud');
  });

  it('prerequisite-cycle: a concept that is its own prerequisite', () => {
    expectOnly(problemsAfter((draft) => (draft.concepts[0].prerequisites = ['cloud'])), 'prerequisite-cycle', 'concepts[0].prerequisites[0]', 'Unexpected prerequisite `cloud` on itself');
  });

  it('broken-concept-link in an explanation', () => {
    const problems = problemsAfter((draft) => (draft.concepts[0].explanation.en += ' See [hypervisors](concept:hypervizor).'));
    expectOnly(problems, 'broken-concept-link', 'concepts[0].explanation.en', 'Unexpected link to concept `hypervizor`', 'Did you mean `hypervisor`?');
  });

  it('too-few-items: a comparison with one subject', () => {
    const problems = problemsAfter((draft) => {
      draft.comparisons[0].subjects = ['public-cloud'];
      draft.comparisons[0].cells = draft.comparisons[0].cells.filter((cell: { subject: string }) => cell.subject === 'public-cloud');
    });
    expectOnly(problems, 'too-few-items', 'comparisons[0]', 'expected at least two subjects and one dimension');
  });

  it('comparison-unknown-subject', () => {
    const problems = problemsAfter((draft) => (draft.comparisons[0].subjects.push('publc-cloud')));
    expectAmong(problems, 'comparison-unknown-subject', 'comparisons[0].subjects[4]', 'Unexpected comparison subject `publc-cloud`', 'Did you mean `public-cloud`?');
  });

  it('comparison-duplicate-dimension', () => {
    const problems = problemsAfter((draft) => draft.comparisons[0].dimensions.push(structuredClone(draft.comparisons[0].dimensions[0])));
    expectOnly(problems, 'comparison-duplicate-dimension', 'comparisons[0].dimensions[6].id', 'Unexpected second dimension `definition`');
  });

  it('comparison-missing-cell', () => {
    expectOnly(problemsAfter((draft) => draft.comparisons[0].cells.pop()), 'comparison-missing-cell', 'comparisons[0].cells', 'Missing cell `multicloud` × `in-practice`');
  });

  it('comparison-extra-cell', () => {
    const problems = problemsAfter((draft) => draft.comparisons[0].cells.push({ ...draft.comparisons[0].cells[0], dimension: 'colour' }));
    expectOnly(problems, 'comparison-extra-cell', 'comparisons[0].cells[24].dimension', 'Unexpected cell dimension `colour`');
  });

  it('matrix-unknown-layer: a layer of the wrong kind', () => {
    const problems = problemsAfter((draft) => (draft.responsibilityMatrix.layers[0] = 'iaas'));
    expectAmong(problems, 'matrix-unknown-layer', 'responsibilityMatrix.layers[0]', 'Unexpected layer `iaas` of kind `service-model`, expected a `stack-layer` or `concept` concept');
  });

  it('matrix-unknown-model: a cell naming a model missing from models', () => {
    const problems = problemsAfter((draft) => (draft.responsibilityMatrix.cells[0].model = 'on-premise'));
    expectAmong(problems, 'matrix-unknown-model', 'responsibilityMatrix.cells[0].model', 'Unexpected model `on-premise`', 'Did you mean `on-premises`?');
  });

  it('matrix-missing-cell', () => {
    expectOnly(problemsAfter((draft) => draft.responsibilityMatrix.cells.pop()), 'matrix-missing-cell', 'responsibilityMatrix.cells', 'Missing cell `saas` × `applications`');
  });

  it('matrix-bad-manager', () => {
    const problems = problemsAfter((draft) => (draft.responsibilityMatrix.cells[0].manager = 'vendor'));
    expectOnly(problems, 'matrix-bad-manager', 'responsibilityMatrix.cells[0].manager', 'Unexpected manager `vendor`, expected one of `provider`, `customer`, `shared`');
  });

  it('reports every problem at once, in one error listing them', () => {
    const draft: Draft = structuredClone(data);
    draft.relations[0].type = 'use';
    delete draft.concepts[3].aliases;
    draft.concepts[5].explanation.zh += '[x](concept:nope)';
    let caught: unknown;
    try {
      validateKnowledgeBase(draft);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KnowledgeBaseValidationError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as KnowledgeBaseValidationError;
    expect(error.name).toBe('KnowledgeBaseValidationError');
    expect(error.problems.map((problem) => problem.ruleId)).toEqual(['missing-field', 'broken-concept-link', 'unknown-relation-type']);
    expect(error.message).toContain('3 problems');
    expect(error.message).toContain('  relations[0].type: Unexpected relation type `use`');
    expect(error.message).toContain('[missing-field]');
    expect(error.message).toContain('concepts[5].explanation.zh');
  });

  it('rejects what is not an object', () => {
    expect(() => validateKnowledgeBase(null)).toThrow(TypeError);
    expect(() => validateKnowledgeBase(null)).toThrow('Unexpected argument of validateKnowledgeBase null, expected knowledge-base data');
  });
});

describe('createKnowledgeBase validates at the door', () => {
  it('throws the validation error for a hand-built pack with an unknown relation type', () => {
    const draft: Draft = structuredClone(data);
    draft.relations[0].type = 'use';
    expect(() => createKnowledgeBase(draft)).toThrow(KnowledgeBaseValidationError);
  });

  it('accepts data without responsibilityMatrix and comparisons, and fills them as empty', () => {
    const draft: Draft = structuredClone(data);
    delete draft.responsibilityMatrix;
    delete draft.comparisons;
    const built = createKnowledgeBase(draft);
    expect(built.comparisons).toEqual([]);
    expect(built.responsibilityMatrix).toEqual({ title: { en: '', zh: '' }, description: { en: '', zh: '' }, layers: [], models: [], cells: [], sources: [], updated: '' });
    expect(hasResponsibilityMatrix(built.responsibilityMatrix)).toBe(false);
    expect(built.comparisonsOf('hypervisor')).toEqual([]);
    expect(built.getConcept('hypervisor').id).toBe('hypervisor');
    expect(draft).not.toHaveProperty('comparisons');
  });

  it('accepts a copy of the bundled data and an existing knowledge base', () => {
    expect(createKnowledgeBase(structuredClone(data)).getConcept('cloud').id).toBe('cloud');
    expect(createKnowledgeBase(kb).concepts).toBe(kb.concepts);
  });
});
