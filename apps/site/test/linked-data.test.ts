/**
 * The dataset as linked data on a plain static host: every IRI `kb.ttl` mints under the base URL
 * dereferences to a page that describes it (a fragment to the element with that id), with the resource's
 * JSON-LD and Turtle beside the page; and the `kb:` / `kbd:` vocabulary is an ontology with bilingual
 * labels and comments, domains and ranges, no unused or inverse-only properties, rendered at its IRI.
 *
 * "Resolves on a plain static host" is `servedFile` (test/helpers/site-files.ts): `P/` → `P/index.html`,
 * `P` → the file `P` or `P.html` (clean URLs), no redirect; `#f` → the element `id="f"` of that file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { offlineDocumentLoader } from './fixtures/schema-org.js';
import { listFiles, parseHtml, servedFile } from './helpers/site-files.js';
import type { HtmlElement } from 'html-validate';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const KB = `${siteUrl}vocab#`;
const KBD = `${siteUrl}vocab/data#`;

/** A triple as one comparable line (language tags lower-cased: n3 and jsonld.js differ there, RDF says case does not matter). */
interface TermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
const termLine = (term: TermLike): string =>
  term.termType === 'NamedNode'
    ? `<${term.value}>`
    : term.language
      ? `${JSON.stringify(term.value)}@${term.language.toLowerCase()}`
      : `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'}>`;
const line = (quad: { subject: TermLike; predicate: TermLike; object: TermLike }): string => `${termLine(quad.subject)} ${termLine(quad.predicate)} ${termLine(quad.object)}`;

