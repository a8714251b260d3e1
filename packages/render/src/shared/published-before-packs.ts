/**
 * What a pack published before packs declared their identity, kept so its outputs never change: the
 * ids and texts CloudVirt minted by hand (random note-type ids, the deck description, the handbook title),
 * keyed by pack id. Every other pack derives them (`derived…` below); a pack's
 * entry here is never edited or removed, or learners' Anki note types would fork and the published
 * bytes change (the identity lock of `@cloudvirt/checks` watches the ids).
 *
 * @module
 */
import type { LocalizedText } from '@cloudvirt/core';
import type { AnkiCardKind } from '../anki/options.js';
import type { PackIdentity } from './pack-identity.js';

/** What one pack published before packs existed. */
export interface PublishedBeforePacks {
  /** The Anki note-type id of each card kind (picked at random once, then frozen). */
  readonly noteTypeIds: Readonly<Record<AnkiCardKind, number>>;
  /** The root deck's description, before the licence notice. */
  readonly deckDescription: LocalizedText;
  /** The handbook's `#` title. */
  readonly handbookTitle: LocalizedText;
}

/** The packs that published before packs existed: CloudVirt (`cloudvirt`) only. */
export const publishedBeforePacks: Readonly<Record<string, PublishedBeforePacks>> = {
  cloudvirt: {
    noteTypeIds: {
      definition: 1703077460648,
      bilingual: 1724526092683,
      cloze: 1714925612346,
      comparison: 1715071612054,
      responsibility: 1700658181826,
      relation: 1701268797737,
    },
    deckDescription: {
      en: 'Cloud computing and virtualization flashcards, generated from the CloudVirt knowledge base.',
      zh: '云计算与虚拟化闪卡，由 CloudVirt 知识库生成。',
    },
    handbookTitle: { en: 'Cloud Computing and Virtualization Handbook', zh: '云计算与虚拟化手册' },
  },
};

/**
 * What a pack publishes under its identity: its entry in {@link publishedBeforePacks}, else texts derived
 * from its name.
 *
 * @param pack The pack's identity.
 * @returns The deck description and the handbook title.
 */
export function packTexts(pack: PackIdentity): Omit<PublishedBeforePacks, 'noteTypeIds'> {
  const published = Object.hasOwn(publishedBeforePacks, pack.id) ? publishedBeforePacks[pack.id] : undefined;
  if (published !== undefined) return published;
  return {
    deckDescription: { en: `Flashcards generated from ${pack.name.en}.`, zh: `由${pack.name.zh}生成的闪卡。` },
    handbookTitle: pack.name,
  };
}

/**
 * The description of a pack's dataset and term set: its `description` (pack.md), else one derived from
 * its name (50–5000 characters in each language, as Google Dataset Search requires).
 *
 * @param pack The pack's identity.
 * @returns The description in both languages.
 */
export function packDatasetDescription(pack: PackIdentity): LocalizedText {
  return (
    pack.description ?? {
      en: `${pack.name.en}: a bilingual English–Chinese knowledge base; every concept has a definition, aliases and sources, with typed relations between concepts.`,
      zh: `${pack.name.zh}：一个中英双语知识库。每个概念都有中文和英文的定义、别名与来源，概念之间有带类型的关系，可供学习、检索与链接数据使用。`,
    }
  );
}
