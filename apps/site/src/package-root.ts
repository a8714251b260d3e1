/**
 * Where the site package is installed: the folder of its `package.json`, found from this module's own
 * URL. The same from the sources (`src/`, run through tsx or vitest) and from the build (`lib/`), in the
 * repository and in a user's `node_modules/@cloudvirt/site/`, so nothing depends on the current folder
 * or on the repository's layout.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === '@cloudvirt/site') return dir;
    if (dirname(dir) === dir) throw new Error(`Internal error: no package.json of @cloudvirt/site above ${start}.`);
  }
}

/** The folder holding the site package's `package.json` (`apps/site`, or `node_modules/@cloudvirt/site`). */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
