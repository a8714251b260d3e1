import { kb } from '@cloudvirt/core';
import { kbIris } from '@cloudvirt/render/jsonld';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, conceptIriPath, conceptSchemePath, normalizeSiteUrl, pagePath, resourceFiles, staticHostFile } from './urls.js';

describe('pagePath', () => {
  it('should follow the URL scheme in both languages', () => {
    expect(pagePath('en', { type: 'home' })).toBe('/en/');
    expect(pagePath('zh', { type: 'concept', id: 'kvm' })).toBe('/zh/concepts/kvm/');
    expect(pagePath('en', { type: 'comparison', id: 'cloud-types' })).toBe('/en/comparisons/cloud-types/');
    expect(pagePath('zh', { type: 'topic', id: 'virtualization' })).toBe('/zh/topics/virtualization/');
    expect(pagePath('en', { type: 'kind', id: 'product' })).toBe('/en/kinds/product/');
    for (const type of ['matrix', 'glossary', 'downloads', 'graph', 'search'] as const) expect(pagePath('zh', { type })).toBe(`/zh/${type}/`);
  });
});

describe('normalizeSiteUrl', () => {
  it('should accept the root of an http(s) host and add the final slash', () => {
    expect(normalizeSiteUrl('https://cloudvirt.example')).toBe('https://cloudvirt.example/');
    expect(normalizeSiteUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
  });

  it('should reject what is not the root of an http(s) host, saying what it expected', () => {
    expect(() => normalizeSiteUrl('cloudvirt.example')).toThrow(/expected an absolute http\(s\) URL/);
    expect(() => normalizeSiteUrl('ftp://cloudvirt.example/')).toThrow(/expected http: or https:/);
    expect(() => normalizeSiteUrl('https://example.github.io/cloudvirt/')).toThrow(/expected the root of a host/);
  });
});

describe('absoluteUrl', () => {
  it('should resolve root-relative paths under the base URL', () => {
    expect(absoluteUrl('https://cloudvirt.example/', '/zh/concepts/kvm/')).toBe('https://cloudvirt.example/zh/concepts/kvm/');
  });
});

describe('conceptIriPath', () => {
  it('should be the path of every concept IRI and of the scheme IRI of the dataset', () => {
    const iris = kbIris({ baseIri: 'https://cloudvirt.example/' });
    expect(new URL(iris.scheme).pathname).toBe(conceptSchemePath);
    for (const concept of kb.concepts) {
      // The IRI has no final slash: a static host serves it from concepts/{id}.html.
      const iri = iris.concept(concept.id);
      expect(iri.endsWith('/')).toBe(false);
      expect(new URL(iri).pathname).toBe(conceptIriPath(concept.id));
      expect(staticHostFile(conceptIriPath(concept.id))).toBe(`concepts/${concept.id}.html`);
    }
  });
});

describe('staticHostFile', () => {
  it('should map a path as a clean-URL static host does: folder index, file with an extension, else {path}.html', () => {
    expect(staticHostFile('/')).toBe('index.html');
    expect(staticHostFile('/concepts/')).toBe('concepts/index.html');
    expect(staticHostFile('/concepts/kvm')).toBe('concepts/kvm.html');
    expect(staticHostFile('/vocab#isA')).toBe('vocab.html');
    expect(staticHostFile('/vocab/data#Cell')).toBe('vocab/data.html');
    expect(staticHostFile('/kb.jsonld')).toBe('kb.jsonld');
    expect(staticHostFile('/en/concepts/kvm/?q=1')).toBe('en/concepts/kvm/index.html');
  });
});

describe('resourceFiles', () => {
  it('should put the page and its JSON-LD and Turtle copies where the IRI resolves', () => {
    const base = 'https://cloudvirt.example/';
    expect(resourceFiles(base, `${base}comparisons/a/cells/b/c`)).toEqual({
      path: '/comparisons/a/cells/b/c',
      page: '/comparisons/a/cells/b/c.html',
      jsonld: '/comparisons/a/cells/b/c.jsonld',
      turtle: '/comparisons/a/cells/b/c.ttl',
    });
    expect(resourceFiles(base, `${base}concepts/`)).toEqual({ path: '/concepts/', page: '/concepts/', jsonld: '/concepts/index.jsonld', turtle: '/concepts/index.ttl' });
    expect(() => resourceFiles(base, 'https://elsewhere.example/x')).toThrow(/under https:\/\/cloudvirt\.example\//);
    expect(() => resourceFiles(base, `${base}vocab#isA`)).toThrow(/without fragment/);
  });
});
