/**
 * The static assets (stylesheet, scripts, icon) shipped with the site, with content-hashed URLs.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AssetUrls } from './context.js';

/** The asset files, by root-relative output path → file name under `src/assets/`. */
const assetFiles = {
  css: ['/assets/site.css', 'site.css'],
  siteScript: ['/assets/site.js', 'site.js'],
  graphScript: ['/assets/graph.js', 'graph.js'],
  searchScript: ['/assets/search.js', 'search.js'],
  icon: ['/favicon.svg', 'favicon.svg'],
} as const satisfies Record<keyof AssetUrls, readonly [string, string]>;

/** The folder of the asset files (`src/assets/`, or `lib/assets/` when built); the dev server watches it. */
export const assetsFolder: URL = new URL('./assets/', import.meta.url);

/** One asset to write. */
export interface AssetFile {
  /** Root-relative output path. */
  readonly path: string;
  /** The bytes. */
  readonly content: string;
}

/** The assets and their URLs (`/assets/site.css?v=<hash>`). */
export interface Assets {
  /** URLs to reference from pages. */
  readonly urls: AssetUrls;
  /** Files to write. */
  readonly files: readonly AssetFile[];
}

/**
 * Read the assets from `src/assets/` and hash them.
 *
 * @returns The files and their versioned URLs.
 */
export function loadAssets(): Assets {
  const files: AssetFile[] = [];
  const urls = {} as Record<keyof AssetUrls, string>;
  for (const [key, [path, name]] of Object.entries(assetFiles) as [keyof AssetUrls, readonly [string, string]][]) {
    const content = readFileSync(new URL(name, assetsFolder), 'utf8');
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
    files.push({ path, content });
    urls[key] = `${path}?v=${hash}`;
  }
  return { urls, files };
}
