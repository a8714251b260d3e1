/**
 * What the search markup says about the pack (licence, creator, version, first publication, sources),
 * read from the knowledge base's `pack` (`content/pack.md`, compiled by `@cloudvirt/core`). Content
 * without a pack gets none of these properties, except the first publication date, which then falls back
 * to the earliest `updated` date of its records (the oldest date the content vouches for; no clock, no git).
 *
 * @module
 */
import type { KnowledgeBase, Locale, LocalizedText } from '@cloudvirt/core';

/** The parts of the pack the search markup uses (structurally the `Pack` of `@cloudvirt/core`). */
export interface PackMetadata {
  /** Pack id. */
  readonly id: string;
  /** The pack's name in both languages. */
  readonly name: LocalizedText;
  /** Licence of the knowledge text. */
  readonly license: { readonly id: string; readonly url: string; readonly name: LocalizedText };
  /** Who wrote the text. */
  readonly creator: { readonly name: LocalizedText; readonly url?: string };
  /** Content version. */
  readonly version: string;
  /** First publication (YYYY-MM-DD). */
  readonly created: string;
  /** The works the text derives from. */
  readonly basedOn: readonly { readonly title: LocalizedText; readonly lang: Locale; readonly url?: string; readonly author?: string }[];
}

/**
 * The pack of a knowledge base, when its content declares one.
 *
 * @param kb The knowledge base.
 */
export function packOf(kb: KnowledgeBase): PackMetadata | undefined {
  return (kb as { readonly pack?: PackMetadata }).pack;
}

/**
 * The date the text was first published: the pack's `created`, else the earliest `updated` of the
 * records (concepts, comparisons, the matrix).
 *
 * @param kb The knowledge base.
 */
export function firstPublished(kb: KnowledgeBase): string {
  const created = packOf(kb)?.created;
  if (created !== undefined) return created;
  const dates = [...kb.concepts.map((c) => c.updated), ...kb.comparisons.map((c) => c.updated), kb.responsibilityMatrix.updated];
  return dates.reduce((earliest, date) => (date < earliest ? date : earliest));
}
