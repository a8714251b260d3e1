/**
 * The parity check over a built site: reads every output the site ships (pages, `kb.jsonld`, `kb.ttl`,
 * the handbooks, the Anki decks and text files) with real parsers and counts, per output, the concepts,
 * relations, cells and languages found under the ids derived from their records.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { locales, type KnowledgeBaseData } from '@cloudvirt/core';
import { readMigrations, recordGroups, type Migration } from '../lock.js';
import { parseAnkiText, readApkg } from '../outputs/anki.js';
import { attr, findAll, parseHtml } from '../outputs/html.js';
import { jsonLdTriples, turtleTriples, type Triple } from '../outputs/rdf.js';
import { deckLanguages, fileOfPath, sitePaths } from '../site-scheme.js';
import { compareDatasets, datasetParity } from './datasets.js';
import { ankiTextParity, apkgParity, plannedDeck } from './decks.js';
import { handbookParity } from './handbook.js';
import { siteParity } from './site-pages.js';
import { Tally, type OutputParity } from './tally.js';

/** The result of a parity run. */
export interface ParityReport {
  /** The site folder checked. */
  readonly siteDir: string;
  /** The base URL the site was built with (read from its home page). */
  readonly siteUrl: string | undefined;
  /** One entry per output. */
  readonly outputs: readonly OutputParity[];
}

/** Whether a report has no problem. */
export function parityPassed(report: ParityReport): boolean {
  return report.outputs.every((output) => output.problems.length === 0);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/** The base URL of a built site: its English home page's canonical link, minus `en/`. */
async function detectSiteUrl(siteDir: string): Promise<string | undefined> {
  const home = await readOptional(path.join(siteDir, 'en', 'index.html'));
  if (home === undefined) return undefined;
  const canonical = findAll(parseHtml(home.toString('utf8')), 'link', (element) => attr(element, 'rel') === 'canonical').map((element) => attr(element, 'href'))[0];
  return canonical === undefined ? undefined : new URL('/', canonical).href;
}

/**
 * The public paths of the lock, and the redirects documented migrations require.
 *
 * @param kb The knowledge base.
 * @param siteDir The site folder.
 * @param migrations The documented migrations.
 * @returns The parity of the URL scheme.
 */
export async function pathParityFor(kb: KnowledgeBaseData, siteDir: string, migrations: readonly Migration[]): Promise<OutputParity> {
  const tally = new Tally('site URL scheme');
  for (const page of sitePaths(kb)) {
    tally.check('paths', (await exists(path.join(siteDir, fileOfPath(page.path)))) ? undefined : `${page.path} is missing`);
  }
  const folders: Readonly<Record<string, string>> = { concept: 'concepts', comparison: 'comparisons', topic: 'topics' };
  for (const migration of migrations) {
    if (!(recordGroups as readonly string[]).includes(migration.group)) continue;
    for (const lang of locales) {
      const from = `/${lang}/${folders[migration.group]}/${migration.from}/`;
      const to = migration.to === null ? `/${lang}/` : `/${lang}/${folders[migration.group]}/${migration.to}/`;
      const page = await readOptional(path.join(siteDir, fileOfPath(from)));
      const html = page === undefined ? undefined : parseHtml(page.toString('utf8'));
      const refresh = html === undefined ? [] : findAll(html, 'meta', (element) => attr(element, 'http-equiv')?.toLowerCase() === 'refresh').map((element) => attr(element, 'content') ?? '');
      const canonical = html === undefined ? [] : findAll(html, 'link', (element) => attr(element, 'rel') === 'canonical').map((element) => attr(element, 'href') ?? '');
      tally.check(
        'paths',
        page === undefined
          ? `${from} (renamed in migrations.json) does not redirect: the page is missing`
          : !refresh.some((content) => content.includes(to)) && !canonical.some((href) => href.endsWith(to))
            ? `${from} does not redirect to ${to} (no meta refresh or canonical link to it)`
            : undefined,
      );
    }
  }
  return tally.result();
}

/**
 * Check every output of a built site against the knowledge base it was built from.
 *
 * @param kb The knowledge base.
 * @param siteDir The site's output folder (`apps/site/dist`).
 * @returns One parity entry per output.
 */
export async function runParity(kb: KnowledgeBaseData, siteDir: string): Promise<ParityReport> {
  if (!(await exists(siteDir))) {
    const tally = new Tally('site');
    tally.fail(`${siteDir} does not exist: build the site first (\`pnpm build\`), then run the check again`);
    return { siteDir, siteUrl: undefined, outputs: [tally.result()] };
  }
  const siteUrl = await detectSiteUrl(siteDir);
  if (siteUrl === undefined) {
    const tally = new Tally('site');
    tally.fail(`${path.join(siteDir, 'en/index.html')} is missing or has no canonical link: the site build is incomplete`);
    return { siteDir, siteUrl, outputs: [tally.result()] };
  }
  const migrations = (await readMigrations()).migrations;
  const outputs: OutputParity[] = [await pathParityFor(kb, siteDir, migrations)];
  for (const lang of locales) outputs.push(await siteParity(kb, siteDir, siteUrl, lang));

  const readTriples = async (name: string, parse: (text: string) => Promise<Triple[]> | Triple[]): Promise<Triple[] | Error> => {
    const bytes = await readOptional(path.join(siteDir, name));
    if (bytes === undefined) return new Error(`${name} is missing`);
    try {
      return await parse(bytes.toString('utf8'));
    } catch (error) {
      return new Error(`cannot be read as RDF: ${(error as Error).message}`);
    }
  };
  const jsonLd = await readTriples('kb.jsonld', jsonLdTriples);
  const turtle = await readTriples('kb.ttl', turtleTriples);
  outputs.push(datasetParity('kb.jsonld', kb, jsonLd, siteUrl));
  const turtleParity = datasetParity('kb.ttl', kb, turtle, siteUrl);
  const differences = jsonLd instanceof Error || turtle instanceof Error ? [] : compareDatasets(jsonLd, turtle);
  outputs.push({ ...turtleParity, problems: [...turtleParity.problems, ...differences.map((line) => `kb.ttl ≠ kb.jsonld: ${line}`)] });

  for (const lang of locales) {
    const text = await readOptional(path.join(siteDir, 'downloads', `handbook-${lang}.md`));
    outputs.push(handbookParity(kb, lang, text?.toString('utf8')));
  }

  for (const lang of deckLanguages) {
    const plan = plannedDeck(kb, lang);
    const apkgName = `cloudvirt-${lang}.apkg`;
    const apkgBytes = await readOptional(path.join(siteDir, 'downloads', apkgName));
    const apkg = apkgBytes === undefined ? undefined : await readApkg(new Uint8Array(apkgBytes)).catch((error: Error) => error);
    outputs.push(apkgParity(kb, plan, apkgName, apkg));
    const csvName = `cloudvirt-${lang}.csv`;
    const csvBytes = await readOptional(path.join(siteDir, 'downloads', csvName));
    let csv: ReturnType<typeof parseAnkiText> | Error | undefined;
    try {
      csv = csvBytes === undefined ? undefined : parseAnkiText(csvBytes.toString('utf8'));
    } catch (error) {
      csv = error as Error;
    }
    outputs.push(ankiTextParity(kb, plan, csvName, csv));
  }
  return { siteDir, siteUrl, outputs };
}
