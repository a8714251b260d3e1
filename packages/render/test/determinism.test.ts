import { describe, expect, it } from 'vitest';
import { conceptPageJsonLd, homePageJsonLd, serializeJsonLdForScript, toJsonLdDataset, toTurtle } from '../src/jsonld.js';
import { toMarkdownHandbook } from '../src/markdown.js';
import { miniKb } from './fixtures/mini-kb.js';

function renderAll(kb: typeof miniKb): string[] {
  return [
    toMarkdownHandbook(kb),
    toMarkdownHandbook(kb, { lang: 'zh' }),
    toMarkdownHandbook(kb, { lang: 'bilingual' }),
    JSON.stringify(toJsonLdDataset(kb), null, 2),
    toTurtle(kb),
    serializeJsonLdForScript(conceptPageJsonLd(kb, 'xen', { lang: 'zh' })),
    serializeJsonLdForScript(homePageJsonLd(kb, { lang: 'en' })),
  ];
}

describe('determinism', () => {
  it('should give the same bytes for the same input, also from a deep copy', () => {
    const first = renderAll(miniKb);
    expect(renderAll(miniKb)).toEqual(first);
    expect(renderAll(structuredClone(miniKb))).toEqual(first);
  });

  it('should give the same dataset when relations and concepts come in another order', () => {
    const shuffled = { ...miniKb, relations: [...miniKb.relations].reverse(), concepts: [...miniKb.concepts].reverse() };
    expect(JSON.stringify(toJsonLdDataset(shuffled))).toBe(JSON.stringify(toJsonLdDataset(miniKb)));
    expect(toTurtle(shuffled)).toBe(toTurtle(miniKb));
  });
});
