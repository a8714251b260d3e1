/**
 * The Node.js build's stand-in for `src/generated/data.ts` (build-data.mjs swaps it in for dist/node.js
 * and dist/node.cjs): the same exports, but the data is read from `data.json`, shipped next to them, and
 * handed to `JSON.parse` as is. Embedded in JavaScript, the same data costs about twice as much to load,
 * because V8 scans the whole string literal before `JSON.parse` sees it.
 *
 * test/node-entry.test.ts checks that both builds export the same names and equal data.
 *
 * @module
 */
import type { ComparisonId, ConceptId, ServiceModelId, StackLayerId, TopicId } from '../src/generated/data.js';
import type { KnowledgeBaseData } from '../src/model.js';

export type { ComparisonId, ConceptId, ServiceModelId, StackLayerId, TopicId } from '../src/generated/data.js';

// Note: `process.getBuiltinModule` (Node.js 20.16+) rather than `import … from 'node:fs'`: linking the
// ESM facade of `node:fs` alone costs about 1.5 ms, a third of parsing the data.
const { readFileSync } = process.getBuiltinModule('node:fs');

/**
 * The length (UTF-16 code units) of the data.json this build ships with, written in by build-data.mjs.
 * Reading a file of another length means reading data that is not ours (another version's, or an
 * unrelated `data.json`), which would give wrong answers silently.
 */
declare const CLOUDVIRT_DATA_LENGTH: number;

/**
 * Where data.json is: next to this module. ESM asks `import.meta.url`; the CJS build (where build-data.mjs
 * defines `import.meta.url` as `undefined`) asks `__dirname`, the CommonJS wrapper's own parameter. Note:
 * never test `typeof __dirname` in ESM: `node -e` and the REPL define a global `__dirname` of `'.'`, the
 * current folder.
 */
const file: string | URL = import.meta.url === undefined ? `${__dirname}/data.json` : new URL('data.json', import.meta.url);

/** What to do when data.json is missing or not ours. */
const hint =
  'Reinstall @cloudvirt/core. Bundled for Node.js? Keep @cloudvirt/core external, or copy ' +
  'node_modules/@cloudvirt/core/dist/data.json (of the same version) next to the bundle.';

/** The path of data.json, for messages. */
function where(): string {
  return typeof file === 'string' ? file : process.getBuiltinModule('node:url').fileURLToPath(file);
}

/** The text of data.json; throws when it is missing or not the file this build ships with. */
function readData(): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`@cloudvirt/core: cannot read its data (${where()}). ${hint}`, { cause: error });
  }
  if (text.length !== CLOUDVIRT_DATA_LENGTH) {
    throw new Error(
      `@cloudvirt/core: ${where()} is not the data this build ships with ` +
        `(expected ${CLOUDVIRT_DATA_LENGTH} characters of @cloudvirt/core data, got ${text.length}). ${hint}`,
    );
  }
  return text;
}

/** The compiled knowledge base. */
export const data = JSON.parse(readData()) as KnowledgeBaseData<ConceptId, TopicId, ComparisonId, ServiceModelId & ConceptId, StackLayerId & ConceptId>;

/** Every concept id, in knowledge-base order (the order the compiler writes them in). */
export const conceptIds: readonly ConceptId[] = data.concepts.map((concept) => concept.id);

/** Every topic id, in display order. */
export const topicIds: readonly TopicId[] = data.topics.map((topic) => topic.id);

/** Every comparison id, in knowledge-base order. */
export const comparisonIds: readonly ComparisonId[] = data.comparisons.map((comparison) => comparison.id);
