/**
 * `terminology.md`: the terminology table (frontmatter only). Each entry gives the preferred `en` and `zh`
 * term of a concept or phrase and the variants not to use in running text; `preferred-term` reports a
 * variant where it is used, with the preferred term as the fix. Variants may stay a concept's aliases
 * (lookups still find them); aliases are never checked.
 *
 * @module
 */
import type { Locale } from '../src/model.js';
import { locales } from '../src/model.js';
import { normalizeTerm } from '../src/normalize.js';
import { suggest } from '../src/suggest.js';
import type { Located } from './markdown.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink } from './message.js';
import { didYouMean } from './message.js';
import type { ConceptDraft } from './parse-concept.js';
import type { SourceFile } from './source-file.js';
import type { Entry } from './yaml-reader.js';
import { YamlReader } from './yaml-reader.js';

/** One variant of the table, ready to be searched for. */
export interface TermVariant {
  /** The language it is a variant in. */
  readonly locale: Locale;
  /** The variant as written in the table. */
  readonly value: string;
  /** The preferred term of that language. */
  readonly preferred: string;
  /** Matches the variant in running text (whole words in English, any substring in Chinese). */
  readonly pattern: RegExp;
  /** Matches the preferred term (a variant inside the preferred term is not reported). */
  readonly preferredPattern: RegExp;
  /** Line of the variant in terminology.md. */
  readonly line: number;
}

/** One entry of the table. */
export interface TermEntry {
  /** The concept whose label is the preferred term, when the entry names one. */
  readonly concept: Located | undefined;
  /** The preferred term per language, with its place. */
  readonly preferred: Readonly<Record<Locale, Located>>;
}

/** The terminology table. */
export interface Terminology {
  /** The file. */
  readonly file: SourceFile;
  /** The entries, in file order. */
  readonly entries: readonly TermEntry[];
  /** Every variant of every entry. */
  readonly variants: readonly TermVariant[];
}

/** A regular expression that matches `term` literally (whole words for English). */
function termPattern(term: string, locale: Locale): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return locale === 'en' ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu') : new RegExp(escaped, 'gu');
}

/**
 * Read terminology.md.
 *
 * @param file
 *   The file.
 * @param sink
 *   Where problems go (its format problems are reported with the usual rules: `unknown-key`, `wrong-type`…).
 * @returns
 *   The table (the readable entries), or `undefined` when the file cannot be read at all.
 */
export function parseTerminology(file: SourceFile, sink: MessageSink): Terminology | undefined {
  const document = parseMarkdown(file, sink, 'none');
  const parsed = document === undefined ? undefined : YamlReader.read(document, sink);
  if (parsed === undefined) return undefined;
  const { reader, root } = parsed;
  const termsEntry = reader.map(root, { required: ['terms'] })?.get('terms');
  const items = termsEntry === undefined ? undefined : reader.list(termsEntry);
  if (items === undefined) return undefined;

  const entries: TermEntry[] = [];
  const variants: TermVariant[] = [];
  for (const item of items) {
    const fields = reader.map(item, { required: ['preferred', 'variants'], optional: ['concept'], what: 'a term' });
    const preferredEntry = fields?.get('preferred');
    const variantsEntry = fields?.get('variants');
    const conceptEntry = fields?.get('concept');
    const preferred = preferredEntry === undefined ? undefined : reader.localized(preferredEntry);
    const concept = conceptEntry === undefined ? undefined : reader.id(conceptEntry, 'concept id');
    const lists = variantsEntry === undefined ? undefined : reader.map(variantsEntry, { optional: ['en', 'zh'], what: 'variant lists' });
    if (preferred === undefined || lists === undefined) continue;
    entries.push({ concept, preferred });
    for (const locale of locales) {
      const listEntry: Entry | undefined = lists.get(locale);
      for (const variant of (listEntry === undefined ? undefined : reader.strings(listEntry)) ?? []) {
        const preferredTerm = preferred[locale].value;
        if (normalizeTerm(variant.value) === normalizeTerm(preferredTerm)) {
          reader.report('preferred-term', variant.place, `Unexpected variant \`${variant.value}\` equal to the preferred term, expected a different spelling`, {
            actual: variant.value,
            note: 'A variant is a form not to use; remove it from `variants`.',
          });
          continue;
        }
        variants.push({
          locale,
          value: variant.value,
          preferred: preferredTerm,
          pattern: termPattern(variant.value, locale),
          preferredPattern: termPattern(preferredTerm, locale),
          line: variant.place.start.line,
        });
      }
    }
  }
  return { file, entries, variants };
}

/**
 * Check the table against the concepts: a named concept exists and has the preferred term as its label
 * (`preferred-term`). A label that is a listed variant is reported where it is written, by the style check.
 *
 * @param terminology
 *   The table.
 * @param concepts
 *   Every concept.
 * @param sink
 *   Where problems go.
 */
export function checkTerminology(terminology: Terminology, concepts: readonly ConceptDraft[], sink: MessageSink): void {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const variantOf = new Map(terminology.variants.map((variant) => [`${variant.locale}\u0000${normalizeTerm(variant.value)}`, variant]));
  const preferredFor = new Map<string, TermEntry>();
  for (const entry of terminology.entries) {
    if (entry.concept === undefined) continue;
    if (byId.has(entry.concept.value)) {
      preferredFor.set(entry.concept.value, entry);
      continue;
    }
    const suggestions = suggest(entry.concept.value, [...byId.keys()]);
    sink.report('preferred-term', terminology.file.path, entry.concept.place, `Unexpected concept \`${entry.concept.value}\`, expected an existing concept id`, {
      actual: entry.concept.value,
      expected: suggestions,
      note: didYouMean(suggestions, 'Concept ids are the file names (without `.md`) in concepts/.'),
    });
  }
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.role !== 'label') continue;
      // Note: a label that is a listed variant is reported by the prose check (labels are running text).
      if (variantOf.has(`${term.locale}\u0000${normalizeTerm(term.value)}`)) continue;
      const preferred = preferredFor.get(concept.id)?.preferred[term.locale];
      if (preferred === undefined || preferred.value === term.value) continue;
      const expected = preferred.value;
      const line = preferred.place.start.line;
      sink.report('preferred-term', concept.file.path, term.place, `Unexpected label \`${term.value}\`, expected the preferred term \`${expected}\``, {
        actual: term.value,
        expected: [expected],
        note: didYouMean([expected], `content/terminology.md (line ${line}) prefers \`${expected}\`: make it the label and keep \`${term.value}\` as an alias if lookups need it.`),
      });
    }
  }
}
