/**
 * Where the checks find the repository and the built site.
 *
 * @module
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built site checked by default: `SITE_DIST`, or `apps/site/dist`. */
export const siteDist = path.resolve(process.env.SITE_DIST ?? path.join(repoRoot, 'apps', 'site', 'dist'));
