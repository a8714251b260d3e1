import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { typesOutput } from './tsup.outputs.js';

const packageDir = path.dirname(fileURLToPath(import.meta.url));

// The declarations of `.` (dist/index.d.ts, dist/index.d.cts), which both the browser and the Node.js
// build use (see build-data.mjs). Of the content they hold only the id unions: src/generated/data.ts
// declares `data` with its type, so its JSON literal does not reach them (package.json's `build` hashes
// that file without the literal, `--declarations-of`, and skips this build when nothing else changed).
//
// This config's previous files (and only those) are removed before it starts.
const distDir = path.join(packageDir, 'dist');
for (const name of existsSync(distDir) ? readdirSync(distDir) : []) {
  if (typesOutput.test(name)) rmSync(path.join(distDir, name), { force: true });
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { only: true },
  clean: false,
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
});
