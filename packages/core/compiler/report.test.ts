import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileContent, compileFiles } from './compile.js';
import { formatMessages } from './report.js';

describe('formatMessages', () => {
  it('should print vfile-reporter style lines with a hint and a summary', async () => {
    const result = await compileContent(path.relative(process.cwd(), path.join(fixturesDir, 'many-errors')));
    expect(formatMessages(result.messages)).toMatchInlineSnapshot(`
      "test/fixtures/many-errors/concepts/gamma.md
        2:7-2:17     error  Unexpected kind \`hypervisor\`, expected \`concept\`, \`deployment-model\`, \`service-model\`, \`stack-layer\`, \`technique\`, \`abstraction-level\`, \`architecture-model\`, \`component\`, \`architecture\`, \`capability\`, \`product\`, \`provider\` or \`organization\`  unknown-kind  cloudvirt
        hint: Use one of the kinds in FORMAT.md (in @cloudvirt/core), "Concept kinds"; the kinds are a fixed vocabulary, and a pack cannot declare kinds of its own in this version.
        5:10-5:20    error  Unexpected date \`2026-13-01\` for \`updated\`, expected a real date written YYYY-MM-DD  bad-date  cloudvirt
        hint: Write the date the record last changed as YYYY-MM-DD (e.g. 2026-11-26).
        9:26-9:31    error  Unexpected relation target \`alpah\`, expected an existing concept id  unknown-relation-target  cloudvirt
        hint: Did you mean \`alpha\`? Concept ids are the file names (without \`.md\`) in concepts/.
        19:21-19:42  error  Unexpected link to \`concept:betta\`, expected an existing concept id  broken-concept-link  cloudvirt
        hint: Did you mean \`beta\`? Concept ids are the file names (without \`.md\`) in concepts/.

      test/fixtures/many-errors/responsibility-matrix.md
        7:17-7:23  error  Unexpected manager \`vendor\`, expected \`provider\`, \`customer\` or \`shared\`  matrix-bad-manager  cloudvirt
        hint: Use one of the allowed values.

      ✖ 5 errors"
    `);
  });

  it('should print nothing for no messages and mark warnings', () => {
    expect(formatMessages([])).toBe('');
    const result = compileFiles([{ path: 'concepts/notes.txt', value: '' }, { path: 'comparisons/old/', value: '' }], 'content');
    const warnings = result.messages.filter((message) => message.severity === 'warning');
    expect(formatMessages(warnings)).toBe(
      [
        'content/comparisons/old/',
        '  1:1  warning  Unexpected `comparisons/old/`, expected `concepts/<id>.md` or `comparisons/<id>.md`  stray-file  cloudvirt',
        '  hint: Rename it to `<id>.md` or move it out of the content folder.',
        '',
        'content/concepts/notes.txt',
        '  1:1  warning  Unexpected `concepts/notes.txt`, expected `concepts/<id>.md` or `comparisons/<id>.md`  stray-file  cloudvirt',
        '  hint: Rename it to `<id>.md` or move it out of the content folder.',
        '',
        '⚠ 2 warnings',
      ].join('\n'),
    );
  });
});
