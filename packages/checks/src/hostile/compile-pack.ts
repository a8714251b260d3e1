/**
 * Compile a content pack with the real content compiler (`cloudvirt-pack build --emit ts`, run from
 * packages/core/compiler/bin.ts) and load the generated module, to feed the adapters.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createKnowledgeBase, type KnowledgeBase, type KnowledgeBaseData } from '@cloudvirt/core';
import { checksDir } from '../lock.js';
import { repoRoot } from '../paths.js';

/** The committed hostile content pack. */
export const hostilePackDir = path.join(checksDir, 'test', 'fixtures', 'hostile');

/** A compiled pack in a temporary folder. */
export interface CompiledPack {
  /** The compiled data. */
  readonly data: KnowledgeBaseData;
  /** The data indexed by `createKnowledgeBase`. */
  readonly kb: KnowledgeBase;
  /** The temporary folder (content/ and data.ts). */
  readonly dir: string;
  /** Seconds the compile took. */
  readonly seconds: number;
  /** Delete the folder. */
  cleanup(): Promise<void>;
}

/** The outcome of running the compiler on a folder. */
export interface CompilerRun {
  /** Exit code. */
  readonly code: number;
  /** What it printed on stderr (the messages). */
  readonly stderr: string;
}

/**
 * Run the content compiler on a folder.
 *
 * @param contentDir The content folder.
 * @param outDir Where to write the module, `data.ts`, and `data.json`.
 * @returns Exit code and messages.
 */
export async function runCompiler(contentDir: string, outDir: string): Promise<CompilerRun> {
  const run = promisify(execFile);
  try {
    const args = ['build', contentDir, '--emit', 'ts', '--out', outDir];
    const { stderr } = await run('pnpm', ['--filter', '@cloudvirt/core', 'exec', 'tsx', 'compiler/bin.ts', ...args], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stderr };
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, stderr: failure.stderr ?? String(error) };
  }
}

/**
 * Copy the hostile pack to a temporary folder, let `edit` change it, compile it and load the data.
 *
 * @param edit Changes to make to the copy (e.g. write the 5 MB explanation).
 * @returns The compiled pack.
 * @throws {Error} With the compiler's messages when it does not compile.
 */
export async function compileHostilePack(edit: (contentDir: string) => Promise<void> = async () => {}): Promise<CompiledPack> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-hostile-'));
  const contentDir = path.join(dir, 'content');
  await cp(hostilePackDir, contentDir, { recursive: true });
  await edit(contentDir);
  const started = performance.now();
  const outFile = path.join(dir, 'data.ts');
  const run = await runCompiler(contentDir, dir);
  const seconds = (performance.now() - started) / 1000;
  if (run.code !== 0) throw new Error(`The hostile pack does not compile:\n${run.stderr}`);
  const module = (await import(/* @vite-ignore */ outFile)) as { data: KnowledgeBaseData };
  return { data: module.data, kb: createKnowledgeBase(module.data), dir, seconds, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Replace a placeholder line in a file of a content folder.
 *
 * @param file The file.
 * @param placeholder The text to replace.
 * @param value The new text.
 */
export async function replaceInFile(file: string, placeholder: string, value: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(placeholder)) throw new Error(`${file} has no \`${placeholder}\` to replace.`);
  await writeFile(file, text.replace(placeholder, () => value));
}
