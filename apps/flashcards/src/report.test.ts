import { describe, expect, it } from 'vitest';
import type { FlashcardsExport } from './export.js';
import { createStyle, formatError, formatSummaryLine, shouldColor } from './report.js';

describe('shouldColor', () => {
  it('should colour terminals only', () => {
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(false, {})).toBe(false);
    expect(shouldColor(undefined, {})).toBe(false);
  });

  it('should honour NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
    expect(shouldColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(false, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { TERM: 'dumb' })).toBe(false);
  });
});

describe('createStyle', () => {
  it('should add ANSI codes only when enabled', () => {
    expect(createStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createStyle(false).red('x')).toBe('x');
  });
});

describe('formatSummaryLine', () => {
  const result = {
    fileName: 'cloudvirt-en.apkg',
    format: 'apkg',
    bytes: new Uint8Array(25_437),
    text: undefined,
    summary: { format: 'apkg', lang: 'en', deckName: 'CloudVirt', cardKinds: ['cloze'], concepts: 9, notes: 1, cards: 98, decks: 3, noteTypes: 1, byKind: {}, byDeck: {} },
  } satisfies FlashcardsExport;

  it('should give notes, cards, file and size on one line', () => {
    expect(formatSummaryLine(result, 'deck.apkg', createStyle(false))).toBe('✔ Wrote deck.apkg: 1 note, 98 cards, 25.4 kB');
    expect(formatSummaryLine(result, undefined, createStyle(false))).toBe('✔ Wrote 1 note, 98 cards (25.4 kB) to standard output');
  });
});

describe('formatError', () => {
  it('should print the error and its hint', () => {
    expect(formatError('Bad', 'Fix it', createStyle(false))).toBe('error: Bad\nhint: Fix it\n');
    expect(formatError('Bad', undefined, createStyle(false))).toBe('error: Bad\n');
  });
});
