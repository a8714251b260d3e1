/**
 * The identity every adapter derives its ids and names from: the knowledge base's `pack` (`content/pack.md`
 * of a compiled pack). Its `id` is the namespace of Anki GUIDs, note-type ids, deck ids and tags and the
 * stem of default file names; `shortName` names Anki decks and note types; `baseIri` mints linked-data
 * IRIs; `name` titles the dataset, the term set and the handbook. Two packs with different ids never share
 * an id, so importing one pack's deck cannot overwrite another's notes.
 *
 * @module
 */
import { expectKnowledgeBaseData, invalidTypeError, type KnowledgeBaseData, type LocalizedText, type Pack } from '@cloudvirt/core';

/** What the adapters read of a pack, with its defaults filled in. */
export interface PackIdentity {
  /** The pack id (kebab-case): the namespace of every id the adapters mint. */
  readonly id: string;
  /** The pack's name in both languages. */
  readonly name: LocalizedText;
  /** The short name for deck and note-type names: `pack.shortName`, else `pack.name`. */
  readonly shortName: LocalizedText;
  /** The base IRI of its linked data: `pack.baseIri`, else {@link packBaseIri}'s `https://<id>.example/`. */
  readonly baseIri: string;
  /** The description of its dataset (`pack.description`), when the pack declares one. */
  readonly description?: LocalizedText;
}

/**
 * The smallest valid `pack`, for the hint of a missing one (the same object `validateKnowledgeBase` of
 * `@cloudvirt/core` suggests).
 */
export const minimalPackHint =
  "{ id: 'my-pack', name: { en: 'My pack', zh: '我的知识包' }, license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', name: { en: '…', zh: '…' } }, creator: { name: { en: '…', zh: '…' } }, publisher: { name: { en: '…', zh: '…' } }, version: '1.0.0', created: 'YYYY-MM-DD', basedOn: [] }";

/**
 * Check that a value is an object with a non-empty string `id` (a pack, or the part of one a helper reads).
 *
 * @param what What the value is, for the message.
 * @param value The value received.
 * @throws {TypeError} When it is not.
 */
export function expectPackLike(what: string, value: unknown): asserts value is { readonly id: string } {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw invalidTypeError(what, value, "a pack (an object with a kebab-case `id`, such as kb.pack)");
}

/**
 * The base IRI of a pack's linked data: its `baseIri`, else `https://<id>.example/` (a name under the
 * `.example` top-level domain, reserved by RFC 2606, so a pack without a base IRI of its own never mints
 * IRIs in someone else's namespace; for CloudVirt, whose pack has no `baseIri`, that is
 * `https://cloudvirt.example/`, the base its IRIs always had).
 *
 * @param pack The pack (its `id` and optional `baseIri`).
 * @returns An https IRI ending in `/`.
 * @throws {TypeError} When `pack` is not an object with a string `id`.
 */
export function packBaseIri(pack: Pick<Pack, 'id' | 'baseIri'>): string {
  expectPackLike('`pack` argument of packBaseIri', pack);
  return pack.baseIri ?? `https://${pack.id}.example/`;
}

/**
 * The identity of a knowledge base, for an adapter entry point.
 *
 * @param fn The entry point's name, for messages (`toAnkiPackage`).
 * @param data Its knowledge-base argument (already checked to be knowledge-base data).
 * @returns The identity, defaults filled in.
 * @throws {TypeError} When `data` has no `pack`, or a `pack` without a string `id` (hand-built data: the
 *   hint shows the smallest valid pack and names `validateKnowledgeBase`).
 */
export function packIdentityOf(fn: string, data: KnowledgeBaseData): PackIdentity {
  const pack: unknown = data.pack;
  const id = pack !== null && typeof pack === 'object' ? (pack as { id?: unknown }).id : undefined;
  const name = pack !== null && typeof pack === 'object' ? (pack as { name?: unknown }).name : undefined;
  if (typeof id !== 'string' || id === '' || name === null || typeof name !== 'object') {
    throw invalidTypeError(
      `\`pack\` of the knowledge base argument of ${fn}`,
      pack,
      "the pack's identity (an object with an `id` and a `name` in both languages, as content/pack.md declares it)",
      `Every id and name ${fn} writes is derived from the pack (Anki GUIDs, note types, deck and file names, IRIs). Add \`pack\` to hand-built data and check it with validateKnowledgeBase from @cloudvirt/core; the smallest valid one: ${minimalPackHint}. A compiled pack takes it from content/pack.md.`,
    );
  }
  const known = pack as Pack;
  return {
    id: known.id,
    name: known.name,
    shortName: known.shortName ?? known.name,
    baseIri: packBaseIri(known),
    ...(known.description === undefined ? {} : { description: known.description }),
  };
}

/**
 * The identity the adapters derive a knowledge base's ids and names from: `kb.pack` with its defaults
 * (`shortName` → `name`, `baseIri` → `https://<id>.example/`).
 *
 * @param kb The knowledge base.
 * @returns Its pack id, names, short names and base IRI.
 * @throws {TypeError} When `kb` is not knowledge-base data or has no pack identity.
 * @example
 * ```ts
 * packIdentity(kb); // { id: 'cloudvirt', shortName: { en: 'CloudVirt', zh: 'CloudVirt' }, baseIri: 'https://cloudvirt.example/', … }
 * ```
 */
export function packIdentity(kb: KnowledgeBaseData): PackIdentity {
  expectKnowledgeBaseData('knowledge base argument of packIdentity', kb);
  return packIdentityOf('packIdentity', kb);
}
