import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { conceptLinksOf, explanationToHast, isSafeExplanationUrl } from './explanation.js';

describe('explanationToHast', () => {
  it('should resolve concept links and escape text', () => {
    const tree = explanationToHast('See [KVM](concept:kvm) & <b>x</b> "q"', (id) => `/en/concepts/${id}/`);
    expect(toHtml(tree)).toBe('<p>See <a href="/en/concepts/kvm/">KVM</a> &#x26; x "q"</p>');
  });

  it('should unwrap links resolved to null', () => {
    expect(toHtml(explanationToHast('A [VM](concept:virtual-machine).', () => null))).toBe('<p>A VM.</p>');
  });

  it('should drop raw script elements instead of passing them through', () => {
    const html = toHtml(explanationToHast('x <script>alert(1)</script>\n\n<script>alert(2)</script>', () => null));
    expect(html).not.toContain('<script');
  });
});

describe('isSafeExplanationUrl', () => {
  it('should accept http(s), mailto and relative URLs and refuse script URLs however spelled', () => {
    for (const url of ['https://example.com/', 'http://a.b/c?d#e', 'mailto:a@b.c', '/en/concepts/kvm/', '#anchor', 'page.html']) expect(isSafeExplanationUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      expect(isSafeExplanationUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('explanationToHast (script URLs)', () => {
  it('should keep the text of javascript: links, autolinks, references and images, but never their URL', () => {
    const markdown = '[x](javascript:alert(1)) <javascript:alert(2)> [y][r] ![z](javascript:alert(3)) [ok](https://example.com/)\n\n[r]: javascript:alert(4)';
    const html = toHtml(explanationToHast(markdown, () => null));
    expect(html).not.toMatch(/href="javascript|src="javascript/iu);
    expect(html).toContain('<a href="https://example.com/">ok</a>');
    expect(html).toMatch(/>x /u);
    expect(html).toContain('[y][r]');
  });
});

describe('conceptLinksOf', () => {
  it('should list linked ids once, in order', () => {
    expect(conceptLinksOf('[a](concept:b) [c](concept:d) [e](concept:b) [f](https://x.test/)')).toEqual(['b', 'd']);
  });
});
