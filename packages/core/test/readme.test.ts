import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleCode, messagesTable, packageDir, readSection, runExample } from '../compiler/readme.js';
import { ruleIds } from '../compiler/messages.js';
import * as core from '../src/index.js';

const refresh = 'Run `pnpm --filter @cloudvirt/core readme` to refresh the generated sections of README.md.';
let readme = '';

beforeAll(async () => {
  readme = await readFile(path.join(packageDir, 'README.md'), 'utf8');
});

describe('README.md', () => {
  it('should list every rule of compiler/messages.ts in the messages table', () => {
    expect(readSection(readme, 'messages'), refresh).toBe(messagesTable());
    for (const ruleId of ruleIds) expect(readme).toContain(`| \`${ruleId}\` |`);
  });

  it('should document every export', () => {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Content and the compiler'));
    for (const name of Object.keys(core)) expect(api, `\`${name}\` is not documented`).toContain(`\`${name}`);
  });

  it('should show the real output of the example', async () => {
    const output = await runExample(exampleCode(readme));
    expect(readSection(readme, 'example-output'), refresh).toBe(`\`\`\`txt\n${output}\n\`\`\``);
  });
});
