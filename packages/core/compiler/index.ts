/**
 * The @cloudvirt content compiler (build time only; not part of the published runtime).
 *
 * @packageDocumentation
 */
export type { CompileOptions, CompileResult, ContentFile } from './compile.js';
export { compileContent, compileFiles } from './compile.js';
export type { GenerateOptions } from './generate.js';
export { generateJson, generateModule } from './generate.js';
export type { CompileMessage, MessageDetails, Point, Position } from './message.js';
export { sortMessages } from './message.js';
export type { RuleId, RuleInfo, Severity } from './messages.js';
export { ruleIds, rules } from './messages.js';
export { formatMessages } from './report.js';
export { normalizeTerm } from '../src/normalize.js';
