/**
 * End-to-end: the decks `--kb` writes carry the pack's identity — deck names, note-type names and ids, GUIDs
 * and tags derived from the pack, none shared with CloudVirt for the concept id `container` both packs have —
 * so importing one pack's deck never overwrites another pack's notes.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeck, type Deck } from './helpers/apkg.js';
import { assertBuilt, filesIn, removeTempDirs, runCli, tempDir } from './helpers/cli.js';

beforeAll(assertBuilt);
afterAll(removeTempDirs);

/** The fixture pack: 3 concepts in 2 topics, pack id `tiny-containers`, sharing the concept id `container` with CloudVirt. */
const fixture = fileURLToPath(new URL('./fixtures/tiny-pack', import.meta.url));

/** A working folder holding a copy of the fixture pack as `tiny-pack/`. */
function folderWithPack(): string {
  const dir = tempDir('flashcards-kb-');
  cpSync(fixture, join(dir, 'tiny-pack'), { recursive: true });
  return dir;
}

/** The one-note deck of concept `container` (definition card) of a pack, as Anki reads it. */
async function containerDeck(kbArgs: readonly string[]): Promise<Deck> {
  const run = await runCli([...kbArgs, '--concept', 'container', '--cards', 'definition', '-o', 'deck.apkg']);
  expect(run.stderr).toMatch(/^✔ Wrote deck\.apkg: 1 note, 2 cards/);
  return openDeck(readFileSync(join(run.cwd, 'deck.apkg')));
}

describe('--kb: the identity of the decks', () => {
  it('exports a pack folder under the pack id, with its decks, and writes nothing else', async () => {
    const cwd = folderWithPack();
    const run = await runCli(['--kb', './tiny-pack', '--lang', 'zh'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^✔ Wrote tiny-containers-zh\.apkg: /);
    expect(filesIn(cwd)).toEqual(['tiny-containers-zh.apkg', 'tiny-pack']);
    const deck = await openDeck(readFileSync(join(cwd, 'tiny-containers-zh.apkg')));
    // Three definition notes (one per concept), the cloze notes and the two relations' notes; decks per topic.
    expect(deck.notes.filter((note) => note.tags.some((tag) => tag.endsWith('::card::definition'))).length).toBe(3);
    expect(new Set(deck.cards.map((card) => card.deck.split('::').at(-1)))).toEqual(new Set(['运行容器', '分发镜像']));
    for (const name of deck.decks) expect(name.startsWith('CloudVirt'), name).toBe(false);
  });

  it('gives a concept id shared with CloudVirt other GUIDs, note types and deck names than CloudVirt', async () => {
    const cwd = folderWithPack();
    const tiny = await containerDeck(['--kb', join(cwd, 'tiny-pack')]);
    const cloudVirt = await containerDeck([]);
    const [tinyNote, cloudVirtNote] = [tiny.notes[0]!, cloudVirt.notes[0]!];
    expect(tinyNote.guid).not.toBe(cloudVirtNote.guid);
    expect(tinyNote.mid).not.toBe(cloudVirtNote.mid);
    expect(tiny.models.get(tinyNote.mid)?.name).not.toBe(cloudVirt.models.get(cloudVirtNote.mid)?.name);
    expect(tiny.decks.some((name) => cloudVirt.decks.includes(name))).toBe(false);
    for (const tag of tinyNote.tags) expect(tag.startsWith('cloudvirt::'), tag).toBe(false);
  });

});
