import { kb } from '@cloudvirt/core';
import { kbIris } from '@cloudvirt/render/jsonld';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, conceptIriPath, conceptSchemePath, normalizeSiteUrl, pagePath } from './urls.js';

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
  it('should serve the path of every concept IRI and of the scheme IRI of the dataset (as a folder)', () => {
    const iris = kbIris({ baseIri: 'https://cloudvirt.example/' });
    expect(new URL(iris.scheme).pathname).toBe(conceptSchemePath);
    for (const concept of kb.concepts) {
      // The IRI has no final slash; static hosts redirect it to the folder that holds the page.
      const iri = iris.concept(concept.id);
      expect(iri.endsWith('/')).toBe(false);
      expect(`${new URL(iri).pathname}/`).toBe(conceptIriPath(concept.id));
    }
  });
});
