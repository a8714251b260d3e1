/**
 * Every public id of a knowledge base's outputs, computed from the data and the adapters' own id
 * functions: concept, comparison and topic ids, site URLs, JSON-LD `@id`s, Anki GUIDs, note-type and deck
 * ids, and Markdown handbook anchors. The identity lock (`identity.lock.json`) freezes this list.
 *
 * @module
 */
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { locales } from '@cloudvirt/core';
import { ankiCardKinds, ankiDeckIdFor, ankiGuidFor, ankiLanguages, cloudVirtNoteTypes, planAnkiDeck, type AnkiLanguage } from '@cloudvirt/render/anki';
import { kbIris } from '@cloudvirt/render/jsonld';
import { handbookAnchors } from './handbook-anchors.js';
import { sitePaths } from './site-scheme.js';

/** The groups of public ids, one per kind of identifier. */
export const identityGroups = [
  'concept',
  'comparison',
  'topic',
  'site-url',
  'jsonld-iri',
  'anki-guid',
  'anki-note-type',
  'anki-deck',
  'handbook-anchor',
] as const;

/** One group of public ids. */
export type IdentityGroup = (typeof identityGroups)[number];

/**
 * One public id: the record it identifies (a `/`-separated path such as `concept/kvm` or
 * `comparison-cell/service-models/iaas/control`, plus an optional facet such as `en` or `definition en`)
 * and the id itself.
 */
export interface IdentityEntry {
  /** Which kind of id. */
  readonly group: IdentityGroup;
  /** The record, as path segments: `['concept', 'kvm']`. */
  readonly record: readonly string[];
  /** What of the record (language, card kind…), or `''`. */
  readonly facet: string;
  /** The id itself: a string (URL, IRI, GUID, anchor) or a number (note-type, field, deck id). */
  readonly value: string | number;
}

/** Options of {@link collectIdentity}. */
export interface IdentityOptions {
  /** The site's base URL and the dataset's base IRI. Default `https://cloudvirt.example/`. */
  readonly baseIri?: string;
}

/** Separator between a key's record path and its facet. */
const facetSeparator = ' | ';

/** Escape a record segment: `%`, `/` and `|` are percent-encoded, everything else stays readable. */
function escapeSegment(segment: string): string {
  return segment.replaceAll('%', '%25').replaceAll('/', '%2F').replaceAll('|', '%7C');
}

/**
 * The lock key of an entry: `concept/kvm`, `concept/kvm | en`, `comparison-cell/a/b/c | comparison zh`.
 *
 * @param entry An entry (or its record and facet).
 * @returns Its key, unique within its group.
 */
export function identityKey(entry: Pick<IdentityEntry, 'record' | 'facet'>): string {
  const path = entry.record.map(escapeSegment).join('/');
  return entry.facet === '' ? path : `${path}${facetSeparator}${entry.facet}`;
}

/**
 * Split a lock key back into record and facet.
 *
 * @param key A key made by {@link identityKey}.
 * @returns The record segments and the facet.
 */
export function parseIdentityKey(key: string): { record: string[]; facet: string } {
  const at = key.indexOf(facetSeparator);
  const path = at === -1 ? key : key.slice(0, at);
  return { record: path.split('/').map((segment) => decodeURIComponent(segment)), facet: at === -1 ? '' : key.slice(at + facetSeparator.length) };
}

/**
 * Every public id of a knowledge base, in a deterministic order.
 *
 * @param kb The knowledge base (the bundled one, or a compiled content pack).
 * @param options The base IRI.
 * @returns The entries, grouped in {@link identityGroups} order.
 */
