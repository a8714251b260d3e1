/**
 * `pack.md`: the pack's identity and rights (frontmatter only): id, names, short names, default base IRI, the licence
 * of the knowledge text, creator and publisher, version, first publication date and the works the text
 * is based on. Stated once here, carried into every output.
 *
 * @module
 */
import type { LocalizedText, Locale, Pack, PackAgent, PackBasis, PackLicense, PackSite } from '../src/model.js';
import { locales } from '../src/model.js';
import { packLicenses, packSiteKeys, packVersionPattern, shortNameProblem } from '../src/pack-rules.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink } from './message.js';
import type { SourceFile } from './source-file.js';
import type { Entry } from './yaml-reader.js';
import { YamlReader } from './yaml-reader.js';

export { packLicenses } from '../src/pack-rules.js';

/**
 * Read pack.md. Reports format problems with the usual rules (`unknown-key`, `missing-field`,
 * `wrong-type`, `bad-id`, `bad-url`, `bad-date`), `bad-base-iri` for a base IRI that is not an https
 * URL ending in `/`, `unknown-license` for a licence id outside {@link packLicenses} or a URL that is not
 * that licence's, `bad-version` for a version that is not `MAJOR.MINOR.PATCH`, and `bad-short-name` for a
 * short name with `::`, `"`, a line break or more than 32 characters (see `shortNameProblem`).
 *
 * @param file
 *   The file.
 * @param sink
 *   Where problems go.
 * @returns
 *   The pack, or `undefined` when any field is invalid (every problem has been reported).
 */
export function parsePack(file: SourceFile, sink: MessageSink): Pack | undefined {
  const document = parseMarkdown(file, sink, 'none');
  const parsed = document === undefined ? undefined : YamlReader.read(document, sink);
  if (parsed === undefined) return undefined;
  const { reader, root } = parsed;
  const fields = reader.map(root, {
    required: ['id', 'name', 'license', 'creator', 'publisher', 'version', 'created', 'basedOn'],
    optional: ['shortName', 'description', 'site', 'baseIri'],
    what: 'the pack',
  });
  if (fields === undefined) return undefined;
  const read = <T>(key: string, reading: (entry: Entry) => T | undefined): T | undefined => {
    const entry = fields.get(key);
    return entry === undefined ? undefined : reading(entry);
  };

  const id = read('id', (entry) => reader.id(entry, 'pack id'))?.value;
  const name = read('name', (entry) => reader.text(entry));
  const shortNameEntry = fields.get('shortName');
  const shortName = shortNameEntry === undefined ? undefined : readShortName(reader, shortNameEntry);
  const descriptionEntry = fields.get('description');
  const description = descriptionEntry === undefined ? undefined : reader.text(descriptionEntry);
  const siteEntry = fields.get('site');
  const site = siteEntry === undefined ? undefined : readSite(reader, siteEntry);
  const baseIriEntry = fields.get('baseIri');
  const baseIri = baseIriEntry === undefined ? undefined : readBaseIri(reader, baseIriEntry);
  const license = read('license', (entry) => readLicense(reader, entry));
  const creator = read('creator', (entry) => readAgent(reader, entry, 'the creator'));
  const publisher = read('publisher', (entry) => readAgent(reader, entry, 'the publisher'));
  const version = read('version', (entry) => readVersion(reader, entry));
  const created = read('created', (entry) => reader.date(entry));
  const basedOn = read('basedOn', (entry) => readBases(reader, entry));
  const baseIriOk = baseIriEntry === undefined || baseIri !== undefined;
  if (
    id === undefined ||
    name === undefined ||
    (shortNameEntry !== undefined && shortName === undefined) ||
    (descriptionEntry !== undefined && description === undefined) ||
    (siteEntry !== undefined && site === undefined) ||
    !baseIriOk ||
    license === undefined ||
    creator === undefined ||
    publisher === undefined ||
    version === undefined ||
    created === undefined ||
    basedOn === undefined
  ) {
    return undefined;
  }
  return {
    id,
    name,
    ...(shortName === undefined ? {} : { shortName }),
    ...(description === undefined ? {} : { description }),
    ...(site === undefined ? {} : { site }),
    ...(baseIri === undefined ? {} : { baseIri }),
    license,
    creator,
    publisher,
    version,
    created,
    basedOn,
  };
}

/** `site:`: what the pack's site says beyond its name (every key optional, each a text in both languages). */
function readSite(reader: YamlReader, entry: Entry): PackSite | undefined {
  const fields = reader.map(entry, { required: [], optional: [...packSiteKeys], what: 'the site texts' });
  if (fields === undefined) return undefined;
  const site: { -readonly [Key in keyof PackSite]: LocalizedText } = {};
  let ok = true;
  for (const key of packSiteKeys) {
    const field = fields.get(key);
    if (field === undefined) continue;
    const value = reader.text(field);
    if (value === undefined) ok = false;
    else site[key] = value;
  }
  return ok ? site : undefined;
}

