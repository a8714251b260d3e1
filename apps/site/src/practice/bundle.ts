/**
 * Bundles the practice page's scripts: `practice/client/main.ts` with ts-fsrs, for browsers, into one
 * minified IIFE, written to `src/assets/practice.js` (shipped as the other assets are), and
 * `practice/client/deck.ts` with render's package writer, sql.js and its wasm into the ES module
 * `src/assets/practice-deck.js`, which the page imports only when a deck is downloaded. The bundle is
 * committed; `practice/data.test.ts` fails when it differs from a fresh one. Regenerate it with
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

/** The source entry of the deck bundle ("Download my deck", loaded on click). */
export const practiceDeckEntry: string = fileURLToPath(new URL('./client/deck.ts', import.meta.url));

/** Where the deck bundle is written. */
export const practiceDeckBundlePath: string = fileURLToPath(new URL('../assets/practice-deck.js', import.meta.url));

/** The licence text of an installed package (its `LICENSE` beside its `package.json`). */
async function licenceOf(resolve: NodeJS.Require, name: string, file = 'LICENSE'): Promise<string> {
  const main = resolve.resolve(name);
  let dir = dirname(main);
  for (let depth = 0; depth < 4; depth++) {
    try {
      return (await readFile(join(dir, file), 'utf8')).trim().replaceAll('*/', '* /');
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error(`No ${file} found for ${name} (from ${main}).`);
}

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

/**
 * Core's modules the deck bundle may take `@cloudvirt/core` from: its index without the bundled knowledge
 * base (`kb`, built at the index's top level from `generated/data.ts`, about 590 KB that esbuild cannot
 * shake off). A name render's writer needs from anywhere else fails the build ("No matching export"), so
 * leaving the knowledge base out is checked, not assumed.
 */
const coreWithoutKb = ['messages', 'model', 'relation-types', 'vocabulary-labels', 'normalize', 'suggest', 'learning-order', 'matrix', 'knowledge-base'];

/**
 * The deck bundle takes render's package writer from render's source modules (`src/anki.ts`, whose
 * unused modules esbuild drops, where `dist/` shares a chunk with the Markdown renderer) and
 * `@cloudvirt/core` from {@link coreWithoutKb}.
 *
 * @param coreMain Core's resolved entry (`packages/core/dist/…`), to find its source beside it.
 */
function deckSourcesPlugin(coreMain: string): object {
  const coreSource = join(dirname(coreMain), '..', 'src');
  const renderSource = join(dirname(createRequire(import.meta.url).resolve('@cloudvirt/render/anki')), '..', 'src');
  return {
    name: 'deck-sources',
    setup(build: {
      onResolve: (filter: object, callback: (args: { path: string }) => object) => void;
      onLoad: (filter: object, callback: () => object) => void;
    }) {
      build.onResolve({ filter: /^@cloudvirt\/render\/anki$/ }, () => ({ path: join(renderSource, 'anki.ts') }));
      build.onResolve({ filter: /^@cloudvirt\/core$/ }, () => ({ path: 'core-without-kb', namespace: 'deck-sources' }));
      build.onLoad({ filter: /^core-without-kb$/, namespace: 'deck-sources' }, () => ({
        contents: coreWithoutKb.map((name) => `export * from ${JSON.stringify(join(coreSource, `${name}.ts`))};`).join('\n'),
        loader: 'ts',
        resolveDir: coreSource,
      }));
    },
  };
}

/**
 * Build the deck bundle in memory: an ES module with render's package writer, fflate, sql.js and its
 * wasm (as bytes), with their licences.
 *
 * @returns The script text.
 */
export async function bundlePracticeDeckScript(): Promise<string> {
  const require = createRequire(createRequire(import.meta.url).resolve('tsup'));
  const esbuild = require('esbuild') as Esbuild;
  const fromRender = createRequire(createRequire(import.meta.url).resolve('@cloudvirt/render/anki'));
  const wasmPath = fromRender.resolve('sql.js/dist/sql-wasm-browser.wasm');
  const result = await esbuild.build({
    entryPoints: [practiceDeckEntry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [
      {
        name: 'sql-wasm',
        setup(build: { onResolve: (filter: object, callback: () => object) => void }) {
          build.onResolve({ filter: /^virtual:sql-wasm$/ }, () => ({ path: wasmPath }));
        },
      },
      deckSourcesPlugin(fromRender.resolve('@cloudvirt/core')),
    ],
    loader: { '.wasm': 'binary' },
  });
  const licences = [
    ['sql.js (https://github.com/sql-js/sql.js; SQLite itself is in the public domain)', await licenceOf(fromRender, 'sql.js')],
    ['fflate (https://github.com/101arrowz/fflate)', await licenceOf(fromRender, 'fflate')],
  ];
  const banner = `// CloudVirt practice page, "Download my deck": generated from src/practice/client/deck.ts by src/practice/bundle.ts. Do not edit.\n${licences
    .map(([name, text]) => `/*! Bundles ${name}:\n${text}\n*/\n`)
    .join('')}`;
  return `${banner}${result.outputFiles[0]!.text}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(practiceBundlePath, await bundlePracticeScript());
  await writeFile(practiceDeckBundlePath, await bundlePracticeDeckScript());
  console.log(`wrote ${practiceBundlePath} and ${practiceDeckBundlePath}`);
}
