import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/markdown.ts', 'src/anki.ts', 'src/jsonld.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  // Note: these ESM-only plugins are *default* imports. In the CJS build esbuild turns
  // `import x from 'pkg'` into `__toESM(require('pkg'), 1).default`, which is the whole module
  // namespace under Node's require(esm), so `unified().use(x)` throws "empty preset". Bundling these
  // three thin wrappers avoids the interop (their own imports are named, which require(esm) handles).
  // sql.js must stay external (toolchain.md pitfall 13).
  noExternal: ['remark-gfm', 'remark-parse', 'remark-stringify'],
});
