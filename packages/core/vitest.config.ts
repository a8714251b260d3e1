import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Note: timeouts are hang guards, not speed goals (those live in `pnpm bench`); CI runs tasks side by side on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'compiler/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
  },
});
