import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { compilerOutput, schemaOutput, typesOutput } from './tsup.outputs.js';

const packageDir = path.dirname(fileURLToPath(import.meta.url));

// The data builds: `.` of the package (the knowledge base and its query API), without declarations.
// Two other configs write the rest of dist/, apart, because they do not read the content (or only its
// ids): tsup.types.config.ts the declarations of `.` and tsup.compiler.config.ts the compiler
// (`@cloudvirt/core/compiler`, the `cloudvirt-pack` bin). package.json's `build` runs both through
// scripts/build-if-changed.mjs, which skips them when none of their inputs changed, so an edit of a
// concept's text rebuilds neither.
//
// tsup runs the builds below at once, and a `clean` in one would delete what another one has written:
// dist/ is emptied here, once, before any of them starts, and none of them cleans; the files of the two
// other configs (`compilerOutput`, `typesOutput`) and the JSON Schemas (`schemaOutput`) are left to them.
const distDir = path.join(packageDir, 'dist');
for (const name of existsSync(distDir) ? readdirSync(distDir) : []) {
  if (!compilerOutput.test(name) && !typesOutput.test(name) && !schemaOutput.test(name)) rmSync(path.join(distDir, name), { recursive: true, force: true });
}

// Keep the Chinese text as UTF-8: esbuild's default ASCII output writes each Han character of the
// bundled data as a 6-byte `\uXXXX` escape, which makes the files about a third larger and slower to load.
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

export default defineConfig([
  // Browsers and bundlers (the `import` / `require` conditions): the data embedded in the bundle, no
  // `node:` import.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // The declarations (dist/index.d.ts, dist/index.d.cts) come from tsup.types.config.ts.
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    esbuildOptions: utf8,
  },
  // Node.js (the `node` condition): the same src/index.ts, with `./generated/data.js` swapped for
  // node/data.ts, which reads dist/data.json (copied here from src/generated/data.json): V8 then parses
  // the JSON without first scanning it as a string literal. The exports and types are the same, so
  // package.json gives this build dist/index.d.ts and dist/index.d.cts too.
  {
    entry: { node: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    removeNodeProtocol: false,
    esbuildOptions(options, { format }) {
      utf8(options, { format });
      // node/data.ts refuses a data.json of another length than the one shipped (not our data).
      const dataLength = readFileSync(path.join(packageDir, 'src', 'generated', 'data.json'), 'utf8').length;
      options.define = { ...options.define, CLOUDVIRT_DATA_LENGTH: String(dataLength) };
      // node/data.ts finds the file from the CommonJS wrapper's `__dirname` in CJS, where `import.meta`
      // does not exist, and from `import.meta.url` in ESM.
      if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
    },
    esbuildPlugins: [
      {
        name: 'cloudvirt-node-data',
        setup(build) {
          const index = path.join(packageDir, 'src', 'index.ts');
          const loader = path.join(packageDir, 'node', 'data.ts');
          build.onResolve({ filter: /^\.\/generated\/data\.js$/ }, (args) => (args.importer === index ? { path: loader } : undefined));
        },
      },
    ],
    async onSuccess() {
      await copyFile(path.join(packageDir, 'src', 'generated', 'data.json'), path.join(packageDir, 'dist', 'data.json'));
    },
  },
]);
