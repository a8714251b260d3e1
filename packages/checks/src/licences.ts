/**
 * The runtime dependency review of the published packages: walk each one's production dependency tree
 * through the installed `node_modules` (pnpm's layout: a package's dependencies sit next to it), read every
 * installed `package.json` licence, and check the SPDX expression against the licences compatible with MIT.
 * Also checks that each package's README justifies its direct dependencies.
 *
 * @module
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** The workspaces published to npm. */
export const publishedPackages = ['packages/core', 'packages/render', 'apps/flashcards'] as const;

/** SPDX ids compatible with distributing under MIT (permissive, no copyleft). */
export const compatibleLicences: ReadonlySet<string> = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
]);

/**
 * Whether an SPDX licence expression is compatible: `OR` needs one side, `AND` both, `WITH` the base.
 *
 * @param expression E.g. `MIT`, `(MIT OR Apache-2.0)`, `MIT AND BSD-3-Clause`.
 * @returns `true` when compatible.
 */
export function isCompatibleExpression(expression: string): boolean {
  const tokens = expression.replace(/[()]/gu, (paren) => ` ${paren} `).trim().split(/\s+/u);
  let index = 0;
  const parseOr = (): boolean => {
    let value = parseAnd();
    while (tokens[index]?.toUpperCase() === 'OR') {
      index++;
      const right = parseAnd();
      value = value || right;
    }
    return value;
  };
  const parseAnd = (): boolean => {
    let value = parseAtom();
    while (tokens[index]?.toUpperCase() === 'AND') {
      index++;
      const right = parseAtom();
      value = value && right;
    }
    return value;
  };
  const parseAtom = (): boolean => {
    const token = tokens[index++];
    if (token === '(') {
      const value = parseOr();
      index++;
      return value;
    }
    if (tokens[index]?.toUpperCase() === 'WITH') index += 2;
    return token !== undefined && compatibleLicences.has(token.replace(/\+$/u, ''));
  };
  const result = parseOr();
  return result && index === tokens.length;
}

/** One installed package of a production tree. */
export interface InstalledPackage {
  /** Name. */
  readonly name: string;
  /** Version. */
  readonly version: string;
  /** Its licence expression, as its package.json states it (`license`, or the old `licenses` list). */
  readonly licence: string;
  /** Who depends on it (the first path found). */
  readonly via: string;
}

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly license?: string | { readonly type?: string };
  readonly licenses?: readonly { readonly type?: string }[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, unknown>>;
}

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Find an installed dependency the way Node does: `node_modules/<name>` in the package's folder or any parent. */
async function resolvePackage(name: string, from: string): Promise<string | undefined> {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    try {
      return await realpath(candidate);
    } catch {
      // not here
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The licence expression of a manifest. */
function licenceOf(manifest: Manifest): string {
  if (typeof manifest.license === 'string') return manifest.license;
  if (typeof manifest.license === 'object' && manifest.license.type !== undefined) return manifest.license.type;
  const list = manifest.licenses?.map((entry) => entry.type).filter((type): type is string => type !== undefined) ?? [];
  return list.length === 0 ? 'UNKNOWN' : list.length === 1 ? (list[0] as string) : `(${list.join(' OR ')})`;
}

/**
 * Every package of a workspace's production dependency tree (its `dependencies` and theirs, with optional
 * and peer dependencies the install resolved), once each.
 *
 * @param workspace The workspace folder, relative to the repository (`packages/render`).
 * @returns The installed packages, and dependencies that could not be found.
 */
export async function productionTree(workspace: string): Promise<{ packages: InstalledPackage[]; missing: string[] }> {
  const root = path.join(repoRoot, workspace);
  const rootManifest = await readManifest(root);
  const seen = new Map<string, InstalledPackage>();
  const missing: string[] = [];
  const queue: { dir: string; manifest: Manifest; via: string }[] = [{ dir: await realpath(root), manifest: rootManifest, via: rootManifest.name }];
  while (queue.length > 0) {
    const { dir, manifest, via } = queue.shift() as (typeof queue)[number];
    // Note: peer dependencies count when the install resolved them (they ship with the tree then).
    const names = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies, ...manifest.peerDependenciesMeta });
    for (const name of names) {
      const found = await resolvePackage(name, dir);
      if (found === undefined) {
        if (Object.hasOwn(manifest.dependencies ?? {}, name)) missing.push(`${name} (needed by ${manifest.name})`);
        continue;
      }
      if (seen.has(found)) continue;
      const dependency = await readManifest(found);
      const chain = `${via} > ${dependency.name}`;
      seen.set(found, { name: dependency.name, version: dependency.version, licence: licenceOf(dependency), via: chain });
      queue.push({ dir: found, manifest: dependency, via: chain });
    }
  }
  const packages = [...seen.values()].filter((entry) => !entry.name.startsWith('@cloudvirt/'));
  return { packages: packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), missing };
}

/** A direct runtime dependency row of a README's "Dependencies" table. */
export interface DependencyRow {
  /** The package name (in backticks in the table). */
  readonly name: string;
  /** Why it is needed. */
  readonly why: string;
  /** Its licence, as the README states it. */
  readonly licence: string;
}

/**
 * Read the `## Dependencies` section of a README: a table `| package | why | licence |`.
 *
 * @param readme The README's Markdown.
 * @returns The rows, or `undefined` when there is no such section.
 */
export function readmeDependencies(readme: string): DependencyRow[] | undefined {
  const match = /^## Dependencies\s*$([\s\S]*?)(?=^## |(?![\s\S]))/mu.exec(readme);
  if (match === null) return undefined;
  const rows: DependencyRow[] = [];
  for (const line of (match[1] ?? '').split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const name = /^`([^`]+)`$/u.exec(cells[0] ?? '')?.[1];
    if (name === undefined || cells.length < 3) continue;
    rows.push({ name, why: cells[1] ?? '', licence: (cells[2] ?? '').replace(/`/gu, '') });
  }
  return rows;
}

/**
 * The direct runtime dependencies of a workspace (other @cloudvirt workspaces included), with the licence
 * each installed one declares.
 *
 * @param workspace The workspace folder, relative to the repository.
 * @returns Name → licence expression, sorted by name.
 */
export async function directDependencies(workspace: string): Promise<Map<string, string>> {
  const root = path.join(repoRoot, workspace);
  const manifest = await readManifest(root);
  const result = new Map<string, string>();
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const found = await resolvePackage(name, await realpath(root));
    result.set(name, found === undefined ? 'NOT INSTALLED' : licenceOf(await readManifest(found)));
  }
  return result;
}
