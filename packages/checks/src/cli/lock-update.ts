/**
 * `pnpm --filter @cloudvirt/checks lock:update`: record the current public ids in identity.lock.json.
 * Refuses when an id would change or disappear without a migration in migrations.json.
 *
 * @module
 */
import path from 'node:path';
import { checkIdentityLock, lockBaseIri } from '../current-identity.js';
import { formatLockProblems, lockFile, writeLock } from '../lock.js';

const { current, problems } = await checkIdentityLock();
const blocking = problems.filter((problem) => problem.type !== 'added');
if (blocking.length > 0) {
  process.stderr.write(`${formatLockProblems(blocking)}\n\nidentity.lock.json was not changed.\n`);
  process.exitCode = 1;
} else {
  await writeLock(current, lockBaseIri);
  const total = Object.values(current).reduce((sum, group) => sum + Object.keys(group).length, 0);
  const added = problems.length;
  process.stdout.write(`✔ ${total} public ids (${added} new) → ${path.relative(process.cwd(), lockFile) || lockFile}\n`);
}