function readShortName(reader: YamlReader, entry: Entry): LocalizedText | undefined {
  const text = reader.text(entry);
  if (text === undefined) return undefined;
  let ok = true;
  for (const locale of locales) {
    const problem = shortNameProblem(text[locale]);
    if (problem === undefined) continue;
    ok = false;
    reader.report('bad-short-name', entry.place, `Unexpected short name \`${text[locale]}\` (${locale}): it ${problem}, expected at most 32 characters without \`::\`, \`"\` or line breaks`, {
      actual: text[locale],
      note: 'The short name goes into Anki deck names (`<short name> 中文`) and note-type names (`<short name> Definition`); keep the long name in `name`.',
    });
  }
  return ok ? text : undefined;
}

function readBaseIri(reader: YamlReader, entry: Entry): string | undefined {
  const value = reader.url(entry);
  if (value === undefined) return undefined;
  if (!value.endsWith('/') || value.includes('#') || value.includes('?')) {
    reader.report('bad-base-iri', entry.place, `Unexpected base IRI \`${value}\`, expected an https URL that ends in \`/\` (no query, no fragment)`, {
      actual: value,
      note: 'IRIs are minted as the base followed by a path (`{base}concepts/kvm`), so the base ends in `/`.',
    });
    return undefined;
  }
  return value;
}

function readLicense(reader: YamlReader, entry: Entry): PackLicense | undefined {
  const fields = reader.map(entry, { required: ['id', 'url', 'name'], what: 'a licence' });
  if (fields === undefined) return undefined;
  const idEntry = fields.get('id');
  const urlEntry = fields.get('url');
  const nameEntry = fields.get('name');
  const allowed = Object.keys(packLicenses);
  const id = idEntry === undefined ? undefined : reader.oneOf(idEntry, allowed, 'unknown-license', 'licence id');
  const url = urlEntry === undefined ? undefined : reader.url(urlEntry);
  const name = nameEntry === undefined ? undefined : reader.text(nameEntry);
  if (id === undefined || url === undefined || name === undefined || urlEntry === undefined) return undefined;
  const expected = packLicenses[id] as string;
  if (url !== expected) {
    reader.report('unknown-license', urlEntry.place, `Unexpected URL \`${url}\` for licence \`${id}\`, expected \`${expected}\``, {
      actual: url,
      expected: [expected],
      note: 'The URL must be the one of the licence the `id` names.',
    });
    return undefined;
  }
  return { id, url, name };
}

function readAgent(reader: YamlReader, entry: Entry, what: string): PackAgent | undefined {
  const fields = reader.map(entry, { required: ['name'], optional: ['url'], what });
  if (fields === undefined) return undefined;
  const nameEntry = fields.get('name');
  const urlEntry = fields.get('url');
  const name = nameEntry === undefined ? undefined : reader.text(nameEntry);
  const url = urlEntry === undefined ? undefined : reader.url(urlEntry);
  if (name === undefined || (urlEntry !== undefined && url === undefined)) return undefined;
  return { name, ...(url === undefined ? {} : { url }) };
}

function readVersion(reader: YamlReader, entry: Entry): string | undefined {
  const value = reader.string(entry);
  if (value === undefined) return undefined;
  if (packVersionPattern.test(value)) return value;
  reader.report('bad-version', entry.place, `Unexpected version \`${value}\`, expected a semantic version MAJOR.MINOR.PATCH such as \`1.0.0\``, {
    actual: value,
    expected: ['MAJOR.MINOR.PATCH'],
    note: 'Quote it (`"1.0.0"`) so YAML reads a string.',
  });
  return undefined;
}

function readBases(reader: YamlReader, entry: Entry): PackBasis[] | undefined {
  const items = reader.list(entry);
  if (items === undefined) return undefined;
  const bases: PackBasis[] = [];
  let ok = true;
  for (const item of items) {
    const basis = readBasis(reader, item);
    if (basis === undefined) ok = false;
    else bases.push(basis);
  }
  return ok ? bases : undefined;
}

function readBasis(reader: YamlReader, entry: Entry): PackBasis | undefined {
  const fields = reader.map(entry, { required: ['title', 'lang'], optional: ['url', 'author', 'note'], what: 'a work the pack is based on' });
  if (fields === undefined) return undefined;
  const get = (key: string): Entry | undefined => fields.get(key);
  const titleEntry = get('title');
  const langEntry = get('lang');
  const urlEntry = get('url');
  const authorEntry = get('author');
  const noteEntry = get('note');
  const title = titleEntry === undefined ? undefined : reader.text(titleEntry);
  const lang = langEntry === undefined ? undefined : reader.oneOf<Locale>(langEntry, locales, 'unknown-locale', 'language');
  const url = urlEntry === undefined ? undefined : reader.url(urlEntry);
  const author = authorEntry === undefined ? undefined : reader.string(authorEntry);
  const note = noteEntry === undefined ? undefined : reader.text(noteEntry);
  if (
    title === undefined ||
    lang === undefined ||
    (urlEntry !== undefined && url === undefined) ||
    (authorEntry !== undefined && author === undefined) ||
    (noteEntry !== undefined && note === undefined)
  ) {
    return undefined;
  }
  return { title, lang, ...(url === undefined ? {} : { url }), ...(author === undefined ? {} : { author }), ...(note === undefined ? {} : { note }) };
}
