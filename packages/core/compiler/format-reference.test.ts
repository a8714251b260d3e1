/**
 * The content format reference (FORMAT.md): shipped in the tarball, its generated sections current, its
 * examples valid against the schemas, its editor set-up in step with the schema files, its links working
 * on the npm page.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { remarkConfig, remarkTooling, packTemplate } from './init.js';
import { formatReferenceFile, formatReferenceSections, refreshFormatReference } from './format-reference.js';
import { ruleIds } from './messages.js';
import { readSection } from './readme.js';
import type { SchemaFileType } from './schema.js';
import { editorKeywords, frontmatterSchema, schemaFileGlobs, schemaFileName, schemaFileTypes } from './schema.js';

const packageDir = path.dirname(formatReferenceFile);
const text = await readFile(formatReferenceFile, 'utf8');

/** The `## ` sections of the reference: heading → body. */
const sections = new Map(
  text
    .split(/^## /mu)
    .slice(1)
    .map((section) => [section.slice(0, section.indexOf('\n')).trim(), section] as const),
);

/** The fenced code blocks of a text in one language. */
function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\``, 'gmu'))].map((match) =>
    (match[2] ?? '').replace(new RegExp(`^${match[1] ?? ''}`, 'gmu'), ''),
  );
}

describe('the content format reference', () => {
  it('should ship in the package tarball', async () => {
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(path.basename(formatReferenceFile));
  });

  it('should have its generated sections current (refresh: tsx compiler/format-reference.ts)', () => {
    expect(refreshFormatReference(text) === text, 'FORMAT.md is stale: run `pnpm --filter @cloudvirt/core exec tsx compiler/format-reference.ts`').toBe(true);
    for (const [name, body] of Object.entries(formatReferenceSections())) expect(readSection(text, name)).toBe(body.trim());
    for (const ruleId of ruleIds) expect(readSection(text, 'rules')).toContain(`| \`${ruleId}\` |`);
  });

  it('should give examples that the schemas accept', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addVocabulary([...editorKeywords]);
    const headings: Record<SchemaFileType, string> = {
      pack: '`pack.md`',
      topics: '`topics.md`',
      concept: '`concepts/<id>.md`',
      comparison: '`comparisons/<id>.md`',
      'responsibility-matrix': '`responsibility-matrix.md`',
      terminology: '`terminology.md`',
    };
    for (const type of schemaFileTypes) {
      const [example] = blocks(sections.get(headings[type]) ?? '', 'md');
      const frontmatter = example === undefined ? undefined : /^---\n([\s\S]*?)^---$/mu.exec(example)?.[1];
      expect(frontmatter, `no example under ${headings[type]}`).toBeDefined();
      const validate = ajv.compile(frontmatterSchema(type));
      expect(validate(parse(frontmatter ?? '')) ? [] : validate.errors, headings[type]).toEqual([]);
    }
  });

  it('should wire every schema file to its content files in the editor set-up', () => {
    const editor = sections.get('Editor support') ?? '';
    const [remarkrc] = blocks(editor, 'js');
    for (const type of schemaFileTypes) {
      expect(remarkrc).toContain(`[schema('${type}')]: ['content/${schemaFileGlobs[type]}'],`);
      expect(editor).toContain(`| \`content/${schemaFileGlobs[type]}\` | \`node_modules/@cloudvirt/core/dist/schema/${schemaFileName(type)}\` |`);
    }
    expect(remarkrc).toContain('`node_modules/@cloudvirt/core/dist/schema/${type}.schema.json`');
    const json = blocks(editor, 'json').map((block) => JSON.parse(block) as unknown);
    expect(json).toEqual([{ recommendations: ['unifiedjs.vscode-remark'] }, { 'remark.requireConfig': true }]);
  });

  it('should be the set-up cloudvirt-pack init writes: the same .remarkrc.mjs, VS Code files and tool versions', () => {
    const editor = sections.get('Editor support') ?? '';
    const [remarkrc] = blocks(editor, 'js');
    const scaffold = packTemplate('my-pack', { coreVersion: '1.0.0', date: '2026-12-02' });
    expect(remarkrc).toBeDefined();
    expect(scaffold['.remarkrc.mjs']).toContain(remarkrc);
    expect(scaffold['.remarkrc.mjs']).toBe(remarkConfig());
    const json = blocks(editor, 'json').map((block) => JSON.parse(block) as unknown);
    expect([JSON.parse(scaffold['.vscode/extensions.json'] ?? ''), JSON.parse(scaffold['.vscode/settings.json'] ?? '')]).toEqual(json);
    const install = Object.entries(remarkTooling).map(([name, version]) => `${name}@${version}`).join(' ');
    expect(editor).toContain(`\`npm install --save-dev ${install}\``);
    expect((JSON.parse(scaffold['package.json'] ?? '') as { devDependencies: unknown }).devDependencies).toEqual(remarkTooling);
  });

  it('should link only to https pages, its own headings or files the tarball holds', () => {
    const prose = text.replace(/^ *```[\s\S]*?^ *```/gmu, '').replace(/`[^`\n]*`/gu, '');
    const anchors = new Set(
      [...text.matchAll(/^#{2,3} (.+)$/gmu)].map((match) =>
        (match[1] ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s-]/gu, '')
          .replace(/\s/gu, '-'),
      ),
    );
    const problems: string[] = [];
    for (const match of prose.matchAll(/\]\(([^)\s]+)\)/gu)) {
      const target = match[1] ?? '';
      if (target.startsWith('https://')) continue;
      if (target.startsWith('#')) {
        if (!anchors.has(target.slice(1))) problems.push(`${target} (no such heading)`);
      } else if (target.startsWith('/') || target.startsWith('..') || /^[a-z]+:/u.test(target) || !existsSync(path.join(packageDir, target))) {
        problems.push(`${target} (not in the tarball)`);
      }
    }
    expect(problems).toEqual([]);
  });
});
