import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { clearExplanationCache, conceptLinksOf, explanationToHast, explanationToMdast, isSafeExplanationUrl } from './explanation.js';

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

describe('explanation parse cache', () => {
  it('should hand out a new tree on every call, so changing one never changes the next', () => {
    const markdown = 'A [VM](concept:virtual-machine) runs on a **hypervisor**.\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    clearExplanationCache();
    const first = explanationToMdast(markdown, (id) => `/a/${id}/`);
    const pristine = structuredClone(first);
    const second = explanationToMdast(markdown, (id) => `/a/${id}/`);
    expect(second).toEqual(pristine);
    expect(second).not.toBe(first);
    (first.children[0] as { children: unknown[] }).children.length = 0;
    (first.children[1] as { align: unknown[] }).align.push('left');
    expect(explanationToMdast(markdown, (id) => `/a/${id}/`)).toEqual(pristine);
    // Another resolver on the same cached parse resolves links its own way.
    expect(JSON.stringify(explanationToMdast(markdown, (id) => `/b/${id}/`))).toContain('/b/virtual-machine/');
  });

  it('should keep each parsed text once and forget them on clear', () => {
    clearExplanationCache();
    for (let round = 0; round < 3; round++) for (const text of ['one', 'two', 'three']) explanationToMdast(text, () => null);
    expect(clearExplanationCache()).toBe(3);
    expect(clearExplanationCache()).toBe(0);
  });
});
