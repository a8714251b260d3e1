import { describe, expect, it } from 'vitest';
import * as core from './index.js';

/**
 * Every exported function of @cloudvirt/core, with the start of the TypeError it throws for a wrong first
 * argument (the number 42): the message names the parameter and what was received. A new export fails this
 * test until it checks its arguments and is pinned here.
 */
const wrongFirstArgument: Record<string, string> = {
  checkOptionKeys: 'Unexpected `what` argument of checkOptionKeys `42` (a number), expected a description of the checked value',
  createKnowledgeBase: 'Unexpected argument of createKnowledgeBase `42` (a number), expected knowledge-base data',
  editDistance: 'Unexpected `a` argument of editDistance `42` (a number), expected a string',
  expectKnowledgeBaseData: 'Unexpected `what` argument of expectKnowledgeBaseData `42` (a number), expected a description of the argument',
  expectOneOf: 'Unexpected `what` argument of expectOneOf `42` (a number), expected a description of the checked value',
  expectString: 'Unexpected `what` argument of expectString `42` (a number), expected a description of the checked value',
  expectStringArray: 'Unexpected `what` argument of expectStringArray `42` (a number), expected a description of the checked value',
  findConcept: 'Unexpected text of findConcept `42` (a number), expected a label, alias or id (a string)',
  getConcept: 'Unexpected concept id `42` (a number), expected a concept id (a string)',
  invalidTypeError: 'Unexpected `what` argument of invalidTypeError `42` (a number), expected a description of the argument (a string)',
  learningOrder: 'Unexpected argument of learningOrder `42` (a number), expected an array of concepts',
  localize: 'Unexpected locale `42` (a number), expected one of `en`, `zh`',
  normalizeTerm: 'Unexpected argument of normalizeTerm `42` (a number), expected a term (a string)',
  quoteList: 'Unexpected `values` argument of quoteList `42` (a number), expected an array of strings',
  related: 'Unexpected concept id `42` (a number), expected a concept id (a string)',
  suggest: 'Unexpected `value` argument of suggest `42` (a number), expected the mistyped value (a string)',
  validateKnowledgeBase: 'Unexpected argument of validateKnowledgeBase `42` (a number), expected knowledge-base data',
  unknownValueError: 'Unexpected `what` argument of unknownValueError `42` (a number), expected a description of the checked value',
  whoManages: 'Unexpected responsibility-matrix model `42` (a number), expected one of `on-premises`, `iaas`',
};

/** Exports that take any value by design. */
const anyValue: Record<string, string> = {
  describeValue: 'describes any value for a message',
  hasConcept: 'a type guard: answers false for a value that is not a concept id',
  hasResponsibilityMatrix: 'a type guard: answers false for a missing or malformed matrix',
  KnowledgeBaseValidationError: 'an error class: takes the list of problems',
};

describe('every exported function of @cloudvirt/core checks its first argument', () => {
  it('pins every exported function', () => {
    const functions = Object.keys(core).filter((name) => typeof (core as Record<string, unknown>)[name] === 'function');
    expect(functions.sort()).toEqual([...Object.keys(wrongFirstArgument), ...Object.keys(anyValue)].sort());
  });

  it.each(Object.entries(wrongFirstArgument))('%s(42) is a TypeError whose message names the parameter', (name, message) => {
    const fn = (core as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    expect(() => fn(42)).toThrow(TypeError);
    expect(() => fn(42)).toThrow(message);
  });

  it('suggest and editDistance name their other parameters too', () => {
    expect(() => core.suggest('kvm', 'kvm' as never)).toThrow('Unexpected `candidates` argument of suggest `kvm`, expected an iterable of strings (an array or a set)');
    expect(() => core.suggest('kvm', ['kvm'], -1)).toThrow('Unexpected `limit` argument of suggest `-1` (a number), expected a whole number of suggestions (0 or more)');
    expect(() => core.editDistance('kvm', null as never)).toThrow('Unexpected `b` argument of editDistance null, expected a string');
    expect(() => core.unknownValueError('lang', 'fr', ['en'], { hnt: 'x' } as never)).toThrow('Unexpected option `hnt` in unknownValueError options, expected one of `suggestFrom`, `guess`, `hint`, `plural`. Did you mean `hint`?');
    expect(() => core.expectOneOf('lang', 'en', 'en' as never)).toThrow('Unexpected `allowed` argument of expectOneOf `en`, expected an array of the allowed strings');
  });
});
