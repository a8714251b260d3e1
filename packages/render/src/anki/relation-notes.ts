/**
 * Notes from typed relations: "Xen is an example of […]" → Paravirtualization, and
 * "[…] is an example of Paravirtualization" → Xen, with the other true answers listed so the
 * question stays unambiguous.
 *
 * @module
 */
import type { Concept, Locale, Relation } from '@cloudvirt/core';
import { commonNounKinds, relationTypes } from '@cloudvirt/core';
import type { ElementContent } from 'hast';
import type { BuildContext, AnkiPlannedNote } from './context.js';
import { tagOf } from './context.js';
import { ankiGuidFor } from './guid.js';
import { element, text, toFieldHtml } from './html.js';
import { phrases } from './phrases.js';
import { memoText } from './render-memo.js';

/** The memo part of a relation note's fields; bump the number when what the fields read changes. */
const relationFieldsPart = 'anki-relation-fields-1';

/** Relation types too vague to ask about. */
const skippedTypes: ReadonlySet<string> = new Set(['related']);

const blank: unique symbol = Symbol('blank');
type Segment = string | typeof blank;

const latinEdge = /[\p{Script=Latin}\p{N}]/u;
const hanEdge = /\p{Script=Han}/u;

/** "from label to" as segments: English with spaces; Chinese fills `…` in the label (`是…的实例`). */
function statement(locale: Locale, from: Segment, label: string, to: Segment): Segment[] {
  if (locale === 'en') return [from, ` ${label} `, to];
  const gap = label.indexOf('…');
  return gap === -1 ? [from, label, to] : ([from, label.slice(0, gap), to, label.slice(gap + 1)] as Segment[]).filter((part) => part !== '');
}

/** Segments → nodes; in Chinese a space separates Latin words from Han characters. */
function segmentsToNodes(locale: Locale, segments: readonly Segment[]): ElementContent[] {
  const nodes: ElementContent[] = [];
  let previous = '';
  for (const segment of segments) {
    const value = segment === blank ? phrases[locale].blank : segment;
    const first = value[0] ?? '';
    if (locale === 'zh' && previous !== '' && ((latinEdge.test(previous) && hanEdge.test(first)) || (hanEdge.test(previous) && latinEdge.test(first)))) {
      nodes.push(text(' '));
    }
    nodes.push(segment === blank ? element('span', { className: ['cv-blank'] }, [text(value)]) : text(value));
    previous = value.at(-1) ?? previous;
  }
  return nodes;
}

/** Kinds whose English labels are common nouns, lower-cased mid-sentence (core's vocabulary); products and names keep their case. */
const lowerCasedKinds: ReadonlySet<string> = new Set(commonNounKinds);

