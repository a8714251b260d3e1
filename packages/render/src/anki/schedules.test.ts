import { kb } from '@cloudvirt/core';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { writeAnkiPackage } from './package.js';
import { planAnkiDeck } from './plan.js';
import { withAnkiSchedules, type AnkiCardSchedule } from './schedules.js';

const plan = planAnkiDeck(kb, { lang: 'en', concepts: ['kvm'], cardKinds: ['definition'] });
const guid = plan.notes[0]!.guid;
const day = 86_400_000;
const reviewed = Date.UTC(2026, 11, 1, 10);
const schedules: AnkiCardSchedule[] = [
  {
    guid,
    ord: 0,
    type: 2,
    dueAt: reviewed + 8 * day,
    ivl: 8,
    factor: 2500,
    reps: 2,
    lapses: 0,
    left: 0,
    reviews: [
      { at: reviewed - 600_000, ease: 3, ivl: -600, lastIvl: 0, factor: 2500, time: 0, type: 0 },
      { at: reviewed, ease: 3, ivl: 8, lastIvl: -600, factor: 2500, time: 0, type: 0 },
    ],
  },
  { guid, ord: 1, type: 1, dueAt: reviewed + 60_000, ivl: 0, factor: 2500, reps: 1, lapses: 0, left: 1001, reviews: [{ at: reviewed, ease: 1, ivl: -60, lastIvl: 0, factor: 2500, time: 0, type: 0 }] },
];

async function rows(bytes: Uint8Array, sql: string): Promise<unknown[][]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(bytes)['collection.anki2']!);
  try {
    return db.exec(sql)[0]?.values ?? [];
  } finally {
    db.close();
  }
}

describe('withAnkiSchedules', () => {
  it('should give the named cards their scheduling and reviews, as Anki stores them', async () => {
    const { bytes } = await writeAnkiPackage({ notes: plan.notes, decks: plan.decks, deckIdNamespace: plan.packId });
    const result = await withAnkiSchedules(bytes, schedules);
    expect(result.counts).toEqual({ cards: 2, reviews: 3 });
    const [crt] = (await rows(result.bytes, 'SELECT crt FROM col'))[0] as [number];
    expect(await rows(result.bytes, 'SELECT ord, type, queue, due, ivl, factor, reps, lapses, left FROM cards ORDER BY ord')).toEqual([
      [0, 2, 2, Math.floor(((reviewed + 8 * day) / 1000 - crt) / 86_400), 8, 2500, 2, 0, 0],
      [1, 1, 1, Math.floor((reviewed + 60_000) / 1000), 0, 2500, 1, 0, 1001],
    ]);
    // Two reviews at the same millisecond: the second row id is moved by 1 ms.
    expect(await rows(result.bytes, 'SELECT r.id, c.ord, r.ease, r.ivl, r.lastIvl, r.type FROM revlog r JOIN cards c ON r.cid = c.id ORDER BY r.id')).toEqual([
      [reviewed - 600_000, 0, 3, -600, 0, 0],
      [reviewed, 0, 3, 8, -600, 0],
      [reviewed + 1, 1, 1, -60, 0, 0],
    ]);
    expect(await withAnkiSchedules(bytes, schedules)).toEqual(result);
    expect(Object.keys(unzipSync(result.bytes)).sort()).toEqual(['collection.anki2', 'media']);
  });

  it('should mark the collection for the second scheduler and store relearning as it does (type 3, learning queue, due in seconds)', async () => {
    const { bytes } = await writeAnkiPackage({ notes: plan.notes, decks: plan.decks, deckIdNamespace: plan.packId });
    const schedVer = async (apkg: Uint8Array): Promise<unknown> => (JSON.parse(String((await rows(apkg, 'SELECT conf FROM col'))[0]![0])) as Record<string, unknown>).schedVer;
    // The ordinary package says nothing of a scheduler (Anki reads that as the first); the scheduled one says 2.
    expect(await schedVer(bytes)).toBeUndefined();
    const relearning: AnkiCardSchedule = { ...schedules[0]!, type: 3, dueAt: reviewed + 600_000, ivl: 1, lapses: 1, left: 1001 };
    const result = await withAnkiSchedules(bytes, [relearning, schedules[1]!]);
    expect(await schedVer(result.bytes)).toBe(2);
    expect(await rows(result.bytes, 'SELECT ord, type, queue, due, ivl, lapses, left FROM cards ORDER BY ord')).toEqual([
      [0, 3, 1, Math.floor((reviewed + 600_000) / 1000), 1, 1, 1001],
      [1, 1, 1, Math.floor((reviewed + 60_000) / 1000), 0, 0, 1001],
    ]);
    // Everything else of col.conf is kept as written.
    const conf = async (apkg: Uint8Array): Promise<Record<string, unknown>> => JSON.parse(String((await rows(apkg, 'SELECT conf FROM col'))[0]![0])) as Record<string, unknown>;
    expect(await conf(result.bytes)).toEqual({ ...(await conf(bytes)), schedVer: 2 });
  });

  it('should refuse a card the package does not have, and schedules of the wrong shape', async () => {
    const { bytes } = await writeAnkiPackage({ notes: plan.notes, decks: plan.decks });
    await expect(withAnkiSchedules(bytes, [{ ...schedules[0]!, ord: 5 }])).rejects.toThrow(`The package has no card 5 of the note ${guid}.`);
    await expect(withAnkiSchedules(bytes, [{ ...schedules[0]!, due: 3 } as never])).rejects.toThrow(TypeError);
    await expect(withAnkiSchedules(bytes, [{ ...schedules[0]!, ivl: 1.5 }])).rejects.toThrow('Unexpected `ivl` of item 0');
  });
});
