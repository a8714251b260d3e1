import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { conceptLinksOf, explanationToHast } from './explanation.js';

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

describe('conceptLinksOf', () => {
  it('should list linked ids once, in order', () => {
    expect(conceptLinksOf('[a](concept:b) [c](concept:d) [e](concept:b) [f](https://x.test/)')).toEqual(['b', 'd']);
  });
});
