/**
 * `--kb`: load any pack with `loadPack` of `@cloudvirt/core/compiler`, the one loader every adapter uses
 * (a package name resolved from the current folder, a built pack package folder, its `data.json`, or a
 * pack or content folder that is compiled in memory; content errors come as one `PackError` carrying
 * every positioned message). The compiler is imported only when a pack is asked for, so `--help` and
 * builds of the bundled pack do not load it.
 *
 * @module
 */
import type { LoadedPack } from '@cloudvirt/core/compiler';

export type { LoadedPack } from '@cloudvirt/core/compiler';

/**
 * Load the pack `spec` for the site.
 *
 * @param spec A package name or a path (`--kb`).
 * @param cwd The folder package names and relative paths resolve from.
 * @returns The pack's knowledge base and where it came from.
 * @throws {PackError} What `loadPack` throws: `pack-not-found` (with a did-you-mean), `not-a-pack`,
 *   `bad-data`, or `content-errors` (every positioned message in its text).
 */
export async function loadSitePack(spec: string, cwd: string): Promise<LoadedPack> {
  const { loadPack } = await import('@cloudvirt/core/compiler');
  return loadPack(spec, { cwd });
}
