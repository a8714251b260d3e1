import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const packageDir = path.dirname(fileURLToPath(import.meta.url));

// The published package: ESM in lib/ (the site itself is built into dist/, so the code lives beside it).
// One build with shared chunks, so the CLI and the two entry points load one copy of each module; every
// chunk sits at the top of lib/, where `new URL('./assets/…', import.meta.url)` finds the copied assets.
export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts', 'build-site': 'src/build-site.ts' },
  format: ['esm'],
  outDir: 'lib',
  dts: { entry: { index: 'src/index.ts', 'build-site': 'src/build-site.ts' } },
  clean: true,
  splitting: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  esbuildOptions(options) {
    // Keep the Chinese interface strings as UTF-8, not `\uXXXX` escapes.
    options.charset = 'utf8';
  },
  async onSuccess() {
    await cp(path.join(packageDir, 'src', 'assets'), path.join(packageDir, 'lib', 'assets'), { recursive: true });
  },
});
