/**
 * `tsx compiler/cli.ts [--content <dir>] [--out <file>] [--frail]`: compile the content folder and write
 * the generated module and, next to it, the same data as a JSON file (`data.ts` → `data.json`), each
 * atomically. On any error, print every message and exit 1 without writing.
 *
 * @module
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileContent } from './compile.js';
import { generateJson, generateModule } from './generate.js';
import { formatMessages } from './report.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = `Usage: tsx compiler/cli.ts [--content <dir>] [--out <file>] [--frail]

  --content <dir>  content folder to compile (default: content/ of @cloudvirt/core)
  --out <file>     module to write (default: src/generated/data.ts of @cloudvirt/core); the data is
                   also written as JSON next to it, with the extension .json (data.ts → data.json)
  --frail          fail on warnings too
`;

/** Write `text` to `file` through a temporary file and a rename, so readers never see half a file. */
async function writeAtomically(file: string, text: string): Promise<boolean> {
  const previous = await readFile(file, 'utf8').catch(() => undefined);
  if (previous === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return true;
}

/** Run the CLI; resolves to the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  let values: { content?: string | undefined; out?: string | undefined; frail?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { content: { type: 'string' }, out: { type: 'string' }, frail: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  if (values.help === true) {
    process.stdout.write(usage);
    return 0;
  }
  const contentDir = path.resolve(values.content ?? path.join(packageDir, 'content'));
  const outFile = path.resolve(values.out ?? path.join(packageDir, 'src', 'generated', 'data.ts'));
  const display = (file: string): string => {
    const relative = path.relative(process.cwd(), file);
    return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
  };
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const jsonFile = path.join(path.dirname(outFile), `${path.basename(outFile, path.extname(outFile))}.json`);
  if (jsonFile === outFile) {
    process.stderr.write(`--out ${display(outFile)} is where the JSON copy of the data goes; give the module another extension (.ts).\n`);
    return 1;
  }

  const result = await compileContent(display(contentDir), { frail: values.frail === true });
  const report = formatMessages(result.messages);
  if (!result.ok) {
    process.stderr.write(`${report}\n\nNothing was written to ${display(outFile)}.\n`);
    return 1;
  }
  if (report !== '') process.stderr.write(`${report}\n\n`);

  const modelFile = path.join(packageDir, 'src', 'model.js');
  let modelImport = path.relative(path.dirname(outFile), modelFile).split(path.sep).join('/');
  if (!modelImport.startsWith('.')) modelImport = `./${modelImport}`;
  const text = generateModule(result.data, { modelImport });
  // The JSON first: once the module is written, its JSON twin is already current.
  const jsonWritten = await writeAtomically(jsonFile, generateJson(result.data));
  const written = (await writeAtomically(outFile, text)) || jsonWritten;
  const { concepts, relations, comparisons, topics, responsibilityMatrix } = result.data;
  process.stdout.write(
    `✔ ${plural(concepts.length, 'concept')}, ${plural(relations.length, 'relation')}, ${plural(comparisons.length, 'comparison')}, ` +
      `${plural(topics.length, 'topic')}, ` +
      `${responsibilityMatrix.models.length} × ${responsibilityMatrix.layers.length} responsibility matrix → ` +
      `${display(outFile)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB) + ${path.basename(jsonFile)}${written ? '' : ' (unchanged)'}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error in the content compiler (a bug, not a content problem):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
