import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/cli.ts', 'src/generate-cli.ts', 'src/workers/*.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  // Note: the peers and our packages are benchmarked as installed, never bundled into the runners.
  skipNodeModulesBundle: true,
});
