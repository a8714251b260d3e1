/**
 * `@cloudvirt/core/compiler` (Node.js only): the knowledge-pack compiler. Compile a pack's Markdown content
 * into knowledge-base data with every problem reported at once (`compilePack`), load any pack by package
 * name or path (`loadPack`), recompile a content folder as it is edited, re-parsing only the changed files
 * (`createIncrementalCompiler`), format the messages (`formatMessages`) and emit a built pack's module
 * (`generatePackModule`). The `cloudvirt-pack` bin (`init`, `check`, `build`) runs on these.
 *
 * @packageDocumentation
 */
export type { CompileOptions, CompileResult, ContentFile } from './compile.js';
export { compileContent, compileFiles, readContentFiles } from './compile.js';
export type { PackFolder } from './compile-pack.js';
export { compilePack, findPackFolder } from './compile-pack.js';
export type { GenerateOptions } from './generate.js';
export { generateJson, generateModule } from './generate.js';
export type { PackModuleFiles } from './generate-pack.js';
export { generatePackModule } from './generate-pack.js';
export type { IncrementalCompiler, IncrementalCompilerOptions, UpdateStats } from './incremental.js';
export { createIncrementalCompiler } from './incremental.js';
export type { LoadedPack, LoadPackOptions, PackSource } from './load-pack.js';
export { loadPack } from './load-pack.js';
export type { CompileMessage, MessageDetails, Point, Position } from './message.js';
export { sortMessages } from './message.js';
export type { RuleId, RuleInfo, Severity } from './messages.js';
export { ruleIds, rules } from './messages.js';
export type { PackErrorCode } from './pack-error.js';
export { PackError } from './pack-error.js';
export type { JsonMessage } from './report.js';
export { formatMessages, toJsonMessages } from './report.js';
