import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Two workers on two cores: the 5 MB explanation file runs next to the rest. The checks of the built
    // site stay in one file (src/built-site.test.ts): the determinism check's second build takes a core.
    maxWorkers: 2,
    testTimeout: 240_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
  },
});
