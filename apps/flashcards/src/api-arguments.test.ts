import { createKnowledgeBase, kb, type KnowledgeBaseData } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './options.js';
import { exportFlashcards, listFlashcards, planFlashcards, resolveFlashcardsOptions, UsageError, writeStandardDownloads } from './index.js';

// Note: every call casts past the types on purpose: JavaScript callers reach these checks.
const loose = (value: unknown): never => value as never;

/** The error `run` throws or rejects with (fails the test when it does neither). */
async function thrown(run: () => unknown): Promise<Error & { code?: string; hint?: string }> {
  try {
    await run();
  } catch (error) {
    return error as Error & { code?: string; hint?: string };
  }
  throw new Error('expected a throw');
}

describe('flashcards API arguments', () => {
  it('exportFlashcards({topic}) is an error naming `topics`, not the whole deck', async () => {
    const error = await thrown(() => exportFlashcards(loose({ topic: ['service-models'] })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('unknown-option');
    expect(error.message).toBe(
      'Unexpected option `topic` in exportFlashcards options, expected one of `lang`, `format`, `cardKinds`, `topics`, `levels`, `concepts`, `deckName`, `kb`. Did you mean `topics`?',
    );
  });

  it('planFlashcards with topics as a string says to wrap it in an array', async () => {
    const error = await thrown(() => planFlashcards({ topics: loose('service-models') }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'Unexpected `topics` option of planFlashcards `service-models`, expected an array of topic ids or labels. Wrap a single value in an array: ["service-models"].',
    );
  });

  it('exportFlashcards with lang cn suggests zh (a UsageError, in the CLI words)', async () => {
    const error = await thrown(() => exportFlashcards({ lang: loose('cn') }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('Unexpected --lang value `cn`, expected one of `en`, `zh`, `bilingual`');
    expect(error.hint).toBe('Did you mean `zh`?');
  });

  it('resolveFlashcardsOptions with a kb that is not a knowledge base names the option', async () => {
    const error = await thrown(() => resolveFlashcardsOptions({ kb: loose({ concepts: [] }) }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^Missing `topics` of the `kb` option of resolveFlashcardsOptions, expected an array\. Expected knowledge-base data \(an object with `topics`, `concepts`/u);
  });

  it('listFlashcards rejects options it does not take', async () => {
    expect((await thrown(() => listFlashcards(loose({ lang: 'zh', format: 'csv' })))).message).toBe(
      'Unexpected option `format` in listFlashcards options, expected one of `lang`, `kb`',
    );
  });

  it('writeStandardDownloads without a folder names the argument', async () => {
    expect((await thrown(() => writeStandardDownloads(loose(undefined))))).toBeInstanceOf(TypeError);
    expect((await thrown(() => writeStandardDownloads(loose(undefined)))).message).toBe('Missing folder argument of writeStandardDownloads, expected a folder path (a string)');
  });

  it('exportFlashcards with cardKinds items that are not strings names the item', async () => {
    expect((await thrown(() => exportFlashcards({ cardKinds: loose(['cloze', 3]) }))).message).toBe(
      'Unexpected item 1 of `cardKinds` option of exportFlashcards `3` (a number), expected one of the card kinds (or `all`) (a string)',
    );
  });

  it('still takes another pack and labels', () => {
    const other = createKnowledgeBase(JSON.parse(JSON.stringify({ ...kb })) as KnowledgeBaseData);
    expect(planFlashcards({ kb: other, topics: ['VMM 实现结构'] }).summary.concepts).toBeGreaterThan(0);
  });
});

describe('CLI suggestions from core', () => {
  it('--lang cn suggests zh, not en', async () => {
    const error = await thrown(() => resolveFlashcardsOptions({ lang: loose(parseCliArgs(['--lang', 'cn']).lang) }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.hint).toBe('Did you mean `zh`?');
  });

  it('a mistyped long option still gets a did-you-mean', () => {
    expect(() => parseCliArgs(['--tpoic', 'x'])).toThrow(UsageError);
    try {
      parseCliArgs(['--tpoic', 'x']);
    } catch (error) {
      expect((error as UsageError).hint).toBe('Did you mean `--topic`?');
    }
  });
});