let quads: Quad[] = [];
const documents = new Map<string, HtmlElement>();
async function documentOf(file: string): Promise<HtmlElement> {
  let doc = documents.get(file);
  if (doc === undefined) {
    doc = await parseHtml(readFileSync(join(siteDir, file), 'utf8'), file);
    documents.set(file, doc);
  }
  return doc;
}
const pathOf = (iri: string): string => `/${iri.slice(siteUrl.length)}`;
const documentIri = (iri: string): string => iri.replace(/#.*$/u, '');

beforeAll(() => {
  quads = new Parser().parse(readFileSync(join(siteDir, 'kb.ttl'), 'utf8'));
});

describe('dereferencing every IRI of kb.ttl under the base', () => {
  it('should resolve every subject and object IRI on a plain static host, without redirect, to a page that describes it', async () => {
    const iris = new Set<string>();
    for (const quad of quads) for (const term of [quad.subject, quad.object]) if (term.termType === 'NamedNode' && term.value.startsWith(siteUrl)) iris.add(term.value);
    const subjects = new Set(quads.map((quad) => quad.subject.value));
    const unresolved: string[] = [];
    for (const iri of [...iris].sort()) {
      const file = servedFile(siteDir, pathOf(iri));
      if (file === null) {
        unresolved.push(`${iri}: no file for ${pathOf(iri)}`);
        continue;
      }
      const fragment = new URL(iri).hash.slice(1);
      if (!file.endsWith('.html')) continue;
      const doc = await documentOf(file);
      if (fragment !== '') {
        const element = doc.querySelector(`[id="${fragment}"]`);
        if (element === null) unresolved.push(`${iri}: no element id="${fragment}" in ${file}`);
        else if (!element.textContent.includes(fragment)) unresolved.push(`${iri}: the element id="${fragment}" in ${file} does not name the term`);
      } else if (subjects.has(iri) && !doc.querySelectorAll('code').some((code) => code.textContent === iri)) {
        unresolved.push(`${iri}: ${file} does not show the IRI it describes`);
      }
    }
    console.log(`IRIs dereferenced: ${iris.size - unresolved.length}/${iris.size} (subjects and objects of kb.ttl under ${siteUrl})`);
    expect(unresolved.slice(0, 20)).toEqual([]);
    expect(iris.size).toBeGreaterThan(700);
  });

  it('should put a JSON-LD and a Turtle copy of every described resource beside its page, announced with <link rel="alternate">, holding its triples of kb.ttl', async () => {
    const byDocument = new Map<string, Set<string>>();
    const expected = new Map<string, Set<string>>();
    for (const quad of quads) {
      if (!quad.subject.value.startsWith(siteUrl)) continue;
      const iri = documentIri(quad.subject.value);
      byDocument.set(iri, (byDocument.get(iri) ?? new Set()).add(quad.subject.value));
      expected.set(iri, (expected.get(iri) ?? new Set()).add(line(quad)));
    }
    const problems: string[] = [];
    for (const [iri, lines] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const page = servedFile(siteDir, pathOf(iri));
      if (page === null) {
        problems.push(`${iri}: no page`);
        continue;
      }
      const doc = await documentOf(page);
      const hrefOf = (type: string): string | null => doc.querySelector(`link[rel="alternate"][type="${type}"]`)?.getAttributeValue('href') ?? null;
      const jsonLdPath = hrefOf('application/ld+json');
      const turtlePath = hrefOf('text/turtle');
      const stem = pathOf(iri).endsWith('/') ? `${pathOf(iri)}index` : pathOf(iri);
      if (jsonLdPath !== `${stem}.jsonld` || turtlePath !== `${stem}.ttl`) {
        problems.push(`${iri}: alternates ${jsonLdPath} and ${turtlePath}, expected ${stem}.jsonld and ${stem}.ttl`);
        continue;
      }
      const turtleText = readFileSync(join(siteDir, servedFile(siteDir, turtlePath) ?? ''), 'utf8');
      if (/"@zh-hans\b/u.test(turtleText)) problems.push(`${turtlePath}: lower-cased language tag`);
      const fromTurtle = new Set(new Parser().parse(turtleText).map(line));
      const jsonLdText = readFileSync(join(siteDir, servedFile(siteDir, jsonLdPath) ?? ''), 'utf8');
      const options = { documentLoader: offlineDocumentLoader, safe: true } as unknown as jsonld.Options.ToRdf;
      const fromJsonLd = new Set(((await jsonld.toRDF(JSON.parse(jsonLdText) as jsonld.JsonLdDocument, options)) as unknown as Quad[]).map(line));
      const missing = [...lines].filter((each) => !fromTurtle.has(each));
      const extra = [...fromTurtle].filter((each) => !lines.has(each));
      if (missing.length > 0 || extra.length > 0) problems.push(`${turtlePath}: ${missing.length} triples of kb.ttl missing, ${extra.length} others (${[...missing, ...extra][0]})`);
      if (fromJsonLd.size !== fromTurtle.size || [...fromJsonLd].some((each) => !fromTurtle.has(each))) problems.push(`${jsonLdPath}: not the triples of ${turtlePath}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(byDocument.size).toBeGreaterThan(400);
  });

  it('should write a folder page P/index.html only as the same page as P.html, so a host that tries the folder first serves it too', () => {
    const files = new Set(listFiles(siteDir));
    const pairs = [...files].filter((file) => file.endsWith('.html') && !file.endsWith('index.html') && files.has(`${file.slice(0, -'.html'.length)}/index.html`));
    for (const file of pairs) expect(readFileSync(join(siteDir, `${file.slice(0, -'.html'.length)}/index.html`), 'utf8'), file).toBe(readFileSync(join(siteDir, file), 'utf8'));
    expect(pairs).toEqual(expect.arrayContaining(['concepts/kvm.html', 'comparisons/virtualization-levels.html', 'responsibility-matrix.html', 'vocab.html']));
  });
});

describe('the kb: and kbd: vocabularies', () => {
  const objects = (subject: string, predicate: string): TermLike[] => quads.filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate).map((quad) => quad.object);
  const languages = (subject: string, predicate: string): string[] => objects(subject, predicate).map((term) => term.language ?? '').sort();
  const terms = (): string[] => [...new Set(quads.map((quad) => quad.subject.value).filter((iri) => iri.startsWith(KB) || iri.startsWith(KBD)))].sort();

  it('should be two owl:Ontology resources with a version and a label and comment in both languages', () => {
    for (const ontology of [`${siteUrl}vocab`, `${siteUrl}vocab/data`]) {
      expect(objects(ontology, RDF_TYPE).map((term) => term.value)).toEqual([`${OWL}Ontology`]);
      expect(objects(ontology, `${OWL}versionInfo`)).toHaveLength(1);
      expect(languages(ontology, `${RDFS}label`)).toEqual(['en', 'zh-hans']);
      expect(languages(ontology, `${RDFS}comment`)).toEqual(['en', 'zh-hans']);
    }
  });

  it('should label and explain every term in English and Chinese, give every property a domain and a range, and declare nothing unused', () => {
    const all = terms();
    const withoutZh = all.filter((iri) => !languages(iri, `${RDFS}label`).includes('zh-hans') || !languages(iri, `${RDFS}comment`).includes('zh-hans'));
    const withoutEn = all.filter((iri) => !languages(iri, `${RDFS}label`).includes('en') || !languages(iri, `${RDFS}comment`).includes('en'));
    const typesOf = (iri: string): string[] => objects(iri, RDF_TYPE).map((term) => term.value);
    const properties = all.filter((iri) => typesOf(iri).some((type) => type === `${OWL}ObjectProperty` || type === `${OWL}DatatypeProperty`));
    const withoutDomainOrRange = properties.filter((iri) => objects(iri, `${RDFS}domain`).length !== 1 || objects(iri, `${RDFS}range`).length !== 1);
    const predicates = new Set(quads.map((quad) => quad.predicate.value));
    const unused = properties.filter((iri) => !predicates.has(iri));
    const classes = all.filter((iri) => typesOf(iri).includes(`${OWL}Class`));
    const usedClasses = new Set(quads.filter((quad) => quad.predicate.value === RDF_TYPE).map((quad) => quad.object.value));
    const subClassed = new Set(quads.filter((quad) => quad.predicate.value === `${RDFS}subClassOf`).map((quad) => quad.object.value));
    const unusedClasses = classes.filter((iri) => !usedClasses.has(iri) && !subClassed.has(iri));
    const used = [...predicates, ...usedClasses].filter((iri) => iri.startsWith(KB) || iri.startsWith(KBD));
    const undeclared = used.filter((iri) => !all.includes(iri));
    const inverses = quads.filter((quad) => quad.predicate.value === `${OWL}inverseOf`).map(line);
    console.log(`vocabulary: ${all.length} terms (${properties.length} properties, ${classes.length} classes), ${withoutZh.length} without a Chinese label or comment, ${unused.length} unused properties, ${inverses.length} owl:inverseOf`);
    expect({ withoutZh, withoutEn, withoutDomainOrRange, unused, unusedClasses, undeclared, inverses }).toEqual({
      withoutZh: [],
      withoutEn: [],
      withoutDomainOrRange: [],
      unused: [],
      unusedClasses: [],
      undeclared: [],
      inverses: [],
    });
    for (const iri of all) expect(objects(iri, `${RDFS}isDefinedBy`).map((term) => term.value), iri).toEqual([iri.startsWith(KB) ? `${siteUrl}vocab` : `${siteUrl}vocab/data`]);
  });

  it('should render both vocabularies at their IRIs: every term in both languages under its anchor, and why each relation type maps to SKOS', async () => {
    for (const iri of terms()) {
      const fragment = new URL(iri).hash.slice(1);
      const section = (await documentOf(servedFile(siteDir, pathOf(iri)) ?? ''))?.querySelector(`[id="${fragment}"]`);
      const zhLabel = objects(iri, `${RDFS}label`).find((term) => term.language === 'zh-hans')?.value ?? '';
      const enComment = objects(iri, `${RDFS}comment`).find((term) => term.language === 'en')?.value ?? '';
      expect(section?.querySelector('[lang="zh-Hans"]'), iri).not.toBeNull();
      expect(section?.textContent, iri).toContain(zhLabel);
      expect(section?.textContent, iri).toContain(enComment);
      const mapping = objects(iri, 'http://www.w3.org/2004/02/skos/core#scopeNote');
      if (iri.startsWith(KB)) expect(mapping.map((term) => term.language).sort(), iri).toEqual(['en', 'zh-hans']);
      for (const note of mapping) expect(section?.textContent, iri).toContain(note.value);
    }
    const vocab = await documentOf('vocab.html');
    expect(vocab.querySelectorAll('section[aria-labelledby="skos-mapping"] tbody tr').length).toBeGreaterThanOrEqual(12);
  });
});
