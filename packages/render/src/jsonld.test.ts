import { describe, expect, it } from 'vitest';
import { miniKb } from '../test/fixtures/mini-kb.js';
import { jsonLdToTriples, quadsToTriples, turtleToTriples, validateDataset } from '../test/helpers/jsonld.js';
import { defaultConceptUrlPattern, toMarkdownConcept } from './markdown.js';
import {
  conceptIri,
  conceptPageJsonLd,
  conceptPageUrl,
  homePageJsonLd,
  kbIris,
  toDatasetQuads,
  toJsonLdDataset,
  toTurtle,
  type SchemaBreadcrumbList,
  type SchemaDefinedTerm,
} from './jsonld.js';

const BASE = 'https://cloudvirt.example/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const KB = `${BASE}vocab#`;
const KBD = `${BASE}vocab/data#`;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const iri = (id: string) => `<${BASE}concepts/${id}>`;
const triple = (s: string, p: string, o: string) => `${s} <${p}> ${o} .`;

describe('@cloudvirt/render/jsonld', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('./jsonld.js')).sort()).toEqual([
      'buildDatasetGraph',
      'conceptIri',
      'conceptPageJsonLd',
      'conceptPageUrl',
      'dataVocabulary',
      'datasetPageJsonLd',
      'datasetTerms',
      'defaultBaseIri',
      'defaultKnowledgeBaseDescription',
      'defaultKnowledgeBaseTitle',
      'homePageJsonLd',
      'isoThesaurusKinds',
      'jsonLdDatasetContext',
      'jsonLdScriptElement',
      'kbIris',
      'namespaces',
      'ontologyDescriptions',
      'ontologyDescriptionsFor',
      'ontologyModified',
      'ontologyVersion',
      'plainRelatedMapping',
      'relationProperties',
      'serializeJsonLdForScript',
      'skosMappingOf',
      'toDatasetDocuments',
      'toDatasetQuads',
      'toJsonLdDataset',
      'toTurtle',
      'toVoidDescription',
      'vocabularyTerms',
      'withJsonLdMemo',
    ]);
  });
});

