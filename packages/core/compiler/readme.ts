/**
 * Generated sections of the package README: the messages table (from {@link rules}), the content counts
 * (from the compiled content) and the output of the "Use" example (by running it). Run
 * `pnpm --filter @cloudvirt/core readme` to refresh them; test/readme.test.ts checks they are current.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { KnowledgeBaseData } from '../src/model.js';
import { relationTypeList } from '../src/relation-types.js';
import { compileContent } from './compile.js';
import { ruleIds, rules } from './messages.js';

/** The package folder. */
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Escape a table cell (pipes). */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

/** The `ruleId | severity | when | fix` table. */
export function messagesTable(): string {
  const rows = ruleIds.map((ruleId) => {
    const rule = rules[ruleId];
    return `| \`${ruleId}\` | ${rule.severity} | ${cell(rule.description)} | ${cell(rule.fix)} |`;
  });
  return ['| ruleId | severity | when | fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The counts table of a compiled knowledge base. */
export function countsTable(data: KnowledgeBaseData): string {
  const relationCounts = relationTypeList
    .map((type) => [type, data.relations.filter((relation) => relation.type === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const aliases = data.concepts.reduce((sum, concept) => sum + concept.aliases.en.length + concept.aliases.zh.length, 0);
  const cells = data.comparisons.reduce((sum, comparison) => sum + comparison.cells.length, 0);
  const sources = new Set(
    [...data.concepts, ...data.comparisons, data.responsibilityMatrix].flatMap((record) => record.sources.map((source) => source.url)),
  );
  const rows: [string, string][] = [
    ['Topics', `${data.topics.length} (${data.topics.filter((topic) => topic.parent === undefined).length} top-level)`],
    ['Concepts', String(data.concepts.length)],
    ['Labels and aliases', `${data.concepts.length * 2} labels, ${aliases} aliases`],
    ['Relations', `${data.relations.length} (${relationCounts})`],
    ['Comparisons', `${data.comparisons.length} tables, ${cells} cells`],
    ['Responsibility matrix', `${data.responsibilityMatrix.models.length} models × ${data.responsibilityMatrix.layers.length} layers`],
    ['Distinct sources', String(sources.size)],
  ];
  return ['| what | count |', '| --- | --- |', ...rows.map(([what, count]) => `| ${what} | ${cell(count)} |`)].join('\n');
}

/** The code of the README's example (the ```ts block right after `<!-- example -->`). */
export function exampleCode(readme: string): string {
  const match = /<!-- example -->\s*```ts\n([\s\S]*?)```/u.exec(readme);
  if (match?.[1] === undefined) throw new Error('README.md has no ```ts block after `<!-- example -->`');
  return match[1];
}

/** Run the example against the package source and return what it prints. */
export async function runExample(code: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-readme-'));
  try {
    const file = path.join(dir, 'example.mts');
    const source = code.replaceAll("'@cloudvirt/core'", JSON.stringify(path.join(packageDir, 'src', 'index.ts')));
    await writeFile(file, source);
    const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [file], { cwd: packageDir });
    return stdout.trimEnd();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(readme: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`;
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, trimmed. */
export function readSection(readme: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(`<!-- ${name}:end -->`);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${name} section`);
  return readme.slice(from + start.length, to).trim();
}

/** Refresh every generated section of README.md. */
async function main(): Promise<void> {
  const file = path.join(packageDir, 'README.md');
  let readme = await readFile(file, 'utf8');
  readme = replaceSection(readme, 'messages', messagesTable());
  const result = await compileContent(path.join(packageDir, 'content'));
  if (result.ok) readme = replaceSection(readme, 'counts', countsTable(result.data));
  else process.stderr.write('content/ does not compile; counts left unchanged\n');
  readme = replaceSection(readme, 'example-output', `\`\`\`txt\n${await runExample(exampleCode(readme))}\n\`\`\``);
  await writeFile(file, readme);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
