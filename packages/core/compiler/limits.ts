/**
 * Safety limits checked before a file is parsed. The Markdown and YAML parsers slow down sharply with
 * nesting depth (a few hundred nested block quotes or lists take seconds; tens of thousands overflow the
 * stack) and the whole file is held in memory, so a file past these limits is reported as `input-limit`
 * instead of being parsed. Real content stays far below them (deepest line: 6 columns of indentation).
 *
 * @module
 */
import type { MessageSink } from './message.js';
import type { SourceFile } from './source-file.js';

/** The limits, in UTF-16 code units, columns and levels. */
export const inputLimits = {
  /** Largest file (16 Mi code units: a 5 MB explanation in each language fits). */
  fileLength: 16 * 1024 * 1024,
  /** Largest frontmatter block (between the `---` fences); real ones are under 8 Ki. */
  frontmatterLength: 64 * 1024,
  /** Widest leading indentation of a line (tabs count 4). */
  indentation: 64,
  /** Most container markers (`>`, list bullets, ordered-list numbers) opening one line. */
  containers: 16,
  /**
   * Most inline delimiters (`*`, `_`, `~`, `[`, `]`, backticks) in one block of lines between blank lines:
   * resolving emphasis and links is quadratic in them (16,000 `*a` in one paragraph take 12 s).
   */
  inlineDelimiters: 2000,
} as const;

/** `*`, `_`, `~`, `[`, `]` and the backtick. */
function isInlineDelimiter(char: number): boolean {
  return char === 0x2a || char === 0x5f || char === 0x7e || char === 0x5b || char === 0x5d || char === 0x60;
}

/** A line's leading containers: indentation width and the number of `>` / list markers, and where they end. */
function measurePrefix(text: string, start: number, end: number): { width: number; markers: number; length: number } {
  let width = 0;
  let markers = 0;
  let index = start;
  while (index < end) {
    const char = text.charCodeAt(index);
    if (char === 0x20) {
      width++;
      index++;
    } else if (char === 0x09) {
      width += 4;
      index++;
    } else if (char === 0x3e) {
      markers++;
      index++;
    } else if ((char === 0x2d || char === 0x2a || char === 0x2b) && (index + 1 === end || text.charCodeAt(index + 1) === 0x20 || text.charCodeAt(index + 1) === 0x09)) {
      markers++;
      index++;
    } else if (char >= 0x30 && char <= 0x39) {
      let digits = index;
      while (digits < end && digits - index < 9 && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++;
      const delimiter = text.charCodeAt(digits);
      const after = text.charCodeAt(digits + 1);
      if ((delimiter === 0x2e || delimiter === 0x29) && (digits + 1 === end || after === 0x20 || after === 0x09)) {
        markers++;
        index = digits + 1;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return { width, markers, length: index - start };
}

/**
 * Check a file against {@link inputLimits} before parsing it; report the first breach as `input-limit`.
 *
 * @param file
 *   The file.
 * @param sink
 *   Where the problem goes.
 * @returns
 *   Whether the file is within the limits (and may be parsed).
 */
export function checkInputLimits(file: SourceFile, sink: MessageSink): boolean {
  const text = file.value;
  if (text.length > inputLimits.fileLength) {
    sink.report('input-limit', file.path, file.firstLine, `Unexpected file of ${text.length} characters, expected at most ${inputLimits.fileLength}`, {
      actual: String(text.length),
    });
    return false;
  }
  if (text.startsWith('---')) {
    const close = /\n---[ \t]*(?:\r?\n|$)/u.exec(text.slice(3));
    const length = close === null ? text.length : close.index;
    if (length > inputLimits.frontmatterLength) {
      sink.report('input-limit', file.path, file.firstLine, `Unexpected frontmatter of ${length} characters, expected at most ${inputLimits.frontmatterLength}`, {
        actual: String(length),
      });
      return false;
    }
  }
  let delimiters = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const prefix = measurePrefix(text, start, end);
    let blank = true;
    for (let index = start; index < end; index++) {
      const char = text.charCodeAt(index);
      if (char !== 0x20 && char !== 0x09 && char !== 0x0d) blank = false;
      if (isInlineDelimiter(char)) delimiters++;
    }
    if (blank) delimiters = 0;
    if (delimiters > inputLimits.inlineDelimiters) {
      sink.report(
        'input-limit',
        file.path,
        file.position(start, end),
        `Unexpected paragraph with more than ${inputLimits.inlineDelimiters} emphasis, code or link delimiters (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`, backticks), expected fewer`,
        { actual: String(delimiters), note: 'Split the paragraph with blank lines; parsing that many delimiters in one paragraph takes quadratic time.' },
      );
      return false;
    }
    if (prefix.width > inputLimits.indentation || prefix.markers > inputLimits.containers) {
      const what = prefix.width > inputLimits.indentation ? `${prefix.width} columns of indentation` : `${prefix.markers} nested block quote or list markers`;
      const limit = prefix.width > inputLimits.indentation ? `${inputLimits.indentation} columns` : `${inputLimits.containers} markers`;
      sink.report('input-limit', file.path, file.position(start, start + prefix.length), `Unexpected line opening with ${what}, expected at most ${limit}`, {
        actual: String(prefix.width > inputLimits.indentation ? prefix.width : prefix.markers),
      });
      return false;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return true;
}
