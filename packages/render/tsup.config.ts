import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/markdown.ts', 'src/anki.ts', 'src/jsonld.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
});
