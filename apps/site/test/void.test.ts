/**
 * The dataset description at the well-known place (`/.well-known/void`) and the licence of the text on
 * the site: the DCAT + VoID description parses (n3; rdflib when installed), its triple count is the built
 * `kb.ttl`'s, and each distribution's media type and byte size are those of the built file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { describe, expect, inject, it } from 'vitest';
import { staticHostFile } from '../src/urls.js';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const VOID = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const S = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/';
const dataset = `${siteUrl}dataset`;

/** Every HTML file of the site, as a root-relative path. */
function listHtml(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'pagefind' ? [] : listHtml(dir, `${prefix}/${entry.name}`)) : entry.name.endsWith('.html') ? [`${prefix}/${entry.name}`] : [],
  );
}

const read = (path: string): string => readFileSync(join(siteDir, ...path.split('/').filter(Boolean)), 'utf8');
const parse = (turtle: string): Quad[] => new Parser().parse(turtle);
const voidQuads = parse(read('/.well-known/void.ttl'));
const values = (quads: readonly Quad[], subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();

describe('/.well-known/void', () => {
  it('should be served on a static host from a page that links its Turtle and JSON-LD and lists every distribution', () => {
    expect(staticHostFile('/.well-known/void')).toBe('.well-known/void.html');
    const page = read('/.well-known/void.html');
    expect(page).toContain('<link rel="alternate" type="text/turtle" href="/.well-known/void.ttl">');
    expect(page).toContain('<link rel="alternate" type="application/ld+json" href="/.well-known/void.jsonld">');
    for (const iri of values(voidQuads, dataset, `${DCAT}distribution`)) expect(page).toContain(`id="${iri.split('#').at(-1)}"`);
  });

  it('should describe the dataset as dcat:Dataset and void:Dataset with the triple count of kb.ttl', () => {
    const types = values(voidQuads, dataset, RDF_TYPE);
    expect(types).toEqual(expect.arrayContaining([`${DCAT}Dataset`, `${VOID}Dataset`]));
    expect(values(voidQuads, dataset, `${VOID}triples`)).toEqual([String(parse(read('/kb.ttl')).length)]);
    expect(values(voidQuads, dataset, `${VOID}uriSpace`)).toEqual([siteUrl]);
    expect(values(voidQuads, dataset, `${VOID}rootResource`)).toEqual([`${siteUrl}concepts/`]);
    expect(values(voidQuads, dataset, `${VOID}vocabulary`)).toEqual(expect.arrayContaining(['http://www.w3.org/2004/02/skos/core#', `${siteUrl}vocab`]));
    expect(values(voidQuads, dataset, `${VOID}exampleResource`).length).toBeGreaterThan(0);
    expect(values(voidQuads, dataset, `${DCT}license`)).toEqual([LICENSE]);
  });

  it('should list every download as a distribution whose byte size and media type are the built file’s', () => {
    const distributions = values(voidQuads, dataset, `${DCAT}distribution`);
    const files = distributions.map((iri) => {
      const [url] = values(voidQuads, iri, `${DCAT}downloadURL`);
      const path = url!.slice(siteUrl.length - 1);
      expect(values(voidQuads, iri, `${DCAT}byteSize`), path).toEqual([String(statSync(join(siteDir, ...path.split('/').filter(Boolean))).size)]);
      expect(values(voidQuads, iri, `${DCAT}mediaType`)[0], path).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z0-9.+-]+$/u);
      return path;
    });
    expect(files).toEqual(expect.arrayContaining(['/kb.jsonld', '/kb.ttl', '/downloads/handbook-en.md', '/downloads/handbook-zh.md', '/downloads/cloudvirt-bilingual.apkg', '/downloads/cloudvirt-en.csv']));
    expect(values(voidQuads, `${siteUrl}.well-known/void#kb-ttl`, `${DCAT}mediaType`)).toEqual(['https://www.iana.org/assignments/media-types/text/turtle']);
  });

  it('should hold the same triples as JSON-LD as in Turtle', async () => {
    const fromJsonLd = (await jsonld.toRDF(JSON.parse(read('/.well-known/void.jsonld')) as object, { format: 'application/n-quads' })) as unknown as string;
    expect(fromJsonLd.trim().split('\n').length).toBe(voidQuads.length);
  });

  it('should parse in rdflib when it is installed (Debian python3-rdflib)', () => {
    const python = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((each): each is string => !!each).find((each) => spawnSync(each, ['-c', 'import rdflib'], { stdio: 'ignore' }).status === 0);
    if (python === undefined) {
      expect(process.env.CI === 'true' || process.env.REQUIRE_RDFLIB === '1', 'rdflib is required on CI').toBe(false);
      return;
    }
    const script = 'import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); j=rdflib.Graph(); j.parse(sys.argv[2], format="json-ld"); print(len(g), len(j), g.isomorphic(j))';
    const run = spawnSync(python, ['-c', script, join(siteDir, '.well-known', 'void.ttl'), join(siteDir, '.well-known', 'void.jsonld')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`${voidQuads.length} ${voidQuads.length} True`);
  });

  it('should be linked from both home pages', () => {
    for (const lang of ['en', 'zh']) expect(read(`/${lang}/index.html`)).toContain('href="/.well-known/void"');
  });
});

describe('the licence of the text on the site', () => {
  it('should put the text licence and the code licence in every page footer', () => {
    for (const path of ['/en/index.html', '/zh/index.html', '/en/concepts/kvm/index.html', '/zh/matrix/index.html']) {
      const page = read(path);
      expect(page, path).toContain(`<a href="${LICENSE}" rel="license">`);
      expect(page, path).toContain('MIT');
    }
    expect(read('/zh/index.html')).toContain('《虚拟化和云计算的区别》');
  });

  it('should name the text licence in the JSON-LD of every page that has a CreativeWork (all but the concept IRI pages, whose DefinedTerm has no license property)', () => {
    const missing = listHtml(siteDir)
      .filter((path) => !/^\/concepts\/[^/]+(\.html|\/index\.html)$/u.test(path))
      .filter((path) => {
        const page = read(path);
        return page.includes('<script type="application/ld+json">') && !page.includes(`"license":"${LICENSE}"`);
      });
    expect(listHtml(siteDir).length).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('should license the concept scheme and the dataset in kb.ttl', () => {
    const quads = parse(read('/kb.ttl'));
    for (const subject of [`${siteUrl}concepts/`, dataset]) {
      expect(values(quads, subject, `${DCT}license`), subject).toEqual([LICENSE]);
      expect(values(quads, subject, `${S}license`), subject).toEqual([LICENSE]);
      expect(values(quads, subject, `${S}isBasedOn`), subject).toEqual([`${dataset}/based-on-1`]);
    }
  });
});
