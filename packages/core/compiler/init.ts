/**
 * `cloudvirt-pack init <dir>`: scaffold a knowledge pack that checks (0 problems under `--frail`) and builds
 * as it is: `package.json`, `README.md`, `content/` (pack.md, topics.md, two example concepts in both
 * languages) and the editor set-up FORMAT.md ("Editor support") documents: `.remarkrc.mjs` checking each
 * content file's frontmatter against the JSON Schema @cloudvirt/core ships for it (remark-frontmatter +
 * remark-lint-frontmatter-schema), `.vscode/extensions.json` recommending the remark extension and
 * `.vscode/settings.json` turning it on only where a `.remarkrc.mjs` is. VS Code's YAML extension does not
 * read Markdown frontmatter (redhat-developer/vscode-yaml#207), so `yaml.schemas` would give `.md` files
 * nothing.
 *
 * @module
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from './atomic-write.js';
import { PackError } from './pack-error.js';
import { schemaFileGlobs, schemaFileTypes } from './schema-files.js';

/**
 * The versions of the editor tooling the scaffold's `.remarkrc.mjs` runs on (FORMAT.md, "Editor support";
 * the same versions this repository's tests run the scaffold's `.remarkrc.mjs` with).
 */
export const remarkTooling: Readonly<Record<string, string>> = {
  'remark-cli': '12.0.1',
  'remark-frontmatter': '5.0.0',
  'remark-lint-frontmatter-schema': '3.15.4',
};

/**
 * The scaffold's `.remarkrc.mjs`: every schema file wired to its content files, as FORMAT.md's recipe.
 *
 * @returns
 *   The module's text.
 */
export function remarkConfig(): string {
  const entries = schemaFileTypes.map((type) => `          [schema('${type}')]: ['content/${schemaFileGlobs[type]}'],`).join('\n');
  return `// Frontmatter problems while you type (VS Code: the recommended unifiedjs.vscode-remark extension) and in a
// terminal (\`npm run lint\`): each content file's frontmatter is checked against the JSON Schema
// @cloudvirt/core ships for it. \`npm run check\` (cloudvirt-pack check) stays the authority: it also checks
// references between files, the body and style. See node_modules/@cloudvirt/core/FORMAT.md, "Editor support".
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

/** The frontmatter schemas @cloudvirt/core ships, by content file. */
const schema = (type) => \`node_modules/@cloudvirt/core/dist/schema/\${type}.schema.json\`;

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
${entries}
        },
      },
    ],
  ],
};
`;
}

/** Options of {@link initPack}. */
export interface InitOptions {
  /** The version of @cloudvirt/core the pack depends on (`^<version>`). */
  readonly coreVersion: string;
  /** The date written as `created` and `updated` (YYYY-MM-DD; default: today, UTC). */
  readonly date?: string;
}

/** The pack id and package name derived from a folder name: lowercase kebab-case (`My Pack` → `my-pack`). */
export function packIdOf(dir: string): string {
  const id = path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return id === '' ? 'my-pack' : /^[a-z]/u.test(id) ? id : `pack-${id}`;
}

