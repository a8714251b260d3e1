/**
 * Plain-text tables for the terminal, aligned by display width (CJK characters take two columns).
 *
 * @module
 */

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * The number of terminal columns a string takes: two per East Asian wide or full-width character,
 * none per combining mark, one otherwise.
 *
 * @param text The string (without control characters).
 * @returns Its display width.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (/\p{Mn}/u.test(char)) continue;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}

/** Column alignment. */
export type Alignment = 'left' | 'right';

/**
 * Lay rows out in columns separated by two spaces, padded by display width; trailing spaces are trimmed.
 *
 * @param rows The cells, row by row.
 * @param align Alignment per column (default left).
 * @returns One line per row, without a final newline.
 */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Alignment[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const pad = ' '.repeat((widths[index] ?? 0) - displayWidth(cell));
          return align[index] === 'right' ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * A byte count for people: `512 B`, `25.4 kB`, `1.2 MB` (powers of 1000, one decimal).
 *
 * @param bytes The count.
 * @returns The formatted size.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