/** A concept's label as the object of a sentence ("… is an example of paravirtualization"). */
function objectLabel(concept: Concept, locale: Locale): string {
  const label = concept.label[locale];
  if (locale !== 'en' || !lowerCasedKinds.has(concept.kind) || !/^[A-Z][a-z]+(?:\s|-|$)/.test(label)) return label;
  return label[0]!.toLowerCase() + label.slice(1);
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Notes for every relation whose two ends are selected (except `related`).
 *
 * @param ctx Build context.
 */
export function relationNotes(ctx: BuildContext): AnkiPlannedNote[] {
  const relations = ctx.kb.relations;
  const ends = (relation: Relation): [Concept, Concept] => {
    const where = `relation \`${relation.from} ${relation.type} ${relation.to}\``;
    return [ctx.concept(relation.from, where), ctx.concept(relation.to, where)];
  };
  // The answers of "anchor —type→ ?" (forward) and "? —type→ anchor" (backward), in relation order; a
  // symmetric relation answers both ways. Indexed once, so a deck with R relations costs O(R), not O(R²).
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const keyOf = (type: string, anchor: string): string => `${type}\u0000${anchor}`;
  for (const other of relations) {
    const symmetric = relationTypes[other.type].symmetric;
    append(forward, keyOf(other.type, other.from), other.to);
    if (symmetric) append(forward, keyOf(other.type, other.to), other.from);
    append(backward, keyOf(other.type, other.to), other.from);
    if (symmetric) append(backward, keyOf(other.type, other.from), other.to);
  }
  /** Other concepts that answer "subject —type→ ?" (or "? —type→ object" when `reverse`). */
  const otherAnswers = (relation: Relation, reverse: boolean): Concept[] => {
    const anchor = reverse ? relation.to : relation.from;
    const answer = reverse ? relation.from : relation.to;
    const ids = (reverse ? backward : forward).get(keyOf(relation.type, anchor)) ?? [];
    return [...new Set(ids)].filter((id) => id !== answer && id !== anchor && ctx.isKnownConcept(id)).map((id) => ctx.concept(id, 'a relation'));
  };

  return relations.flatMap((relation, relationIndex): AnkiPlannedNote[] => {
    if (skippedTypes.has(relation.type) || !ctx.selected.has(relation.from) || !ctx.selected.has(relation.to)) return [];
    const [from, to] = ends(relation);
    const info = relationTypes[relation.type];
    const question = (reverse: boolean): ElementContent[] => {
      const others = otherAnswers(relation, reverse);
      return ctx.perLocale('div', ['cv-question'], (locale) => [
        ...segmentsToNodes(locale, statement(locale, reverse ? blank : from.label[locale], info.label[locale], reverse ? objectLabel(to, locale) : blank)),
        ...(others.length === 0
          ? []
          : [
              element('div', { className: ['cv-others'] }, [
                element('span', { className: ['cv-label'] }, [text(phrases[locale].otherAnswers)]),
                text(others.map((other) => other.label[locale]).join(phrases[locale].listSeparator)),
              ]),
            ]),
      ]);
    };
    const forwardOthers = otherAnswers(relation, false);
    const backwardOthers = otherAnswers(relation, true);
    const involved = [from, to, ...forwardOthers, ...backwardOthers];
    const render = (): string[] => [
      toFieldHtml(question(false)),
      toFieldHtml(ctx.labelBlock(to, 'cv-answer')),
      toFieldHtml(question(true)),
      toFieldHtml(ctx.labelBlock(from, 'cv-answer')),
      toFieldHtml(ctx.perLocale('div', ['cv-statement'], (locale) => segmentsToNodes(locale, statement(locale, from.label[locale], info.label[locale], objectLabel(to, locale))))),
      toFieldHtml(relation.note === undefined ? [] : ctx.perLocale('div', ['cv-note'], (locale) => [text(relation.note![locale])])),
      toFieldHtml(ctx.sourceLine(from.sources)),
    ];
    // The fields read the relation, the labels of its ends and of the other answers, the kind of its
    // target (lower-cased mid-sentence) and the sources of its subject.
    const fields = ctx.memo === undefined
      ? render()
      : (JSON.parse(
          memoText(
            ctx.memo,
            relationFieldsPart,
            `relation:${relation.from} ${relation.type} ${relation.to}`,
            () => JSON.stringify([ctx.lang, relation, from.label, from.sources, to.label, to.kind, forwardOthers.map((other) => other.label), backwardOthers.map((other) => other.label)]),
            () => JSON.stringify(render()),
          ),
        ) as string[]);
    return [
      {
        kind: 'relation',
        noteType: ctx.noteTypes.relation,
        guid: ankiGuidFor(ctx.pack.id, 'relation', relation.from, relation.type, relation.to, 'relation', ctx.lang),
        fields,
        tags: [ctx.tag('topic', from.topic), ctx.tag('card', 'relation'), ctx.tag('relation', relation.type), tagOf('level', from.level)],
        mod: ctx.modOf(involved),
        deck: ctx.deckFor(from.topic),
        order: [Math.max(ctx.rank(from.id), ctx.rank(to.id)), 2, relationIndex],
      },
    ];
  });
}
