import { describe, expectTypeOf, it } from 'vitest';
import { miniKb } from '../test/fixtures/mini-kb.js';
import { conceptPageJsonLd, homePageJsonLd, toJsonLdDataset, type LanguageValue, type SchemaDefinedTerm, type SchemaTechArticle } from './jsonld.js';
import type { MarkdownLanguage } from './markdown.js';

describe('conceptPageJsonLd', () => {
  it('should type the page graph as a tuple of schema.org nodes', () => {
    const page = conceptPageJsonLd(miniKb, 'kvm', { lang: 'en' });
    expectTypeOf(page['@context']).toEqualTypeOf<'https://schema.org'>();
    expectTypeOf(page['@graph'][0]).toEqualTypeOf<SchemaTechArticle>();
    expectTypeOf(page['@graph'][2]).toEqualTypeOf<SchemaDefinedTerm>();
    expectTypeOf(page['@graph'][2].name).toEqualTypeOf<readonly LanguageValue[]>();
    // @ts-expect-error the page language is required
    conceptPageJsonLd(miniKb, 'kvm', {});
    // @ts-expect-error only the knowledge base's locales
    conceptPageJsonLd(miniKb, 'kvm', { lang: 'fr' });
  });
});

describe('homePageJsonLd', () => {
  it('should put WebSite first', () => {
    expectTypeOf(homePageJsonLd(miniKb, { lang: 'zh' })['@graph'][0]['@type']).toEqualTypeOf<'WebSite'>();
  });
});

describe('toJsonLdDataset', () => {
  it('should accept only the documented options', () => {
    toJsonLdDataset(miniKb, { baseIri: 'https://example.org/' });
    // @ts-expect-error unknown option
    toJsonLdDataset(miniKb, { base: 'https://example.org/' });
    expectTypeOf<MarkdownLanguage>().toEqualTypeOf<'en' | 'zh' | 'bilingual'>();
  });
});
