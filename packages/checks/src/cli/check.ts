/**
 * `pnpm check` (after `pnpm build`): the reliability report. Prints the identity lock status, the parity of
 * every output of `apps/site/dist` (counts per output), the determinism check (a second site build under
 * another clock, time zone and locale, compared byte for byte) and the licence review; exits 1 on any
 * problem.
 *
 * Options: `--skip-determinism` (no second build).
 *
 * @module
 */
import { kb } from '@cloudvirt/core';
import { checkIdentityLock } from '../current-identity.js';
import { checkDeterminism } from '../determinism/determinism.js';
import { compilerBundledPackages, isAllowedLicence, productionTree, publishedPackages } from '../licences.js';
import { formatLockProblems } from '../lock.js';
import { formatParity } from '../parity/format.js';
import { parityPassed, runParity } from '../parity/run.js';
import { siteDist } from '../paths.js';

const started = performance.now();
let failed = false;
const section = (title: string): void => {
  process.stdout.write(`\n== ${title}\n`);
};

section('identity lock');
const lock = await checkIdentityLock();
const total = Object.values(lock.current).reduce((sum, group) => sum + Object.keys(group).length, 0);
if (lock.problems.length === 0) {
  process.stdout.write(`✔ ${total} public ids match identity.lock.json (${Object.entries(lock.current).map(([group, ids]) => `${group} ${Object.keys(ids).length}`).join(', ')})\n`);
} else {
  failed = true;
  process.stdout.write(`✗ ${formatLockProblems(lock.problems)}\n`);
}

section('parity of every output');
const parity = await runParity(kb, siteDist);
process.stdout.write(`${formatParity(parity)}\n`);
if (!parityPassed(parity)) failed = true;

if (!process.argv.includes('--skip-determinism')) {
  section('determinism (second site build: clock 2031-03-04, TZ Pacific/Chatham, LC_ALL tr_TR.UTF-8)');
  const determinism = await checkDeterminism(siteDist);
  if (determinism.problems.length === 0) {
    process.stdout.write(`✔ ${determinism.files} files byte-identical; no repository path, temporary folder, home folder or build time inside (second build ${determinism.seconds.toFixed(1)} s)\n`);
  } else {
    failed = true;
    for (const problem of determinism.problems.slice(0, 30)) process.stdout.write(`✗ ${problem}\n`);
  }
}

section('runtime dependency licences');
for (const workspace of publishedPackages) {
  const { packages, missing } = await productionTree(workspace);
  // Core's compiler ships its parsers bundled: they are part of core's tarball.
  if (workspace === 'packages/core') packages.push(...(await compilerBundledPackages()));
  const bad = packages.filter((entry) => !isAllowedLicence(workspace, entry));
  const licences = new Map<string, number>();
  for (const entry of packages) licences.set(entry.licence, (licences.get(entry.licence) ?? 0) + 1);
  const summary = [...licences].map(([licence, count]) => `${count} ${licence}`).join(', ') || 'no runtime dependencies';
  if (bad.length === 0 && missing.length === 0) process.stdout.write(`✔ ${workspace}: ${packages.length} packages (${summary})\n`);
  else {
    failed = true;
    for (const entry of bad) process.stdout.write(`✗ ${workspace}: ${entry.name}@${entry.version} is ${entry.licence} (via ${entry.via})\n`);
    for (const name of missing) process.stdout.write(`✗ ${workspace}: ${name} is not installed\n`);
  }
}

process.stdout.write(`\n${failed ? '✗ check failed' : '✔ check passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
process.exitCode = failed ? 1 : 0;
