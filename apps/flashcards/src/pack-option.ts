/**
 * `--kb <pack>`: the knowledge pack the CLI serves, loaded with `loadPack` of `@cloudvirt/core/compiler`
 * (the one loader of packs: an installed package name, a built pack folder, a `data.json`, or a pack or
 * content folder compiled in memory). Its failures become the CLI's errors: a spec that names no pack is a
 * bad command line (exit 2); a pack whose content does not compile or whose data is not valid cannot be
 * exported (exit 1), with every positioned compiler message.
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { suggest } from '@cloudvirt/core';
import { UsageError, PackContentError } from './errors.js';
import type { FlashcardsKnowledgeBase } from './selection.js';

/** The stable codes of the compiler's `PackError` (`@cloudvirt/core/compiler`). */
type PackErrorCode = 'pack-not-found' | 'not-a-pack' | 'bad-data' | 'content-errors';

/** Whether an error is the compiler's `PackError` (by name and code: the check survives two copies of core). */
function packErrorCode(error: unknown): PackErrorCode | undefined {
  if (!(error instanceof Error) || error.name !== 'PackError') return undefined;
  const code = (error as { code?: unknown }).code;
  return code === 'pack-not-found' || code === 'not-a-pack' || code === 'bad-data' || code === 'content-errors' ? code : undefined;
}

/** What `--kb` takes, for hints. */
const kbForms = 'an installed package name (`my-pack`), or the path of a pack folder (`./my-pack`), its `content/` folder or a `data.json`';

/**
 * A did-you-mean for a path that does not exist: the closest name in the folder it points into
 * (`./container-orchestrator` → `./container-orchestration`), or `undefined`.
 */
function nearbyPath(spec: string, cwd: string): string | undefined {
  const target = resolve(cwd, spec);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return undefined;
  }
  const guess = suggest(basename(target), names.filter((name) => !name.startsWith('.')))[0];
  if (guess === undefined) return undefined;
  const shown = join(dirname(spec), guess);
  return shown.startsWith('.') || shown.startsWith('/') ? shown : `./${shown}`;
}

/**
 * Load the pack named by `--kb`.
 *
 * @param spec The value of `--kb`.
 * @param cwd The folder paths are relative to and packages are resolved from.
 * @returns The pack's knowledge base (validated).
 * @throws {UsageError} When `spec` names no file, folder or installed package, or a folder that holds no
 *   pack (the loader's message: what was tried; a hint with the forms `--kb` takes).
 * @throws {PackContentError} When the pack's content does not compile (every `file:line:col` message of
 *   the compiler) or its `data.json` is not valid knowledge-base data.
 */
export async function loadKbOption(spec: string, cwd: string): Promise<FlashcardsKnowledgeBase> {
  const { loadPack } = await import('@cloudvirt/core/compiler');
  try {
    return (await loadPack(spec, { cwd })).kb;
  } catch (error) {
    const code = packErrorCode(error);
    const message = (error as Error).message.replace(/\.$/u, '');
    if (code === 'pack-not-found' || code === 'not-a-pack') {
      // Paths only: for a package name the loader suggests among the installed packages itself.
      const isPath = spec.startsWith('.') || spec.includes('/') && !spec.startsWith('@');
      const guess = code === 'pack-not-found' && isPath ? nearbyPath(spec, cwd) : undefined;
      throw new UsageError(`--kb: ${message}`, `${guess === undefined ? '' : `Did you mean \`--kb ${guess}\`? `}\`--kb\` takes ${kbForms}; \`cloudvirt-pack init <dir>\` makes a new pack.`);
    }
    if (code === 'content-errors') {
      throw new PackContentError(`--kb: ${message.trimEnd()}`, 'Fix the content (`cloudvirt-pack check <pack folder>` reports the same messages), then run again. Nothing was written.', { cause: error });
    }
    if (code === 'bad-data') {
      throw new PackContentError(`--kb: ${message}`, 'Rebuild the pack (`cloudvirt-pack build`) or point --kb at its content folder. Nothing was written.', { cause: error });
    }
    throw error;
  }
}
