import { describe, expect, it } from 'vitest';
import { clozeNumbersIn, parseAnkiTemplate, templateFieldReferences, templateRendersWith } from './template.js';

describe('parseAnkiTemplate', () => {
  it('should parse replacements, filters, sections and skip comments', () => {
    const nodes = parseAnkiTemplate('<b>{{Front}}</b>{{#Extra}}{{text:Extra}}{{/Extra}}{{^Hint}}-{{/Hint}}<!-- {{Ignored}} -->');
    expect(nodes).toEqual([
      { type: 'replacement', field: 'Front', filters: [] },
      { type: 'conditional', field: 'Extra', negated: false, children: [{ type: 'replacement', field: 'Extra', filters: ['text'] }] },
      { type: 'conditional', field: 'Hint', negated: true, children: [] },
    ]);
    expect(templateFieldReferences(nodes)).toEqual(['Front', 'Extra', 'Extra', 'Hint']);
  });

  it('should throw on unbalanced sections', () => {
    expect(() => parseAnkiTemplate('{{#A}}x')).toThrow(/Unclosed `{{#A}}`/);
    expect(() => parseAnkiTemplate('{{#A}}{{/B}}')).toThrow(/Unexpected `{{\/B}}`/);
    expect(() => parseAnkiTemplate('{{/A}}')).toThrow(/expected no closing tag/);
  });
});

describe('templateRendersWith', () => {
  it("should follow Anki's rule: some reachable replacement must be non-empty", () => {
    const front = parseAnkiTemplate('{{#Different}}<div>{{Term}}</div>{{/Different}}');
    expect(templateRendersWith(front, new Set(['Term', 'Different']))).toBe(true);
    expect(templateRendersWith(front, new Set(['Term']))).toBe(false);
    expect(templateRendersWith(parseAnkiTemplate('<div>static text</div>'), new Set(['Term']))).toBe(false);
    expect(templateRendersWith(parseAnkiTemplate('{{^Hint}}{{Term}}{{/Hint}}'), new Set(['Term']))).toBe(true);
    expect(templateRendersWith(parseAnkiTemplate('{{^Hint}}{{Term}}{{/Hint}}'), new Set(['Term', 'Hint']))).toBe(false);
  });
});

describe('clozeNumbersIn', () => {
  it('should count closed clozes, including nested and multi-number ones', () => {
    expect([...clozeNumbersIn('{{c1::a}} {{c3::b::hint}} {{c1,2::c}} {{c4::unclosed')].sort()).toEqual([1, 2, 3]);
    expect([...clozeNumbersIn('{{c1::outer {{c2::inner}} }}')].sort()).toEqual([1, 2]);
    expect(clozeNumbersIn('{\u200b{c1::x}\u200b}').size).toBe(0);
  });
});