export function collectIdentity(kb: KnowledgeBaseData, options: IdentityOptions = {}): IdentityEntry[] {
  const iris = kbIris(options.baseIri === undefined ? {} : { baseIri: options.baseIri });
  const entries: IdentityEntry[] = [];
  const add = (group: IdentityGroup, record: readonly string[], facet: string, value: string | number): void => {
    entries.push({ group, record, facet, value });
  };

  for (const concept of kb.concepts) add('concept', ['concept', concept.id], '', concept.id);
  for (const comparison of kb.comparisons) add('comparison', ['comparison', comparison.id], '', comparison.id);
  for (const topic of kb.topics) add('topic', ['topic', topic.id], '', topic.id);

  for (const page of sitePaths(kb)) add('site-url', page.record, page.facet, page.path);

  for (const concept of kb.concepts) add('jsonld-iri', ['concept', concept.id], '', iris.concept(concept.id));
  for (const topic of kb.topics) add('jsonld-iri', ['topic', topic.id], '', iris.topic(topic.id));
  for (const comparison of kb.comparisons) {
    const base = iris.comparison(comparison.id);
    add('jsonld-iri', ['comparison', comparison.id], '', base);
    for (const cell of comparison.cells) {
      add('jsonld-iri', ['comparison-cell', comparison.id, cell.subject, cell.dimension], '', `${base}/cells/${cell.subject}/${cell.dimension}`);
    }
  }
  add('jsonld-iri', ['matrix'], '', iris.matrix);
  for (const cell of kb.responsibilityMatrix.cells) {
    add('jsonld-iri', ['matrix-cell', cell.model, cell.layer], '', `${iris.matrix}/cells/${cell.model}/${cell.layer}`);
  }
  for (const relation of kb.relations) {
    if (relation.note !== undefined) add('jsonld-iri', ['relation', relation.from, relation.type, relation.to], '', iris.relation(relation));
  }
  add('jsonld-iri', ['scheme'], '', iris.scheme);

  for (const lang of ankiLanguages) {
    const plan = planAnkiDeck(kb, { lang, cardKinds: ankiCardKinds });
    const records = ankiNoteRecords(kb, lang);
    for (const note of plan.notes) {
      const record = records.get(note.guid);
      if (record === undefined) {
        throw new Error(
          `The ${lang} deck has a note (${note.kind}, GUID ${note.guid}) whose GUID derives from no record of the knowledge base.\n` +
            'hint: the GUID derivation of @cloudvirt/render/anki changed; GUIDs must stay ankiGuidFor(cloudvirt, <record>, <card kind>, <language>).',
        );
      }
      add('anki-guid', record.path, `${note.kind} ${lang}`, note.guid);
    }
    for (const deck of plan.decks) add('anki-deck', ['deck', lang, deck.name], '', ankiDeckIdFor(deck.name));
  }
  for (const noteType of Object.values(cloudVirtNoteTypes)) {
    add('anki-note-type', ['note-type', noteType.name], '', noteType.id);
    for (const field of noteType.fields) add('anki-note-type', ['note-type', noteType.name, 'field', field.name], '', field.id);
    for (const template of noteType.templates) add('anki-note-type', ['note-type', noteType.name, 'template', template.name], '', template.id);
  }

  for (const lang of locales) {
    for (const anchor of handbookAnchors(kb, lang)) add('handbook-anchor', anchor.record, lang, anchor.anchor);
  }

  const order = new Map(identityGroups.map((group, index) => [group, index]));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (order.get(a.entry.group) ?? 0) - (order.get(b.entry.group) ?? 0) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * Every record a note of a deck can stand for, by the GUID it must have: GUIDs derive from the record,
 * the card kind and the deck language only (never from text), as `ankiGuidFor` documents.
 *
 * @param kb The knowledge base.
 * @param lang The deck language.
 * @returns GUID → record path (`['concept', 'kvm']`, `['relation', from, type, to]`, `['comparison-cell', …]`, `['matrix-cell', …]`).
 */
export function ankiNoteRecords(kb: KnowledgeBaseData, lang: AnkiLanguage): Map<string, { path: string[] }> {
  const records = new Map<string, { path: string[] }>();
  for (const concept of kb.concepts) {
    for (const kind of ['definition', 'bilingual', 'cloze'] as const) {
      records.set(ankiGuidFor('cloudvirt', 'concept', concept.id, kind, lang), { path: ['concept', concept.id] });
    }
  }
  for (const comparison of kb.comparisons) {
    for (const cell of comparison.cells) {
      records.set(ankiGuidFor('cloudvirt', 'comparison', comparison.id, cell.subject, cell.dimension, 'comparison', lang), {
        path: ['comparison-cell', comparison.id, cell.subject, cell.dimension],
      });
    }
  }
  for (const cell of kb.responsibilityMatrix.cells) {
    records.set(ankiGuidFor('cloudvirt', 'responsibility', cell.model, cell.layer, 'responsibility', lang), {
      path: ['matrix-cell', cell.model, cell.layer],
    });
  }
  for (const relation of kb.relations) {
    records.set(ankiGuidFor('cloudvirt', 'relation', relation.from, relation.type, relation.to, 'relation', lang), {
      path: ['relation', relation.from, relation.type, relation.to],
    });
  }
  return records;
}

/**
 * Group entries into the lock's shape: group → key → id, keys in entry order.
 *
 * @param entries Entries from {@link collectIdentity}.
 * @returns The ids by group and key.
 * @throws {Error} When two entries of a group share a key (two records would claim one id slot).
 */
export function groupIdentity(entries: readonly IdentityEntry[]): Record<IdentityGroup, Record<string, string | number>> {
  const groups = Object.fromEntries(identityGroups.map((group) => [group, {}])) as Record<IdentityGroup, Record<string, string | number>>;
  for (const entry of entries) {
    const key = identityKey(entry);
    const group = groups[entry.group];
    if (Object.hasOwn(group, key)) throw new Error(`Duplicate public id key \`${key}\` in group \`${entry.group}\`.`);
    group[key] = entry.value;
  }
  return groups;
}

