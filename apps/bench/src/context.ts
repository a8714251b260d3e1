/**
 * Shared state of one `pnpm bench` run: the temporary folder, generated packs, their compiled data,
 * and the scratch copy of the repository (built once per pack).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { generatePack } from './generate/pack.js';
import { writePack } from './generate/write.js';
import type { Mode, Plan } from './plan.js';
import { ownContent } from './plan.js';
import { runCommand } from './measure.js';
import { runWorkspaceScript } from './repo.js';
import { Scratch } from './scratch.js';

/** Everything a benchmark needs. */
export class BenchContext {
  readonly #packs = new Map<number, string>();
  #scratch: Scratch | undefined;
  /** The content the scratch copy was last built with (`undefined`: not built). */
  #scratchBuiltWith: number | undefined;

  /**
   * @param root The workspace root.
   * @param workDir A temporary folder for packs, outputs and the scratch copy.
   * @param mode `quick` or `full`.
   * @param plan Sizes and runs.
   * @param log Progress messages (to stderr).
   */
  constructor(
    readonly root: string,
    readonly workDir: string,
    readonly mode: Mode,
    readonly plan: Plan,
    readonly log: (message: string) => void,
  ) {}

  /**
   * A folder of this run's temporary space, created empty.
   *
   * @param name Its name.
   * @returns Its path.
   */
  async dir(name: string): Promise<string> {
    const dir = path.join(this.workDir, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /**
   * The content folder of size `n`: a generated pack, or the repository's own content for 0.
   *
   * @param n Concepts.
   * @returns The folder.
   */
  async pack(n: number): Promise<string> {
    if (n === ownContent) return path.join(this.root, 'packages', 'core', 'content');
    const known = this.#packs.get(n);
    if (known !== undefined) return known;
    const started = performance.now();
    const pack = generatePack({ concepts: n });
    const dir = await writePack(pack, path.join(this.workDir, 'packs', String(n)));
    this.log(`pack ${n}: ${pack.counts.relations} relations, ${pack.counts.comparisons} comparisons, ${(pack.counts.bytes / 2 ** 20).toFixed(1)} MiB in ${(performance.now() - started).toFixed(0)} ms`);
    this.#packs.set(n, dir);
    return dir;
  }

  /**
   * The compiled knowledge base of size `n` as JSON (written by core's compile benchmark).
   *
   * @param n Concepts.
   * @returns The JSON file.
   */
  async data(n: number): Promise<string> {
    const file = this.dataFile(n);
    if (existsSync(file)) return file;
    const content = await this.pack(n);
    this.log(`data ${n}: compiling the pack`);
    runWorkspaceScript(this.root, '@cloudvirt/core', 'bench', ['--content', content, '--runs', '0', '--data-out', file]);
    return file;
  }

  /**
   * Where the compiled data of size `n` goes.
   *
   * @param n Concepts.
   * @returns The path.
   */
  dataFile(n: number): string {
    return path.join(this.workDir, 'data', `${n}.json`);
  }

  /**
   * The scratch copy of the repository, created on first use.
   *
   * @returns The copy.
   */
  async scratch(): Promise<Scratch> {
    if (this.#scratch === undefined) {
      const started = performance.now();
      this.#scratch = await Scratch.create(this.root, path.join(this.workDir, 'repo'), this.log);
      this.log(`scratch: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return this.#scratch;
  }

  /**
   * The scratch copy with the content of size `n` and `@cloudvirt/core` built with it (for the `core`
   * benchmark, which imports and packs the package).
   *
   * @param n Concepts (0: the repository's own content).
   * @returns The copy.
   */
  async scratchBuiltWith(n: number): Promise<Scratch> {
    const scratch = await this.scratch();
    if (this.#scratchBuiltWith === n) return scratch;
    await scratch.setContent(n === ownContent ? undefined : await this.pack(n));
    this.log(`scratch: building core with ${n === ownContent ? 'the own content' : `the ${n}-concept pack`}`);
    const build = runCommand('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@cloudvirt/core', '--output-logs=errors-only'], {
      cwd: scratch.dir,
      what: 'turbo run build (scratch)',
    });
    this.log(`scratch: built in ${(build.ms / 1000).toFixed(1)} s`);
    this.#scratchBuiltWith = n;
    return scratch;
  }

  /** Forget what the scratch copy was built with (after a benchmark changed it). */
  scratchChanged(): void {
    this.#scratchBuiltWith = undefined;
  }

  /**
   * The number of concepts of a content folder.
   *
   * @param dir The content folder.
   * @returns How many `concepts/*.md` it has.
   */
  async conceptCount(dir: string): Promise<number> {
    return (await readdir(path.join(dir, 'concepts'))).filter((name) => name.endsWith('.md')).length;
  }

  /** Remove the temporary folder. */
  async dispose(): Promise<void> {
    await rm(this.workDir, { recursive: true, force: true });
  }
}
