/**
 * What the CLI prints for people: the listing, the dry-run report, the one-line summary and error
 * messages, with colour only where a terminal shows it.
 *
 * @module
 */
import type { FlashcardsExport, FlashcardsPlan, FlashcardsSummary } from './export.js';
import type { FlashcardsListing } from './listing.js';
import { formatBytes, formatTable } from './text-table.js';

/** ANSI styles, or identity functions when colour is off. */
export interface Style {
  /** Success marks. */
  readonly green: (text: string) => string;
  /** Error marks. */
  readonly red: (text: string) => string;
  /** Hints. */
  readonly yellow: (text: string) => string;
  /** Secondary text. */
  readonly dim: (text: string) => string;
  /** Headings. */
  readonly bold: (text: string) => string;
}

/**
 * Whether to colour output written to a stream: only on a terminal, never when `NO_COLOR` is set
 * (to anything but the empty string) or `TERM=dumb`; `FORCE_COLOR` (not `0`) forces it on.
 *
 * @param isTTY Whether the stream is a terminal.
 * @param env The environment.
 * @returns Whether to use ANSI colours.
 */
export function shouldColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return isTTY === true && env['TERM'] !== 'dumb';
}

/**
 * ANSI styles.
 *
 * @param enabled Whether colour is on.
 * @returns The styles.
 */
export function createStyle(enabled: boolean): Style {
  const wrap =
    (open: number, close: number) =>
    (text: string): string =>
      enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

const formatNames = { apkg: 'Anki package', csv: 'Anki text file (tab-separated)', md: 'Markdown handbook' } as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What an export holds, in a few words: `54 notes, 98 cards` or `9 concepts, 1 comparison`. */
function contents(summary: FlashcardsSummary): string {
  return summary.format === 'md'
    ? `${plural(summary.concepts, 'concept')}, ${plural(summary.comparisons, 'comparison')}`
    : `${plural(summary.notes, 'note')}, ${plural(summary.cards, 'card')}`;
}

/**
 * The one-line summary after a write: notes and cards (or concepts), file, size.
 *
 * @param result The export.
 * @param file The file written, or `undefined` for standard output.
 * @param style Colours.
 * @returns One line, without newline.
 */
export function formatSummaryLine(result: FlashcardsExport, file: string | undefined, style: Style): string {
  const size = formatBytes(result.bytes.byteLength);
  return file === undefined
    ? `${style.green('✔')} Wrote ${contents(result.summary)} (${size}) to standard output`
    : `${style.green('✔')} Wrote ${file}: ${contents(result.summary)}, ${size}`;
}

/**
 * The dry-run report: what would be written where, with counts per card kind and per deck.
 *
 * @param plan The plan.
 * @param file Where it would go, or `undefined` for standard output.
 * @param style Colours.
 * @returns Lines ending with a newline.
 */
export function formatPlan(plan: FlashcardsPlan, file: string | undefined, style: Style): string {
  const summary = plan.summary;
  const lines = [`${style.bold('Would write')} ${file ?? 'standard output'} (${formatNames[plan.format]}, ${summary.lang}): ${contents(summary)}`];
  if (summary.format === 'md') {
    lines.push(
      '',
      formatTable(
        [
          ['concepts', String(summary.concepts)],
          ['topics', String(summary.topics)],
          ['comparisons', String(summary.comparisons)],
          ['responsibility matrix', summary.matrix ? 'yes' : 'no'],
        ],
        ['left', 'right'],
      ),
    );
  } else {
    lines.push(`Deck ${summary.deckName}: ${plural(summary.concepts, 'concept')}, ${plural(summary.decks, 'deck')}, ${plural(summary.noteTypes, 'note type')}`, '');
    const kinds = summary.cardKinds.map((kind) => [kind, String(summary.byKind[kind]?.notes ?? 0), String(summary.byKind[kind]?.cards ?? 0)]);
    lines.push(formatTable([['card kind', 'notes', 'cards'], ...kinds, ['total', String(summary.notes), String(summary.cards)]], ['left', 'right', 'right']), '');
    const decks = Object.entries(summary.byDeck).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    lines.push(formatTable([['deck', 'cards'], ...decks.map(([name, cards]) => [name, String(cards)])], ['left', 'right']));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The `--list` report.
 *
 * @param listing The listing.
 * @param style Colours.
 * @returns Lines ending with a newline.
 */
export function formatListing(listing: FlashcardsListing, style: Style): string {
  const topicRows = listing.topics.map((topic) => [`${'  '.repeat(topic.depth)}${topic.id}`, topic.label.en, topic.label.zh, String(topic.concepts), String(topic.notes)]);
  const lines = [
    ...(listing.pack === null ? [] : [`${style.bold('Pack')} ${listing.pack.id}: ${listing.pack.name.en} / ${listing.pack.name.zh}`, '']),
    style.bold(`Topics`) + style.dim(` (--topic; sub-topics included; notes: what --topic <id> --lang ${listing.lang} exports)`),
    formatTable([['id', 'English', '中文', 'concepts', 'notes'], ...topicRows], ['left', 'left', 'left', 'right', 'right']),
    '',
    style.bold('Levels') + style.dim(' (--level)'),
    formatTable([['id', 'concepts'], ...listing.levels.map((level) => [level.id, String(level.concepts)])], ['left', 'right']),
    '',
    style.bold('Card kinds') + style.dim(` (--cards; * = default for --lang ${listing.lang})`),
    formatTable(
      [['id', 'notes', 'cards'], ...listing.cardKinds.map((kind) => [`${kind.id}${kind.default ? ' *' : ''}`, String(kind.notes), String(kind.cards)])],
      ['left', 'right', 'right'],
    ),
    '',
    `${style.bold('Languages')} (--lang): ${listing.languages.join(', ')}`,
    `${style.bold('Formats')} (--format): ${listing.formats.join(', ')}`,
    '',
    `Full ${listing.lang} deck: ${plural(listing.total.concepts, 'concept')}, ${plural(listing.total.notes, 'note')}, ${plural(listing.total.cards, 'card')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * An error for people: `error: <what>` and, when known, `hint: <what to do>`.
 *
 * @param message What went wrong.
 * @param hint What to do about it.
 * @param style Colours.
 * @returns Lines ending with a newline.
 */
export function formatError(message: string, hint: string | undefined, style: Style): string {
  return `${style.red('error:')} ${message}\n${hint === undefined ? '' : `${style.yellow('hint:')} ${hint}\n`}`;
}
