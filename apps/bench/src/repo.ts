/**
 * Where things are: the workspace root, packages resolved by name, and how to call a workspace script.
 *
 * @module
 */
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandOptions, CommandRun } from './measure.js';
import { runCommand } from './measure.js';

const require = createRequire(import.meta.url);

/** The workspace root: the nearest folder above this file that holds `pnpm-workspace.yaml`. */
export function workspaceRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Could not find the workspace root (no pnpm-workspace.yaml above apps/bench).');
    dir = parent;
  }
  return dir;
}

/** The folder of `@cloudvirt/bench` itself. */
export function benchDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

/**
 * The folder of an installed package, found by name (through its `package.json` export).
 *
 * @param name The package name.
 * @returns The real path of its folder.
 */
export function packageDir(name: string): string {
  return path.dirname(realpathSync(require.resolve(`${name}/package.json`)));
}

/**
 * The path of an executable installed in `dir`'s `node_modules/.bin`.
 *
 * @param dir A package folder.
 * @param name The bin name.
 * @returns Its path.
 * @throws {Error} When it is not installed.
 */
export function binIn(dir: string, name: string): string {
  const file = path.join(dir, 'node_modules', '.bin', name);
  if (!existsSync(file)) throw new Error(`Missing \`${name}\` in ${dir}/node_modules/.bin.\nRun \`pnpm install\` first.`);
  return file;
}

/**
 * Run a workspace package's script by name: `pnpm -s --filter <name> run <script> <args…>`.
 *
 * @param root The workspace root.
 * @param name The package name.
 * @param script The script.
 * @param args Arguments passed to the script.
 * @param options Environment.
 * @returns The command's run.
 */
export function runWorkspaceScript(root: string, name: string, script: string, args: readonly string[], options: CommandOptions = {}): CommandRun {
  return runCommand('pnpm', ['-s', '--filter', name, 'run', script, ...args], { cwd: root, what: `${name} ${script}`, ...options });
}