describe('toJsonLdDataset', () => {
  it('should expand offline in safe mode and pass the graph checks', async () => {
    const dataset = toJsonLdDataset(miniKb);
    const report = await validateDataset(dataset, KB);
    expect(report.problems).toEqual([]);
    expect(report.triples.length).toBeGreaterThan(500);
  });

  it('should fail the checks when a key is unknown or a target is missing (the checks can fail)', async () => {
    const dataset = toJsonLdDataset(miniKb);
    const [scheme, ...rest] = dataset['@graph'];
    await expect(validateDataset({ ...dataset, '@graph': [{ ...scheme, descripton: 'typo' }, ...rest] }, KB)).rejects.toThrow(/Safe mode validation error/);
    const withoutXen = { ...dataset, '@graph': dataset['@graph'].filter((node) => node.id !== `${BASE}concepts/xen`) };
    expect((await validateDataset(withoutXen, KB)).problems).toContainEqual(expect.stringMatching(/relation target missing: .*xen/));
    const cyclic = { ...miniKb, relations: [...miniKb.relations, { from: 'virtualization', type: 'is-a' as const, to: 'xen' }, { from: 'kvm', type: 'uses' as const, to: 'virtualization' }] };
    const problems = (await validateDataset(toJsonLdDataset(cyclic), KB)).problems;
    expect(problems).toContainEqual(expect.stringMatching(/^broader cycle: /));
    expect(problems).toContainEqual(expect.stringMatching(/^S27: .*kvm> related .*virtualization>/));
  });

  it('should type every concept DefinedTerm and Concept, in the scheme, with page URLs matching the site', async () => {
    const triples = await jsonLdToTriples(toJsonLdDataset(miniKb));
    const scheme = `<${BASE}concepts/>`;
    expect(triples).toContain(triple(scheme, RDF_TYPE, '<http://schema.org/DefinedTermSet>'));
    expect(triples).toContain(triple(scheme, RDF_TYPE, `<${SKOS}ConceptScheme>`));
    for (const concept of miniKb.concepts) {
      const subject = iri(concept.id);
      expect(`<${conceptIri(concept.id)}>`).toBe(subject);
      expect(triples).toContain(triple(subject, RDF_TYPE, '<http://schema.org/DefinedTerm>'));
      expect(triples).toContain(triple(subject, RDF_TYPE, `<${SKOS}Concept>`));
      expect(triples).toContain(triple(subject, `${SKOS}inScheme`, scheme));
      expect(triples).toContain(triple(subject, `${SKOS}prefLabel`, `${JSON.stringify(concept.label.zh)}@zh-hans`));
      expect(triples).toContain(triple(subject, `${SKOS}definition`, `${JSON.stringify(concept.definition.en)}@en`));
      for (const lang of ['en', 'zh'] as const) {
        const url = conceptPageUrl(concept.id, lang);
        expect(url).toBe(`${BASE}${defaultConceptUrlPattern.replace('{lang}', lang).replace('{id}', concept.id).slice(1)}`);
        expect(triples).toContain(triple(subject, 'http://schema.org/url', `<${url}>`));
      }
    }
    expect(toMarkdownConcept(miniKb, 'xen', { baseUrl: BASE })).toContain(`(${conceptPageUrl('paravirtualization', 'en')})`);
  });

  it('should write plain SKOS relations next to every typed relation', async () => {
    const triples = await jsonLdToTriples(toJsonLdDataset(miniKb));
    expect(triples).toContain(triple(iri('xen'), `${KB}exampleOf`, iri('paravirtualization')));
    expect(triples).toContain(triple(iri('xen'), `${SKOS}broader`, iri('paravirtualization')));
    expect(triples).toContain(triple(iri('paravirtualization'), `${SKOS}narrower`, iri('xen')));
    expect(triples).toContain(triple(iri('virtualization'), `${KB}enables`, iri('cloud-computing')));
    expect(triples).toContain(triple(iri('virtualization'), `${SKOS}related`, iri('cloud-computing')));
    expect(triples).toContain(triple(iri('cloud-computing'), `${SKOS}related`, iri('virtualization')));
    expect(triples).toContain(triple(iri('paravirtualization'), `${KB}contrastsWith`, iri('full-virtualization')));
    for (const relation of miniKb.relations) {
      const skos = ['is-a', 'example-of', 'part-of', 'subset-of'].includes(relation.type) ? 'broader' : 'related';
      expect(triples).toContain(triple(iri(relation.from), `${SKOS}${skos}`, iri(relation.to)));
    }
  });

  it('should declare every kb: relation as a sub-property of SKOS (iso-thes for hierarchies), without inverse twins', async () => {
    const triples = await jsonLdToTriples(toJsonLdDataset(miniKb));
    const sub = 'http://www.w3.org/2000/01/rdf-schema#subPropertyOf';
    const isothes = 'http://purl.org/iso25964/skos-thes#';
    expect(triples).toContain(triple(`<${KB}exampleOf>`, sub, `<${isothes}broaderInstantial>`));
    expect(triples).toContain(triple(`<${KB}exampleOf>`, sub, `<${SKOS}broader>`));
    expect(triples).toContain(triple(`<${KB}isA>`, sub, `<${isothes}broaderGeneric>`));
    expect(triples).toContain(triple(`<${KB}partOf>`, sub, `<${isothes}broaderPartitive>`));
    expect(triples.filter((t) => t.includes('owl#inverseOf') || t.startsWith(`<${KB}hasExample>`))).toEqual([]);
    expect(triples).toContain(triple(`<${KB}uses>`, sub, `<${SKOS}related>`));
    expect(triples).toContain(triple(`<${KB}contrastsWith>`, RDF_TYPE, '<http://www.w3.org/2002/07/owl#SymmetricProperty>'));
    expect(triples).toContain(triple(`<${KB}exampleOf>`, 'http://www.w3.org/2000/01/rdf-schema#label', '"is an example of"@en'));
    // the kb: namespace is closed: every predicate used in it is declared
    const used = new Set(triples.map((t) => t.split(' ')[1]!).filter((p) => p.startsWith(`<${KB}`)));
    for (const predicate of used) expect(triples.some((t) => t.startsWith(`${predicate} <${sub}> <${SKOS}`))).toBe(true);
  });

  it('should carry comparisons and the responsibility matrix as data', async () => {
    const triples = await jsonLdToTriples(toJsonLdDataset(miniKb));
    const comparison = `${BASE}comparisons/virtualization-techniques`;
    expect(triples).toContain(triple(`<${comparison}>`, RDF_TYPE, `<${KBD}Comparison>`));
    expect(triples.filter((t) => t.startsWith(`<${comparison}> <${KBD}cell>`))).toHaveLength(4);
    const cell = `<${comparison}/cells/paravirtualization/guest-modified>`;
    expect(triples).toContain(triple(cell, `${KBD}text`, '"Yes, the kernel is modified"@en'));
    expect(triples).toContain(triple(cell, `${KBD}inRow`, `<${comparison}/rows/paravirtualization>`));
    expect(triples).toContain(triple(`<${comparison}/rows/paravirtualization>`, `${KBD}position`, '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'));
    expect(triples).toContain(triple(`<${comparison}/columns/guest-modified>`, 'http://schema.org/name', '"是否修改客户机操作系统"@zh-hans'));
    const matrixCell = `<${BASE}responsibility-matrix/cells/iaas/operating-system>`;
    expect(triples).toContain(triple(matrixCell, `${KBD}manager`, `<${KBD}customer>`));
    expect(triples).toContain(triple(matrixCell, 'http://www.w3.org/2000/01/rdf-schema#comment', '"You patch the OS."@en'));
    expect(triples).toContain(triple(`<${BASE}responsibility-matrix/columns/iaas>`, `${KBD}concept`, iri('iaas')));
  });

  it('should link Wikipedia with sameAs, cite sources and keep relation notes', async () => {
    const triples = await jsonLdToTriples(toJsonLdDataset(miniKb));
    expect(triples).toContain(triple(iri('virtualization'), 'http://schema.org/sameAs', '<https://en.wikipedia.org/wiki/Virtualization>'));
    expect(triples).toContain(triple(iri('virtualization'), 'http://schema.org/sameAs', '<https://zh.wikipedia.org/wiki/%E8%99%9B%E6%93%AC%E5%8C%96>'));
    const source = '<https://blog.csdn.net/mumuriyue/article/details/85714900#_Toc27422>';
    expect(triples).toContain(triple(iri('kvm'), 'http://purl.org/dc/terms/source', source));
    expect(triples).toContain(triple(source, 'http://schema.org/inLanguage', '"zh-Hans"^^<http://www.w3.org/2001/XMLSchema#string>'));
    const statement = `<${BASE}relations/xen/example-of/full-virtualization>`;
    expect(triples).toContain(triple(statement, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', `<${KB}exampleOf>`));
    expect(triples).toContain(triple(statement, 'http://www.w3.org/2000/01/rdf-schema#comment', '"Xen also supports full virtualization."@en'));
  });

  it('should not repeat the preferred label as an alternative label', async () => {
    const kb = { ...miniKb, concepts: miniKb.concepts.map((c) => (c.id === 'kvm' ? { ...c, aliases: { en: ['KVM', 'Kernel-based Virtual Machine'], zh: ['KVM'] } } : c)) };
    const triples = await jsonLdToTriples(toJsonLdDataset(kb));
    expect(triples.filter((t) => t.startsWith(`${iri('kvm')} <${SKOS}altLabel>`))).toEqual([triple(iri('kvm'), `${SKOS}altLabel`, '"Kernel-based Virtual Machine"@en')]);
  });

  it('should mint every IRI under the base IRI option', async () => {
    const base = 'https://example.org/glossary/';
    const dataset = toJsonLdDataset(miniKb, { baseIri: base });
    expect((await validateDataset(dataset, `${base}vocab#`)).problems).toEqual([]);
    const json = JSON.stringify(dataset);
    expect(json).not.toContain('cloudvirt.example');
    expect(json).toContain(`"${base}concepts/kvm"`);
    expect(json).toContain(`"${base}zh/concepts/kvm/"`);
    expect(kbIris({ baseIri: base }).relationVocabulary).toBe(`${base}vocab#`);
  });

  it('should throw clear errors for a bad base IRI or a dangling relation', () => {
    expect(() => toJsonLdDataset(miniKb, { baseIri: 'https://example.org/kb' })).toThrow(/expected an absolute http\(s\) IRI ending with "\/"/);
    expect(() => toJsonLdDataset(miniKb, { baseIri: '/kb/' })).toThrow(TypeError);
    const kb = { ...miniKb, relations: [...miniKb.relations, { from: 'kvm', type: 'uses' as const, to: 'linux' }] };
    expect(() => toJsonLdDataset(kb)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Unknown concept id \`linux\` in the relation \`kvm\` uses \`linux\`, expected the id of a concept in the knowledge base.]`,
    );
  });
});

describe('toTurtle', () => {
  it('should hold exactly the triples of the JSON-LD dataset', async () => {
    for (const baseIri of [undefined, 'https://example.org/kb/']) {
      const options = baseIri ? { baseIri } : {};
      const fromJsonLd = await jsonLdToTriples(toJsonLdDataset(miniKb, options));
      const fromTurtle = turtleToTriples(toTurtle(miniKb, options));
      expect(fromTurtle).toEqual(fromJsonLd);
      expect(quadsToTriples(toDatasetQuads(miniKb, options))).toEqual(fromJsonLd);
    }
  });

  it('should use the prefixes of the context', () => {
    const turtle = toTurtle(miniKb);
    expect(turtle).toContain('@prefix kb: <https://cloudvirt.example/vocab#>.');
    expect(turtle).toContain('concept:xen a schema:DefinedTerm, skos:Concept;');
  });

  it('should spell language tags as the JSON-LD does (zh-Hans, not n3’s lower-cased zh-hans)', () => {
    const turtle = toTurtle(miniKb);
    const tags = new Set([...turtle.matchAll(/"@([A-Za-z-]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(['en', 'zh-Hans']);
    const json = JSON.stringify(toJsonLdDataset(miniKb)['@graph']);
    expect(json).toContain('"zh-Hans":');
    expect(json).not.toContain('"zh-hans"');
    const languages = new Set(toDatasetQuads(miniKb).flatMap((quad) => (quad.object.termType === 'Literal' && quad.object.language ? [quad.object.language] : [])));
    expect([...languages].sort()).toEqual(['en', 'zh-Hans']);
  });
});

describe('conceptPageJsonLd', () => {
  it('should describe the page, its breadcrumb, the term and its term set with schema.org only', () => {
    const page = conceptPageJsonLd(miniKb, 'xen', { lang: 'zh' });
    expect(page['@context']).toBe('https://schema.org');
    const [article, breadcrumb, term, set] = page['@graph'];
    expect([article['@type'], breadcrumb['@type'], term['@type'], set['@type']]).toEqual(['TechArticle', 'BreadcrumbList', 'DefinedTerm', 'DefinedTermSet']);
    expect(article.url).toBe(`${BASE}zh/concepts/xen/`);
    expect(article.mainEntity).toEqual({ '@id': conceptIri('xen') });
    expect(article.inLanguage).toBe('zh-Hans');
    expect(term['@id']).toBe(conceptIri('xen'));
    expect(term.name).toEqual([
      { '@value': 'Xen', '@language': 'zh-Hans' },
      { '@value': 'Xen', '@language': 'en' },
    ]);
    expect(term.description.map((d) => d['@language'])).toEqual(['zh-Hans', 'en']);
    expect(term.inDefinedTermSet).toEqual({ '@id': `${BASE}concepts/` });
    expect(set['@id']).toBe(`${BASE}concepts/`);
    expect(JSON.stringify(page)).not.toMatch(/skos|"kb:|prefLabel/);
  });

  it('should walk the broader concepts for the breadcrumb', () => {
    const breadcrumb = conceptPageJsonLd(miniKb, 'xen', { lang: 'en' })['@graph'][1] as SchemaBreadcrumbList;
    expect(breadcrumb.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, 'Cloud Computing and Virtualization Glossary', `${BASE}en/`],
      [2, 'Virtualization', `${BASE}en/concepts/virtualization/`],
      [3, 'Paravirtualization', `${BASE}en/concepts/paravirtualization/`],
      [4, 'Xen', `${BASE}en/concepts/xen/`],
    ]);
  });

  it('should follow the relations of the data it is given, not those of an earlier call', () => {
    const names = (data: typeof miniKb): string[] =>
      (conceptPageJsonLd(data, 'xen', { lang: 'en' })['@graph'][1] as SchemaBreadcrumbList).itemListElement.map((item) => item.name);
    expect(names(miniKb)).toContain('Paravirtualization');
    const flat = { ...miniKb, relations: miniKb.relations.filter((relation) => relation.from !== 'xen') };
    expect(names(flat)).toEqual(['Cloud Computing and Virtualization Glossary', 'Xen']);
    expect(names(miniKb)).toContain('Paravirtualization');
  });

  it('should tag aliases and link Wikipedia', () => {
    const kvm = conceptPageJsonLd(miniKb, 'kvm', { lang: 'en', baseUrl: 'https://example.org/' })['@graph'][2] as SchemaDefinedTerm;
    expect(kvm.alternateName).toEqual([
      { '@value': 'Kernel-based Virtual Machine', '@language': 'en' },
      { '@value': '基于内核的虚拟机', '@language': 'zh-Hans' },
    ]);
    expect(kvm.url).toBe('https://example.org/en/concepts/kvm/');
    const virtualization = conceptPageJsonLd(miniKb, 'virtualization', { lang: 'en' })['@graph'][2];
    expect(virtualization.sameAs).toEqual(['https://en.wikipedia.org/wiki/Virtualization', 'https://zh.wikipedia.org/wiki/%E8%99%9B%E6%93%AC%E5%8C%96']);
  });

  it('should throw for an unknown concept', () => {
    expect(() => conceptPageJsonLd(miniKb, 'xem', { lang: 'en' })).toThrow(/Unexpected concept id `xem`, expected one of .*Did you mean `xen`\?/);
  });
});

describe('homePageJsonLd', () => {
  it('should describe the site, the glossary and the dataset files', () => {
    const [site, set, dataset] = homePageJsonLd(miniKb, { lang: 'en', license: 'https://creativecommons.org/licenses/by/4.0/' })['@graph'];
    expect(site).toMatchObject({ '@type': 'WebSite', name: 'Cloud Computing and Virtualization Glossary', alternateName: ['云计算与虚拟化术语库'], url: BASE });
    expect(set['@id']).toBe(`${BASE}concepts/`);
    expect(dataset.distribution.map((d) => [d.encodingFormat, d.contentUrl])).toEqual([
      ['application/ld+json', `${BASE}kb.jsonld`],
      ['text/turtle', `${BASE}kb.ttl`],
    ]);
    expect(dataset.description.length).toBeGreaterThanOrEqual(50);
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.dateModified).toBe('2026-11-26');
  });

  it('should leave out alternateName when the site has one name in both languages', () => {
    const [site] = homePageJsonLd(miniKb, { lang: 'zh', title: { en: 'CloudVirt', zh: 'CloudVirt' } })['@graph'];
    expect(site.name).toBe('CloudVirt');
    expect(site).not.toHaveProperty('alternateName');
  });
});
