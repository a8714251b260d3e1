import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { jsonLdScriptElement, serializeJsonLdForScript } from './script.js';

const hostile = { text: '</script><script>alert(1)</script> <!-- "q" & \u2028\u2029 -->', nested: ['a<b', { c: '&amp;' }] };

describe('serializeJsonLdForScript', () => {
  it('should escape <, >, &, U+2028 and U+2029 as \\u codes and parse back to the same value', () => {
    const json = serializeJsonLdForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028\\u2029');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('should throw for values JSON cannot represent', () => {
    expect(() => serializeJsonLdForScript(undefined)).toThrow(/expected a JSON-serializable value/);
  });
});

describe('jsonLdScriptElement', () => {
  it('should produce one script element whose text is the escaped JSON', () => {
    const html = toHtml(jsonLdScriptElement(hostile));
    expect(html).toBe(`<script type="application/ld+json">${serializeJsonLdForScript(hostile)}</script>`);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});
