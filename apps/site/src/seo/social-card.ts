/**
 * Social preview cards (`og:image`, `twitter:card` = `summary_large_image`): one 1200×630 PNG per
 * indexable page, drawn at build time from an SVG with the page's title in its language. The glyphs
 * come from Noto Sans SC (SIL Open Font License 1.1), installed from npm
 * (`@expo-google-fonts/noto-sans-sc`), never from the system, so every machine draws the same pixels;
 * resvg (`@resvg/resvg-js`) renders deterministically: the same title gives the same bytes. Rendered
 * cards are cached by the hash of their SVG (and the font and renderer versions) in
 * `node_modules/.cache/cloudvirt-social-cards/` of the site package, so a rebuild only draws the cards
 * whose text changed.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Locale } from '@cloudvirt/core';
import { packageRoot } from '../package-root.js';

const require = createRequire(import.meta.url);

/** Width of a card in pixels (Open Graph / X large image). */
export const cardWidth = 1200;
/** Height of a card in pixels. */
export const cardHeight = 630;

/** The font file every card uses (Noto Sans SC Bold: Latin and Chinese glyphs). */
export const cardFontFile: string = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

/** What one card shows. */
export interface SocialCard {
  /** Root-relative path of the PNG (`/og/en/concepts/kvm.png`). */
  readonly path: string;
  /** The page title, drawn large. */
  readonly title: string;
  /** The site's name, drawn small above the title. */
  readonly brand: string;
  /** A short line under it (site name and tagline). */
  readonly subtitle: string;
  /** Language of the text (`zh` breaks lines between any two characters, `en` at spaces). */
  readonly locale: Locale;
}

/**
 * Where the card of a page lives: `/og/` plus the page path without its final slash, as `.png`
 * (`/en/concepts/kvm/` → `/og/en/concepts/kvm.png`, `/` → `/og/index.png`).
 *
 * @param pagePath Root-relative path of the page.
 */
export function cardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** Rough advance width of a character in em (CJK and full-width: 1; Latin: by class). */
function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x2e80) return 1;
  if (/[A-Z]/.test(char)) return 0.68;
  if (/[mwMW]/.test(char)) return 0.85;
  if (/[iljtf.,:;'!|()[\] ]/.test(char)) return 0.3;
  return 0.58;
}

function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}

/** Break `text` into lines of at most `maxEm` em: at spaces, or between any two CJK characters. */
function wrap(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && textWidth(candidate.trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = token.trim() === '' ? '' : token;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Escape for SVG text, dropping what XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF). */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The SVG of a card: a dark blue card with the site's name on top, the title in up to three lines (the
 * font shrinks for long titles; a title longer than three lines ends with `…`), the subtitle below.
 *
 * @param card The card.
 */
export function cardSvg(card: SocialCard): string {
  const usable = cardWidth - 2 * 80;
  // Three lines hold at most ~100 characters: longer titles are cut before wrapping.
  const text = [...card.title.replace(/\s+/g, ' ').trim()].slice(0, 160).join('');
  let size = 84;
  let lines = wrap(text, usable / size);
  while (lines.length > 3 && size > 56) {
    size -= 8;
    lines = wrap(text, usable / size);
  }
  if (lines.length > 3) lines = [...lines.slice(0, 2), `${[...lines[2]!].slice(0, 40).slice(0, -1).join('')}…`];
  lines = lines.map((line) => ([...line].length > 60 ? `${[...line].slice(0, 59).join('')}…` : line));
  const lineHeight = Math.round(size * 1.25);
  const top = 330 - ((lines.length - 1) * lineHeight) / 2;
  const lang = card.locale === 'zh' ? 'zh-Hans' : 'en';
  const title = lines
    .map((line, index) => `<text x="80" y="${top + index * lineHeight}" font-size="${size}" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}" font-family="Noto Sans SC" font-weight="700" xml:lang="${lang}">` +
    `<rect width="${cardWidth}" height="${cardHeight}" fill="#0f3b5f"/>` +
    `<rect y="${cardHeight - 24}" width="${cardWidth}" height="24" fill="#2a7ab8"/>` +
    `<text x="80" y="110" font-size="40" fill="#9cc9ee">${escapeXml(card.brand)}</text>` +
    title +
    `<text x="80" y="${cardHeight - 70}" font-size="32" fill="#cfe3f5">${escapeXml(card.subtitle)}</text>` +
    `</svg>`
  );
}

/** Versions that change the pixels: the renderer's and the font's (part of the cache key). */
function rendererFingerprint(): string {
  const resvg = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const font = (require('@expo-google-fonts/noto-sans-sc/package.json') as { version: string }).version;
  return `resvg ${resvg}; noto-sans-sc ${font}; ${cardFontFile.slice(cardFontFile.lastIndexOf('/') + 1)}`;
}

/**
 * Draw a card as PNG bytes (no cache).
 *
 * @param card The card.
 */
export async function renderCard(card: SocialCard): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(cardSvg(card), {
    font: { fontFiles: [cardFontFile], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** The default cache folder of rendered cards. */
export const defaultCardCacheDir: string = join(packageRoot, 'node_modules', '.cache', 'cloudvirt-social-cards');

/** What {@link writeSocialCards} did. */
export interface SocialCardsResult {
  /** Cards written. */
  readonly written: number;
  /** Of those, cards drawn now (the others came from the cache). */
  readonly drawn: number;
  /** Total bytes of the PNGs. */
  readonly bytes: number;
}

async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
}

/**
 * Write every card under `outDir`, drawing only those the cache does not hold.
 *
 * @param outDir The site folder.
 * @param cards The cards (their paths must be distinct).
 * @param cacheDir The cache folder (default {@link defaultCardCacheDir}); `null` for none.
 */
export async function writeSocialCards(outDir: string, cards: Iterable<SocialCard>, cacheDir: string | null = defaultCardCacheDir): Promise<SocialCardsResult> {
  const fingerprint = rendererFingerprint();
  let written = 0;
  let drawn = 0;
  let bytes = 0;
  for (const card of cards) {
    const key = createHash('sha256').update(`${fingerprint}\n${cardSvg(card)}`).digest('hex');
    const cached = cacheDir === null ? undefined : join(cacheDir, `${key}.png`);
    let png: Uint8Array | undefined = cached === undefined ? undefined : await readFile(cached).catch(() => undefined);
    if (png === undefined) {
      png = await renderCard(card);
      drawn += 1;
      if (cached !== undefined) await writeAtomic(cached, png);
    }
    await writeAtomic(join(outDir, card.path), png);
    written += 1;
    bytes += png.byteLength;
  }
  return { written, drawn, bytes };
}
