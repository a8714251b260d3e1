/**
 * The hook the checks need from the site to build it from another knowledge base into another folder
 * (the hostile corpus; two builds into temporary folders). The site does not offer it yet: the checks
 * look for an `exports` entry `@cloudvirt/site/build` exporting `buildSite({ outDir, kb, siteUrl })`
 * (apps/site/src/build-site.ts already has that function) and skip the site part with this note
 * until it exists.
 *
 * @module
 */
import type { KnowledgeBase } from '@cloudvirt/core';

/** The function the hook provides. */
export type SiteBuilder = (options: { readonly outDir: string; readonly kb: KnowledgeBase; readonly siteUrl: string; readonly quiet?: boolean }) => Promise<unknown>;

/** The module specifier of the hook. */
export const siteHookSpecifier = '@cloudvirt/site/build';

/** What the report says while the hook is missing. */
export const siteHookNote =
  'Site part skipped: @cloudvirt/site has no build hook. Needed: in apps/site/package.json, "exports": {"./build": "./src/build-site.ts"} ' +
  '(buildSite({ outDir, kb, siteUrl }) already exists there), or CLI flags `tsx src/build.ts --out <dir> --content <dir>`.';

/**
 * Load the site's build function through its package exports, or `undefined` when the hook is missing.
 *
 * @returns The builder, or `undefined`.
 */
export async function loadSiteBuilder(): Promise<SiteBuilder | undefined> {
  const specifier = siteHookSpecifier;
  try {
    const module = (await import(/* @vite-ignore */ specifier)) as { buildSite?: SiteBuilder };
    return typeof module.buildSite === 'function' ? module.buildSite : undefined;
  } catch {
    return undefined;
  }
}
