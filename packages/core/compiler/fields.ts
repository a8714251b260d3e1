/**
 * Frontmatter fields shared by several file kinds: `sources`, `wikipedia`.
 *
 * @module
 */
import type { Locale, Source, WikipediaLinks } from '../src/model.js';
import { locales } from '../src/model.js';
import type { Entry, YamlReader } from './yaml-reader.js';

/**
 * Read `sources`: a non-empty list of `{url, lang, seed, title}`.
 *
 * @param reader
 *   The file's reader.
 * @param entry
 *   The `sources` entry, or `undefined` when the field is absent (reported by the map check).
 * @returns
 *   The sources when every one is valid.
 */
export function readSources(reader: YamlReader, entry: Entry | undefined): Source[] | undefined {
  if (entry === undefined) return undefined;
  const items = reader.list(entry);
  if (items === undefined) return undefined;
  if (items.length === 0) {
    reader.report('missing-source', entry.place, `Unexpected empty \`${entry.path}\`, expected at least one source`);
    return undefined;
  }
  const sources: Source[] = [];
  let valid = true;
  for (const item of items) {
    const fields = reader.map(item, { required: ['url', 'lang', 'seed', 'title'], what: 'a source' });
    if (fields === undefined) {
      valid = false;
      continue;
    }
    const urlEntry = fields.get('url');
    const langEntry = fields.get('lang');
    const seedEntry = fields.get('seed');
    const titleEntry = fields.get('title');
    const url = urlEntry === undefined ? undefined : reader.url(urlEntry);
    const lang = langEntry === undefined ? undefined : reader.oneOf<Locale>(langEntry, locales, 'unknown-locale', 'language');
    const fromSeed = seedEntry === undefined ? undefined : reader.boolean(seedEntry);
    const title = titleEntry === undefined ? undefined : reader.text(titleEntry);
    if (url === undefined || lang === undefined || fromSeed === undefined || title === undefined) {
      valid = false;
      continue;
    }
    sources.push({ url, title, lang, fromSeed });
  }
  return valid ? sources : undefined;
}

/**
 * Read `wikipedia`: optional `en` (on en.wikipedia.org) and `zh` (on zh.wikipedia.org) links.
 *
 * @param reader
 *   The file's reader.
 * @param entry
 *   The `wikipedia` entry, if present.
 * @returns
 *   The links (empty when absent), or `undefined` when one is invalid.
 */
export function readWikipedia(reader: YamlReader, entry: Entry | undefined): WikipediaLinks | undefined {
  if (entry === undefined) return {};
  const fields = reader.map(entry, { optional: ['en', 'zh'], what: 'Wikipedia links' });
  if (fields === undefined) return undefined;
  const links: { en?: string; zh?: string } = {};
  let valid = true;
  for (const locale of locales) {
    const field = fields.get(locale);
    if (field === undefined) continue;
    const url = reader.url(field, `${locale}.wikipedia.org`);
    if (url === undefined) valid = false;
    else links[locale] = url;
  }
  return valid ? links : undefined;
}
