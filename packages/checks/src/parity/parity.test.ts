import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kb } from '@cloudvirt/core';
import { toTurtle } from '@cloudvirt/render/jsonld';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import { toAnkiCsv, toAnkiPackage } from '@cloudvirt/render/anki';
import { describe, expect, it } from 'vitest';
import { parseAnkiText, readApkg } from '../outputs/anki.js';
import { turtleTriples } from '../outputs/rdf.js';
import { baseIri, slice } from '../../test/fixtures/kb-slice.js';
import { compareDatasets, datasetParity } from './datasets.js';
import { ankiTextParity, apkgParity, plannedDeck } from './decks.js';
import { handbookParity } from './handbook.js';
import { parityPassed, runParity } from './run.js';

describe('runParity', () => {
  it('should fail with a clear message when the site was not built', async () => {
    const report = await runParity(kb, path.join(tmpdir(), 'cloudvirt-no-such-site'));
    expect(parityPassed(report)).toBe(false);
    expect(report.outputs[0]?.problems[0]).toMatch(/does not exist: build the site first \(`pnpm build`\)/u);
  });
});

describe('datasetParity', () => {
  const triples = turtleTriples(toTurtle(slice, { baseIri }));

  it('should find everything in a complete dataset', () => {
    const result = datasetParity('kb.ttl', slice, triples, baseIri);
    expect(result.problems).toEqual([]);
    expect(result.counts.relations?.found).toBe(slice.relations.length);
  });

  it('should miss a relation whose typed triple is dropped, and tell the two files apart', () => {
    const dropped = triples.filter((triple) => !(triple.subject.endsWith('/concepts/kvm') && triple.predicate.endsWith('vocab#exampleOf') && triple.objectIri?.endsWith('/hosted-model')));
    expect(dropped.length).toBe(triples.length - 1);
    const result = datasetParity('kb.ttl', slice, dropped, baseIri);
    expect(result.problems).toEqual([expect.stringContaining('kvm example-of hosted-model')]);
    expect(compareDatasets(triples, dropped)).toEqual([expect.stringMatching(/^only in kb\.jsonld: .*exampleOf/u)]);
  });

  it('should miss a label in one language', () => {
    const noChinese = triples.filter((triple) => !(triple.predicate.endsWith('prefLabel') && triple.language === 'zh-hans' && triple.subject.endsWith('/qemu')));
    expect(datasetParity('kb.ttl', slice, noChinese, baseIri).counts.languages).toEqual({ expected: 4, found: 3 });
  });
});

describe('handbookParity', () => {
  it('should find every concept and relation in a rendered handbook', () => {
    const result = handbookParity(slice, 'zh', toMarkdownHandbook(slice, { lang: 'zh' }));
    expect(result.problems).toEqual([]);
    expect(result.counts.relations?.found).toBe(slice.relations.length);
  });

  it('should miss a concept whose section is gone', () => {
    const markdown = toMarkdownHandbook(slice, { lang: 'en' });
    const start = markdown.indexOf('#### QEMU');
    const end = markdown.indexOf('\n#', start + 1);
    const result = handbookParity(slice, 'en', markdown.slice(0, start) + markdown.slice(end + 1));
    expect(result.counts.concepts?.found).toBe(3);
    expect(result.counts.relations?.found).toBeLessThan(slice.relations.length);
  });
});

describe('apkgParity and ankiTextParity', () => {
  it('should find every planned note, and miss a deleted one', async () => {
    const plan = plannedDeck(slice, 'zh');
    const { bytes } = await toAnkiPackage(slice, { lang: 'zh' });
    const content = await readApkg(bytes);
    expect(apkgParity(slice, plan, 'x.apkg', content).problems).toEqual([]);
    const missing = { ...content, notes: content.notes.slice(1) };
    const result = apkgParity(slice, plan, 'x.apkg', missing);
    expect(result.problems.length).toBeGreaterThanOrEqual(1);

    const csv = parseAnkiText(toAnkiCsv(slice, { lang: 'zh' }));
    expect(ankiTextParity(slice, plan, 'x.csv', csv).problems).toEqual([]);
    const fewer = { ...csv, rows: csv.rows.slice(0, -1) };
    expect(ankiTextParity(slice, plan, 'x.csv', fewer).problems.length).toBeGreaterThanOrEqual(1);
  });

  it('should say which file is missing', () => {
    const plan = plannedDeck(slice, 'en');
    expect(apkgParity(slice, plan, 'cloudvirt-en.apkg', undefined).problems).toEqual([expect.stringContaining('downloads/cloudvirt-en.apkg is missing')]);
  });
});

describe('pathParity (redirects of migrations)', () => {
  it('should require a redirect page for a renamed concept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-redirect-'));
    try {
      await mkdir(path.join(dir, 'en'), { recursive: true });
      const { pathParityFor } = await import('./run.js');
      const migration = { group: 'concept' as const, from: 'old-kvm', to: 'kvm', date: '2026-11-26', reason: 'test' };
      const missing = await pathParityFor(slice, dir, [migration]);
      expect(missing.problems).toEqual(expect.arrayContaining([expect.stringContaining('/en/concepts/old-kvm/ (renamed in migrations.json) does not redirect')]));
      await mkdir(path.join(dir, 'en', 'concepts', 'old-kvm'), { recursive: true });
      await writeFile(path.join(dir, 'en', 'concepts', 'old-kvm', 'index.html'), '<!doctype html><meta http-equiv="refresh" content="0; url=/en/concepts/kvm/"><title>Moved</title>');
      const redirected = await pathParityFor(slice, dir, [migration]);
      expect(redirected.problems.filter((problem) => problem.includes('old-kvm'))).toEqual([expect.stringContaining('/zh/concepts/old-kvm/')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