/** `my-pack` → `My Pack`. */
function titleOf(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** JSON text with a final newline. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The files of a new pack, by path inside its folder (deterministic for a given id, version and date).
 *
 * @param id
 *   The pack id and package name.
 * @param options
 *   The core version and the date.
 * @returns
 *   Path → text.
 */
export function packTemplate(id: string, options: Required<InitOptions>): Record<string, string> {
  const { coreVersion, date } = options;
  const title = titleOf(id);
  const core = 'https://github.com/cloudvirt/cloudvirt/tree/main/packages/core#readme';
  return {
    'package.json': json({
      name: id,
      version: '0.1.0',
      description: `${title}: a bilingual (English / 中文) knowledge pack for @cloudvirt, compiled to a typed module.`,
      license: 'CC-BY-4.0',
      keywords: ['cloudvirt-pack', 'knowledge-base', 'bilingual'],
      type: 'module',
      main: './dist/index.cjs',
      types: './dist/index.d.cts',
      exports: {
        '.': {
          import: { types: './dist/index.d.ts', default: './dist/index.js' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
        './data.json': './dist/data.json',
        './package.json': './package.json',
      },
      files: ['dist', 'content'],
      scripts: { build: 'cloudvirt-pack build', check: 'cloudvirt-pack check', lint: 'remark content --quiet --frail' },
      dependencies: { '@cloudvirt/core': `^${coreVersion}` },
      devDependencies: { ...remarkTooling },
    }),
    'README.md': `# ${id}

${title}: a bilingual (English / 简体中文) knowledge pack for [@cloudvirt/core](${core}). Its content is
Markdown in \`content/\`; \`cloudvirt-pack build\` compiles it into a typed module.

## Use

\`\`\`js
import { kb } from '${id}';

console.log(kb.getConcept('knowledge-pack').label.en);
\`\`\`

Concept ids are typed: \`kb.getConcept('no-such-id')\` does not compile.

## Edit

- \`content/pack.md\`: the pack's identity (id, names, licence, creator, version);
- \`content/topics.md\`: the topic tree;
- \`content/concepts/<id>.md\`: one file per concept, both languages;
- \`content/comparisons/<id>.md\` and \`content/responsibility-matrix.md\`: optional.

The format reference is \`node_modules/@cloudvirt/core/FORMAT.md\`, and the compiler is in the core
README's "Content and the compiler" section.

\`\`\`sh
npm run check   # every problem at once: file:line:column, rule id, hint (exit 1 on problems)
npm run build   # dist/: index.js, index.cjs, index.d.ts, index.d.cts, data.json
npm run lint    # the frontmatter against the JSON Schemas only (remark; exit 1 on problems)
\`\`\`

In VS Code, install the recommended remark extension (\`.vscode/extensions.json\`): with \`.remarkrc.mjs\` it
underlines frontmatter that breaks the schemas while you type, with the allowed values. Other editors with a
remark language server use the same \`.remarkrc.mjs\` (FORMAT.md, "Editor support").
`,
    '.remarkrc.mjs': remarkConfig(),
    '.vscode/extensions.json': json({ recommendations: ['unifiedjs.vscode-remark'] }),
    '.vscode/settings.json': json({ 'remark.requireConfig': true }),
    'content/pack.md': `---
# The pack's identity and rights, stated once; every output (Anki GUIDs and deck names, JSON-LD, the site)
# takes its ids and names from here.
id: ${id}
name:
  en: ${title}
  zh: ${title} 知识库
license:
  id: CC-BY-4.0
  url: https://creativecommons.org/licenses/by/4.0/
  name:
    en: Creative Commons Attribution 4.0 International
    zh: 知识共享署名 4.0 国际许可协议
creator:
  name:
    en: The ${id} authors
    zh: ${id} 作者
publisher:
  name:
    en: The ${id} authors
    zh: ${id} 作者
version: "0.1.0"
created: ${date}
basedOn: []
---
`,
    'content/topics.md': `---
topics:
  - id: basics
    label: {en: Basics, zh: 基础}
    description:
      en: What a knowledge pack is made of.
      zh: 知识包由什么组成。
---
`,
    'content/concepts/knowledge-pack.md': `---
kind: concept
topic: basics
level: fundamental
updated: ${date}
label:
  en: Knowledge pack
  zh: 知识包
aliases:
  en: [pack]
  zh: [内容包]
definition:
  en: A set of concept records in two languages, with its topics and identity, compiled into typed data.
  zh: 一组双语概念条目，连同其主题和身份信息，编译成带类型的数据。
sources:
  - url: ${core}
    lang: en
    seed: false
    title:
      en: "@cloudvirt/core README"
      zh: "@cloudvirt/core 说明文档（英文）"
---

# en

A knowledge pack holds one [concept record](concept:concept-record) per concept, in English and Chinese.

# zh

知识包为每个概念保存一个[概念条目](concept:concept-record)，包含英文和中文。
`,
    'content/concepts/concept-record.md': `---
kind: concept
topic: basics
level: fundamental
updated: ${date}
label:
  en: Concept record
  zh: 概念条目
definition:
  en: One Markdown file that describes one concept in both languages.
  zh: 用一个Markdown文件以两种语言描述一个概念。
relations:
  - type: part-of
    target: knowledge-pack
prerequisites: []
sources:
  - url: ${core}
    lang: en
    seed: false
    title:
      en: "@cloudvirt/core README"
      zh: "@cloudvirt/core 说明文档（英文）"
---

# en

Its frontmatter holds the label, the definition and the relations; its body holds the explanation.

# zh

它的前置元数据包含标签、定义和关系；正文包含说明。
`,
  };
}

/**
 * Create a pack in `dir` (created if needed; it must be empty).
 *
 * @param dir
 *   The folder.
 * @param options
 *   The core version and the date.
 * @returns
 *   The pack id and the paths written, relative to `dir`, in order.
 * @throws {PackError} `not-a-pack` when `dir` is a file or a folder that is not empty.
 */
export async function initPack(dir: string, options: InitOptions): Promise<{ readonly id: string; readonly files: readonly string[] }> {
  const entries = await readdir(dir).catch((error: { code?: unknown }) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new PackError('not-a-pack', `Unexpected folder \`${dir}\`: it is a file, expected a new or empty folder for the pack`);
    throw error;
  });
  if (entries.length > 0) {
    const shown = entries.sort().slice(0, 3).map((name) => `\`${name}\``).join(', ');
    throw new PackError(
      'not-a-pack',
      `Unexpected folder \`${dir}\`: it is not empty (${shown}${entries.length > 3 ? ', …' : ''}), expected a new or empty folder for the pack. Pick another folder, or empty this one`,
    );
  }
  const id = packIdOf(dir);
  const files = packTemplate(id, { coreVersion: options.coreVersion, date: options.date ?? new Date().toISOString().slice(0, 10) });
  for (const [relative, text] of Object.entries(files)) await writeAtomically(path.join(dir, relative), text);
  return { id, files: Object.keys(files) };
}
