/**
 * Typed, position-aware reading of YAML frontmatter (the `yaml` package's Document nodes). Each reader
 * either returns a value or reports why it cannot, pointing at the node in the real file.
 *
 * @module
 */
import type { Node, ParsedNode } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { LocalizedText } from '../src/model.js';
import { suggest } from '../src/suggest.js';
import type { Located, MarkdownDocument } from './markdown.js';
import type { MessageDetails, MessageSink, Position } from './message.js';
import { didYouMean, formatList } from './message.js';
import type { RuleId } from './messages.js';
import { frontmatterProse } from './prose.js';
import type { SourceFile } from './source-file.js';
import { checkPortableYaml } from './yaml-portable.js';

/** One value in the frontmatter, with its path and place. */
export interface Entry {
  /** Dotted path for messages: `label.en`, `relations[2].target` (empty for the whole frontmatter). */
  readonly path: string;
  /** The YAML node (`null` for an absent value, as in `key:` with nothing after it). */
  readonly node: ParsedNode | null;
  /** Where the value is (or where it would be). */
  readonly place: Position;
  /** Where the value's key is (the fence for the whole frontmatter, the item for list items). */
  readonly keyPlace: Position;
}

/** Which keys a map may and must have. */
export interface MapSpec {
  /** Keys that must be present. */
  readonly required?: readonly string[];
  /** Keys that may be present. */
  readonly optional?: readonly string[];
  /** Rule reported for a missing required key (default `missing-field`). */
  readonly missingRule?: Readonly<Record<string, RuleId>>;
  /** What the map is, for messages ("a relation", "a source"). */
  readonly what?: string;
}

/** The kebab-case id grammar. */
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Join a parent path and a key. */
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Reads the frontmatter of one file. */
export class YamlReader {
  private constructor(
    readonly file: SourceFile,
    private readonly base: number,
    readonly sink: MessageSink,
  ) {}

