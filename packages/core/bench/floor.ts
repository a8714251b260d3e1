/**
 * The floor of the compile benchmark: what any Markdown + YAML pipeline pays for the same files — read
 * them, split off the frontmatter, `YAML.parse` it and parse the body with bare remark-parse (no
 * frontmatter or GFM plugin, no positions kept, no checks).
 *
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** Every Markdown file of a content folder, in the order the compiler reads them. */
export async function contentFiles(dir: string): Promise<string[]> {
  const files = ['topics.md', 'responsibility-matrix.md'].map((name) => path.join(dir, name));
  for (const folder of ['concepts', 'comparisons']) {
    const names = await readdir(path.join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) if (name.endsWith('.md')) files.push(path.join(dir, folder, name));
  }
  return files;
}

/**
 * Read and parse every file of a content folder with bare remark-parse + yaml.
 *
 * @param dir The content folder.
 * @returns How many files and Markdown nodes were parsed (so nothing is optimized away).
 */
export async function parseFloor(dir: string): Promise<{ files: number; nodes: number }> {
  const processor = unified().use(remarkParse);
  let nodes = 0;
  const files = await contentFiles(dir);
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const match = frontmatter.exec(text);
    const yaml: unknown = parseYaml(match?.[1] ?? '');
    if (yaml === undefined) throw new Error(`No frontmatter in ${file}`);
    const tree = processor.parse(match === null ? text : text.slice(match[0].length));
    nodes += tree.children.length;
  }
  return { files: files.length, nodes };
}
