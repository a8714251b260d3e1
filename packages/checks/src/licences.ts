/**
 * The runtime dependency review of the published packages: walk each one's production dependency tree
 * through the installed `node_modules` (pnpm's layout: a package's dependencies sit next to it), read every
 * installed `package.json` licence, and check the SPDX expression against the licences compatible with MIT.
 * The packages bundled into `@cloudvirt/core`'s compiler (listed with their licences in its
 * `dist/THIRD-PARTY-NOTICES.md`) are reviewed the same way, and so is `@cloudvirt/site`, whose runtime
 * dependencies draw and serve what the built site ships. A licence outside the compatible set passes only
 * as a {@link reviewedLicences} entry: one package, one licence, one workspace, and the reason.
 * Also checks that each package's README justifies its direct dependencies.
 *
 * @module
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** The workspaces published to npm. */
export const publishedPackages = ['packages/core', 'packages/render', 'apps/flashcards', 'apps/site'] as const;

/** A published workspace (`packages/core`…). */
export type PublishedPackage = (typeof publishedPackages)[number];

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

/**
 * A licence outside {@link compatibleLicences} that was reviewed for one package of one workspace's tree: it
 * passes there, and nowhere else (the same licence on another package, or this package under another
 * licence or in another workspace, still fails).
 */
export interface ReviewedLicence {
  /** The package name, or a pattern for a family of packages (a native binary's per-platform builds). */
  readonly name: string | RegExp;
  /** The licence expression exactly as its package.json states it (`UNKNOWN` when it states none). */
  readonly licence: string;
  /** The only version reviewed, when the review rests on what that version ships (its README). */
  readonly version?: string;
  /** The workspaces whose tree may hold it. */
  readonly workspaces: readonly PublishedPackage[];
  /** Why it is acceptable there. */
  readonly reason: string;
}

/** The reviewed exceptions (see {@link ReviewedLicence}). */
export const reviewedLicences: readonly ReviewedLicence[] = [
  {
    name: 'format',
    version: '0.2.2',
    licence: 'UNKNOWN',
    workspaces: ['packages/core'],
    reason:
      'Bundled into the compiler (via fault, remark-frontmatter). Its package.json has no licence field and it ships no licence file; its README\'s License section grants the MIT licence ("Copyright 2010 - 2014 Sami Samhuri", http://sjs.mit-license.org), which THIRD-PARTY-NOTICES.md reproduces. Reviewed for 0.2.2 only: a new version is reviewed again.',
  },
  {
    name: /^@resvg\/resvg-js(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?$/u,
    licence: 'MPL-2.0',
    workspaces: ['apps/site'],
    reason:
      'The social-card renderer (and its prebuilt per-platform binary). MPL-2.0 is file-level copyleft: npm installs it unmodified beside the site, which neither copies nor changes its files; the PNG cards it draws are output, not the library.',
  },
  {
    name: '@expo-google-fonts/noto-sans-sc',
    licence: 'MIT AND OFL-1.1',
    workspaces: ['apps/site'],
    reason:
      'Noto Sans SC Bold draws the titles of the social cards (the package code is MIT, the font OFL-1.1). The OFL allows using and redistributing the font with software; the site ships no font file, only PNG images drawn with it, which the OFL does not cover.',
  },
  {
    name: 'argparse',
    licence: 'Python-2.0',
    workspaces: ['apps/site'],
    reason: 'A dependency of js-yaml under Eleventy (build time of the site): the PSF licence is permissive (no copyleft), OSI-approved and GPL-compatible.',
  },
];

/**
 * The reviewed exception that admits a package into a workspace's tree, if any.
 *
 * @param workspace The workspace whose tree holds the package.
 * @param entry The package (name, version, licence).
 * @returns The matching {@link ReviewedLicence}, or `undefined`.
 */
export function reviewedLicenceFor(workspace: string, entry: Pick<InstalledPackage, 'name' | 'version' | 'licence'>): ReviewedLicence | undefined {
  return reviewedLicences.find(
    (review) =>
      (typeof review.name === 'string' ? review.name === entry.name : review.name.test(entry.name)) &&
      review.licence === entry.licence &&
      (review.version === undefined || review.version === entry.version) &&
      (review.workspaces as readonly string[]).includes(workspace),
  );
}

/**
 * Whether a package may be in a workspace's tree: its licence expression is compatible, or a reviewed
 * exception admits it there.
 *
 * @param workspace The workspace (`apps/site`).
 * @param entry The package.
 * @returns `true` when allowed.
 */
export function isAllowedLicence(workspace: string, entry: Pick<InstalledPackage, 'name' | 'version' | 'licence'>): boolean {
  return isCompatibleExpression(entry.licence) || reviewedLicenceFor(workspace, entry) !== undefined;
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

/** The notices file of the packages bundled into `@cloudvirt/core`'s compiler (written by its build). */
export const compilerNoticesFile = path.join(repoRoot, 'packages', 'core', 'dist', 'THIRD-PARTY-NOTICES.md');

/** A package bundled into a build, as its notices file lists it. */
export interface BundledPackage extends InstalledPackage {
  /** The licence text the notices file reproduces. */
  readonly text: string;
}

/**
 * The packages a notices file lists: `## <name> <version> (<licence>)`, then the licence text in a
 * ```` ```txt ```` block (the format of core's `compiler/bundle.ts`).
 *
 * @param notices The notices file's Markdown.
 * @param via Who bundles them (for messages).
 * @returns The packages, in the file's order.
 * @throws {Error} When a `## ` heading is not `<name> <version> (<licence>)` or has no licence text.
 */
export function parseNotices(notices: string, via: string): BundledPackage[] {
  const sections = notices.split(/^## /mu).slice(1);
  return sections.map((section) => {
    const heading = section.slice(0, section.indexOf('\n'));
    const match = /^(\S+) (\S+) \((.+)\)$/u.exec(heading.trim());
    const text = /^```txt\n([\s\S]*?)^```/mu.exec(section)?.[1]?.trim();
    if (match === null || text === undefined || text === '') {
      throw new Error(`Unexpected notices section \`## ${heading}\`, expected \`## <name> <version> (<licence>)\` followed by the licence text in a \`\`\`txt block`);
    }
    return { name: match[1] as string, version: match[2] as string, licence: match[3] as string, via, text };
  });
}

/**
 * The packages bundled into `@cloudvirt/core`'s compiler (`dist/compiler.js`, `dist/compiler.cjs`, the
 * `cloudvirt-pack` bin), from the notices file its build writes. They ship inside core's tarball, so they
 * are reviewed as part of `packages/core`.
 *
 * @returns The bundled packages.
 * @throws {Error} When core is not built (no notices file), or the file is malformed.
 */
export async function compilerBundledPackages(): Promise<BundledPackage[]> {
  const notices = await readFile(compilerNoticesFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`Missing ${path.relative(repoRoot, compilerNoticesFile)}, expected the notices of the packages bundled into the compiler: run \`pnpm --filter @cloudvirt/core build\``);
    throw error;
  });
  return parseNotices(notices, '@cloudvirt/core (bundled into dist/compiler.js)');
}
