/**
 * A content file's text plus offset → line/column conversion, so every message points into the real file.
 *
 * @module
 */
import type { Point, Position } from './message.js';
import type { Prose } from './prose.js';

/** One content file. */
export class SourceFile {
  /** Offsets at which each line starts. */
  readonly #lineStarts: number[] = [0];
  /** {@link SourceFile.end}, once computed. */
  #end: Position | undefined;
  /** The reader-facing texts found while parsing the file (filled by parseMarkdown and YamlReader.read; read by the style rules). */
  readonly prose: Prose[] = [];

  /**
   * @param path
   *   Path used in messages (content dir joined with `relative`).
   * @param relative
   *   Path inside the content dir, with `/` separators (`concepts/hypervisor.md`).
   * @param value
   *   The file's text.
   */
  constructor(
    readonly path: string,
    readonly relative: string,
    readonly value: string,
  ) {
    for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
      this.#lineStarts.push(index + 1);
    }
  }

  /**
   * The line and column of an offset.
   *
   * @param offset
   *   0-based offset into {@link SourceFile.value} (clamped to the text).
   * @returns
   *   The 1-based point.
   */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.value.length));
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (this.#lineStarts[low] ?? 0) + 1, offset: clamped };
  }

  /**
   * The position between two offsets.
   *
   * @param start
   *   Start offset.
   * @param end
   *   End offset (defaults to `start`).
   * @returns
   *   The position.
   */
  position(start: number, end = start): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** The position of the whole first line (used for file-level problems). */
  get firstLine(): Position {
    const end = this.value.indexOf('\n');
    return this.position(0, end === -1 ? this.value.length : end);
  }

  /** The empty position at the end of the text, before a final newline. */
  get end(): Position {
    // Note: computed once; messages use it as the fallback place of every node, so it is read often.
    this.#end ??= this.position(this.value.trimEnd().length);
    return this.#end;
  }
}
