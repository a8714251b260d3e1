import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds the site once into a temporary folder for every test file.
    globalSetup: ['test/global-setup.ts'],
    // The browser file waits on Chromium most of the time: run it next to the CPU-bound files.
    maxWorkers: 3,
    testTimeout: 240_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
  },
});
