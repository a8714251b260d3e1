/**
 * The command line of `cloudvirt-flashcards`, parsed with Node's `util.parseArgs`, with did-you-mean
 * suggestions for unknown options. Values are checked against the knowledge base later (`selection.ts`).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { suggest } from '@cloudvirt/core';
import { UsageError } from './errors.js';

/** The closest option name to a mistyped one (core's `suggest`). */
const didYouMean = (value: string, candidates: readonly string[]): string | undefined => suggest(value, candidates)[0];

/** The parsed command line, before values are checked against the knowledge base. */
export interface RawCliOptions {
  /** `-l/--lang`. */
  readonly lang: string | undefined;
  /** `-c/--cards`, split on commas, repeatable; `undefined` when not given. */
  readonly cards: readonly string[] | undefined;
  /** `-t/--topic`, split on commas, repeatable (ids or labels). */
  readonly topics: readonly string[] | undefined;
  /** `--level`, split on commas, repeatable. */
  readonly levels: readonly string[] | undefined;
  /** `--concept`, repeatable; split on commas unless the whole value names a concept (ids, labels or aliases). */
  readonly concepts: readonly string[] | undefined;
  /** `--deck-name`. */
  readonly deckName: string | undefined;
  /** `--kb`: the knowledge pack (package name or path); `undefined` for the bundled CloudVirt pack. */
  readonly kb: string | undefined;
  /** `-f/--format`. */
  readonly format: string | undefined;
  /** `-o/--out`; `-` means standard output. */
  readonly out: string | undefined;
  /** `--list`. */
  readonly list: boolean;
  /** `-n/--dry-run`. */
  readonly dryRun: boolean;
  /** `--json`. */
  readonly json: boolean;
  /** `--force`: replace an existing output file. */
  readonly force: boolean;
  /** `-q/--quiet`: no summary line. */
  readonly quiet: boolean;
  /** `-h/--help`. */
  readonly help: boolean;
  /** `-V/--version`. */
  readonly version: boolean;
}

/** One option of the command line, as `util.parseArgs` takes it plus what `--help` says about it. */
interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

const optionSpec = {
  lang: { type: 'string', short: 'l' },
  cards: { type: 'string', short: 'c', multiple: true },
  topic: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', multiple: true },
  concept: { type: 'string', multiple: true },
  'deck-name': { type: 'string' },
  kb: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  list: { type: 'boolean' },
  'dry-run': { type: 'boolean', short: 'n' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies Record<string, OptionSpec>;

/** Every long option name, for did-you-mean and `--help`. */
export const optionNames: readonly string[] = Object.keys(optionSpec);

const shortOptions = Object.entries(optionSpec as Record<string, OptionSpec>)
  .filter(([, spec]) => spec.short !== undefined)
  .map(([name, spec]) => `-${spec.short} (--${name})`);

/** A list option's values: split on commas, trimmed, empty items dropped; `undefined` when the option is absent. */
function listOf(value: unknown, split: (item: string) => string[] = (item) => item.split(',')): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value])
    .flatMap((item) => split(String(item)))
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Parse the arguments after `cloudvirt-flashcards`.
 *
 * @param argv Command-line arguments (`process.argv.slice(2)`).
 * @param isConcept Whether a whole `--concept` value names one concept (then it is not split on commas).
 * @returns The raw options.
 * @throws {UsageError} On an unknown option (with a did-you-mean), a missing or empty value, a value given
 *   to a flag, or a positional argument.
 */
