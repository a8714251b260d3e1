import { describe, expect, it } from 'vitest';
import { checkOptionKeys, describeValue, expectOneOf, expectStringArray, invalidTypeError, unknownValueError } from './messages.js';
import { suggest } from './suggest.js';

describe('suggest with language aliases', () => {
  it('should suggest zh for common names of Chinese, not the closest spelling', () => {
    for (const alias of ['cn', 'zh-CN', 'zh-Hans', 'zh_CN', 'chinese', 'Chinese', '中文']) {
      expect(suggest(alias, ['en', 'zh', 'bilingual'])).toEqual(['zh']);
    }
  });

  it('should suggest en for common names of English', () => {
    for (const alias of ['english', 'en-US', 'en-GB']) expect(suggest(alias, ['en', 'zh'])).toEqual(['en']);
  });

  it('should only use an alias whose language is a candidate', () => {
    expect(suggest('cn', ['cloze', 'relation'])).toEqual([]);
  });
});

describe('describeValue', () => {
  it('should show strings quoted and other values by kind', () => {
    expect([describeValue('fr'), describeValue(null), describeValue(undefined), describeValue(3), describeValue([]), describeValue({})]).toEqual([
      '`fr`',
      'null',
      'undefined',
      '`3` (a number)',
      'an array',
      'an object',
    ]);
  });
});

describe('unknownValueError', () => {
  it('should name what was received, the allowed values and a did-you-mean', () => {
    const error = unknownValueError('card kind', 'clozee', ['definition', 'cloze']);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.code).toBe('unknown-value');
    expect(error.message).toBe('Unexpected card kind `clozee`, expected one of `definition`, `cloze`. Did you mean `cloze`?');
  });

  it('should count long lists instead of naming them, and append the hint', () => {
    const allowed = Array.from({ length: 20 }, (_, index) => `id-${index}`);
    expect(unknownValueError('concept id', 'nope', allowed, { plural: 'concept ids', hint: 'See `conceptIds`.' }).message).toBe(
      'Unexpected concept id `nope`, expected one of 20 concept ids. See `conceptIds`.',
    );
  });
});

describe('invalidTypeError', () => {
  it('should say missing for undefined and unexpected otherwise', () => {
    const missing = invalidTypeError('options of toAnkiPackage', undefined, 'an object with `lang`');
    expect(missing).toBeInstanceOf(TypeError);
    expect(missing.code).toBe('missing-argument');
    expect(missing.message).toBe('Missing options of toAnkiPackage, expected an object with `lang`');
    expect(invalidTypeError('concept id', null, 'a string').message).toBe('Unexpected concept id null, expected a string');
  });
});

describe('expectOneOf', () => {
  it('should return an allowed value and reject a non-string with a TypeError', () => {
    expect(expectOneOf('lang', 'zh', ['en', 'zh'])).toBe('zh');
    expect(() => expectOneOf('lang', 7, ['en', 'zh'])).toThrow('Unexpected lang `7` (a number), expected one of `en`, `zh`');
  });
});

describe('expectStringArray', () => {
  it('should reject a lone string with a hint to wrap it', () => {
    expect(() => expectStringArray('`topics` option', 'service-models', 'topic ids')).toThrow(
      'Unexpected `topics` option `service-models`, expected an array of topic ids. Wrap a single value in an array: ["service-models"].',
    );
  });

  it('should name the first item that is not a string', () => {
    expect(() => expectStringArray('`topics` option', ['a', 2], 'topic ids')).toThrow('Unexpected item 1 of `topics` option `2` (a number), expected one of the topic ids (a string)');
  });
});

describe('checkOptionKeys', () => {
  it('should reject an unknown key with a did-you-mean', () => {
    expect(() => checkOptionKeys('exportFlashcards options', { topic: ['x'] }, ['lang', 'topics'])).toThrow(
      'Unexpected option `topic` in exportFlashcards options, expected one of `lang`, `topics`. Did you mean `topics`?',
    );
  });

  it('should accept undefined unless required, and reject non-objects', () => {
    expect(() => checkOptionKeys('x options', undefined, ['a'])).not.toThrow();
    expect(() => checkOptionKeys('x options', undefined, ['a'], true)).toThrow('Missing x options, expected an object with keys among `a`');
    expect(() => checkOptionKeys('x options', 'en', ['a'])).toThrow('Unexpected x options `en`, expected an object with keys among `a`');
  });
});
