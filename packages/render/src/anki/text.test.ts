import { describe, expect, it } from 'vitest';
import { ankiFieldChecksum, cleanText, isAnkiFieldEmpty, stripAnkiHtml } from './text.js';

describe('stripAnkiHtml', () => {
  it('should remove tags, comments, scripts and styles and decode references', () => {
    expect(stripAnkiHtml('<div class="x">Xen &#x26; <b>KVM</b></div><!-- c --><script>alert(1)</script><style>p{}</style>')).toBe('Xen & KVM');
    expect(stripAnkiHtml('a&lt;b&gt;c&amp;d&quot;&#39;&nbsp;e')).toBe('a<b>c&d"\' e');
  });

  it('should keep media file names like Anki', () => {
    expect(stripAnkiHtml('<img src="a.png">虚拟化')).toBe(' a.png 虚拟化');
    expect(stripAnkiHtml("x<img alt='y' src='b c.jpg' >z")).toBe('x b c.jpg z');
  });

  it('should leave text undecoded when a reference is malformed, as Anki does', () => {
    expect(stripAnkiHtml('AT&T &#x26; co')).toBe('AT&T &#x26; co');
    expect(stripAnkiHtml('&bogus; &amp;')).toBe('&bogus; &amp;');
  });

  it('should not trim', () => {
    expect(stripAnkiHtml('  <i>x</i> ')).toBe('  x ');
  });
});

describe('ankiFieldChecksum', () => {
  it("should equal int(sha1(stripped)[:8], 16) (values computed with Python's hashlib)", () => {
    expect(ankiFieldChecksum('<b>Xen</b> &#x26; &#x3C;KVM>')).toBe(2090310504);
    expect(ankiFieldChecksum('<img src="a.png">虚拟化')).toBe(1027449420);
  });
});

describe('isAnkiFieldEmpty', () => {
  it('should treat whitespace, <br> and <div> as empty', () => {
    expect(isAnkiFieldEmpty('')).toBe(true);
    expect(isAnkiFieldEmpty(' <br><div></div>\n<BR />')).toBe(true);
    expect(isAnkiFieldEmpty('<span></span>')).toBe(false);
    expect(isAnkiFieldEmpty('✓')).toBe(false);
  });
});

describe('cleanText', () => {
  it('should normalize to NFC and drop control characters but keep tabs, newlines and U+2028', () => {
    expect(cleanText('e\u0301\x1f\r\nx\ty\u2028\x00\x7f')).toBe('é\nx\ty\u2028');
  });
});
