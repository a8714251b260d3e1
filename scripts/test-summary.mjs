#!/usr/bin/env node
/**
 * Sum every vitest JSON report (`packages/*` and `apps/*` `test-results.json`), the packaging check
 * (`packaging-results.json`) and the knowledge-pack end-to-end check (`pack-e2e-results.json`) into one closing line: `N passed, N failed`.
 * Exits 1 when a workspace has no report (its tests did not run) or anything failed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    if (!existsSync(join(root, group, name, 'package.json'))) continue;
    reports.push({ name: `${group}/${name}`, file: join(root, group, name, 'test-results.json') });
  }
}
reports.push({ name: 'packaging', file: join(root, 'packaging-results.json') });
reports.push({ name: 'pack e2e', file: join(root, 'pack-e2e-results.json') });

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const report of reports) {
  if (!existsSync(report.file)) {
    console.log(`${report.name}: no test report (tests did not run)`);
    missing++;
    continue;
  }
  const json = JSON.parse(readFileSync(report.file, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  console.log(`${report.name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed${json.numPendingTests ? `, ${json.numPendingTests} skipped` : ''}`);
}
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing === 0 ? 0 : 1);
