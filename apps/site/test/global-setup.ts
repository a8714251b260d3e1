/**
 * Build the site once for the whole test run, into a temporary folder, and hand its path to the tests
 * (`inject('siteDir')`). The build is the real one: bundled knowledge base, Eleventy, Pagefind, the
 * downloads; plus the fixture migrations (test/fixtures/migrations.ts), so redirect pages are tested too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../src/build-site.js';
import { testMigrations } from './fixtures/migrations.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (absolute path). */
    siteDir: string;
    /** Its base URL. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'cloudvirt-site-test-'));
  const siteDir = join(root, 'dist');
  const siteUrl = 'https://cloudvirt.example/';
  const result = await buildSite({ outDir: siteDir, siteUrl, migrations: testMigrations });
  console.log(`test site: ${result.pageCount} pages in ${(result.milliseconds / 1000).toFixed(1)} s → ${siteDir}`);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', siteUrl);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
