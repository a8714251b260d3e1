import { describe, expect, it } from 'vitest';
import { cardKey, dueByScope, emptyProgress, endOfStudyDay, mergeProgress, parseProgress, ProgressFileError, studyDay, type Progress } from './progress.js';
import { buildQueue, formatInterval, learnAheadMs, rateCard, selectCards, type DataCard, type SessionChoice } from './session.js';

const cards: DataCard[] = [
  { g: 'a', o: 0, k: 'definition', t: 'virtualization-basics', l: 'fundamental', q: 'Q1', a: 'A1' },
  { g: 'a', o: 1, k: 'definition', t: 'virtualization-basics', l: 'fundamental', q: 'Q2', a: 'A2' },
  { g: 'b', o: 0, k: 'cloze', t: 'virtualization-levels', l: 'advanced', q: 'Q3', a: 'A3' },
  { g: 'c', o: 0, k: 'responsibility', t: 'virtualization', l: '', q: 'Q4', a: 'A4' },
];
const ancestry = { virtualization: ['virtualization'], 'virtualization-basics': ['virtualization-basics', 'virtualization'], 'virtualization-levels': ['virtualization-levels', 'virtualization'] };
const choice: SessionChoice = { lang: 'en', scope: 'virtualization', topic: 'virtualization', levels: ['fundamental', 'intermediate', 'advanced'], kinds: ['definition', 'cloze', 'responsibility'], newPerDay: 2 };
const now = new Date('2026-12-02T12:00:00Z');

describe('practice sessions', () => {
  it('should select by topic (sub-topics included), level (cards without one always) and kind', () => {
    expect(selectCards(cards, { ...choice, topic: 'virtualization-basics' }, ancestry).map((card) => card.q)).toEqual(['Q1', 'Q2']);
    expect(selectCards(cards, { ...choice, levels: ['fundamental'] }, ancestry).map((card) => card.q)).toEqual(['Q1', 'Q2', 'Q4']);
    expect(selectCards(cards, { ...choice, kinds: ['cloze'] }, ancestry).map((card) => card.q)).toEqual(['Q3']);
  });

  it('should offer new cards up to the day limit, and count a rated new card as introduced', () => {
    let progress: Progress = emptyProgress('cloudvirt');
    expect(buildQueue(cards, progress, 2, now).map((card) => card.q)).toEqual(['Q1', 'Q2']);
    progress = rateCard(progress, cards[0]!, choice, 4, now).progress;
    expect(progress.introduced[studyDay(now)]).toBe(1);
    // Easy: a review card due in days, out of today's queue; one new card is left today.
    expect(buildQueue(cards, progress, 2, now).map((card) => card.q)).toEqual(['Q2']);
    const entry = progress.cards[cardKey('a', 0)]!;
    expect(entry.card.state).toBe(2);
    expect(entry.log).toHaveLength(1);
    expect(Date.parse(entry.card.due)).toBeGreaterThan(endOfStudyDay(now).getTime());
  });

  it('should bring an Again card back within the learn-ahead limit, after the new cards, and first once due', () => {
    const { progress, due } = rateCard(emptyProgress('cloudvirt'), cards[0]!, choice, 1, now);
    expect(due.getTime() - now.getTime()).toBeLessThanOrEqual(learnAheadMs);
    expect(buildQueue(cards, progress, 2, now).map((card) => card.q)).toEqual(['Q2', 'Q1']);
    expect(buildQueue(cards, progress, 2, new Date(due.getTime() + 1)).map((card) => card.q)).toEqual(['Q1', 'Q2']);
    expect(dueByScope(progress, now)).toEqual({ virtualization: 1 });
  });

  it('should format intervals as Anki does', () => {
    expect([30_000, 600_000, 3 * 3600_000, 4 * 86_400_000, 61 * 86_400_000, 548 * 86_400_000].map(formatInterval)).toEqual(['<1m', '10m', '3h', '4d', '2mo', '1.5y']);
  });
});

describe('progress files', () => {
  const studied = rateCard(emptyProgress('cloudvirt'), cards[0]!, choice, 3, now).progress;

  it('should read back what it writes', () => {
    expect(parseProgress(JSON.stringify(studied), 'cloudvirt')).toEqual(studied);
  });

  it.each([
    ['not json', 'the file is not JSON.'],
    ['[]', 'the file is [], expected an object.'],
    [JSON.stringify({ ...studied, format: 'anki' }), 'format is "anki", expected "cloudvirt-practice-progress".'],
    [JSON.stringify({ ...studied, pack: 'other' }), 'pack is "other", expected "cloudvirt"'],
    [JSON.stringify({ ...studied, cards: { '0:a': { ...studied.cards['0:a'], card: { ...studied.cards['0:a']!.card, due: 'tomorrow' } } } }), 'cards["0:a"].card.due is "tomorrow", expected a UTC date'],
    [JSON.stringify({ ...studied, cards: { '1:a': studied.cards['0:a'] } }), 'the key of cards["1:a"] is "1:a", expected "0:a" (ordinal:GUID).'],
    [JSON.stringify({ ...studied, cards: { '0:a': { ...studied.cards['0:a'], log: [{ rating: 7 }] } } }), 'cards["0:a"].log[0].rating is 7, expected an integer from 1 to 4.'],
  ])('should refuse a bad file with where and what: %s', (text, message) => {
    expect(() => parseProgress(text, 'cloudvirt')).toThrow(ProgressFileError);
    expect(() => parseProgress(text, 'cloudvirt')).toThrow(message);
  });

  it('should merge by keeping the card with more reviews and the larger new-card count of each day', () => {
    const later = new Date(now.getTime() + 3_600_000);
    const more = rateCard(studied, cards[0]!, choice, 3, later).progress;
    const other = rateCard(emptyProgress('cloudvirt'), cards[2]!, choice, 3, now).progress;
    const merged = mergeProgress(studied, mergeProgress(other, more));
    expect(merged.cards[cardKey('a', 0)]!.log).toHaveLength(2);
    expect(Object.keys(merged.cards).sort()).toEqual(['0:a', '0:b']);
    expect(merged.introduced[studyDay(now)]).toBe(1);
    expect(mergeProgress(more, studied).cards[cardKey('a', 0)]!.log).toHaveLength(2);
  });
});
