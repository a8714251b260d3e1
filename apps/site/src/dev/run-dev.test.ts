import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root.js';
import { DevError, findContentDir } from './run-dev.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

describe('findContentDir', () => {
  it('should take a pack folder (its content/) or a content folder itself, relative to the current folder', async () => {
    expect(await findContentDir('mini-pack', fixtures)).toBe(join(fixtures, 'mini-pack', 'content'));
    expect(await findContentDir('./mini-pack/content', fixtures)).toBe(join(fixtures, 'mini-pack', 'content'));
  });

  it('should default to the CloudVirt content beside @cloudvirt/core in the repository', async () => {
    expect(await findContentDir(undefined, fixtures)).toBe(join(packageRoot, '..', '..', 'packages', 'core', 'content'));
  });

  it('should refuse a path that holds no pack, in the loader voice, saying what dev serves', async () => {
    await expect(findContentDir('no-such-pack', fixtures)).rejects.toThrow(DevError);
    await expect(findContentDir('no-such-pack', fixtures)).rejects.toThrow(/Unexpected pack folder .*no-such-pack.*does not exist[^]*`dev` serves a pack folder or content folder/);
  });
});
