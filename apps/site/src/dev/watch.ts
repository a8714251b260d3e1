/**
 * Watching a content folder. A content folder is two levels deep (`topics.md`…, `concepts/*.md`,
 * `comparisons/*.md`), so each folder is watched on its own (non-recursive `fs.watch`): a folder watch
 * reports every file of it by name, also after an editor saved by writing a new file and renaming it over
 * the old one (Node.js 20's recursive watch on Linux follows the old file's inode and goes silent
 * then). The sub-folders are watched again when they are created or replaced.
 *
 * @module
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** The sub-folders of a content folder that hold files. */
const subFolders = ['concepts', 'comparisons'] as const;

/** A running watch. */
export interface FolderWatch {
  /** Stop watching. */
  close(): void;
}

/**
 * Watch a folder and, optionally, some of its sub-folders.
 *
 * @param dir The folder.
 * @param folders Sub-folder names to watch too (each when it exists, again when it is re-created).
 * @param onChange Called with the absolute path of every file or folder an event names.
 * @returns The watch.
 */
export function watchFolder(dir: string, folders: readonly string[], onChange: (path: string) => void): FolderWatch {
  const children = new Map<string, FSWatcher>();
  let closed = false;
  const attach = (name: string): void => {
    if (closed) return;
    children.get(name)?.close();
    children.delete(name);
    const folder = join(dir, name);
    if (!existsSync(folder)) return;
    try {
      const watcher = watch(folder, (_event, file) => onChange(file === null ? folder : join(folder, file.toString())));
      watcher.on('error', () => {
        watcher.close();
        if (children.get(name) === watcher) children.delete(name);
      });
      children.set(name, watcher);
    } catch {
      // Note: a folder deleted between the check and the watch; its re-creation attaches it again.
    }
  };
  const root = watch(dir, (_event, file) => {
    const name = file === null ? undefined : file.toString();
    if (name !== undefined && folders.includes(name)) attach(name);
    onChange(name === undefined ? dir : join(dir, name));
  });
  for (const name of folders) attach(name);
  return {
    close() {
      closed = true;
      root.close();
      for (const watcher of children.values()) watcher.close();
      children.clear();
    },
  };
}

/**
 * Watch a content folder: its own files and those of `concepts/` and `comparisons/`.
 *
 * @param dir The content folder.
 * @param onChange Called with the absolute path of every changed file or folder.
 * @returns The watch.
 */
export function watchContent(dir: string, onChange: (path: string) => void): FolderWatch {
  return watchFolder(dir, subFolders, onChange);
}
