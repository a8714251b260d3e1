/**
 * Checks across files: topics, relation targets, duplicate relations, broader and prerequisite cycles,
 * alias clashes, `concept:` links, comparison subjects and the matrix's layers and models.
 *
 * @module
 */
import type { ConceptKind } from '../src/model.js';
import { normalizeTerm } from '../src/normalize.js';
import { relationTypes } from '../src/relation-types.js';
import { suggest } from '../src/suggest.js';
import type { Edge } from './graph.js';
import { findCycles } from './graph.js';
import type { Located } from './markdown.js';
import type { MessageSink } from './message.js';
import { didYouMean } from './message.js';
import type { RuleId } from './messages.js';
import type { ComparisonDraft } from './parse-comparison.js';
import type { ConceptDraft, TermDraft } from './parse-concept.js';
import type { MatrixDraft } from './parse-matrix.js';
import type { TopicDraft } from './parse-topics.js';

/**
 * Kinds a responsibility-matrix layer may have: a `stack-layer`, or a `concept` that also serves as a layer
 * (`virtualization` is a technology first and one of the nine layers second).
 */
export const matrixLayerKinds: readonly ConceptKind[] = ['stack-layer', 'concept'];

/**
 * Kinds a responsibility-matrix model (column) may have: a `service-model`, or a `concept` baseline such as
 * `on-premises`, which is the absence of a cloud service model rather than one of them.
 */
export const matrixModelKinds: readonly ConceptKind[] = ['service-model', 'concept'];

/** Everything read from the content folder, before cross-file checks. */
export interface Drafts {
  /** Topics in file order; `undefined` when topics.md is missing or unreadable (topic checks are skipped). */
  readonly topics: readonly TopicDraft[] | undefined;
  /** Concepts in knowledge-base order. */
  readonly concepts: readonly ConceptDraft[];
  /** Comparisons in knowledge-base order. */
  readonly comparisons: readonly ComparisonDraft[];
  /** The matrix, if readable. */
  readonly matrix: MatrixDraft | undefined;
}

/** Where a term was first seen. */
interface TermOwner {
  readonly concept: ConceptDraft;
  readonly term: TermDraft;
}

/** Cross-file checker over one set of drafts. */
class Validator {
  readonly #ids: string[];
  readonly #concepts: Map<string, ConceptDraft>;
  readonly #terms = new Map<string, string>();

