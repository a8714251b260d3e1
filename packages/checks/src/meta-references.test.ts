/**
 * Reader-facing text never talks about its own source ("the seed", 原文, 本文): provenance lives in each
 * record's `sources`. The compiler's `no-meta-reference` rule guards the content; this test reads what
 * readers actually get — every literal of kb.jsonld, every field of every deck, both handbooks and the
 * text of every HTML page of the built site — so text added outside the content (adapter labels, page
 * chrome) is covered too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApkg } from './outputs/anki.js';
import { parseHtml, textOf } from './outputs/html.js';
import { jsonLdTriples } from './outputs/rdf.js';
import { siteDist } from './paths.js';

/**
 * Phrases that speak of the text's own source. `原文件` (original file) and `本文档` are ordinary words,
 * so they are excluded; "seed" alone as a word is reported because no concept of ours is about seeds.
 */
const metaReference = /\bseed(?:'s|s)?\b|\b(?:this|the) (?:seed )?article\b|原文(?!件)|本文(?!档|件)|该文(?!件)|这篇文章/iu;

/** Every place a text holds a meta-reference: `where: …context…`. */
function findings(where: string, text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(metaReference.source, 'giu');
  for (const match of text.matchAll(pattern)) {
    const start = Math.max(0, match.index - 30);
    found.push(`${where}: …${text.slice(start, match.index + match[0].length + 30).replace(/\s+/gu, ' ')}…`);
  }
  return found;
}

/** Every `.html` file under a folder, recursively. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('meta-references in the built outputs (apps/site/dist)', () => {
  it('should find the phrases it looks for (control)', () => {
    expect(findings('x', 'one of the largest providers named in the seed')).toHaveLength(1);
    expect(findings('x', '原文把它列为全虚拟化产品')).toHaveLength(1);
    expect(findings('x', '打开原文件，阅读本文档')).toEqual([]);
  });

  it('should have none in the literals of kb.jsonld', async () => {
    const triples = await jsonLdTriples(await readFile(path.join(siteDist, 'kb.jsonld'), 'utf8'));
    const literals = triples.filter((triple) => triple.object.startsWith('"'));
    expect(literals.length).toBeGreaterThan(1000);
    expect(literals.flatMap((triple) => findings(`${triple.subject} ${triple.predicate}`, triple.value))).toEqual([]);
  });

  it('should have none in any field of the decks', async () => {
    for (const name of ['cloudvirt-en.apkg', 'cloudvirt-zh.apkg', 'cloudvirt-bilingual.apkg']) {
      const deck = await readApkg(new Uint8Array(await readFile(path.join(siteDist, 'downloads', name))));
      expect(deck.notes.length, name).toBeGreaterThan(500);
      const texts = [...deck.notes.flatMap((note) => note.fields.map((field) => [`${name} ${note.guid}`, field] as const)), ...[...deck.deckDescriptions].map(([id, text]) => [`${name} deck ${id}`, text] as const)];
      expect(texts.flatMap(([where, text]) => findings(where, text))).toEqual([]);
    }
  });

  it('should have none in the handbooks', async () => {
    for (const name of ['handbook-en.md', 'handbook-zh.md']) {
      const text = await readFile(path.join(siteDist, 'downloads', name), 'utf8');
      expect(text.length, name).toBeGreaterThan(100_000);
      expect(findings(name, text)).toEqual([]);
    }
  });

  it('should have none in the text of any page', { timeout: 600_000 }, async () => {
    const files = await htmlFiles(siteDist);
    expect(files.length).toBeGreaterThan(400);
    const found: string[] = [];
    for (const file of files) {
      const root = parseHtml(await readFile(file, 'utf8'));
      found.push(...findings(path.relative(siteDist, file), textOf(root)));
    }
    expect(found).toEqual([]);
  });
});
