import { describe, expect, it } from 'vitest';
import { conceptKinds, levels, locales } from './model.js';
import type { LocalizedText } from './model.js';
import { commonNounKinds, conceptKindLabels, conceptKindPluralLabels, levelLabels, managerLabels } from './vocabulary-labels.js';

const managers = ['provider', 'customer', 'shared'] as const;

/** Every value of the vocabulary has a non-empty, trimmed label in each language, and no two share one. */
function expectComplete(labels: Readonly<Record<string, LocalizedText>>, values: readonly string[]): void {
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  for (const locale of locales) {
    const texts = values.map((value) => labels[value]![locale]);
    for (const text of texts) expect(text.trim() === text && text !== '').toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
  }
}

describe('vocabulary labels', () => {
  it('labels every concept kind, level and manager once in each language', () => {
    expectComplete(conceptKindLabels, conceptKinds);
    expectComplete(conceptKindPluralLabels, conceptKinds);
    expectComplete(levelLabels, levels);
    expectComplete(managerLabels, managers);
  });

  it('writes the Chinese plural as the singular (Chinese has no plural) and the English plural otherwise', () => {
    for (const kind of conceptKinds) {
      expect(conceptKindPluralLabels[kind].zh).toBe(conceptKindLabels[kind].zh);
      expect(conceptKindPluralLabels[kind].en).not.toBe(conceptKindLabels[kind].en);
    }
  });

  it('lists common-noun kinds among the concept kinds, leaving the kinds that name things out', () => {
    expect(commonNounKinds.every((kind) => conceptKinds.includes(kind))).toBe(true);
    for (const named of ['product', 'provider', 'organization', 'architecture'] as const) expect(commonNounKinds).not.toContain(named);
  });
});