  constructor(
    private readonly drafts: Drafts,
    private readonly sink: MessageSink,
  ) {
    this.#ids = drafts.concepts.map((concept) => concept.id);
    this.#concepts = new Map(drafts.concepts.map((concept) => [concept.id, concept]));
    for (const concept of drafts.concepts) {
      for (const term of concept.terms) {
        const key = normalizeTerm(term.value);
        if (!this.#terms.has(key)) this.#terms.set(key, concept.id);
      }
    }
  }

  /** Run every check. */
  run(): void {
    this.checkTopics();
    this.checkTerms();
    this.checkRelations();
    this.checkPrerequisites();
    this.checkLinks();
    this.checkComparisons();
    this.checkMatrix();
  }

  /** Suggest an id for an unknown reference: the concept it names by label/alias, else the closest id. */
  suggestId(value: string): string[] {
    const byTerm = this.#terms.get(normalizeTerm(value));
    if (byTerm !== undefined && byTerm !== value) return [byTerm];
    return suggest(value, this.#ids);
  }

  /**
   * Report a reference to a concept that does not exist; true when it does exist.
   * `what` names the reference ("relation target"), or renders it from the value.
   */
  checkReference(file: string, reference: Located, rule: RuleId, what: string | ((value: string) => string)): boolean {
    if (this.#concepts.has(reference.value)) return true;
    const suggestions = this.suggestId(reference.value);
    const subject = typeof what === 'function' ? what(reference.value) : `${what} \`${reference.value}\``;
    this.sink.report(rule, file, reference.place, `Unexpected ${subject}, expected an existing concept id`, {
      actual: reference.value,
      expected: suggestions,
      note: didYouMean(suggestions, 'Concept ids are the file names (without `.md`) in concepts/.'),
    });
    return false;
  }

  checkTopics(): void {
    if (this.drafts.topics === undefined) return;
    const topicIds = this.drafts.topics.map((topic) => topic.id.value);
    const check = (file: string, topic: Located | undefined): void => {
      if (topic === undefined || topicIds.includes(topic.value)) return;
      const suggestions = suggest(topic.value, topicIds);
      this.sink.report('unknown-topic', file, topic.place, `Unexpected topic \`${topic.value}\`, expected a topic id from topics.md`, {
        actual: topic.value,
        expected: suggestions,
        note: didYouMean(suggestions, 'Use a topic id from topics.md, or add the topic there.'),
      });
    };
    for (const concept of this.drafts.concepts) check(concept.file.path, concept.topic);
    for (const comparison of this.drafts.comparisons) check(comparison.file.path, comparison.topic);
  }

  checkTerms(): void {
    // `owners` per language (clashes are errors); `anyLanguage` across languages (clashes are warnings).
    const owners = new Map<string, TermOwner>();
    const anyLanguage = new Map<string, TermOwner>();
    for (const concept of this.drafts.concepts) {
      const file = concept.file.path;
      for (const term of concept.terms) {
        const key = normalizeTerm(term.value);
        const localKey = `${term.locale}\u0000${key}`;
        const previous = owners.get(localKey);
        if (previous !== undefined) {
          if (previous.concept === concept) {
            this.sink.report(
              'alias-clash',
              file,
              term.place,
              `Unexpected alias \`${term.value}\`, expected an alias different from the ${previous.term.role} \`${previous.term.value}\``,
              {
                actual: term.value,
                note: 'Lookups ignore case, width, spaces and punctuation, so this alias adds nothing: remove it.',
              },
            );
          } else {
            this.sink.report(
              'alias-clash',
              file,
              term.place,
              `Unexpected ${term.role} \`${term.value}\`, expected a term no other concept uses (\`${previous.concept.id}\` has the ${previous.term.role} \`${previous.term.value}\`)`,
              { actual: term.value, note: `${this.where(previous)}. Lookups by term must be unambiguous: keep the term on one concept only.` },
            );
          }
          continue;
        }
        owners.set(localKey, { concept, term });
        const other = anyLanguage.get(key);
        if (other === undefined) {
          anyLanguage.set(key, { concept, term });
        } else if (other.concept !== concept) {
          this.sink.report(
            'cross-language-clash',
            file,
            term.place,
            `Unexpected ${term.locale} ${term.role} \`${term.value}\`, expected a term no other concept uses in any language (\`${other.concept.id}\` has the ${other.term.locale} ${other.term.role} \`${other.term.value}\`)`,
            { actual: term.value, note: `${this.where(other)}. \`findConcept\` will return \`${other.concept.id}\` for this term.` },
          );
        }
      }
    }
  }

  /** "`x` is at file:line:column" for a term. */
  where(owner: TermOwner): string {
    const { line, column } = owner.term.place.start;
    return `\`${owner.term.value}\` is at ${owner.concept.file.path}:${line}:${column}`;
  }

  checkRelations(): void {
    const seen = new Map<string, string>(); // relation key → "file:line:column" of its first statement
    const broaderEdges: Edge[] = [];
    for (const concept of this.drafts.concepts) {
      const file = concept.file.path;
      for (const relation of concept.relations) {
        if (!this.checkReference(file, relation.target, 'unknown-relation-target', 'relation target')) continue;
        const to = relation.target.value;
        const info = relationTypes[relation.type];
        const forward = `${concept.id} ${relation.type} ${to}`;
        const key = info.symmetric ? [concept.id, to].sort().join(` ${relation.type} `) : forward;
        const first = seen.get(key);
        if (first !== undefined) {
          this.sink.report('duplicate-relation', file, relation.place, `Unexpected second relation \`${forward}\`, expected each relation once`, {
            actual: forward,
            note: `Already stated at ${first}. ${info.symmetric ? `\`${relation.type}\` is symmetric: state it on one side only.` : 'Remove the repeated relation.'}`,
          });
          continue;
        }
        seen.set(key, `${file}:${relation.place.start.line}:${relation.place.start.column}`);
        if (info.skos === 'broader') broaderEdges.push({ from: concept.id, to, file, place: relation.place });
      }
    }
    for (const cycle of findCycles(this.#ids, broaderEdges)) {
      const edge = cycle.edges[0];
      if (edge === undefined) continue;
      this.sink.report('broader-cycle', edge.file, edge.place, `Unexpected broader cycle ${cycle.path.join(' → ')}, expected broader relations to lead to more general concepts`, {
        actual: cycle.path.join(' → '),
      });
    }
  }

  checkPrerequisites(): void {
    const edges: Edge[] = [];
    for (const concept of this.drafts.concepts) {
      const file = concept.file.path;
      for (const prerequisite of concept.prerequisites) {
        if (!this.checkReference(file, prerequisite, 'unknown-prerequisite', 'prerequisite')) continue;
        edges.push({ from: concept.id, to: prerequisite.value, file, place: prerequisite.place });
      }
    }
    for (const cycle of findCycles(this.#ids, edges)) {
      const edge = cycle.edges[0];
      if (edge === undefined) continue;
      const reason =
        cycle.edges.length === 1
          ? `Unexpected prerequisite \`${edge.to}\` on itself, expected another concept`
          : `Unexpected prerequisite cycle ${cycle.path.join(' → ')}, expected prerequisites to lead to more basic concepts`;
      this.sink.report('prerequisite-cycle', edge.file, edge.place, reason, { actual: cycle.path.join(' → ') });
    }
  }

  checkLinks(): void {
    const files = [
      ...this.drafts.concepts.map((concept) => ({ file: concept.file.path, links: concept.links })),
      ...this.drafts.comparisons.map((comparison) => ({ file: comparison.file.path, links: comparison.links })),
      ...(this.drafts.matrix === undefined ? [] : [{ file: this.drafts.matrix.file.path, links: this.drafts.matrix.links }]),
    ];
    for (const { file, links } of files) {
      for (const link of links) this.checkReference(file, link, 'broken-concept-link', (id) => `link to \`concept:${id}\``);
    }
  }

  checkComparisons(): void {
    for (const comparison of this.drafts.comparisons) {
      for (const subject of comparison.subjects) {
        this.checkReference(comparison.file.path, subject, 'comparison-unknown-subject', 'comparison subject');
      }
    }
  }

  checkMatrix(): void {
    const matrix = this.drafts.matrix;
    if (matrix === undefined) return;
    const check = (reference: Located, kinds: readonly ConceptKind[], rule: RuleId, what: string): void => {
      if (!this.checkReference(matrix.file.path, reference, rule, what)) return;
      const actual = this.#concepts.get(reference.value)?.kind;
      if (actual === undefined || kinds.includes(actual)) return;
      const expected = kinds.map((kind) => `\`${kind}\``).join(' or ');
      this.sink.report(rule, matrix.file.path, reference.place, `Unexpected ${what} \`${reference.value}\` of kind \`${actual}\`, expected a ${expected} concept`, {
        actual,
        expected: [...kinds],
      });
    };
    for (const layer of matrix.layers) check(layer, matrixLayerKinds, 'matrix-unknown-layer', 'layer');
    for (const model of matrix.models) check(model, matrixModelKinds, 'matrix-unknown-model', 'model');
  }
}

/**
 * Run the cross-file checks, reporting into `sink`.
 *
 * @param drafts
 *   Everything read from the content folder.
 * @param sink
 *   Where problems go.
 */
export function validateDrafts(drafts: Drafts, sink: MessageSink): void {
  new Validator(drafts, sink).run();
}
