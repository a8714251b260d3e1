import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { helpText, optionNames, parseCliArgs } from './options.js';

function usageError(argv: readonly string[]): UsageError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('parseCliArgs', () => {
  it('should return defaults when no option is given', () => {
    expect(parseCliArgs([])).toEqual({
      lang: undefined,
      cards: undefined,
      topics: undefined,
      levels: undefined,
      concepts: undefined,
      deckName: undefined,
      format: undefined,
      out: undefined,
      list: false,
      dryRun: false,
      json: false,
      force: false,
      quiet: false,
      help: false,
      version: false,
    });
  });

  it('should read long, short and inline values', () => {
    const raw = parseCliArgs(['-l', 'zh', '--format=csv', '-o', 'deck.csv', '--deck-name', 'A::B', '-nq', '--json', '--force']);
    expect(raw).toMatchObject({ lang: 'zh', format: 'csv', out: 'deck.csv', deckName: 'A::B', dryRun: true, quiet: true, json: true, force: true });
  });

  it('should split list options on commas and collect repeated options', () => {
    const raw = parseCliArgs(['--cards', 'cloze, definition', '-c', 'relation', '--topic', 'a,b', '-t', 'c', '--level', 'fundamental,advanced']);
    expect(raw.cards).toEqual(['cloze', 'definition', 'relation']);
    expect(raw.topics).toEqual(['a', 'b', 'c']);
    expect(raw.levels).toEqual(['fundamental', 'advanced']);
  });

  it('should keep a --concept value whole when it names a concept, and split it otherwise', () => {
    const isConcept = (text: string): boolean => text === 'a, b';
    expect(parseCliArgs(['--concept', 'a, b', '--concept', 'c,d'], isConcept).concepts).toEqual(['a, b', 'c', 'd']);
  });

  it('should accept - as the output file', () => {
    expect(parseCliArgs(['-o', '-']).out).toBe('-');
  });

  it('should suggest the closest option for a misspelled long option', () => {
    const error = usageError(['--lnag', 'zh']);
    expect(error.message).toBe('Unexpected option `--lnag`, expected one of the options in `--help`');
    expect(error.hint).toBe('Did you mean `--lang`?');
    expect(usageError(['--dryrun']).hint).toBe('Did you mean `--dry-run`?');
  });

  it('should list the short options for an unknown short option', () => {
    const error = usageError(['-x']);
    expect(error.message).toContain('`-x`');
    expect(error.hint).toContain('-o (--out)');
  });

  it('should catch a long option written with one dash', () => {
    expect(usageError(['-lang', 'zh']).hint).toBe('Did you mean `--lang`? Long options take two dashes.');
    expect(usageError(['-topic=x']).hint).toBe('Did you mean `--topic`? Long options take two dashes.');
  });

  it('should refuse a string option without a value', () => {
    expect(usageError(['--lang']).message).toBe('Unexpected `--lang` without a value, expected `--lang <value>`');
    expect(usageError(['--lang=']).message).toBe('Unexpected empty value for `--lang`, expected `--lang <value>`');
  });

  it('should not take the next option as a value', () => {
    const error = usageError(['--lang', '--json']);
    expect(error.message).toContain('looks like an option');
    expect(error.hint).toBe('If the value really starts with `-`, write `--lang=--json`.');
  });

  it('should refuse a value for a flag', () => {
    expect(usageError(['--json=yes']).message).toBe('Unexpected value `yes` for `--json`, expected a flag without a value');
  });

  it('should refuse positional arguments', () => {
    const error = usageError(['deck.apkg']);
    expect(error.message).toBe('Unexpected argument `deck.apkg`, expected options only');
    expect(error.hint).toContain('-o FILE');
    expect(usageError(['--', 'x']).message).toContain('`x`');
  });
});

describe('helpText', () => {
  it('should document every option', () => {
    for (const name of optionNames) expect(helpText).toContain(`--${name}`);
  });
});
