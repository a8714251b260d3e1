import { kb } from '@cloudvirt/core';
import { planAnkiDeck } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import * as flashcards from './index.js';

type Loose = (...args: unknown[]) => unknown;
const exported = flashcards as unknown as Record<string, Loose>;

/** The error `run` throws or rejects with (fails the test when it does neither). */
async function thrown(run: () => unknown): Promise<Error & { code?: string }> {
  try {
    await run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a throw');
}

/**
 * Every exported function (and class) of the flashcards API, with the start of the TypeError it throws or
 * rejects with for a wrong first argument (`null`). A new export fails the test until it checks its
 * arguments and is pinned here.
 */
const wrongFirstArgument: Record<string, string> = {
  OutputError: 'Unexpected `message` argument of OutputError null, expected what is wrong (a string)',
  PackContentError: 'Unexpected `message` argument of PackContentError null, expected what is wrong (a string)',
  UsageError: 'Unexpected `message` argument of UsageError null, expected what is wrong (a string)',
  buildStandardDownloads: 'Unexpected buildStandardDownloads options null, expected an object with keys among `kb`',
  checkOutputName: 'Unexpected `path` argument of checkOutputName null, expected an output file path (a string)',
  defaultFileName: 'Unexpected `resolved` argument of defaultFileName null, expected resolved flashcards options (the result of resolveFlashcardsOptions)',
  exportFlashcards: 'Unexpected exportFlashcards options null, expected an object with keys among `lang`, `format`',
  formatOfPath: 'Unexpected `path` argument of formatOfPath null, expected a file path (a string)',
  listFlashcards: 'Unexpected listFlashcards options null, expected an object with keys among `lang`, `kb`',
  planFlashcards: 'Unexpected planFlashcards options null, expected an object with keys among `lang`, `format`',
  resolveFlashcardsOptions: 'Unexpected resolveFlashcardsOptions options null, expected an object with keys among `lang`, `format`',
  sliceKnowledgeBase: 'Unexpected knowledge base argument of sliceKnowledgeBase null, expected knowledge-base data',
  summarizeAnkiPlan: 'Unexpected `plan` argument of summarizeAnkiPlan null, expected a deck plan (the result of planAnkiDeck)',
  writeFileAtomic: 'Unexpected `path` argument of writeFileAtomic null, expected a target file path (a string)',
  writeStandardDownloads: 'Unexpected folder argument of writeStandardDownloads null, expected a folder path (a string)',
};

describe('every exported function of the flashcards API checks its first argument', () => {
  it('pins every exported function', () => {
    const functions = Object.keys(exported).filter((name) => typeof exported[name] === 'function');
    expect(functions.sort()).toEqual(Object.keys(wrongFirstArgument).sort());
  });

  it.each(Object.entries(wrongFirstArgument))('%s(null) is a TypeError whose message names the parameter', async (name, message) => {
    const fn = exported[name]!;
    const error = await thrown(() => (/^[A-Z]/u.test(name) ? new (fn as unknown as new (value: unknown) => unknown)(null) : fn(null)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(message);
  });
});

describe('flashcards API helpers: the other arguments', () => {
  it('checkOutputName with format apk suggests apkg', () => {
    expect(() => flashcards.checkOutputName('deck.apkg', 'apk' as never)).toThrow(RangeError);
    expect(() => flashcards.checkOutputName('deck.apkg', 'apk' as never)).toThrow('Unexpected `format` argument of checkOutputName `apk`, expected one of `apkg`, `csv`, `md`. Did you mean `apkg`?');
  });

  it('summarizeAnkiPlan names a wrong format and concept count', () => {
    const plan = planAnkiDeck(kb, { lang: 'en', concepts: ['kvm'], cardKinds: ['definition'] });
    expect(() => flashcards.summarizeAnkiPlan(plan, 'tsv' as never, 1)).toThrow('Unexpected `format` argument of summarizeAnkiPlan `tsv`, expected one of `apkg`, `csv`');
    expect(() => flashcards.summarizeAnkiPlan(plan, 'csv', -1)).toThrow('Unexpected `concepts` argument of summarizeAnkiPlan `-1` (a number), expected how many concepts the filters select (a whole number)');
  });

  it('sliceKnowledgeBase with concept ids instead of concepts names what it needs', () => {
    expect(() => flashcards.sliceKnowledgeBase(kb, ['kvm'] as never)).toThrow('Unexpected item 0 of the `selected` argument of sliceKnowledgeBase `kvm`, expected a concept (an object with an `id`)');
  });

  it('writeFileAtomic with a number as content names the parameter', async () => {
    expect((await thrown(() => flashcards.writeFileAtomic('/tmp/never-written.txt', 42 as never))).message).toBe(
      'Unexpected `data` argument of writeFileAtomic `42` (a number), expected the file content (a string or a Uint8Array)',
    );
  });

  it('UsageError with a hint that is not a string names it', () => {
    expect(() => new flashcards.UsageError('Unexpected x', 3 as never)).toThrow('Unexpected `hint` argument of UsageError `3` (a number), expected what to do about it (a string)');
  });
});
