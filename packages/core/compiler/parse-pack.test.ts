import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile.js';
import { packLicenses } from './parse-pack.js';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');

describe('pack.md', () => {
  it('should compile the real pack: id, licence of the text, attribution of the source article', async () => {
    const result = await compileContent(contentDir);
    expect(result.ok).toBe(true);
    const pack = result.ok ? result.data.pack : undefined;
    expect(pack).toMatchObject({
      id: 'cloudvirt',
      license: { id: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      version: '1.0.0',
      created: '2026-11-26',
    });
    expect(pack?.license.url).toBe(packLicenses['CC-BY-SA-4.0']);
    expect(pack?.basedOn.map((basis) => [basis.title.zh, basis.lang])).toEqual([['虚拟化和云计算的区别', 'zh']]);
    // Nothing unknown is invented: the seed's author and address are not recorded.
    expect(pack?.basedOn[0]).not.toHaveProperty('url');
    expect(pack?.basedOn[0]).not.toHaveProperty('author');
  });
});
