/**
 * The Node.js build's stand-in for `src/generated/data.ts` (tsup.config.ts swaps it in for dist/node.js
 * and dist/node.cjs): the same exports, but the data is read from `data.json`, shipped next to them, and
 * handed to `JSON.parse` as is. Embedded in JavaScript, the same data costs about twice as much to load,
 * because V8 scans the whole string literal before `JSON.parse` sees it.
 *
 * test/node-entry.test.ts checks that both builds export the same names and equal data.
 *
 * @module
 */
import type { ComparisonId, ConceptId, TopicId } from '../src/generated/data.js';
import type { KnowledgeBaseData } from '../src/model.js';

export type { ComparisonId, ConceptId, TopicId } from '../src/generated/data.js';

// Note: `process.getBuiltinModule` (Node.js 20.16+) rather than `import … from 'node:fs'`: linking the
// ESM facade of `node:fs` alone costs about 1.5 ms, a third of parsing the data.
const { readFileSync } = process.getBuiltinModule('node:fs');

// `__dirname` exists in the CJS build only (tsup.config.ts defines `import.meta.url` away there).
const file = typeof __dirname === 'string' ? `${__dirname}/data.json` : new URL('data.json', import.meta.url);

/** The text of data.json, with a hint when a bundle for Node.js left it behind. */
function readData(): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `@cloudvirt/core: cannot read its data (${String(file)}). Bundled for Node.js? Keep @cloudvirt/core external, ` +
        'or copy node_modules/@cloudvirt/core/dist/data.json next to the bundle.',
      { cause: error },
    );
  }
}

/** The compiled knowledge base. */
export const data = JSON.parse(readData()) as KnowledgeBaseData<ConceptId, TopicId, ComparisonId>;

/** Every concept id, in knowledge-base order (the order the compiler writes them in). */
export const conceptIds: readonly ConceptId[] = data.concepts.map((concept) => concept.id);

/** Every topic id, in display order. */
export const topicIds: readonly TopicId[] = data.topics.map((topic) => topic.id);

/** Every comparison id, in knowledge-base order. */
export const comparisonIds: readonly ComparisonId[] = data.comparisons.map((comparison) => comparison.id);
