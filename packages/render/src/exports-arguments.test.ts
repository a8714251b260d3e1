import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import * as render from './index.js';

type Loose = (...args: unknown[]) => unknown;
const exported = render as unknown as Record<string, Loose>;

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
 * Every exported function of @cloudvirt/render (all subpaths are re-exported by the index), with the start of
 * the TypeError it throws for a wrong first argument: `null` (the number 42 is an identifying value for
 * ankiGuidFor). A new export fails the test until it checks its arguments and is pinned here.
 */
const wrongFirstArgument: Record<string, string> = {
  AnkiNoteType: 'Unexpected `spec` argument of AnkiNoteType null, expected an object with keys among `id`, `name`, `kind`',
  ankiDeckIdFor: 'Unexpected `name` argument of ankiDeckIdFor null, expected a full deck name (a string; `::` nests decks)',
  ankiDeckNamePart: 'Unexpected `part` argument of ankiDeckNamePart null, expected a deck name part (a string',
  ankiDeckPlanToCsv: 'Unexpected `plan` argument of ankiDeckPlanToCsv null, expected a deck plan (an object with `notes`, such as the result of planAnkiDeck)',
  ankiFieldChecksum: "Unexpected `firstField` argument of ankiFieldChecksum null, expected a note's first field (an HTML string)",
  ankiFileStem: 'Unexpected knowledge base argument of ankiFileStem null, expected knowledge-base data',
  ankiGuidFor: 'Unexpected value 0 of ankiGuidFor null, expected an identifying value (a string or a number)',
  ankiNoteTypeIdFor: "Unexpected `packId` argument of ankiNoteTypeIdFor null, expected a pack id (a string, such as 'cloudvirt')",
  ankiNoteTypesFor: 'Unexpected `pack` argument of ankiNoteTypesFor null, expected a pack (an object with a kebab-case `id`, such as kb.pack)',
  buildDatasetGraph: 'Unexpected knowledge base argument of buildDatasetGraph null, expected knowledge-base data',
  checkApkgFileName: 'Unexpected `fileName` argument of checkApkgFileName null, expected a file name or path ending in `.apkg`',
  comparisonToMarkdown: 'Unexpected knowledge base argument of comparisonToMarkdown null, expected knowledge-base data',
  comparisonToMdast: 'Unexpected knowledge base argument of comparisonToMdast null, expected knowledge-base data',
  conceptIri: 'Unexpected concept id argument of conceptIri null, expected a concept id (a string)',
  conceptLinksOf: 'Unexpected `markdown` argument of conceptLinksOf null, expected the Markdown source of an explanation (a string)',
  conceptPageJsonLd: 'Unexpected knowledge base argument of conceptPageJsonLd null, expected knowledge-base data',
  conceptPageUrl: 'Unexpected concept id argument of conceptPageUrl null, expected a concept id (a string)',
  conceptToMdast: 'Unexpected knowledge base argument of conceptToMdast null, expected knowledge-base data',
  defaultAnkiCardKinds: 'Unexpected `lang` argument of defaultAnkiCardKinds null, expected one of `en`, `zh`, `bilingual`',
  explanationToHast: 'Unexpected `markdown` argument of explanationToHast null, expected the Markdown source of an explanation (a string)',
  explanationToMdast: 'Unexpected `markdown` argument of explanationToMdast null, expected the Markdown source of an explanation (a string)',
  findAnkiTopic: 'Unexpected knowledge base argument of findAnkiTopic null, expected an object with a `topics` array',
  githubSlug: "Unexpected `text` argument of githubSlug null, expected a heading's plain text (a string)",
  glossaryToMarkdown: 'Unexpected knowledge base argument of glossaryToMarkdown null, expected knowledge-base data',
  glossaryToMdast: 'Unexpected knowledge base argument of glossaryToMdast null, expected knowledge-base data',
  handbookToMdast: 'Unexpected knowledge base argument of handbookToMdast null, expected knowledge-base data',
  homePageJsonLd: 'Unexpected knowledge base argument of homePageJsonLd null, expected knowledge-base data',
  datasetPageJsonLd: 'Unexpected knowledge base argument of datasetPageJsonLd null, expected knowledge-base data',
  jsonLdDatasetContext: 'Unexpected jsonLdDatasetContext options null, expected an object with keys among `baseIri`, `conceptUrlPattern`',
  jsonLdScriptElement: 'Unexpected `value` argument of jsonLdScriptElement null, expected a JSON-serializable value for a JSON-LD script block',
  kbIris: 'Unexpected kbIris options null, expected an object with keys among `baseIri`, `conceptUrlPattern`',
  matrixToMarkdown: 'Unexpected knowledge base argument of matrixToMarkdown null, expected knowledge-base data',
  matrixToMdast: 'Unexpected knowledge base argument of matrixToMdast null, expected knowledge-base data',
  ontologyDescriptionsFor: "Unexpected `shortName` argument of ontologyDescriptionsFor null, expected a pack's short name in both languages",
  packBaseIri: 'Unexpected `pack` argument of packBaseIri null, expected a pack (an object with a kebab-case `id`, such as kb.pack)',
  packIdentity: 'Unexpected knowledge base argument of packIdentity null, expected knowledge-base data',
  planAnkiDeck: 'Unexpected knowledge base argument of planAnkiDeck null, expected knowledge-base data',
  renderAnkiCards: 'Unexpected `note` argument of renderAnkiCards null, expected a planned note (an object with `noteType` and `fields`',
  resolveAnkiTopics: 'Unexpected knowledge base argument of resolveAnkiTopics null, expected an object with a `topics` array',
  serializeJsonLdForScript: 'Unexpected `value` argument of serializeJsonLdForScript null, expected a JSON-serializable value for a JSON-LD script block',
  skosMappingOf: 'Unexpected relation type argument of skosMappingOf null, expected one of `is-a`, `example-of`',
  stringifyMarkdown: "Unexpected `tree` argument of stringifyMarkdown null, expected an mdast root (an object with `type: 'root'` and `children`",
  stripAnkiHtml: 'Unexpected `html` argument of stripAnkiHtml null, expected a field value (an HTML string)',
  toAnkiCsv: 'Unexpected knowledge base argument of toAnkiCsv null, expected knowledge-base data',
  toAnkiPackage: 'Unexpected knowledge base argument of toAnkiPackage null, expected knowledge-base data',
  toDatasetDocuments: 'Unexpected knowledge base argument of toDatasetDocuments null, expected knowledge-base data',
  toDatasetQuads: 'Unexpected knowledge base argument of toDatasetQuads null, expected knowledge-base data',
  toJsonLdDataset: 'Unexpected knowledge base argument of toJsonLdDataset null, expected knowledge-base data',
  toMarkdownConcept: 'Unexpected knowledge base argument of toMarkdownConcept null, expected knowledge-base data',
  toMarkdownHandbook: 'Unexpected knowledge base argument of toMarkdownHandbook null, expected knowledge-base data',
  toTurtle: 'Unexpected knowledge base argument of toTurtle null, expected knowledge-base data',
  toVoidDescription: 'Unexpected knowledge base argument of toVoidDescription null, expected knowledge-base data',
  withAnkiSubtopics: 'Unexpected knowledge base argument of withAnkiSubtopics null, expected an object with a `topics` array',
  withJsonLdMemo: 'Unexpected `memo` argument of withJsonLdMemo null, expected a render memo (an object with a `text` method)',
  withAnkiSchedules: 'Unexpected `apkg` argument of withAnkiSchedules null, expected the bytes of an .apkg (a Uint8Array)',
  writeAnkiPackage: 'Unexpected `input` argument of writeAnkiPackage null, expected a package input (an object with `notes`',
};

