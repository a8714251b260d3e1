#!/usr/bin/env node
/**
 * `node build-data.mjs`: the data builds of `@cloudvirt/core` (`.` of the package: the knowledge base and
 * its query API, without declarations), the one part of core's `build` that an edit of the content always
 * re-runs. On esbuild directly (the esbuild tsup runs on, resolved through tsup, with the options tsup
 * passed it: the files are the bytes tsup wrote), because tsup's own start-up (it loads TypeScript and
 * rollup: 0.42 s of CPU, 0.7–0.8 s wall against 0.09 s and 0.35 s this way) cost more than the builds. The two other parts of dist/ stay tsup's:
 * tsup.types.config.ts (the declarations of `.`) and tsup.compiler.config.ts (the compiler), which
 * package.json's `build` runs through scripts/build-if-changed.mjs, so an edit of a concept's text
 * rebuilds neither.
 *
 * - dist/index.js, dist/index.cjs: browsers and bundlers (the `import` / `require` conditions), the data
 *   embedded in the bundle, no `node:` import.
 * - dist/node.js, dist/node.cjs: Node.js (the `node` condition), the same src/index.ts with
 *   `./generated/data.js` swapped for node/data.ts, which reads dist/data.json (copied here from
 *   src/generated/data.json): V8 then parses the JSON without first scanning it as a string literal. The
 *   exports and types are the same, so package.json gives this build dist/index.d.ts and dist/index.d.cts.
 *
 * It writes the same five files every time (the four bundles and dist/data.json), so it removes nothing;
 * the other files of dist/ are the two tsup configs' (tsup.outputs.ts) and dist/schema/.
 *
 * The Chinese text stays UTF-8 (`charset: 'utf8'`): esbuild's default ASCII output writes each Han
 * character of the bundled data as a 6-byte `\uXXXX` escape, which makes the files about a third larger
 * and slower to load.
 *
 * @module
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(packageDir, 'dist');
const require = createRequire(import.meta.url);
/** @type {typeof import('esbuild')} */
const esbuild = createRequire(require.resolve('tsup'))('esbuild');

const generatedJson = path.join(packageDir, 'src', 'generated', 'data.json');
const index = path.join(packageDir, 'src', 'index.ts');
const loader = path.join(packageDir, 'node', 'data.ts');

/** What tsup passed esbuild for each of these builds (bundle, splitting in ESM, `.cjs` for CommonJS in a `type: module` package). */
const common = {
  entryPoints: { index },
  bundle: true,
  target: 'node20',
  charset: 'utf8',
  sourcemap: false,
  logLevel: 'error',
  write: false,
  outdir: distDir,
};

/** @param {'esm' | 'cjs'} format */
const formatOptions = (format) => ({ format, splitting: format === 'esm', outExtension: { '.js': format === 'esm' ? '.js' : '.cjs' } });

/** The Node.js builds read data.json: node/data.ts refuses a data.json of another length than the one shipped. */
const dataLength = (await readFile(generatedJson, 'utf8')).length;

/** @type {import('esbuild').Plugin} */
const nodeData = {
  name: 'cloudvirt-node-data',
  setup(build) {
    build.onResolve({ filter: /^\.\/generated\/data\.js$/ }, (args) => (args.importer === index ? { path: loader } : undefined));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = ['esm', 'cjs'].flatMap((format) => [
  { ...common, ...formatOptions(format), platform: 'neutral', mainFields: ['browser', 'module', 'main'] },
  {
    ...common,
    ...formatOptions(format),
    entryPoints: { node: index },
    platform: 'node',
    mainFields: ['module', 'main'],
    // node/data.ts finds the file from the CommonJS wrapper's `__dirname` in CJS, where `import.meta`
    // does not exist, and from `import.meta.url` in ESM.
    define: { CLOUDVIRT_DATA_LENGTH: String(dataLength), ...(format === 'cjs' ? { 'import.meta.url': 'undefined' } : {}) },
    plugins: [nodeData],
  },
]);

const results = await Promise.all(builds.map((options) => esbuild.build(options)));
await mkdir(distDir, { recursive: true });
for (const result of results) {
  for (const file of result.outputFiles) await writeFile(file.path, file.contents);
}
await copyFile(generatedJson, path.join(distDir, 'data.json'));
