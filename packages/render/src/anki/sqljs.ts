/**
 * Loading sql.js (SQLite compiled to WebAssembly).
 *
 * In Node, sql.js finds its `sql-wasm.wasm` next to its own script, wherever the package is installed,
 * so no path is needed. In a browser, pass `locateFile` (or `wasmBinary`) as you would to `initSqlJs`.
 *
 * @module
 */
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

/** How to find sql.js's WebAssembly binary; only needed in browsers. */
export interface AnkiSqlJsConfig {
  /** Maps a file name (`sql-wasm.wasm`) to its URL, as in `initSqlJs({ locateFile })`. */
  readonly locateFile?: (file: string, prefix: string) => string;
  /** The wasm binary itself, if you already have it. */
  readonly wasmBinary?: ArrayBuffer;
}

let shared: Promise<SqlJsStatic> | undefined;

/**
 * Initializes sql.js once (per configuration) and caches it.
 *
 * @param config Optional wasm location; without it the default instance is shared.
 * @returns The sql.js module.
 */
export function loadSqlJs(config?: AnkiSqlJsConfig): Promise<SqlJsStatic> {
  if (config !== undefined && (config.locateFile !== undefined || config.wasmBinary !== undefined)) {
    return initSqlJs({ ...config });
  }
  shared ??= initSqlJs().catch((error: unknown) => {
    shared = undefined;
    throw new Error('Could not load sql.js (SQLite as WebAssembly).\nIn a browser, pass `sqlJs: { locateFile }` pointing at sql-wasm.wasm.', { cause: error });
  });
  return shared;
}
