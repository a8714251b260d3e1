/**
 * Checks on the output path, made before anything is built: the folder exists and is writable, the
 * target is not a folder or a special file, and an existing file is replaced only with `--force`.
 *
 * @module
 */
import { closeSync, lstatSync, openSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tempPathFor } from './atomic-write.js';
import { OutputError } from './errors.js';

/** A checked output path. */
export interface OutputTarget {
  /** The absolute path to write (symbolic links resolved, so the link keeps pointing at the new file). */
  readonly path: string;
  /** Whether a file is there already (and will be replaced). */
  readonly exists: boolean;
}

function statOrUndefined(read: () => Stats): Stats | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Check that an output path is not an existing folder (done first, before the name is looked at).
 *
 * @param path The path as given.
 * @param cwd The folder relative paths start from.
 * @throws {OutputError} When the path is a folder.
 */
export function checkNotFolder(path: string, cwd: string): void {
  if (statOrUndefined(() => statSync(resolve(cwd, path)))?.isDirectory()) {
    throw new OutputError(`Cannot write \`${path}\`: it is a folder`, `Name a file inside it, e.g. -o ${JSON.stringify(`${path.replace(/[\\/]+$/, '')}/cloudvirt-en.apkg`)}.`);
  }
}

/**
 * Check an output path before the export is built.
 *
 * @param path The path as given (relative to `cwd`).
 * @param options `force`: replace an existing file; `cwd`: the folder relative paths start from; `probe`:
 *   create and remove a temporary file to prove the folder is writable (default `true`; off for dry runs).
 * @returns The path to write and whether it exists.
 * @throws {OutputError} When the folder is missing or not writable, the path is a folder or not a regular
 *   file, or a file exists and `force` is not set.
 */
export function checkOutputPath(path: string, options: { readonly force: boolean; readonly cwd?: string; readonly probe?: boolean }): OutputTarget {
  const given = resolve(options.cwd ?? process.cwd(), path);
  const link = statOrUndefined(() => lstatSync(given));
  const target = link?.isSymbolicLink() ? (statOrUndefined(() => statSync(given)) === undefined ? given : realpathSync(given)) : given;
  const folder = dirname(target);
  const folderStats = statOrUndefined(() => statSync(folder));
  if (folderStats === undefined) {
    throw new OutputError(`Cannot write \`${path}\`: the folder \`${dirname(path)}\` does not exist`, `Create it first (mkdir -p ${JSON.stringify(dirname(path))}) or choose another -o path.`);
  }
  if (!folderStats.isDirectory()) {
    throw new OutputError(`Cannot write \`${path}\`: \`${dirname(path)}\` is not a folder`, 'Choose an -o path inside an existing folder.');
  }
  const stats = statOrUndefined(() => statSync(target));
  if (stats?.isDirectory()) checkNotFolder(path, options.cwd ?? process.cwd());
  if (stats !== undefined && !stats.isFile()) {
    throw new OutputError(`Cannot write \`${path}\`: it exists and is not a regular file`, 'Use -o - to write to standard output, or choose another -o path.');
  }
  if (stats !== undefined && !options.force) {
    throw new OutputError(`Refusing to replace \`${path}\`: the file exists`, 'Pass --force to replace it (the old file stays intact until the new one is complete), or choose another -o path.');
  }
  if (options.probe === false) return { path: target, exists: stats !== undefined };
  const probe = tempPathFor(target);
  try {
    closeSync(openSync(probe, 'w', 0o644));
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new OutputError(
      `Cannot write \`${path}\`: the folder \`${dirname(path)}\` is not writable (${code})`,
      'Choose an -o path in a folder you can write to, or fix its permissions.',
      { cause: error },
    );
  }
  return { path: target, exists: stats !== undefined };
}
