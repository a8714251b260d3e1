/**
 * A scratch copy of the repository (in a temporary folder) for the benchmarks that rebuild it: the real
 * working tree is never touched. The copy holds the files git would commit (tracked and untracked, not
 * ignored) in a fresh git index of its own, then `pnpm install` links the dependencies from the store.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { runCommand } from './measure.js';

/** Folders never copied when git cannot list the files. */
const skipped = new Set(['node_modules', 'dist', '.turbo', '.git', 'results', 'generated', 'coverage']);

/** The files of the working tree that git would commit, or `undefined` outside a git checkout. */
function gitFiles(root: string): string[] | undefined {
  const child = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) return undefined;
  return child.stdout.split('\0').filter((file) => file !== '');
}

/** A scratch copy of the repository. */
export class Scratch {
  /**
   * @param root The real repository.
   * @param dir The copy.
   */
  private constructor(
    readonly root: string,
    readonly dir: string,
  ) {}

  /**
   * Copy the repository into `dir` and install its dependencies.
   *
   * @param root The real repository.
   * @param dir An empty or missing folder.
   * @param log Progress messages.
   * @returns The scratch copy.
   */
  static async create(root: string, dir: string, log: (message: string) => void): Promise<Scratch> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = gitFiles(root);
    if (files === undefined) {
      await cp(root, dir, { recursive: true, filter: (source) => !skipped.has(path.basename(source)) });
    } else {
      for (const file of files) {
        const source = path.join(root, file);
        const stats = await lstat(source).catch(() => undefined);
        if (stats === undefined || !stats.isFile()) continue; // deleted in the working tree, or a link
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await copyFile(source, path.join(dir, file));
      }
    }
    // Note: turbo hashes a task's inputs through git; outside a git checkout it hashes its own logs and
    // outputs too, so nothing would ever be cached. An index (no commit) is enough.
    runCommand('git', ['init', '-q'], { cwd: dir, what: 'git init (scratch)' });
    runCommand('git', ['add', '-A'], { cwd: dir, what: 'git add (scratch)' });
    log(`scratch: copied the repository to ${dir}; pnpm install`);
    try {
      runCommand('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: dir, what: 'pnpm install (scratch)' });
    } catch {
      log('scratch: the lockfile is not up to date with the working tree; installing without --frozen-lockfile');
      runCommand('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline'], { cwd: dir, what: 'pnpm install (scratch)' });
    }
    return new Scratch(root, dir);
  }

  /** `packages/core/content` of the copy. */
  get contentDir(): string {
    return path.join(this.dir, 'packages', 'core', 'content');
  }

  /**
   * Replace the copy's content folder by `source` (a generated pack), or restore the repository's own.
   *
   * @param source A content folder, or `undefined` for the original content.
   */
  async setContent(source: string | undefined): Promise<void> {
    await rm(this.contentDir, { recursive: true, force: true });
    await cp(source ?? path.join(this.root, 'packages', 'core', 'content'), this.contentDir, { recursive: true });
  }

  /**
   * Remove every build output and cache (turbo's, the build stamps of scripts/build-if-changed.mjs, the
   * site's page cache), so the next build is cold. Note: the site's cache of drawn social cards
   * (`node_modules/.cache/cloudvirt-social-cards`) is kept, as in every earlier measurement: drawing the
   * cards of 1,000 concepts anew takes minutes, which would hide everything else in the cold build.
   */
  async clean(): Promise<void> {
    await rm(path.join(this.dir, '.turbo'), { recursive: true, force: true });
    await rm(path.join(this.dir, 'node_modules', '.cache'), { recursive: true, force: true });
    for (const group of ['packages', 'apps']) {
      for (const name of await readdir(path.join(this.dir, group))) {
        const workspace = path.join(this.dir, group, name);
        await rm(path.join(workspace, 'dist'), { recursive: true, force: true });
        await rm(path.join(workspace, 'lib'), { recursive: true, force: true });
        await rm(path.join(workspace, 'node_modules', '.cache', 'cloudvirt-build'), { recursive: true, force: true });
        await rm(path.join(workspace, 'node_modules', '.cache', 'cloudvirt-site'), { recursive: true, force: true });
        await rm(path.join(workspace, '.turbo'), { recursive: true, force: true });
        await rm(path.join(workspace, 'src', 'generated'), { recursive: true, force: true });
      }
    }
  }

  /** Delete the copy. */
  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
