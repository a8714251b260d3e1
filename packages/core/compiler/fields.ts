/**
 * Frontmatter fields shared by several file kinds: `sources`, `wikipedia`.
 *
 * @module
 */
import type { ConceptMatch, Locale, Source, WikipediaLinks } from '../src/model.js';
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

/** The prefix of DBpedia resource IRIs: DBpedia names each resource after its English Wikipedia article. */
export const dbpediaResource = 'http://dbpedia.org/resource/';
/** A Wikidata item IRI (`Q` and digits). */
export const wikidataItem = /^http:\/\/www\.wikidata\.org\/entity\/Q[1-9]\d*$/u;
/** The mapping types of `matches`: `exact` (skos:exactMatch) and `close` (skos:closeMatch). */
export const matchTypes = ['exact', 'close'] as const;

/**
 * Read `matches`: a list of `{type: exact | close, iri}` (`bad-match` otherwise). A DBpedia IRI must be the
 * resource of the concept's own `wikipedia.en` article (its title after `/wiki/`), so the mapping follows
 * from a link the record already makes; a Wikidata IRI must name an item (`Q` and digits).
 *
 * @param reader
 *   The file's reader.
 * @param entry
 *   The `matches` entry, if present.
 * @param wikipedia
 *   The concept's Wikipedia links (when valid).
 * @returns
 *   The mappings (empty when absent), or `undefined` when one is invalid.
 */
export function readMatches(reader: YamlReader, entry: Entry | undefined, wikipedia: WikipediaLinks | undefined): ConceptMatch[] | undefined {
  if (entry === undefined) return [];
  const items = reader.list(entry);
  if (items === undefined) return undefined;
  const matches: ConceptMatch[] = [];
  let valid = true;
  const article = wikipedia?.en === undefined ? undefined : new URL(wikipedia.en).pathname.replace(/^\/wiki\//u, '');
  for (const item of items) {
    const fields = reader.map(item, { required: ['type', 'iri'], what: 'a mapping' });
    const typeEntry = fields?.get('type');
    const iriEntry = fields?.get('iri');
    const type = typeEntry === undefined ? undefined : reader.oneOf(typeEntry, matchTypes, 'bad-match', 'mapping type');
    const iri = iriEntry === undefined ? undefined : reader.string(iriEntry);
    if (type === undefined || iri === undefined || iriEntry === undefined) {
      valid = false;
      continue;
    }
    const expected = article === undefined ? undefined : `${dbpediaResource}${article}`;
    const ok = wikidataItem.test(iri) || (iri.startsWith(dbpediaResource) && iri === expected);
    if (!ok) {
      const reason = iri.startsWith(dbpediaResource)
        ? expected === undefined
          ? `Unexpected DBpedia IRI \`${iri}\` on a concept without \`wikipedia.en\`, expected the resource of the concept's own English Wikipedia article`
          : `Unexpected DBpedia IRI \`${iri}\`, expected \`${expected}\` (the resource of \`wikipedia.en\`)`
        : `Unexpected mapping IRI \`${iri}\`, expected a Wikidata item \`http://www.wikidata.org/entity/Q…\` or a DBpedia resource \`${dbpediaResource}…\``;
      reader.report('bad-match', iriEntry.place, reason, {
        actual: iri,
        ...(expected === undefined ? {} : { expected: [expected] }),
        note: 'Map only what you know for certain: the article the concept already links, or a Wikidata item you have checked.',
      });
      valid = false;
      continue;
    }
    matches.push({ type, iri });
  }
  return valid ? matches : undefined;
}
