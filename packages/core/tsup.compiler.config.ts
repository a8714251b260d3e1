import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { compilerBundle, writeNoticesPlugin } from './compiler/bundle.js';
import { sourceFingerprint } from './compiler/fingerprint.js';
import { compilerOutput } from './tsup.outputs.js';

const packageDir = path.dirname(fileURLToPath(import.meta.url));

// Keep the Chinese text as UTF-8 (see build-data.mjs), and write in the fingerprint of the sources the
// bundle is built from, which keys the entries of the parse cache (compiler/fingerprint.ts).
const fingerprint = sourceFingerprint(packageDir);
const esbuildOptions: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
  options.define = { ...options.define, CLOUDVIRT_COMPILER_FINGERPRINT: JSON.stringify(fingerprint) };
};

// Remove this config's previous files (and only those: the data builds' files stay) before it starts; the
// builds below run at once, so none of them cleans.
const distDir = path.join(packageDir, 'dist');
for (const name of existsSync(distDir) ? readdirSync(distDir) : []) {
  if (compilerOutput.test(name)) rmSync(path.join(distDir, name), { force: true });
}

// The compiler reads no content (nothing under content/ or src/generated/), so an edit of the knowledge
// base leaves this output as it is.
export default defineConfig([
  // `@cloudvirt/core/compiler` (Node.js only) and the `cloudvirt-pack` bin: the compiler with its npm
  // dependencies bundled in (core keeps zero runtime dependencies), their licences in
  // dist/THIRD-PARTY-NOTICES.md. ESM: the entry and the bin share one chunk.
  {
    ...compilerBundle(packageDir),
    entry: { compiler: 'compiler/index.ts', 'cloudvirt-pack': 'compiler/bin.ts' },
    format: ['esm'],
    splitting: true,
    // The bundled CommonJS packages `require()` Node.js built-ins, which an ES module can only do through createRequire.
    banner: { js: "import { createRequire as __cloudvirtCreateRequire } from 'node:module';\nconst require = __cloudvirtCreateRequire(import.meta.url);" },
    dts: { entry: { compiler: 'compiler/index.ts' } },
    esbuildOptions,
    esbuildPlugins: [...compilerBundle(packageDir).esbuildPlugins, writeNoticesPlugin(packageDir)],
  },
  {
    ...compilerBundle(packageDir),
    entry: { compiler: 'compiler/index.ts' },
    format: ['cjs'],
    dts: true,
    shims: true,
    esbuildOptions,
  },
]);
