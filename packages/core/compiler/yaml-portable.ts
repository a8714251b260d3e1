/**
 * `yaml-portable`: plain (unquoted) frontmatter scalars that a YAML 1.1 parser (PyYAML, older Ruby and Go
 * libraries) reads differently from the YAML 1.2 parser of the compiler. Each must be quoted so that every
 * tool reading the content reads the same thing.
 *
 * @module
 */
import type { Document, Node } from 'yaml';
import { isCollection, visit } from 'yaml';
import type { YamlReader } from './yaml-reader.js';

/** One way a plain scalar reads differently under YAML 1.1. */
interface Hazard {
  /** Whether the plain scalar's source (and whether it is inside a `{…}`/`[…]` collection) is affected. */
  readonly test: (source: string, inFlow: boolean) => boolean;
  /** How YAML 1.1 reads it, for the message. */
  readonly reading: string;
}

const hazards: readonly Hazard[] = [
  {
    test: (source) => /^(?:y|n|yes|no|on|off)$/iu.test(source),
    reading: 'YAML 1.1 reads it as a boolean',
  },
  {
    test: (source) => /^[-+]?0[0-9_]+(?:\.[0-9_]*)?$/u.test(source) || /^[-+]?0o[0-7]+$/u.test(source),
    reading: 'YAML 1.1 reads a number with a leading zero as octal, or `0o…` as a string',
  },
  {
    test: (source) => /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/u.test(source),
    reading: 'YAML 1.1 reads `a:b` digits as a sexagesimal (base 60) number',
  },
  {
    test: (source) => /^[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?$/u.test(source),
    reading: 'YAML 1.1 reads digits with `_` as a number, YAML 1.2 as a string',
  },
  {
    test: (source) => /^[-+]?[0-9]+[eE][-+]?[0-9]+$/u.test(source),
    reading: 'YAML 1.2 reads an exponent without a dot as a number, YAML 1.1 as a string',
  },
  {
    test: (source, inFlow) => inFlow && source.includes('?'),
    reading: 'PyYAML fails on a `?` anywhere in an unquoted value inside `{…}` or `[…]` (it reads it as a key indicator)',
  },
  {
    test: (source) => source === '=' || source === '<<',
    reading: 'YAML 1.1 reads `=` as the value key and `<<` as a merge key',
  },
];

/**
 * Report every plain scalar of a frontmatter document that YAML 1.1 would read differently (`yaml-portable`).
 * Dates written YYYY-MM-DD are allowed: YAML 1.1 reads them as dates and YAML 1.2 as strings, the same day.
 *
 * @param doc
 *   The parsed frontmatter.
 * @param reader
 *   The file's reader (positions and the message sink).
 */
export function checkPortableYaml(doc: Document, reader: YamlReader): void {
  visit(doc, {
    // Note: keys are scalars too, so `y:`, `on:` keys are checked as well.
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN' || typeof node.source !== 'string') return;
      const source = node.source;
      const inFlow = path.some((ancestor) => isCollection(ancestor) && ancestor.flow === true);
      const hazard = hazards.find((candidate) => candidate.test(source, inFlow));
      if (hazard === undefined) return;
      const quoted = JSON.stringify(source);
      reader.report('yaml-portable', reader.place(node as Node, reader.file.firstLine), `Unexpected unquoted \`${source}\`, expected a quoted string such as \`${quoted}\``, {
        actual: source,
        expected: [quoted],
        note: `${hazard.reading}; write ${quoted} (or the value's intended type in a form every YAML version reads alike).`,
      });
    },
  });
}
