/**
 * Which files of dist/ each of core's three tsup configs writes, so that each cleans only its own:
 * tsup.config.ts (the data builds: `.` of the package), tsup.types.config.ts (its declarations) and
 * tsup.compiler.config.ts (the compiler); dist/schema/ is `tsx compiler/schema.ts`'s ({@link schemaOutput}).
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

/**
 * The folder of dist/ that `tsx compiler/schema.ts` writes (the frontmatter JSON Schemas, which read no
 * content): package.json's `build` runs it through scripts/build-if-changed.mjs (`--match ^schema/`).
 */
export const schemaOutput = /^schema$/u;
