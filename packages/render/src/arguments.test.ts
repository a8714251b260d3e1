import { kb, type KnowledgeBaseData } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { toAnkiCsv, toAnkiPackage } from './anki.js';
import { conceptPageJsonLd, homePageJsonLd, toJsonLdDataset, toTurtle } from './jsonld.js';
import { toMarkdownConcept, toMarkdownHandbook } from './markdown.js';

// Note: every call casts past the types on purpose: JavaScript callers and untyped data reach these checks.
const loose = <T>(value: unknown): T => value as T;

/** The error `run` throws or rejects with (fails the test when it does neither). */
async function thrown(run: () => unknown): Promise<Error & { code?: string }> {
  try {
    await run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a throw');
}

describe('render arguments', () => {
  it('toAnkiPackage(kb) without options is a clear TypeError, not `reading lang`', async () => {
    const error = await thrown(() => toAnkiPackage(kb, loose(undefined)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('missing-argument');
    expect(error.message).toBe(
      "Missing options argument of toAnkiPackage, expected an object with `lang`, `cardKinds`, `topics`, `levels`, `concepts`, `deckName`, `sqlJs` (`lang` is required). For example toAnkiPackage(kb, { lang: 'en' })",
    );
  });

  it('toAnkiPackage with topics as a string, not an array, says to wrap it', async () => {
    const error = await thrown(() => toAnkiPackage(kb, { lang: 'en', topics: loose('service-models') }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'Unexpected `topics` option of toAnkiPackage `service-models`, expected an array of topic ids or labels. Wrap a single value in an array: ["service-models"].',
    );
  });

  it('toAnkiPackage with an unknown option key names the allowed keys and the closest', async () => {
    const error = await thrown(() => toAnkiPackage(kb, loose({ lang: 'en', topic: ['service-models'] })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('unknown-option');
    expect(error.message).toBe(
      'Unexpected option `topic` in toAnkiPackage options, expected one of `lang`, `cardKinds`, `topics`, `levels`, `concepts`, `deckName`, `sqlJs`. Did you mean `topics`?',
    );
  });

  it('toAnkiPackage with lang cn suggests zh', async () => {
    expect((await thrown(() => toAnkiPackage(kb, { lang: loose('cn') }))).message).toBe(
      'Unexpected `lang` option of toAnkiPackage `cn`, expected one of `en`, `zh`, `bilingual`. Did you mean `zh`?',
    );
  });

  it('toAnkiPackage with an unknown level suggests the closest', async () => {
    expect((await thrown(() => toAnkiPackage(kb, { lang: 'en', levels: loose(['basic', 'advnced']) }))).message).toBe(
      'Unexpected level in the `levels` option of toAnkiPackage `basic`, expected one of `fundamental`, `intermediate`, `advanced`',
    );
  });

  it('toAnkiPackage with a mistyped topic id suggests the closest', async () => {
    expect((await thrown(() => toAnkiPackage(kb, { lang: 'en', topics: loose(['service-model']) }))).message).toContain(
      'Unexpected topic `service-model`, expected one of `cloud-computing`',
    );
    expect((await thrown(() => toAnkiPackage(kb, { lang: 'en', topics: loose(['service-model']) }))).message).toContain('Did you mean `service-models`?');
  });

  it('toAnkiPackage without a knowledge base names the argument', async () => {
    expect((await thrown(() => toAnkiPackage(loose<KnowledgeBaseData>(undefined), { lang: 'en' }))).message).toMatch(
      /^Missing knowledge base argument of toAnkiPackage, expected knowledge-base data \(an object with `topics`, `concepts`/u,
    );
  });

  it('toAnkiCsv with an unknown separator names the allowed ones', () => {
    expect(() => toAnkiCsv(kb, { lang: 'en', separator: loose('semicolon') })).toThrow('Unexpected `separator` option of toAnkiCsv `semicolon`, expected one of `tab`, `comma`');
  });

  it('conceptPageJsonLd with lang fr names en and zh, not `reading filter`', () => {
    const error = (() => {
      try {
        conceptPageJsonLd(kb, 'kvm', { lang: loose('fr') });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a throw');
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('Unexpected `lang` option of conceptPageJsonLd `fr`, expected one of `en`, `zh`');
  });

  it('conceptPageJsonLd without options shows an example call', () => {
    expect(() => conceptPageJsonLd(kb, 'kvm', loose(undefined))).toThrow(/^Missing options argument of conceptPageJsonLd, .*For example conceptPageJsonLd\(kb, 'kvm', \{ lang: 'en' \}\)$/u);
  });

  it('conceptPageJsonLd with a mistyped concept id suggests the closest', () => {
    expect(() => conceptPageJsonLd(kb, loose('kvmm'), { lang: 'en' })).toThrow('Unexpected concept id `kvmm`, expected one of 108 concept ids of the knowledge base. Did you mean `kvm`?');
  });

  it('homePageJsonLd with an unknown option key suggests the closest', () => {
    expect(() => homePageJsonLd(kb, loose({ lang: 'en', licence: 'https://example.org/' }))).toThrow(
      'Unexpected option `licence` in homePageJsonLd options, expected one of `lang`, `baseUrl`, `conceptUrlPattern`, `title`, `publisher`, `author`, `alternateName`, `description`, `license`, `datasetIri`, `keywords`, `identifier`, `version`, `isBasedOn`, `datePublished`. Did you mean `license`?',
    );
  });

  it('toJsonLdDataset and toTurtle reject an unknown option key', () => {
    expect(() => toJsonLdDataset(kb, loose({ baseUrl: 'https://example.org/' }))).toThrow(/^Unexpected option `baseUrl` in toJsonLdDataset options, expected one of `baseIri`, .*Did you mean `baseIri`\?$/u);
    expect(() => toTurtle(kb, loose({ baseUrl: 'https://example.org/' }))).toThrow(/^Unexpected option `baseUrl` in toTurtle options/u);
  });

  it('toMarkdownConcept with a mistyped id suggests the closest', () => {
    expect(() => toMarkdownConcept(kb, loose('kvmm'))).toThrow('Unexpected concept id `kvmm`, expected one of 108 concept ids of the knowledge base. Did you mean `kvm`?');
  });

  it('toMarkdownConcept(kb, null) is a TypeError naming the argument', () => {
    expect(() => toMarkdownConcept(kb, loose(null))).toThrow(TypeError);
    expect(() => toMarkdownConcept(kb, loose(null))).toThrow('Unexpected concept id null, expected a concept id (a string)');
  });

  it('toMarkdownHandbook with an unknown option key suggests the closest', () => {
    expect(() => toMarkdownHandbook(kb, loose({ language: 'zh' }))).toThrow('Unexpected option `language` in toMarkdownHandbook options, expected one of `lang`, `links`, `baseUrl`, `title`');
  });

  it('toMarkdownHandbook with lang chinese suggests zh', () => {
    expect(() => toMarkdownHandbook(kb, { lang: loose('chinese') })).toThrow(
      'Unexpected `lang` option of toMarkdownHandbook `chinese`, expected one of `en`, `zh`, `bilingual`. Did you mean `zh`?',
    );
  });
});