  /**
   * Parse the frontmatter of a document, check that YAML 1.1 parsers read it the same (`yaml-portable`)
   * and add its `en`/`zh` texts to the file's prose.
   *
   * @param document
   *   The parsed Markdown file.
   * @param sink
   *   Where problems go.
   * @returns
   *   A reader and the root entry, or `undefined` when the YAML does not parse (reported as `bad-yaml`).
   */
  static read(document: MarkdownDocument, sink: MessageSink): { reader: YamlReader; root: Entry } | undefined {
    const { file, frontmatter } = document;
    const doc = parseDocument(frontmatter.value, { prettyErrors: false, uniqueKeys: true });
    const reader = new YamlReader(file, frontmatter.offset, sink);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const [start, end] = error.pos;
        const detail = error.message.replace(/\s+/gu, ' ').replace(/\.$/u, '');
        sink.report('bad-yaml', file.path, file.position(frontmatter.offset + start, frontmatter.offset + end), `Unexpected YAML (${detail}), expected valid YAML`, {
          actual: error.code,
        });
      }
      return undefined;
    }
    const root: Entry = { path: '', node: doc.contents, place: frontmatter.place, keyPlace: frontmatter.opening };
    checkPortableYaml(doc, reader);
    file.prose.push(...frontmatterProse(doc.contents, frontmatter.value, frontmatter.offset));
    return { reader, root };
  }

  /** The place of a YAML node in the file. */
  place(node: Node | null | undefined, fallback: Position): Position {
    const range = node?.range;
    if (range === undefined || range === null) return fallback;
    return this.file.position(this.base + range[0], this.base + range[1]);
  }

  /** Report a problem in this file. */
  report(ruleId: RuleId, place: Position, reason: string, details?: MessageDetails): void {
    this.sink.report(ruleId, this.file.path, place, reason, details);
  }

  /** Describe a node for "Unexpected …": `number \`12\``, `list`, `empty value`. */
  describe(node: ParsedNode | null): string {
    if (node === null) return 'empty value';
    if (isMap(node)) return 'map';
    if (isSeq(node)) return 'list';
    if (isAlias(node)) return `alias \`*${node.source}\``;
    const value = node.value;
    if (value === null || value === undefined) return 'empty value';
    if (typeof value === 'string') return `string \`${value}\``;
    return `${typeof value} \`${String(value)}\``;
  }

  /** Report that `entry` has the wrong type. */
  wrongType(entry: Entry, expected: string): void {
    const name = entry.path === '' ? 'the frontmatter' : `\`${entry.path}\``;
    this.report('wrong-type', entry.place, `Unexpected ${this.describe(entry.node)} for ${name}, expected ${expected}`);
  }

  /**
   * Read a map, checking its keys: unknown keys (with did-you-mean) and missing required ones.
   *
   * @returns
   *   The entries by key, or `undefined` when the value is not a map.
   */
  map(entry: Entry, spec: MapSpec): Map<string, Entry> | undefined {
    const required = spec.required ?? [];
    const allowed = [...required, ...(spec.optional ?? [])];
    const entries = new Map<string, Entry>();
    const node = entry.node;
    const emptyRoot = entry.path === '' && (node === null || (isScalar(node) && node.value === null));
    if (!emptyRoot) {
      if (!isMap(node)) {
        this.wrongType(entry, spec.what === undefined ? 'a map' : `a map (${spec.what})`);
        return undefined;
      }
      for (const pair of node.items) {
        const keyNode = pair.key as ParsedNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : this.describe(keyNode);
        const keyPlace = this.place(keyNode, entry.place);
        const valueNode = pair.value as ParsedNode | null;
        const place = this.place(valueNode, { start: keyPlace.end, end: keyPlace.end });
        if (!allowed.includes(key)) {
          const where = entry.path === '' ? 'the frontmatter' : `\`${entry.path}\``;
          this.report('unknown-key', keyPlace, `Unexpected key \`${key}\` in ${where}, expected ${formatList(allowed)}`, {
            actual: key,
            expected: allowed,
            note: didYouMean(suggest(key, allowed), 'Remove the key or correct its spelling; the file’s section of FORMAT.md (in @cloudvirt/core) lists the allowed keys.'),
          });
          continue;
        }
        entries.set(key, { path: join(entry.path, key), node: valueNode, place, keyPlace });
      }
    }
    for (const key of required) {
      if (entries.has(key)) continue;
      const rule = spec.missingRule?.[key] ?? 'missing-field';
      const owner = entry.path === '' ? 'frontmatter' : `\`${entry.path}\``;
      this.report(rule, entry.keyPlace, `Unexpected ${owner} without \`${key}\`, expected a \`${join(entry.path, key)}\` field`, {
        expected: [key],
      });
    }
    return entries;
  }

  /**
   * Read a map whose keys are data (ids), not field names: every key is accepted.
   *
   * @returns
   *   The entries by key, or `undefined` when the value is not a map.
   */
  record(entry: Entry, what: string): Map<string, Entry> | undefined {
    if (!isMap(entry.node)) {
      this.wrongType(entry, `a map (${what})`);
      return undefined;
    }
    const keys = entry.node.items.map((pair) => {
      const key = pair.key as ParsedNode | null;
      return isScalar(key) ? String(key.value) : this.describe(key);
    });
    return this.map(entry, { optional: keys, what });
  }

  /** Read a list; `undefined` (reported) when the value is not a list. */
  list(entry: Entry): Entry[] | undefined {
    if (!isSeq(entry.node)) {
      this.wrongType(entry, 'a list');
      return undefined;
    }
    return entry.node.items.map((item, index) => {
      const node = item as ParsedNode | null;
      const place = this.place(node, entry.place);
      return { path: join(entry.path, index), node, place, keyPlace: place };
    });
  }

  /** Read a non-empty string (trimmed). Empty strings are `empty-text`; other types `wrong-type`. */
  string(entry: Entry): string | undefined {
    const node = entry.node;
    if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) {
      this.report('empty-text', entry.place, `Unexpected empty value for \`${entry.path}\`, expected a non-empty string`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.wrongType(entry, 'a string');
      return undefined;
    }
    const value = node.value.trim();
    if (value === '') {
      this.report('empty-text', entry.place, `Unexpected blank string for \`${entry.path}\`, expected a non-empty string`);
      return undefined;
    }
    return value;
  }

  /** Read a string with its place. */
  located(entry: Entry): Located | undefined {
    const value = this.string(entry);
    return value === undefined ? undefined : { value, place: entry.place };
  }

  /** Read a `{en, zh}` text keeping each language's place; missing languages are `missing-language`. */
  localized(entry: Entry): { en: Located; zh: Located } | undefined {
    const fields = this.map(entry, {
      required: ['en', 'zh'],
      missingRule: { en: 'missing-language', zh: 'missing-language' },
      what: 'a text with `en` and `zh`',
    });
    if (fields === undefined) return undefined;
    const en = fields.get('en');
    const zh = fields.get('zh');
    const enValue = en === undefined ? undefined : this.located(en);
    const zhValue = zh === undefined ? undefined : this.located(zh);
    return enValue === undefined || zhValue === undefined ? undefined : { en: enValue, zh: zhValue };
  }

  /** Read a `{en, zh}` text; missing languages are `missing-language`. */
  text(entry: Entry): LocalizedText | undefined {
    const value = this.localized(entry);
    return value === undefined ? undefined : { en: value.en.value, zh: value.zh.value };
  }

  /** Read a list of non-empty strings with their places; repeated entries are `duplicate-item`. */
  strings(entry: Entry): Located[] | undefined {
    const items = this.list(entry);
    if (items === undefined) return undefined;
    const result: Located[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const value = this.located(item);
      if (value === undefined) continue;
      if (seen.has(value.value)) {
        this.report('duplicate-item', value.place, `Unexpected repeated \`${value.value}\` in \`${entry.path}\`, expected each entry once`);
        continue;
      }
      seen.add(value.value);
      result.push(value);
    }
    return result;
  }

  /** Read one value of a closed vocabulary, reporting `rule` (with a did-you-mean, then `hint`) otherwise. */
  oneOf<T extends string>(entry: Entry, allowed: readonly T[], rule: RuleId, what: string, hint = 'Use one of the allowed values.'): T | undefined {
    const value = this.string(entry);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(rule, entry.place, `Unexpected ${what} \`${value}\`, expected ${formatList(allowed)}`, {
      actual: value,
      expected: allowed,
      note: didYouMean(suggest(value, allowed), hint),
    });
    return undefined;
  }

  /** Read a kebab-case id (reporting `bad-id`). */
  id(entry: Entry, what: string): Located | undefined {
    const value = this.located(entry);
    if (value === undefined) return undefined;
    if (!kebabCase.test(value.value)) {
      this.report('bad-id', value.place, `Unexpected ${what} \`${value.value}\`, expected a kebab-case id`, { actual: value.value });
      return undefined;
    }
    return value;
  }

  /** Read a boolean. */
  boolean(entry: Entry): boolean | undefined {
    const node = entry.node;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.wrongType(entry, '`true` or `false`');
    return undefined;
  }

  /** Read a YYYY-MM-DD date that exists in the calendar (reporting `bad-date`). */
  date(entry: Entry): string | undefined {
    const node = entry.node;
    const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined;
    const match = value === undefined ? null : isoDate.exec(value);
    if (value !== undefined && match !== null) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
    }
    const actual = value === undefined ? this.describe(node) : `date \`${value}\``;
    this.report('bad-date', entry.place, `Unexpected ${actual} for \`${entry.path}\`, expected a real date written YYYY-MM-DD`, {
      expected: ['YYYY-MM-DD'],
    });
    return undefined;
  }

  /** Read an absolute https URL, optionally on a given host (reporting `bad-url`). */
  url(entry: Entry, host?: string): string | undefined {
    const value = this.string(entry);
    if (value === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.protocol !== 'https:') {
      this.report('bad-url', entry.place, `Unexpected URL \`${value}\`, expected an absolute \`https://\` URL`, { actual: value });
      return undefined;
    }
    if (host !== undefined && parsed.hostname !== host) {
      this.report('bad-url', entry.place, `Unexpected host \`${parsed.hostname}\` in \`${entry.path}\`, expected \`${host}\``, {
        actual: parsed.hostname,
        expected: [host],
      });
      return undefined;
    }
    return value;
  }
}
