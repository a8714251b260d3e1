import { describe, expect, it } from 'vitest';
import { cardFontFile, cardPath, cardSvg, renderCard } from './social-card.js';

describe('social cards', () => {
  it('live at /og/ plus the page path', () => {
    expect(cardPath('/en/concepts/kvm/')).toBe('/og/en/concepts/kvm.png');
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/zh/')).toBe('/og/zh.png');
  });

  it('use the font installed from npm, not a system font', () => {
    expect(cardFontFile).toMatch(/node_modules.*noto-sans-sc.*\.ttf$/);
  });

  it('are deterministic 1200×630 PNGs that draw Chinese glyphs from that font', async () => {
    const card = { path: '/og/zh/concepts/kvm.png', title: '基于内核的虚拟机', brand: 'CloudVirt', subtitle: '云计算与虚拟化：双语知识库', locale: 'zh' as const };
    const [first, second] = [await renderCard(card), await renderCard(card)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first.subarray(12, 24)).readUInt32BE(4)).toBe(1200);
    // With system fonts off, a glyph the font lacks is not drawn: a Chinese title must change the pixels.
    const blank = await renderCard({ ...card, title: '' });
    expect(Buffer.from(first).equals(Buffer.from(blank))).toBe(false);
    expect(first.byteLength).toBeGreaterThan(blank.byteLength + 1000);
  });

  it('draw titles with characters XML cannot hold and overlong words', async () => {
    const png = await renderCard({ path: '/og/x.png', title: `a\u0000b\u0007\ud800c\u2028 ${'x'.repeat(5000)}`, brand: '<&>', subtitle: '</text>', locale: 'en' });
    expect(png.byteLength).toBeGreaterThan(1000);
  });

  it('escape the title and wrap long ones into at most three lines', () => {
    const svg = cardSvg({ path: '/og/x.png', title: `<b>&${' Hypervisor'.repeat(20)}`, brand: 'Kube & <Co>', subtitle: 's', locale: 'en' });
    expect(svg).toContain('&lt;b&gt;&amp;');
    // The brand is the pack's site name, escaped like the title.
    expect(svg).toContain('>Kube &amp; &lt;Co&gt;</text>');
    expect(svg).not.toContain('CloudVirt');
    const lines = svg.match(/fill="#ffffff"/g) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(svg).toContain('…');
  });
});