export function parseCliArgs(argv: readonly string[], isConcept: (text: string) => boolean = () => false): RawCliOptions {
  const { values, tokens } = parseArgs({ args: [...argv], options: optionSpec, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw new UsageError(`Unexpected argument \`${token.value}\`, expected options only`, 'Name the output file with `-o FILE`. See `cloudvirt-flashcards --help`.');
    }
    if (token.kind !== 'option') continue;
    const arg = argv[token.index] ?? token.rawName;
    if (/^-[^-].{2}/.test(arg)) {
      const word = arg.slice(1).split('=')[0]!;
      const guess = optionNames.includes(word) ? word : didYouMean(word, optionNames);
      if (guess !== undefined) throw new UsageError(`Unexpected option \`${arg}\`, expected one of the options in \`--help\``, `Did you mean \`--${guess}\`? Long options take two dashes.`);
    }
    const spec = (optionSpec as Record<string, OptionSpec>)[token.name];
    if (spec === undefined) {
      const isShort = !token.rawName.startsWith('--');
      const guess = isShort ? undefined : didYouMean(token.name, optionNames);
      throw new UsageError(
        `Unexpected option \`${token.rawName}\`, expected one of the options in \`--help\``,
        guess !== undefined ? `Did you mean \`--${guess}\`?` : isShort ? `Short options: ${shortOptions.join(', ')}.` : 'Run `cloudvirt-flashcards --help` for the list of options.',
      );
    }
    if (spec.type === 'string') {
      if (token.value === undefined) throw new UsageError(`Unexpected \`${token.rawName}\` without a value, expected \`${token.rawName} <value>\``);
      if (token.value.trim() === '') throw new UsageError(`Unexpected empty value for \`${token.rawName}\`, expected \`${token.rawName} <value>\``);
      if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
        throw new UsageError(
          `Unexpected \`${token.rawName}\` without a value (the next argument \`${token.value}\` looks like an option), expected \`${token.rawName} <value>\``,
          `If the value really starts with \`-\`, write \`${token.rawName}=${token.value}\`.`,
        );
      }
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`Unexpected value \`${token.value}\` for \`${token.rawName}\`, expected a flag without a value`, `Write \`${token.rawName}\` alone.`);
    }
  }
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);
  return {
    lang: text(values.lang),
    cards: listOf(values.cards),
    topics: listOf(values.topic),
    levels: listOf(values.level),
    concepts: listOf(values.concept, (item) => (isConcept(item.trim()) ? [item] : item.split(','))),
    deckName: text(values['deck-name']),
    kb: text(values.kb),
    format: text(values.format),
    out: typeof values.out === 'string' ? values.out : undefined,
    list: values.list === true,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    force: values.force === true,
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true,
  };
}

/** The `--help` text. */
export const helpText = `cloudvirt-flashcards: export a knowledge pack (by default CloudVirt: cloud computing vs.
virtualization, English / 中文) as Anki decks, Anki text files or a Markdown handbook.

Usage: cloudvirt-flashcards [options]

What to export
      --kb <pack>          the knowledge pack: an installed package name, or the path of a pack folder,
                           its content/ folder or a data.json (default: the bundled CloudVirt pack);
                           names, file names and note identities come from that pack
  -l, --lang <lang>        en | zh | bilingual (default en)
  -c, --cards <kinds>      card kinds, comma-separated: definition, bilingual, cloze, comparison,
                           responsibility, relation, or all (default: every kind but bilingual for
                           en/zh; every kind but definition for bilingual)
  -t, --topic <topics>     only these topics and their sub-topics (ids or labels, comma-separated)
      --level <levels>     only these levels: fundamental, intermediate, advanced
      --concept <names>    only these concepts (ids, labels or aliases in either language)
      --deck-name <name>   root deck name (default: the pack's short name, e.g. CloudVirt, CloudVirt 中文,
                           CloudVirt 中英); "A::B" nests

Where to write it
  -f, --format <format>    apkg | csv | md (default: from the -o extension, else apkg)
  -o, --out <file>         output file, or - for standard output (csv and md; apkg only into a pipe)
                           (default: <pack id>-<lang>[-<filters>].<format> in the current folder,
                           e.g. cloudvirt-zh.apkg)
      --force              replace an existing output file (it stays intact until the new one is complete)

Other
      --list               list topics, levels, card kinds and formats with their counts
  -n, --dry-run            show what would be exported (counts per card kind and deck); write nothing
      --json               print a machine-readable summary (or listing) on standard output
  -q, --quiet              no summary line on standard error
  -h, --help               show this help
  -V, --version            show the version

Filters of different kinds combine with AND; several values of one filter combine with OR.

Examples
  cloudvirt-flashcards --lang zh                          # cloudvirt-zh.apkg, the whole deck
  cloudvirt-flashcards --topic vmm-structures --lang zh   # one topic (with its sub-topics)
  cloudvirt-flashcards --concept 虚拟机监控器 --cards cloze  # one concept, cloze cards only
  cloudvirt-flashcards --format csv -o - | head            # Anki text file on standard output
  cloudvirt-flashcards --lang bilingual -o handbook.md     # Markdown handbook, both languages
  cloudvirt-flashcards --list                              # what there is to export
  cloudvirt-flashcards --kb ./my-pack --lang zh            # my-pack-zh.apkg, from another pack

Exit codes: 0 done, 1 could not write the output or the --kb pack has content errors, 2 bad command
line or a --kb that names no pack (nothing written).
Colours: off when standard error is not a terminal or NO_COLOR is set.
`;
