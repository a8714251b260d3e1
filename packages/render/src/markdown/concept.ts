/**
 * One concept as Markdown: heading, kind and level, aliases, definition (with its sources as
 * footnotes), explanation, examples, relations in both directions, prerequisites.
 *
 * @module
 */
import { conceptKindLabels, levelLabels, relationTypes, type Concept, type ConceptIdOf, type KnowledgeBaseData, type Locale, type Relation } from '@cloudvirt/core';
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { conceptAnchorKey, MarkdownContext, paragraph, plain } from './context.js';
import { storedMarkdownBlocks } from './explanation-blocks.js';
import { requireRecord } from './kb-index.js';
import { markdownLabels } from './labels.js';
import { checkMarkdownArguments, defaultConceptUrlPattern, type MarkdownOptions } from './options.js';
import { stringifyMarkdown } from './stringify.js';

/**
 * The section of one concept, for a larger document.
 *
 * @param context The document being built.
 * @param concept The concept.
 * @param depth Depth of the concept's heading.
 * @returns The heading followed by the concept's content.
 */
export function conceptSection(context: MarkdownContext, concept: Concept, depth: number): RootContent[] {
  const blocks: RootContent[] = [context.heading(depth, context.text(concept.label), conceptAnchorKey(concept.id))];
  blocks.push(paragraph({ type: 'emphasis', children: [plain(`${context.text(conceptKindLabels[concept.kind])} — ${context.text(levelLabels[concept.level])}`)] }));

  const aliases = unique(context.languages.flatMap((lang) => concept.aliases[lang]));
  if (aliases.length > 0) blocks.push(paragraph(strong(context.labelWithColon(markdownLabels.alsoKnownAs)), plain(` ${aliases.join(', ')}`)));

  const definitions = context.paragraphs(concept.definition);
  definitions.at(-1)!.children.push(...concept.sources.map((source) => context.sourceReference(source)));
  blocks.push(...definitions);

  for (const lang of context.languages) {
    blocks.push(...storedMarkdownBlocks(context, concept.explanation[lang], lang, depth, `${concept.id}-${lang}`));
  }

  if (concept.examples.length > 0) {
    blocks.push(paragraph(strong(context.text(markdownLabels.examples))));
    blocks.push(list(concept.examples.map((example) => pairedItem(context, (lang) => [plain(example[lang])]))));
  }

  const relationItems = [
    ...(context.kb.outgoing.get(concept.id) ?? []).map((relation) => relationItem(context, relation, 'outgoing')),
    ...(context.kb.incoming.get(concept.id) ?? []).map((relation) => relationItem(context, relation, 'incoming')),
  ];
  if (relationItems.length > 0) {
    blocks.push(paragraph(strong(context.text(markdownLabels.relations))));
    blocks.push(list(relationItems));
  }

  if (concept.prerequisites.length > 0) {
    const links = concept.prerequisites.flatMap((id, index): PhrasingContent[] => [...(index > 0 ? [plain(', ')] : []), context.conceptLink(id)]);
    blocks.push(paragraph(strong(context.labelWithColon(markdownLabels.prerequisites)), plain(' '), ...links));
  }
  return blocks;
}

/**
 * One concept as a standalone Markdown document (mdast).
 *
 * @param data The knowledge base.
 * @param id Concept id (with the bundled `kb`, a `ConceptId`: typos fail to compile).
 * @param options Language, link mode (default: site pages `/{lang}/concepts/{id}/`), base URL.
 * @returns The finalized mdast root.
 * @throws {TypeError} On a missing knowledge base, a non-string id or an unknown option key.
 * @throws {RangeError} When `id` is not a concept of `data` (with a did-you-mean) or `lang` is unknown.
 */
export function conceptToMdast<K extends KnowledgeBaseData>(data: K, id: ConceptIdOf<K>, options?: MarkdownOptions): Root {
  return conceptDocument('conceptToMdast', data, id, options);
}

function conceptDocument(fn: string, data: KnowledgeBaseData, id: string, options: MarkdownOptions | undefined): Root {
  const context = new MarkdownContext(data, checkMarkdownArguments(fn, data, options, { pattern: defaultConceptUrlPattern }));
  const concept = requireRecord(context.kb.concepts, id, 'concept');
  return context.finalizeDocument({ type: 'root', children: conceptSection(context, concept, 1) });
}

/**
 * One concept as a standalone Markdown document.
 *
 * @param data The knowledge base.
 * @param id Concept id (with the bundled `kb`, a `ConceptId`: typos fail to compile).
 * @param options Language, link mode (default: site pages `/{lang}/concepts/{id}/`), base URL.
 * @returns Markdown (GFM).
 * @throws {TypeError} On a missing knowledge base, a non-string id or an unknown option key.
 * @throws {RangeError} When `id` is not a concept of `data` (with a did-you-mean) or `lang` is unknown.
 */
export function toMarkdownConcept<K extends KnowledgeBaseData>(data: K, id: ConceptIdOf<K>, options?: MarkdownOptions): string {
  return stringifyMarkdown(conceptDocument('toMarkdownConcept', data, id, options));
}

function relationItem(context: MarkdownContext, relation: Relation, direction: 'outgoing' | 'incoming'): ListItem {
  const info = relationTypes[relation.type];
  const [subjectId, objectId] = direction === 'outgoing' ? [relation.from, relation.to] : [relation.to, relation.from];
  const subject = context.kb.concepts.get(subjectId);
  const object = context.kb.concepts.get(objectId);
  return pairedItem(context, (lang) => {
    const template = direction === 'outgoing' ? info.label[lang] : info.inverseLabel[lang];
    const objectLink = context.conceptLink(objectId, [plain(object ? object.label[lang] : objectId)], lang);
    const note = relation.note ? [plain(` — ${relation.note[lang]}`)] : [];
    return [...relationPhrase(subject ? subject.label[lang] : subjectId, template, objectLink, lang), ...note];
  });
}

/**
 * "Xen is an example of [Paravirtualization]" / "Xen 是[类虚拟化]的实例": the object goes where the
 * label has `…`, or after the label.
 */
function relationPhrase(subject: string, template: string, object: PhrasingContent, lang: Locale): PhrasingContent[] {
  const [before = '', after = ''] = template.split('…', 2);
  const space = lang === 'en' ? ' ' : '';
  const tail = after.trim() === '' ? [] : [plain(`${space}${after.trim()}`)];
  return [plain(`${subject}${space}${before.trim()}${space}`), object, ...tail];
}

/** A list item whose content is given per language; both languages are separated by a line break. */
function pairedItem(context: MarkdownContext, content: (lang: Locale) => PhrasingContent[]): ListItem {
  const children = context.languages.flatMap((lang, index): PhrasingContent[] => [...(index > 0 ? [{ type: 'break' as const }] : []), ...content(lang)]);
  return { type: 'listItem', spread: false, children: [paragraph(...children)] };
}

function list(items: ListItem[]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items };
}

function strong(text: string): PhrasingContent {
  return { type: 'strong', children: [plain(text)] };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
