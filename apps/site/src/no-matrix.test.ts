import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { hostileKb } from '../test/fixtures/hostile-kb.js';
import { listFiles } from '../test/helpers/site-files.js';
import { buildSite } from './build-site.js';
import { hasResponsibilityMatrix } from '@cloudvirt/core';

/** A pack without a responsibility matrix (no models, layers or cells) and without comparisons. */
const noMatrixKb: KnowledgeBaseData = {
  ...hostileKb,
  comparisons: [],
  responsibilityMatrix: { ...hostileKb.responsibilityMatrix, layers: [], models: [], cells: [], sources: [] },
};

describe('a pack without matrix and comparisons', () => {
  it('should need a model and a layer for a matrix page', () => {
    expect(hasResponsibilityMatrix(hostileKb.responsibilityMatrix)).toBe(true);
    expect(hasResponsibilityMatrix(noMatrixKb.responsibilityMatrix)).toBe(false);
    expect(hasResponsibilityMatrix({ ...hostileKb.responsibilityMatrix, layers: [] })).toBe(false);
  });

  it('should build a site with no matrix or comparison page and no link to one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-no-matrix-'));
    try {
      const outDir = join(root, 'dist');
      await buildSite({ outDir, data: noMatrixKb, siteUrl: 'https://example.org', downloads: false, search: false });
      const files = listFiles(outDir);
      expect(files.filter((file) => /(^|\/)(matrix|comparisons)\//.test(file))).toEqual([]);
      const pages = files.filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(noMatrixKb.concepts.length);
      for (const page of pages) {
        const html = readFileSync(join(outDir, page), 'utf8');
        expect(html, page).not.toMatch(/href="\/(en|zh)\/(matrix|comparisons)\//);
      }
      const home = readFileSync(join(outDir, 'en/index.html'), 'utf8');
      expect(home).not.toContain('id="comparisons"');
      expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('/matrix/');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 600_000); // a hang guard: a cold build also draws the social cards
});
