/**
 * The ids of the bundled knowledge base as the lock stores them, and their comparison with the lock.
 *
 * @module
 */
import { kb } from '@cloudvirt/core';
import { defaultBaseIri } from '@cloudvirt/render/jsonld';
import { collectIdentity, groupIdentity } from './identity.js';
import { compareWithLock, readLock, readMigrations, type IdentityIds, type LockProblem } from './lock.js';

/** The base IRI the lock is computed with (the site's default `SITE_URL`). */
export const lockBaseIri = defaultBaseIri;

/** Every public id of the bundled knowledge base, grouped as in the lock. */
export function currentIds(): IdentityIds {
  cached ??= groupIdentity(collectIdentity(kb, { baseIri: lockBaseIri }));
  return cached;
}

let cached: IdentityIds | undefined;

/** The lock, the current ids, and every difference (a missing lock counts every id as added). */
export async function checkIdentityLock(): Promise<{ current: IdentityIds; problems: LockProblem[]; lockExists: boolean }> {
  const [lock, migrations] = await Promise.all([readLock(), readMigrations()]);
  const current = currentIds();
  const locked = lock?.ids ?? (Object.fromEntries(Object.keys(current).map((group) => [group, {}])) as IdentityIds);
  return { current, problems: compareWithLock(locked, current, migrations.migrations), lockExists: lock !== undefined };
}
