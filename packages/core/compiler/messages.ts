/**
 * Every problem the content compiler reports, in one table: rule id → severity, when it fires, how to
 * fix it. The package README's "Messages" table is checked against this table by a test.
 *
 * @module
 */

/** How bad a problem is: errors fail the compile; warnings are printed but the data is still written. */
export type Severity = 'error' | 'warning';

/** What one rule means. */
export interface RuleInfo {
  /** Whether the rule fails the compile. */
  readonly severity: Severity;
  /** When the rule fires (one sentence). */
  readonly description: string;
  /** How to fix it (one sentence); the default hint of the rule's messages. */
  readonly fix: string;
}

/**
 * The rule table, in documentation order. Rule ids are stable kebab-case strings: tools may match on them.
 */
export const rules = {
  'missing-file': {
    severity: 'error',
    description: 'A required file or folder of the content folder (topics.md, concepts/ with at least one concept) is missing; pack.md, comparisons/, responsibility-matrix.md and terminology.md are optional.',
    fix: 'Create it; FORMAT.md (in @cloudvirt/core), "The content folder", lists every file and the section of its format.',
  },
  'stray-file': {
    severity: 'warning',
    description: 'A file or folder under concepts/ or comparisons/ is not a `.md` file, so it is ignored.',
    fix: 'Rename it to `<id>.md` or move it out of the content folder.',
  },
  'input-limit': {
    severity: 'error',
    description: 'A file is past a safety limit of the parsers: larger than 16 Mi characters, frontmatter larger than 64 Ki characters, a line indented more than 64 columns or opening more than 16 nested block quotes or lists, a paragraph with more than 2,000 emphasis, code or link delimiters, or nesting so deep that parsing overflowed.',
    fix: 'Split the text (blank lines between paragraphs) or flatten its nesting; real content stays far below these limits.',
  },
  'missing-frontmatter': {
    severity: 'error',
    description: 'A Markdown file does not start with a `---` YAML frontmatter block.',
    fix: 'Start the file with `---`, the YAML fields, then `---`.',
  },
  'bad-yaml': {
    severity: 'error',
    description: 'The frontmatter is not valid YAML (syntax error, bad indentation, duplicate key…).',
    fix: 'Fix the YAML syntax at the reported place; quote values that contain `: ` or start with a special character.',
  },
  'unknown-key': {
    severity: 'error',
    description: 'A frontmatter map has a key the format does not define (often a typo).',
    fix: 'Remove the key or correct its spelling; the file’s section of FORMAT.md (in @cloudvirt/core) lists the allowed keys.',
  },
  'missing-field': {
    severity: 'error',
    description: 'A required frontmatter field is absent.',
    fix: 'Add the field; the file’s section of FORMAT.md (in @cloudvirt/core) marks every required field.',
  },
  'wrong-type': {
    severity: 'error',
    description: 'A frontmatter value has the wrong YAML type (a list where a string is expected, a number…).',
    fix: 'Write the value in the expected shape; quote strings that YAML would read as numbers or booleans.',
  },
  'empty-text': {
    severity: 'error',
    description: 'A text (a frontmatter string or a body section) is empty.',
    fix: 'Write the text; every text needs content in both languages.',
  },
  'missing-language': {
    severity: 'error',
    description: 'A bilingual text lacks `en` or `zh`, or the body lacks its `# en` or `# zh` section.',
    fix: 'Add the missing language.',
  },
  'body-structure': {
    severity: 'error',
    description:
      'The body breaks its layout: content before `# en`, `# zh` before `# en`, a repeated or other depth-1 heading, raw HTML, or a body where none is allowed.',
    fix: 'Write the body as `# en`, English Markdown, `# zh`, Chinese Markdown; use Markdown instead of HTML.',
  },
  'bad-id': {
    severity: 'error',
    description: 'An id (file name, topic or dimension id) is not kebab-case ASCII.',
    fix: 'Use lower-case ASCII letters and digits separated by single hyphens (`[a-z0-9]+(-[a-z0-9]+)*`).',
  },
  'duplicate-id': {
    severity: 'error',
    description: 'Two topics have the same id.',
    fix: 'Give every topic its own id.',
  },
  'duplicate-item': {
    severity: 'error',
    description: 'A list (aliases, prerequisites, subjects, layers, models) repeats an entry.',
    fix: 'Remove the repeated entry.',
  },
  'alias-clash': {
    severity: 'error',
    description:
      'A label or alias normalizes to the same term as another concept’s label or alias in the same language, or an alias repeats its own concept’s label or alias.',
    fix: 'Keep the term on one concept only (lookups by term must be unambiguous); drop aliases equal to the label.',
  },
  'cross-language-clash': {
    severity: 'warning',
    description:
      'A label or alias of one language normalizes to the same term as another concept’s label or alias in the other language.',
    fix: 'Keep the term on one concept if you can; `findConcept` returns the concept that comes first in knowledge-base order.',
  },
  'unknown-kind': {
    severity: 'error',
    description: 'A concept’s `kind` is not one of the concept kinds.',
    fix: 'Use one of the kinds in FORMAT.md (in @cloudvirt/core), "Concept kinds"; the kinds are a fixed vocabulary, and a pack cannot declare kinds of its own in this version.',
  },
  'unknown-level': {
    severity: 'error',
    description: 'A concept’s `level` is not `fundamental`, `intermediate` or `advanced`.',
    fix: 'Use `fundamental`, `intermediate` or `advanced`.',
  },
  'unknown-topic': {
    severity: 'error',
    description: 'A concept or comparison names a topic that topics.md does not define.',
    fix: 'Use a topic id from topics.md, or add the topic there.',
  },
  'unknown-topic-parent': {
    severity: 'error',
    description: 'A topic’s `parent` is not a topic defined before it (parents come before children).',
    fix: 'Use the id of a topic listed above this one.',
  },
  'unknown-locale': {
    severity: 'error',
    description: 'A source’s `lang` is not `en` or `zh`.',
    fix: 'Write the language of the cited page: `en` or `zh`.',
  },
  'unknown-relation-type': {
    severity: 'error',
    description: 'A relation’s `type` is not one of the relation types.',
    fix: 'Use one of the types in FORMAT.md (in @cloudvirt/core), "Relation types" (`is-a`, `example-of`, `uses`…).',
  },
  'unknown-relation-target': {
    severity: 'error',
    description: 'A relation’s `target` is not the id of a concept.',
    fix: 'Use the id (file name without `.md`) of a file in concepts/.',
  },
  'self-relation': {
    severity: 'error',
    description: 'A relation points from a concept to itself.',
    fix: 'Remove the relation or point it at another concept.',
  },
  'duplicate-relation': {
    severity: 'error',
    description:
      'The same relation is stated twice (also when a symmetric relation such as `related` is stated on both sides).',
    fix: 'State each relation once, on one side.',
  },
  'broader-cycle': {
    severity: 'error',
    description: 'The broader relations (`is-a`, `example-of`, `part-of`, `subset-of`) form a cycle.',
    fix: 'Remove or reverse one relation of the reported cycle: the target of a broader relation is more general.',
  },
  'unknown-prerequisite': {
    severity: 'error',
    description: 'A prerequisite is not the id of a concept.',
    fix: 'Use the id (file name without `.md`) of a file in concepts/.',
  },
  'prerequisite-cycle': {
    severity: 'error',
    description: 'Prerequisites form a cycle (a concept is, directly or not, its own prerequisite).',
    fix: 'Remove one prerequisite of the reported cycle.',
  },
  'broken-concept-link': {
    severity: 'error',
    description: 'A body link `[text](concept:id)` names a concept that does not exist.',
    fix: 'Link to an existing concept id.',
  },
  'bad-url': {
    severity: 'error',
    description: 'A source or Wikipedia URL is not an absolute https URL (or a Wikipedia link is not on the matching Wikipedia).',
    fix: 'Write the full `https://` URL; Wikipedia links go to en.wikipedia.org (en) or zh.wikipedia.org (zh).',
  },
  'missing-source': {
    severity: 'error',
    description: 'A concept, comparison or the matrix has no `sources`.',
    fix: 'Cite at least one source (`url`, `lang`, `seed`, `title`).',
  },
  'bad-date': {
    severity: 'error',
    description: '`updated` is not a real date written YYYY-MM-DD.',
    fix: 'Write the date the record last changed as YYYY-MM-DD (e.g. 2026-11-26).',
  },
  'too-few-items': {
    severity: 'error',
    description: 'A comparison has fewer than two subjects or no dimension.',
    fix: 'Compare at least two concepts along at least one dimension.',
  },
  'comparison-unknown-subject': {
    severity: 'error',
    description: 'A comparison subject is not the id of a concept.',
    fix: 'Use the id (file name without `.md`) of a file in concepts/.',
  },
  'comparison-duplicate-dimension': {
    severity: 'error',
    description: 'Two dimensions of a comparison have the same id.',
    fix: 'Give every dimension its own id.',
  },
  'comparison-missing-cell': {
    severity: 'error',
    description: 'A comparison lacks the cell of a subject × dimension pair.',
    fix: 'Add the cell under `cells.<subject>.<dimension>`.',
  },
  'comparison-extra-cell': {
    severity: 'error',
    description: 'A comparison has a cell for a subject or dimension it does not list.',
    fix: 'Remove the cell, or add the subject to `subjects` / the dimension to `dimensions`.',
  },
  'matrix-unknown-layer': {
    severity: 'error',
    description:
      'A responsibility-matrix layer is not a `stack-layer` or `concept` concept, or a cell or note names a layer missing from `layers`.',
    fix: 'List stack-layer (or concept) ids in `layers` and use only those in `cells` and `notes`.',
  },
  'matrix-unknown-model': {
    severity: 'error',
    description:
      'A responsibility-matrix model is not a `service-model` or `concept` concept, or a cell or note names a model missing from `models`.',
    fix: 'List service-model (or concept, e.g. on-premises) ids in `models` and use only those in `cells` and `notes`.',
  },
  'matrix-missing-cell': {
    severity: 'error',
    description: 'The responsibility matrix lacks the cell of a model × layer pair.',
    fix: 'Add `cells.<model>.<layer>: provider | customer | shared`.',
  },
  'matrix-bad-manager': {
    severity: 'error',
    description: 'A responsibility-matrix cell is not `provider`, `customer` or `shared`.',
    fix: 'Write `provider`, `customer` or `shared`.',
  },
  'bad-match': {
    severity: 'error',
    description:
      'A `matches` entry of a concept has a type other than `exact` or `close`, or an IRI that is neither a Wikidata item (`http://www.wikidata.org/entity/Q…`) nor the DBpedia resource of the concept\'s own English Wikipedia article.',
    fix: 'Write `{type: close, iri: http://dbpedia.org/resource/<the title of wikipedia.en>}` or a Wikidata item you have checked; never a guessed id.',
  },
  'bad-base-iri': {
    severity: 'error',
    description: 'The `baseIri` of pack.md is not an https URL ending in `/` (or has a query or fragment).',
    fix: 'Write the site or namespace URL with a trailing slash, such as `https://example.org/kb/`.',
  },
  'unknown-license': {
    severity: 'error',
    description: 'The licence of pack.md has an SPDX id outside the accepted text licences (CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC-BY-NC-SA-4.0, CC-BY-ND-4.0, CC0-1.0), or a URL that is not that licence\'s.',
    fix: 'Use one of the accepted ids and its canonical URL (`CC-BY-SA-4.0` → `https://creativecommons.org/licenses/by-sa/4.0/`).',
  },
  'bad-short-name': {
    severity: 'error',
    description: 'The `shortName` of pack.md (used in Anki deck and note-type names) contains `::`, `"`, a control character or line break, or is longer than 32 characters.',
    fix: 'Write a short name such as `CloudVirt` in each language; the long name stays in `name`.',
  },
  'bad-version': {
    severity: 'error',
    description: 'The `version` of pack.md is not a semantic version MAJOR.MINOR.PATCH.',
    fix: 'Write a quoted version such as `"1.0.0"`.',
  },
  'yaml-portable': {
    severity: 'warning',
    description:
      'An unquoted frontmatter value reads differently in YAML 1.1 parsers (PyYAML…) than in YAML 1.2: `y`/`n`/`yes`/`no`/`on`/`off` in any case, a number with a leading zero, sexagesimal digits such as `1:30`, digits with `_`, `1e3`, `=`/`<<`, or a `?` in a value inside `{…}`/`[…]`.',
    fix: 'Quote the value (`"yes"`, `"1:30"`, `"Virtualizes hardware?"`); YYYY-MM-DD dates may stay unquoted.',
  },
  'no-meta-reference': {
    severity: 'warning',
    description:
      'Reader-facing text (labels, definitions, explanations, examples, notes, cells, titles, descriptions) speaks of its own source: “the seed”, “this article”, 原文, 本文, 该文, 这篇文章, 文中.',
    fix: 'State the claim, or attribute it by name (“Red Hat describes…”, “按照红帽的说法…”); provenance is the `sources` entry with `seed: true`.',
  },
  'preferred-term': {
    severity: 'warning',
    description:
      'Running text or a label uses a variant that terminology.md lists as not preferred, or a terminology.md entry names a concept that does not exist or whose label is not the preferred term.',
    fix: 'Write the preferred term from terminology.md; a variant may stay an alias of its concept.',
  },
  'zh-punctuation': {
    severity: 'warning',
    description:
      'Chinese text has an ASCII `,` `:` `;` `?` `!` next to a Chinese character, `.` right after one, or `(`…`)` next to or around Chinese (Latin-only runs, code and URLs excepted).',
    fix: 'Use the full-width form: ，：；？！。（）.',
  },
  'cjk-latin-spacing': {
    severity: 'warning',
    description: 'Chinese text has a space between a Chinese character and a Latin letter or digit (`IT 环境`).',
    fix: 'Remove the space (`IT环境`), as FORMAT.md (in @cloudvirt/core), "Style rules", says.',
  },
  'en-spelling': {
    severity: 'warning',
    description: 'English text uses a common British spelling (behaviour, virtualisation, centre, analyse, catalogue, licence, modelling…).',
    fix: 'Use the American spelling the hint gives (behavior, virtualization, center, analyze, catalog, license, modeling…).',
  },
} as const satisfies Record<string, RuleInfo>;

/** A stable kebab-case rule id (the "code" of a message). */
export type RuleId = keyof typeof rules;

/** Every rule id, in documentation order. */
export const ruleIds: readonly RuleId[] = Object.keys(rules) as RuleId[];