/** Exports without parameters (HeadingSlugger's parameter is its `slug` method's, tested below). */
const withoutParameters = ['HeadingSlugger', 'clearExplanationCache', 'vocabularyTerms'];

describe('every exported function of @cloudvirt/render checks its first argument', () => {
  it('pins every exported function', () => {
    const functions = Object.keys(exported).filter((name) => typeof exported[name] === 'function');
    expect(functions.sort()).toEqual([...Object.keys(wrongFirstArgument), ...withoutParameters].sort());
  });

  it.each(Object.entries(wrongFirstArgument))('%s(null) is a TypeError whose message names the parameter', async (name, message) => {
    const fn = exported[name]!;
    const error = await thrown(() => (/^[A-Z]/u.test(name) ? new (fn as unknown as new (value: unknown) => unknown)(null) : fn(null)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(message);
  });

  it('HeadingSlugger#slug names its parameter', () => {
    expect(() => new render.HeadingSlugger().slug(null as never)).toThrow("Unexpected `text` argument of HeadingSlugger#slug null, expected a heading's plain text (a string)");
  });
});

describe('render helpers: the other arguments', () => {
  it('kbIris with an unknown key suggests the closest, though internal callers pass wider options', () => {
    expect(() => render.kbIris({ baseUrl: 'https://example.org/' } as never)).toThrow(
      'Unexpected option `baseUrl` in kbIris options, expected one of `baseIri`, `conceptUrlPattern`. Did you mean `baseIri`?',
    );
    expect(render.toJsonLdDataset(kb, { baseIri: 'https://example.org/', title: { en: 'T', zh: 'T' } })['@context']).toEqual(
      render.jsonLdDatasetContext({ baseIri: 'https://example.org/' }),
    );
  });

  it('kbIris with a non-string base IRI names the option', () => {
    expect(() => render.kbIris({ baseIri: 42 as never })).toThrow("Unexpected `baseIri` option of kbIris `42` (a number), expected an absolute http(s) IRI ending with \"/\" (a string, such as 'https://cloudvirt.example/')");
  });

  it('conceptIri and jsonLdDatasetContext reject an unknown option key', () => {
    expect(() => render.conceptIri('kvm', { base: 'https://example.org/' } as never)).toThrow('Unexpected option `base` in conceptIri options, expected one of `baseIri`, `conceptUrlPattern`. Did you mean `baseIri`?');
    expect(() => render.jsonLdDatasetContext({ baseIRI: 'https://example.org/' } as never)).toThrow('Unexpected option `baseIRI` in jsonLdDatasetContext options, expected one of `baseIri`, `conceptUrlPattern`. Did you mean `baseIri`?');
  });

  it('conceptPageUrl with lang cn suggests zh', () => {
    expect(() => render.conceptPageUrl('kvm', 'cn' as never)).toThrow(RangeError);
    expect(() => render.conceptPageUrl('kvm', 'cn' as never)).toThrow('Unexpected `lang` argument of conceptPageUrl `cn`, expected one of `en`, `zh`. Did you mean `zh`?');
  });

  it('explanationToMdast and explanationToHast without a resolver name it and show one', () => {
    expect(() => render.explanationToMdast('See [KVM](concept:kvm).', undefined as never)).toThrow(
      'Missing `resolve` argument of explanationToMdast, expected a function from a concept id to a URL or null. For example (id) => `#${id}`.',
    );
    expect(() => render.explanationToHast('text', 'anchor' as never)).toThrow('Unexpected `resolve` argument of explanationToHast `anchor`, expected a function from a concept id to a URL or null');
  });

  it('skosMappingOf with a mistyped relation type suggests the closest', () => {
    expect(() => render.skosMappingOf('examples-of' as never)).toThrow(/^Unexpected relation type argument of skosMappingOf `examples-of`, expected one of .*Did you mean `example-of`\?$/u);
  });

  it('stringifyMarkdown with a Markdown string instead of a tree names what it needs', () => {
    expect(() => render.stringifyMarkdown('# Title' as never)).toThrow("Unexpected `tree` argument of stringifyMarkdown `# Title`, expected an mdast root");
  });

  it('resolveAnkiTopics with a single label, not an array, says to wrap it', () => {
    expect(() => render.resolveAnkiTopics(kb, 'Service models' as never)).toThrow(
      'Unexpected `values` argument of resolveAnkiTopics `Service models`, expected an array of topic ids or labels. Wrap a single value in an array: ["Service models"].',
    );
  });

  it('ankiDeckPlanToCsv with an unknown option key or separator names the allowed ones', () => {
    const plan = render.planAnkiDeck(kb, { lang: 'en', concepts: ['kvm'], cardKinds: ['definition'] });
    expect(() => render.ankiDeckPlanToCsv(plan, { seperator: 'tab' } as never)).toThrow('Unexpected option `seperator` in ankiDeckPlanToCsv options, expected one of `separator`. Did you mean `separator`?');
    expect(() => render.ankiDeckPlanToCsv(plan, { separator: ';' as never })).toThrow('Unexpected `separator` option of ankiDeckPlanToCsv `;`, expected one of `tab`, `comma`');
  });

  it('writeAnkiPackage names the bad note field and the unknown option', async () => {
    const plan = render.planAnkiDeck(kb, { lang: 'en', concepts: ['kvm'], cardKinds: ['definition'] });
    const note = plan.notes[0]!;
    expect((await thrown(() => render.writeAnkiPackage({ notes: [{ ...note, fields: 'front' as never }] }))).message).toBe(
      'Unexpected `fields` of note 0 of writeAnkiPackage `front`, expected an array of field values (HTML strings). Wrap a single value in an array: ["front"].',
    );
    expect((await thrown(() => render.writeAnkiPackage({ notes: [{ ...note, noteType: { name: 'Basic' } as never }] }))).message).toBe(
      'Unexpected `noteType` of note 0 of writeAnkiPackage an object, expected an AnkiNoteType (new AnkiNoteType({ … }))',
    );
    expect((await thrown(() => render.writeAnkiPackage({ notes: plan.notes }, { sqljs: {} } as never))).message).toBe(
      'Unexpected option `sqljs` in writeAnkiPackage options, expected one of `sqlJs`. Did you mean `sqlJs`?',
    );
    expect((await thrown(() => render.writeAnkiPackage({ note: plan.notes } as never))).message).toBe(
      'Unexpected option `note` in `input` argument of writeAnkiPackage, expected one of `notes`, `decks`, `media`, `deckIdNamespace`. Did you mean `notes`?',
    );
  });

  it('AnkiNoteType with an unknown kind suggests the closest', () => {
    const spec = { id: 1_607_392_319, name: 'My basic', kind: 'close', css: '', mod: 1_764_115_200, fields: [{ name: 'Front', id: 1 }], templates: [{ name: 'Card 1', id: 3, front: '{{Front}}', back: '{{Front}}' }] };
    expect(() => new render.AnkiNoteType(spec as never)).toThrow(RangeError);
    expect(() => new render.AnkiNoteType(spec as never)).toThrow('Unexpected `kind` of the spec of AnkiNoteType `close`, expected one of `standard`, `cloze`. Did you mean `cloze`?');
  });

  it('defaultAnkiCardKinds with lang chinese suggests zh', () => {
    expect(() => render.defaultAnkiCardKinds('chinese' as never)).toThrow('Unexpected `lang` argument of defaultAnkiCardKinds `chinese`, expected one of `en`, `zh`, `bilingual`. Did you mean `zh`?');
  });
});
