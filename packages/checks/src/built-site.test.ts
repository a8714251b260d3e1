/**
 * The checks over the built site (`apps/site/dist`, from `pnpm build`): first the parity of every output,
 * then the determinism check, which builds the site again into a temporary folder and compares.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kb } from '@cloudvirt/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeterminism } from './determinism/determinism.js';
import { formatParity } from './parity/format.js';
import { parityPassed, runParity } from './parity/run.js';
import { siteParity } from './parity/site-pages.js';
import { siteDist } from './paths.js';
import { baseIri, ids, slice } from '../test/fixtures/kb-slice.js';

describe('runParity (apps/site/dist)', () => {
  it('should find every concept, relation, cell and language in every output, under ids derived from the records', async () => {
    const report = await runParity(kb, siteDist);
    console.log(formatParity(report));
    expect(parityPassed(report), formatParity(report)).toBe(true);
    expect(report.outputs.map((output) => output.output)).toEqual([
      'site URL scheme',
      'site pages (en)',
      'site pages (zh)',
      'kb.jsonld',
      'kb.ttl',
      'handbook-en.md',
      'handbook-zh.md',
      'cloudvirt-en.apkg',
      'cloudvirt-en.csv',
      'cloudvirt-zh.apkg',
      'cloudvirt-zh.csv',
      'cloudvirt-bilingual.apkg',
      'cloudvirt-bilingual.csv',
    ]);
    const cells = kb.comparisons.reduce((sum, comparison) => sum + comparison.cells.length, 0) + kb.responsibilityMatrix.cells.length;
    for (const output of report.outputs.slice(1)) {
      expect(output.counts.concepts, output.output).toEqual({ expected: kb.concepts.length, found: kb.concepts.length });
      expect(output.counts.cells, output.output).toEqual({ expected: cells, found: cells });
    }
  }, 300_000);
});

describe('siteParity', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-parity-'));
    for (const id of ids) await cp(path.join(siteDist, 'en', 'concepts', id), path.join(dir, 'en', 'concepts', id), { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should find the relations of real pages, and miss one whose link is gone', async () => {
    const before = await siteParity(slice, dir, baseIri, 'en');
    expect(before.problems).toEqual([]);
    expect(before.counts.relations?.found).toBe(slice.relations.length);

    const file = path.join(dir, 'en', 'concepts', 'kvm', 'index.html');
    const html = await readFile(file, 'utf8');
    const relations = html.indexOf('class="relations"');
    await writeFile(file, html.slice(0, relations) + html.slice(relations).replaceAll('href="/en/concepts/qemu/"', 'href="/en/concepts/elsewhere/"'));
    const after = await siteParity(slice, dir, baseIri, 'en');
    expect(after.counts.relations?.found).toBe(slice.relations.length - 1);
    expect(after.problems.join('\n')).toMatch(/kvm.*qemu|qemu.*kvm/u);
    await writeFile(file, html);
  });

  it('should report a page in the wrong language and a page that is missing', async () => {
    const file = path.join(dir, 'en', 'concepts', 'qemu', 'index.html');
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replace('<html lang="en"', '<html lang="zh-Hans"'));
    await rm(path.join(dir, 'en', 'concepts', 'hosted-model'), { recursive: true });
    const result = await siteParity(slice, dir, baseIri, 'en');
    expect(result.counts.languages).toEqual({ expected: 4, found: 2 });
    expect(result.counts.concepts).toEqual({ expected: 4, found: 3 });
    expect(result.problems).toEqual(expect.arrayContaining(['/en/concepts/hosted-model/ is missing', expect.stringContaining('<html lang="zh-Hans">')]));
  });
});

describe('checkDeterminism (apps/site/dist)', () => {
  it('should rebuild the site byte for byte under another clock, time zone and locale, with no machine path or time inside', async () => {
    const report = await checkDeterminism(siteDist);
    console.log(`determinism: ${report.files} files compared; second build (clock 2031-03-04, TZ Pacific/Chatham, tr_TR) in ${report.seconds.toFixed(1)} s`);
    expect(report.problems, report.problems.slice(0, 20).join('\n')).toEqual([]);
    expect(report.files).toBeGreaterThan(300);
  }, 420_000);
});
