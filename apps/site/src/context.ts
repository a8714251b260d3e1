/**
 * What every page renderer receives: the knowledge base, the base URL, the asset URLs, the list of
 * downloadable files and the redirects of renamed records.
 *
 * @module
 */
import type { KnowledgeBase } from '@cloudvirt/core';
import type { Redirect } from './redirects.js';
import type { SiteIdentity } from './site-identity.js';
import type { SocialCard } from './seo/social-card.js';

/** One file offered on the downloads page (written by {@link writeDownloads}). */
export interface DownloadEntry {
  /** Root-relative path of the file (`/kb.jsonld`, `/downloads/handbook-en.md`). */
  readonly path: string;
  /** Size in bytes. */
  readonly size: number;
  /** Short format name (`JSON-LD`, `Turtle`, `Markdown`, `Anki package`, `CSV`). */
  readonly format: string;
  /** MIME type, used as the link's `type`. */
  readonly mediaType: string;
  /** What the file is, in both languages. */
  readonly description: { readonly en: string; readonly zh: string };
  /** Language of the file's content, if it has exactly one (`en`, `zh`). */
  readonly lang?: 'en' | 'zh';
  /** For flashcard decks: how many notes and cards they hold. */
  readonly deck?: { readonly notes: number; readonly cards: number };
}

/** Root-relative URLs of the static assets, with a content hash so caches never serve stale copies. */
export interface AssetUrls {
  /** The stylesheet. */
  readonly css: string;
  /** Previews, matrix highlighting. */
  readonly siteScript: string;
  /** The graph drawing. */
  readonly graphScript: string;
  /** The search page script. */
  readonly searchScript: string;
  /** The favicon (SVG). */
  readonly icon: string;
}

/** Everything a page renderer needs. */
export interface SiteContext {
  /** The knowledge base (bilingual). */
  readonly kb: KnowledgeBase;
  /** The site's name, tagline, home texts and dataset description, from the pack (`siteIdentity`). */
  readonly identity: SiteIdentity;
  /** Normalized base URL, ending in `/` (see `normalizeSiteUrl`). */
  readonly siteUrl: string;
  /** Asset URLs. */
  readonly assets: AssetUrls;
  /** Files offered on the downloads page, in display order (empty when the build writes no downloads). */
  readonly downloads: readonly DownloadEntry[];
  /** Old page paths of renamed records to keep alive as redirect pages (see `redirects.ts`). */
  readonly redirects: readonly Redirect[];
  /**
   * Where the pages register their social card (`og:image`) as they render, by PNG path; the build
   * draws them after the pages (`writeSocialCards`). Absent: the tags are written, no card is kept.
   */
  readonly socialCards?: Map<string, SocialCard>;
}
