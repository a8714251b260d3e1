import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/markdown.ts', 'src/anki.ts', 'src/jsonld.ts'],
  format: ['esm', 'cjs'],
  // The public .d.ts must not need third-party type packages (users would get @types/* in their
  // dependencies): the few hast / mdast / unist types the markdown and JSON-LD functions take or return are
  // copied into dist/*.d.ts (pure type packages, no runtime code); n3's are replaced by jsonld/rdf-types.ts.
  dts: { resolve: ['hast', 'mdast', 'unist'] },
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
