/**
 * Which files of dist/ each of core's two tsup configs writes, so that each cleans only its own:
 * tsup.types.config.ts (the declarations of `.`) and tsup.compiler.config.ts (the compiler). The data
 * builds (build-data.mjs) write index.js, index.cjs, node.js, node.cjs and data.json; dist/schema/ is
 * `tsx compiler/schema.ts`'s.
 *
 * @module
 */

/**
 * The files of dist/ that tsup.compiler.config.ts writes (matched by name): the compiler's entry points,
 * its chunks, the `cloudvirt-pack` bin and the notices of its bundled packages. package.json's `build`
 * hands the same pattern to scripts/build-if-changed.mjs (`--match`) as that build's output.
 */
export const compilerOutput = /^(?:compiler\.(?:js|cjs|d\.ts|d\.cts)|cloudvirt-pack\.js|chunk-[A-Za-z0-9_-]+\.js|THIRD-PARTY-NOTICES\.md)$/u;

/**
 * The files of dist/ that tsup.types.config.ts writes: the declarations of `.` (both module formats).
 * package.json's `build` hands the same pattern to scripts/build-if-changed.mjs (`--match`).
 */
export const typesOutput = /^index\.d\.c?ts$/u;
