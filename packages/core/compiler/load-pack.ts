/**
 * `loadPack`: load any knowledge pack as a knowledge base, by package name or path, built or not. The one
 * way `cloudvirt-flashcards --kb` and the site's `--kb` load a pack.
 *
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { createKnowledgeBase } from '../src/knowledge-base.js';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { checkOptionKeys, expectString } from '../src/messages.js';
import { suggest } from '../src/suggest.js';
import { compileFiles, readContentFiles } from './compile.js';
import { findPackFolder } from './compile-pack.js';
import { contentErrors, PackError } from './pack-error.js';

/** Options of {@link loadPack}. */
export interface LoadPackOptions {
  /** Folder that paths are relative to and package names are resolved from (default: the current folder). */
  readonly cwd?: string;
}

/** Where a loaded pack came from. */
export interface PackSource {
  /** How the spec was read: an installed `package` name (resolved from `cwd`), or a `path`. */
  readonly resolvedAs: 'package' | 'path';
  /** What was loaded: a built `data.json` (`data`), or the `content/` folder compiled in memory (`content`). */
  readonly loaded: 'data' | 'content';
  /** Absolute path of the `data.json` or the content folder. */
  readonly path: string;
  /** The pack's package name, when it has a `package.json`. */
  readonly packageName?: string;
  /** The pack's package version, when it has a `package.json`. */
  readonly packageVersion?: string;
}

/** A loaded pack. */
export interface LoadedPack {
  /** The pack's knowledge base (validated: `createKnowledgeBase` of its data). */
  readonly kb: KnowledgeBase;
  /** Where it came from. */
  readonly source: PackSource;
}

/** What a pack spec may be, for messages. */
const expected = 'an installed pack package name (`my-pack`, `@scope/my-pack`), or the path of a pack folder, a content folder or a `data.json`';

/** npm's package name shape (lowercase, optional scope). */
const packageName = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/u;

/** Whether a spec is a path rather than a package name. */
function isPathSpec(spec: string): boolean {
  if (path.isAbsolute(spec) || spec.startsWith('.') || spec.endsWith('.json') || spec.includes('\\')) return true;
  return !packageName.test(spec);
}

async function exists(file: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** The installed package names in `<cwd>/node_modules`, for a did-you-mean. */
async function installedNames(cwd: string): Promise<string[]> {
  const names: string[] = [];
  const list = async (dir: string): Promise<string[]> => readdir(dir).catch(() => []);
  for (const entry of await list(path.join(cwd, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const inner of await list(path.join(cwd, 'node_modules', entry))) names.push(`${entry}/${inner}`);
    else names.push(entry);
  }
  return names.sort();
}

interface Manifest {
  readonly name?: unknown;
  readonly version?: unknown;
  readonly exports?: unknown;
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Manifest;
  } catch (error) {
    throw new PackError('bad-data', `Unexpected \`${path.join(dir, 'package.json')}\`: it is not JSON (${(error as Error).message}), expected the pack's package.json`, [], { cause: error });
  }
}

/** The `package.json` facts a source names. */
function packageFacts(manifest: Manifest | undefined): Pick<PackSource, 'packageName' | 'packageVersion'> {
  return {
    ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
    ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
  };
}

/** Read a `data.json` and validate it into a knowledge base. */
async function loadDataFile(file: string, source: Omit<PackSource, 'loaded' | 'path'>): Promise<LoadedPack> {
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PackError('bad-data', `Unexpected data file \`${file}\`: it is not JSON (${(error as Error).message}), expected the \`data.json\` that \`cloudvirt-pack build\` writes. Rebuild the pack`, [], { cause: error });
  }
  try {
    return { kb: createKnowledgeBase(data as Parameters<typeof createKnowledgeBase>[0]), source: { ...source, loaded: 'data', path: file } };
  } catch (error) {
    throw new PackError('bad-data', `Unexpected data file \`${file}\`: it is not valid knowledge-base data, expected the \`data.json\` that \`cloudvirt-pack build\` writes. Rebuild the pack.\n${(error as Error).message}`, [], { cause: error });
  }
}

