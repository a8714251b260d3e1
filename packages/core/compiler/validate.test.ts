import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/fixture-dir.js';
import { compileFiles } from './compile.js';
import type { ContentFile } from './compile.js';
import { matrixLayerKinds, matrixModelKinds } from './validate.js';

const validDir = path.join(fixturesDir, 'valid');

/** The valid pack as in-memory files, with `concepts/<id>.md`'s `kind:` line replaced when asked. */
async function validPack(kinds: Readonly<Record<string, string>> = {}): Promise<ContentFile[]> {
  const read = async (relative: string): Promise<ContentFile> => {
    const value = await readFile(path.join(validDir, relative), 'utf8');
    const id = /^concepts\/(.+)\.md$/u.exec(relative)?.[1];
    const kind = id === undefined ? undefined : kinds[id];
    return { path: relative, value: kind === undefined ? value : value.replace(/^kind: .*$/mu, `kind: ${kind}`) };
  };
  const folder = async (name: string): Promise<string[]> => (await readdir(path.join(validDir, name))).map((file) => `${name}/${file}`);
  return Promise.all(['topics.md', 'responsibility-matrix.md', ...(await folder('concepts')), ...(await folder('comparisons'))].map(read));
}

describe('checkMatrix (kinds of layers and models)', () => {
  it('should accept a `concept` as a layer and as a model (virtualization, on-premises)', async () => {
    expect(matrixLayerKinds).toContain('concept');
    expect(matrixModelKinds).toContain('concept');
    const result = compileFiles(await validPack({ networking: 'concept', 'on-premises': 'concept' }));
    expect(result.messages.filter((message) => message.ruleId.startsWith('matrix-'))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('should reject a layer of another kind, naming both allowed kinds', async () => {
    const result = compileFiles(await validPack({ networking: 'product' }));
    expect(result.ok).toBe(false);
    const message = result.messages.find((candidate) => candidate.ruleId === 'matrix-unknown-layer');
    expect([message?.file, message?.line, message?.column]).toEqual(['responsibility-matrix.md', 4, 10]);
    expect(message?.expected).toEqual(['stack-layer', 'concept']);
    expect(message?.reason).toBe('Unexpected layer `networking` of kind `product`, expected a `stack-layer` or `concept` concept');
  });

  it('should reject a model of another kind', async () => {
    const result = compileFiles(await validPack({ 'on-premises': 'architecture-model' }));
    expect(result.ok).toBe(false);
    expect(result.messages.find((candidate) => candidate.ruleId === 'matrix-unknown-model')?.reason).toBe(
      'Unexpected model `on-premises` of kind `architecture-model`, expected a `service-model` or `concept` concept',
    );
  });
});
