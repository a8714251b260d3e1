/**
 * Bundles the practice page's script: `practice/client/main.ts` with ts-fsrs, for browsers, into one
 * minified IIFE, written to `src/assets/practice.js` (shipped as the other assets are). The bundle is
 * committed; `practice/bundle.test.ts` fails when it differs from a fresh one. Regenerate it with
 * `pnpm exec tsx src/practice/bundle.ts` (esbuild, the one tsup uses, reached through tsup).
 *
 * @module
 */
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The subset of esbuild's API used here. */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

/** The bundle's source entry. */
export const practiceEntry: string = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** Where the bundle is written. */
export const practiceBundlePath: string = fileURLToPath(new URL('../assets/practice.js', import.meta.url));

/**
 * Build the bundle in memory.
 *
 * @returns The script text.
 */
export async function bundlePracticeScript(): Promise<string> {
  const require = createRequire(createRequire(import.meta.url).resolve('tsup'));
  const esbuild = require('esbuild') as Esbuild;
  const result = await esbuild.build({
    entryPoints: [practiceEntry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  // ts-fsrs is MIT: its licence travels with the copy of it the bundle holds.
  const fsrsMain = createRequire(import.meta.url).resolve('ts-fsrs');
  const licence = (await readFile(join(dirname(fsrsMain), '..', 'LICENSE'), 'utf8')).trim().replaceAll('*/', '* /');
  const banner = `// CloudVirt practice page: generated from src/practice/client/ by src/practice/bundle.ts. Do not edit.\n/*! Bundles ts-fsrs (https://github.com/open-spaced-repetition/ts-fsrs):\n${licence}\n*/\n`;
  return `${banner}${result.outputFiles[0]!.text}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(practiceBundlePath, await bundlePracticeScript());
  console.log(`wrote ${practiceBundlePath}`);
}
