/**
 * Loading sql.js (SQLite compiled to WebAssembly).
 *
 * In Node, sql.js finds its `sql-wasm.wasm` next to its own script, wherever the package is installed,
 * so no path is needed. In a browser (the `browser` export of sql.js, which bundlers pick) it fetches
 * `sql-wasm-browser.wasm` from the page's folder: copy `sql.js/dist/sql-wasm-browser.wasm` where your
 * bundle is served and pass `locateFile` (or `wasmBinary`) as you would to `initSqlJs` (README: "In a
 * browser"; scripts/check-packaging.mjs runs that recipe in Chromium).
 *
 * @module
 */
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

/** How to find sql.js's WebAssembly binary; only needed in browsers. */
export interface AnkiSqlJsConfig {
  /**
   * Maps a file name to its URL, as in `initSqlJs({ locateFile })`. In a browser the file asked for is
   * `sql-wasm-browser.wasm` (in Node, `sql-wasm.wasm`).
   */
  readonly locateFile?: (file: string, prefix: string) => string;
  /** The wasm binary itself, if you already have it. */
  readonly wasmBinary?: ArrayBuffer;
}

let shared: Promise<SqlJsStatic> | undefined;

/** What to do when sql.js would not load, with and without a configuration. */
const hints = {
  configured: 'Check that `sqlJs.locateFile` returns the URL of sql-wasm-browser.wasm as served (or that `wasmBinary` holds that file).',
  default: 'In a browser, serve sql-wasm-browser.wasm (from node_modules/sql.js/dist/) and pass `sqlJs: { locateFile: (file) => url }` returning its URL.',
} as const;

/**
 * Initializes sql.js and caches it. Note: sql.js itself loads once per page (or process) and hands every
 * later `initSqlJs` call the first instance, so the configuration of the first call is the one used.
 *
 * @param config Optional wasm location (browsers).
 * @returns The sql.js module.
 */
export function loadSqlJs(config?: AnkiSqlJsConfig): Promise<SqlJsStatic> {
  const configured = config !== undefined && (config.locateFile !== undefined || config.wasmBinary !== undefined);
  shared ??= (configured ? initSqlJs({ ...config }) : initSqlJs()).catch((error: unknown) => {
    throw cannotLoad(error, configured ? hints.configured : hints.default);
  });
  return shared;
}

/** The error for a sql.js that would not load, with what to do. */
function cannotLoad(error: unknown, hint: string): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Could not load sql.js (SQLite as WebAssembly): ${reason}\n${hint}`, { cause: error });
}
