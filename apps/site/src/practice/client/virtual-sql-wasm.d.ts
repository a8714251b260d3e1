/** The wasm binary of sql.js, bundled by `practice/bundle.ts` (esbuild's binary loader). */
declare module 'virtual:sql-wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
