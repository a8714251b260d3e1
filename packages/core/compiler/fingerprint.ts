/**
 * The compiler's code fingerprint: what the parse cache (`parse-cache.ts`) keys every entry with, so that
 * a cached parse is only ever used by the code that made it. In the bundle (dist/), tsup.compiler.config.ts
 * writes it in at build time (`CLOUDVIRT_COMPILER_FINGERPRINT`, from the sources the bundle is built
 * from); from the sources (`tsx compiler/bin.ts`) it is computed from the same files, so both share entries.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written in by tsup.compiler.config.ts; not defined when the compiler runs from its sources. */
declare const CLOUDVIRT_COMPILER_FINGERPRINT: string | undefined;

/** The `.ts` files of a folder and its subfolders (not tests, not `src/generated/`), relative, sorted. */
function sources(dir: string, prefix: string): string[] {
  const found: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'generated' && entry.name !== 'node_modules') visit(child);
      } else if (entry.isFile() && entry.name.endsWith('.ts') && !/\.test(?:-d)?\.ts$/u.test(entry.name)) {
        found.push(`${prefix}/${child}`);
      }
    }
  };
  if (existsSync(dir)) visit('');
  return found.sort();
}

/**
 * The fingerprint of the compiler's sources in a checkout of `@cloudvirt/core`: a hash of every
 * `compiler/` and `src/` module (tests and `src/generated/` left out), `package.json`, the bundle's
 * config and the workspace's lockfile (the versions of the bundled parsers: yaml, micromark…).
 *
 * @param packageDir
 *   The folder of `@cloudvirt/core` (holding `compiler/` and `src/`).
 * @returns
 *   A hex SHA-256.
 */
export function sourceFingerprint(packageDir: string): string {
  const hash = createHash('sha256');
  const files = [
    ...sources(path.join(packageDir, 'compiler'), 'compiler'),
    ...sources(path.join(packageDir, 'src'), 'src'),
    'package.json',
    'tsup.compiler.config.ts',
    '../../pnpm-lock.yaml',
  ];
  for (const file of files) {
    const full = path.join(packageDir, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** {@link compilerFingerprint}, once computed. */
let known: string | undefined;

/**
 * The fingerprint of the running compiler's code: the one written into the bundle, or, from the
 * sources, {@link sourceFingerprint} of this checkout.
 *
 * @returns
 *   A hex string that changes whenever the compiler's code (or a bundled parser) does.
 */
export function compilerFingerprint(): string {
  if (typeof CLOUDVIRT_COMPILER_FINGERPRINT === 'string') return CLOUDVIRT_COMPILER_FINGERPRINT;
  known ??= sourceFingerprint(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
  return known;
}
