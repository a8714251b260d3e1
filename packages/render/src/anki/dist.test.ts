/**
 * The built `dist/anki.{js,cjs}` run in a plain Node process (no Vitest module system): sql.js stays
 * external and finds its wasm by itself, from ESM and from CommonJS. Skipped when dist is missing
 * (turbo builds before testing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${packageDir}/dist/anki.js`) && existsSync(`${packageDir}/dist/anki.cjs`);

const build = `(async ({ kb }, { toAnkiPackage }) => {
  const { bytes, summary } = await toAnkiPackage(kb, { lang: 'zh', cardKinds: ['definition', 'cloze'], concepts: kb.concepts.slice(0, 12).map((concept) => concept.id) });
  const { createHash } = await import('node:crypto');
  console.log(JSON.stringify({ notes: summary.notes, sha: createHash('sha256').update(bytes).digest('hex') }));
})`;

function run(args: string[]): { notes: number; sha: string } {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8', timeout: 60_000 })) as { notes: number; sha: string };
}

describe.skipIf(!built)('dist/anki', () => {
  it('should write the same package from the ESM and the CommonJS build', () => {
    const esm = run(['--input-type=module', '-e', `${build}(await import('@cloudvirt/core'), await import('./dist/anki.js'));`]);
    const cjs = run(['-e', `${build}(require('@cloudvirt/core'), require('./dist/anki.cjs'));`]);
    expect(esm.notes).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  }, 120_000);

  it('should keep sql.js external', () => {
    const cjs = readFileSync(`${packageDir}/dist/anki.cjs`, 'utf8');
    expect(cjs).toMatch(/require\(["']sql\.js["']\)/);
    expect(cjs).not.toMatch(/['"`][^'"`\s]*\/sql-wasm\.wasm['"`]/);
  });
});