/** Compile a content folder in memory. */
async function loadContent(contentDir: string, cwd: string, source: Omit<PackSource, 'loaded' | 'path'>): Promise<LoadedPack> {
  const relative = path.relative(cwd, contentDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? contentDir : relative;
  // Read from the absolute folder; messages name it relative to `cwd`.
  const result = compileFiles(await readContentFiles(contentDir), shown);
  if (!result.ok) throw contentErrors(shown, result.messages);
  return { kb: createKnowledgeBase(result.data), source: { ...source, loaded: 'content', path: contentDir } };
}

/** Load a pack folder: its built data (the `./data.json` export, or `dist/data.json`), else its content compiled. */
async function loadFolder(dir: string, cwd: string, resolvedAs: PackSource['resolvedAs'], spec: string): Promise<LoadedPack> {
  const manifest = await readManifest(dir);
  const facts = { resolvedAs, ...packageFacts(manifest) };
  const exported = typeof manifest?.exports === 'object' && manifest.exports !== null ? (manifest.exports as Record<string, unknown>)['./data.json'] : undefined;
  const dataFile = path.join(dir, typeof exported === 'string' ? exported : path.join('dist', 'data.json'));
  if ((await exists(dataFile)) === 'file') return loadDataFile(dataFile, facts);
  let contentDir: string;
  try {
    ({ contentDir } = await findPackFolder(dir));
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    throw new PackError(
      'not-a-pack',
      `Unexpected pack ${describeSpec(spec)}: \`${dir}\` holds no built \`${path.relative(dir, dataFile)}\` and no \`content/\` folder, expected ${expected}. Build it with \`cloudvirt-pack build\`, or create one with \`cloudvirt-pack init <dir>\``,
      [],
      { cause: error },
    );
  }
  return loadContent(path.resolve(contentDir), cwd, facts);
}

function describeSpec(spec: string): string {
  return `\`${spec}\``;
}

/** Resolve an installed package from `cwd`: its folder, or directly its `data.json` when `package.json` is not exported. */
function resolvePackage(name: string, cwd: string): { readonly dir: string } | { readonly dataFile: string } | undefined {
  const require = createRequire(path.join(cwd, 'package.json'));
  try {
    return { dir: path.dirname(require.resolve(`${name}/package.json`)) };
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined;
  }
  try {
    return { dataFile: require.resolve(`${name}/data.json`) };
  } catch {
    return undefined;
  }
}

/**
 * Load a knowledge pack as a knowledge base.
 *
 * `spec` is one of:
 * - an installed package name (`my-pack`, `@scope/my-pack`), resolved from `cwd` as Node.js would;
 * - the path of a built pack folder (its `package.json`'s `./data.json` export, or `dist/data.json`);
 * - the path of a `data.json`;
 * - the path of a pack folder or content folder that is not built: its content is compiled in memory.
 *
 * Paths start with `.` or `/` (or end with `.json`); anything shaped like a package name is one.
 *
 * @param spec
 *   The package name or path.
 * @param options
 *   `cwd`: where paths are relative to and packages are resolved from.
 * @returns
 *   The knowledge base (validated) and where it came from.
 * @throws {PackError} `pack-not-found` (no such path or installed package; with a did-you-mean among the
 *   installed packages), `not-a-pack`, `bad-data` (a `data.json` that is not JSON or not valid data), or
 *   `content-errors` (content that does not compile: `messages` holds every positioned message).
 * @throws {TypeError} When `spec` is not a string or `options` has an unknown key.
 * @example
 *   const { kb, source } = await loadPack('./my-pack');
 *   console.log(source.loaded, kb.concepts.length);
 */
export async function loadPack(spec: string, options: LoadPackOptions = {}): Promise<LoadedPack> {
  expectString('`spec` argument of loadPack', spec, expected);
  checkOptionKeys('loadPack options', options, ['cwd']);
  if (options.cwd !== undefined) expectString('`cwd` option of loadPack', options.cwd, 'a folder path (a string)');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (spec.trim() === '') throw new PackError('pack-not-found', `Unexpected pack \`${spec}\` (empty), expected ${expected}`);

  if (isPathSpec(spec)) {
    const target = path.resolve(cwd, spec);
    const kind = await exists(target);
    if (kind === undefined) {
      throw new PackError('pack-not-found', `Unexpected pack ${describeSpec(spec)}: \`${target}\` does not exist, expected ${expected}. Check the path (it is relative to ${cwd})`);
    }
    if (kind === 'folder') return loadFolder(target, cwd, 'path', spec);
    if (path.basename(target) === 'package.json') return loadFolder(path.dirname(target), cwd, 'path', spec);
    // A built pack's `dist/data.json`: the package.json one folder up names the pack.
    const packDir = path.basename(path.dirname(target)) === 'dist' ? path.dirname(path.dirname(target)) : undefined;
    const manifest = packDir === undefined ? undefined : await readManifest(packDir).catch(() => undefined);
    return loadDataFile(target, { resolvedAs: 'path', ...packageFacts(manifest) });
  }

  const resolved = resolvePackage(spec, cwd);
  if (resolved === undefined) {
    const local = await exists(path.join(cwd, spec));
    const guess = suggest(spec, await installedNames(cwd))[0];
    const hint =
      local === 'folder'
        ? `There is a folder \`${spec}\` here: to load it, pass \`./${spec}\``
        : `${guess === undefined ? '' : `Did you mean \`${guess}\`? `}Install it (\`npm install ${spec}\`), or pass a path (\`./${spec}\`)`;
    throw new PackError('pack-not-found', `Unexpected pack ${describeSpec(spec)}: no package by that name is installed where ${cwd} resolves packages, expected ${expected}. ${hint}`);
  }
  if ('dataFile' in resolved) return loadDataFile(resolved.dataFile, { resolvedAs: 'package', packageName: spec });
  return loadFolder(resolved.dir, cwd, 'package', spec);
}
