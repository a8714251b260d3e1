import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree, machineNeedles, scanForLeaks } from './tree.js';

describe('diffTrees and scanForLeaks', () => {
  it('should tell a changed, an added and a removed file, and find a path inside a zip', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudvirt-tree-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a', 'same.txt'), 'same');
      await writeFile(path.join(dir, 'changed.txt'), 'one');
      await writeFile(path.join(dir, 'gone.txt'), 'x');
      const before = await hashTree(dir);
      await writeFile(path.join(dir, 'changed.txt'), 'two');
      await rm(path.join(dir, 'gone.txt'));
      await writeFile(path.join(dir, 'new.txt'), 'y');
      expect(diffTrees(before, await hashTree(dir))).toEqual(['changed.txt differs between the builds', 'gone.txt is only in the first build', 'new.txt is only in the second build']);

      const [repo] = machineNeedles();
      await writeFile(path.join(dir, 'deck.apkg'), zipSync({ 'collection.anki2': new TextEncoder().encode(`built in ${repo?.text}/apps`) }));
      // Note: the checkout may itself sit under a temporary folder, so other needles may match too.
      expect(await scanForLeaks(dir, machineNeedles())).toContainEqual(expect.stringMatching(/^deck\.apkg!collection\.anki2 contains the repository path/u));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
