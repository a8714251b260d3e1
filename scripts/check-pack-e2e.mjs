#!/usr/bin/env node
/**
 * Knowledge-pack end-to-end check: a new author with only npm and our published tarballs makes a pack and
 * gets every output (issue 15). Nothing here runs from the workspace's sources; the checkers (jsonld, n3,
 * rdflib) are the ones the site's own tests use.
 *
 * 1. `pnpm pack` @cloudvirt/core, render, flashcards and site; install the tarballs with **npm** into a
 *    scratch project outside the workspace;
 * 2. `npx cloudvirt-pack init my-pack`, then in my-pack `npm install` (the core tarball stands in for the
 *    registry; the remark tooling the scaffold pins comes from the registry), `npm run lint` (remark with
 *    the scaffold's `.remarkrc.mjs`: no warning, then a positioned one for a schema error) and
 *    `npm run build`: the scaffold builds as it is;
 * 3. replace its content with the example pack's (examples/container-orchestration/content):
 *    `npm run check` passes with 0 problems; a broken copy (unknown relation type, broken `concept:` link,
 *    unknown kind) fails with exit 1, `file:line:col` messages with rule ids, and `--format json` parses;
 * 4. `npm run build`, `npm pack`, and `npm install` the pack into the scratch project, where a consumer
 *    script does `import { kb } from 'my-pack'` (and `require`, and tsc sees the literal id unions) and
 *    renders the Markdown handbooks (@cloudvirt/render/markdown) and the JSON-LD dataset
 *    (@cloudvirt/render/jsonld), which passes the site's dataset checks: expansion and toRdf with jsonld.js
 *    offline, the same graph as its Turtle (n3), absolute IRIs under the pack's base, and rdflib (Debian
 *    python3-rdflib) reading both files as isomorphic graphs;
 * 5. `cloudvirt-flashcards --kb my-pack`: the deck's file name, deck names and note types come from the
 *    pack, and no note GUID or note-type id is CloudVirt's (the shared concept id `container` included),
 *    read from the .apkg's SQLite with the sql.js @cloudvirt/render depends on;
 * 6. the site bin with `--kb my-pack`: home pages in both languages titled with the pack's name, no
 *    "CloudVirt" in any page, and its kb.jsonld passes the same dataset checks.
 *
 * Prints one line per check and the time from `init` to a built site (informational, never asserted), and
 * writes `pack-e2e-results.json` (vitest's JSON summary shape; scripts/test-summary.mjs adds it to the
 * totals). Exit code 1 when any check fails. `KEEP_SCRATCH=1` keeps the scratch folder (the decks, for
 * ../shared/tools/anki-real) and prints where it is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publishable = ['packages/core', 'packages/render', 'apps/flashcards', 'apps/site'];
const examplePack = join(root, 'examples/container-orchestration');
const scratch = mkdtempSync(join(tmpdir(), 'cloudvirt-pack-e2e-'));
const tarballDir = join(scratch, 'tarballs');
/** Where the tools are installed and the author works: `init` runs here, the consumer script too. */
const projectDir = join(scratch, 'project');
const packDir = join(projectDir, 'my-pack');
const brokenDir = join(projectDir, 'broken-pack');
mkdirSync(tarballDir);
mkdirSync(projectDir);

// The checkers the site's dataset tests use (devDependencies of apps/site), not anything a pack author installs.
const fromSite = createRequire(join(root, 'apps/site/package.json'));
const jsonld = fromSite('jsonld');
const { Parser: TurtleParser } = fromSite('n3');
const rdflibCompare = join(root, 'apps/site/test/helpers/rdflib-compare.py');

/** Hang guards only: generous enough for two loaded cores, far below "stuck". */
const minutes = (count) => count * 60_000;

/** @type {{ name: string, ok: boolean, detail?: string }[]} */
const results = [];
/** @type {Map<string, number>} milliseconds per step on the init → built-site path */
const timings = new Map();

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: minutes(3), maxBuffer: 64 * 1024 * 1024, ...options });
}

/** Run a command that may fail on purpose: its exit code and both outputs. */
function runStatus(cmd, args, options = {}) {
  const child = spawnSync(cmd, args, { encoding: 'utf8', timeout: minutes(2), maxBuffer: 64 * 1024 * 1024, ...options });
  if (child.error) throw child.error;
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function check(name, fn, { timed } = {}) {
  const started = Date.now();
  try {
    fn();
    const ms = Date.now() - started;
    if (timed) timings.set(timed, ms);
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${ms} ms)`);
  } catch (error) {
    const detail = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n').trim();
    results.push({ name, ok: false, detail });
    console.log(`✗ ${name}\n${detail.replace(/^/gm, '    ')}`);
  }
}

/** A check that could not run because an earlier one it builds on failed (reported without a stack). */
class NotRun extends Error {}

/** Fail a check when an earlier one it builds on did not get that far. */
function need(condition, what) {
  if (!condition) throw new NotRun(`not run: ${what}`);
}

const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];
/** An installed bin of the scratch project (what `npx` would run), never one from the registry. */
const bin = (name) => join(projectDir, 'node_modules/.bin', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// --- 1. the tarballs, installed with npm -------------------------------------------------------------

const packages = publishable.map((dir) => {
  const manifest = readJson(join(root, dir, 'package.json'));
  return { dir, name: manifest.name, manifest, tarball: '' };
});
const byName = (name) => packages.find((pkg) => pkg.name === name);

for (const pkg of packages) {
  check(`pack ${pkg.name}`, () => {
    const before = new Set(readdirSync(tarballDir));
    run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: join(root, pkg.dir) });
    const created = readdirSync(tarballDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!created) throw new Error('pnpm pack wrote no tarball');
    pkg.tarball = join(tarballDir, created);
  });
}

const siteBin = Object.keys(byName('@cloudvirt/site')?.manifest.bin ?? {})[0];
let installed = false;
check('npm install the four tarballs into a scratch project outside the workspace', () => {
  need(packages.every((pkg) => pkg.tarball), 'a tarball is missing');
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify({ name: 'pack-author', private: true, version: '1.0.0', type: 'module' }, null, 2)}\n`);
  run('npm', ['install', ...npmQuiet, ...packages.map((pkg) => pkg.tarball)], { cwd: projectDir, timeout: minutes(6) });
  for (const name of ['cloudvirt-pack', 'cloudvirt-flashcards', siteBin]) {
    if (name === undefined || !existsSync(bin(name))) throw new Error(`no bin ${name ?? '(the site package declares none)'} in node_modules/.bin`);
  }
  installed = true;
});

// --- 2. init, and the scaffold builds as it is ------------------------------------------------------

const initStarted = Date.now();
/** `npx --no` runs the installed bin and never asks the registry for one. */
const npx = (args, options = {}) => run('npx', ['--no', ...args], { cwd: projectDir, ...options });
let initialized = false;
check('npx cloudvirt-pack init my-pack scaffolds a pack folder', () => {
  need(installed, 'the tools are not installed');
  npx(['cloudvirt-pack', 'init', 'my-pack']);
  const manifest = readJson(join(packDir, 'package.json'));
  const problems = [];
  if (manifest.name !== 'my-pack') problems.push(`package.json name is ${JSON.stringify(manifest.name)}, expected "my-pack"`);
  if (manifest.scripts?.build !== 'cloudvirt-pack build' || manifest.scripts?.check !== 'cloudvirt-pack check') problems.push(`scripts ${JSON.stringify(manifest.scripts)}`);
  if (manifest.dependencies?.['@cloudvirt/core'] === undefined) problems.push('no @cloudvirt/core dependency');
  for (const file of ['README.md', 'content/pack.md', 'content/topics.md', '.remarkrc.mjs', '.vscode/settings.json']) if (!existsSync(join(packDir, file))) problems.push(`no ${file}`);
  const concepts = existsSync(join(packDir, 'content/concepts')) ? readdirSync(join(packDir, 'content/concepts')).filter((file) => file.endsWith('.md')) : [];
  if (concepts.length < 2) problems.push(`${concepts.length} example concepts, expected 2`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  initialized = true;
}, { timed: 'init' });

let dependenciesInstalled = false;
check('npm install in my-pack (the @cloudvirt/core tarball in place of the registry)', () => {
  need(initialized, 'init failed');
  // --no-save keeps the scaffold's `^version` range in package.json, as `npm publish` would ship it.
  run('npm', ['install', ...npmQuiet, '--no-save', byName('@cloudvirt/core').tarball], { cwd: packDir });
  if (!existsSync(join(packDir, 'node_modules/.bin/cloudvirt-pack'))) throw new Error('my-pack has no cloudvirt-pack bin after npm install');
  dependenciesInstalled = true;
}, { timed: 'npm install' });

check('the scaffold\'s editor set-up and README point at files the installed @cloudvirt/core ships (JSON Schemas in .remarkrc.mjs, FORMAT.md)', () => {
  need(dependenciesInstalled, 'npm install failed');
  const problems = [];
  for (const file of ['.remarkrc.mjs', '.vscode/extensions.json', '.vscode/settings.json']) if (!existsSync(join(packDir, file))) problems.push(`no ${file}`);
  if (readJson(join(packDir, '.vscode/settings.json'))['remark.requireConfig'] !== true) problems.push('.vscode/settings.json does not set remark.requireConfig');
  if (!readJson(join(packDir, '.vscode/extensions.json')).recommendations?.includes('unifiedjs.vscode-remark')) problems.push('.vscode/extensions.json does not recommend unifiedjs.vscode-remark');
  const remarkrc = readFileSync(join(packDir, '.remarkrc.mjs'), 'utf8');
  const types = [...remarkrc.matchAll(/\[schema\('([a-z-]+)'\)\]/g)].map(([, type]) => type);
  if (types.length === 0) problems.push('.remarkrc.mjs wires no schema');
  for (const type of types) {
    const schema = `node_modules/@cloudvirt/core/dist/schema/${type}.schema.json`;
    if (!existsSync(join(packDir, schema))) problems.push(`.remarkrc.mjs: ${schema} does not exist`);
    else if (readJson(join(packDir, schema)).$schema === undefined) problems.push(`${schema} is not a JSON Schema`);
  }
  const readme = readFileSync(join(packDir, 'README.md'), 'utf8');
  for (const [, path] of readme.matchAll(/`(node_modules\/@cloudvirt\/core\/[^`\s]+)`/g)) if (!existsSync(join(packDir, path))) problems.push(`README.md names ${path}, which does not exist`);
  if (!existsSync(join(packDir, 'node_modules/@cloudvirt/core/FORMAT.md'))) problems.push('@cloudvirt/core ships no FORMAT.md');
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

check('npm run lint (remark-cli with the scaffold\'s .remarkrc.mjs and the devDependencies it pins): no warning on the scaffold, a positioned one for a frontmatter schema error (exit 1)', () => {
  need(dependenciesInstalled, 'npm install failed');
  const clean = runStatus('npm', ['run', '--silent', 'lint', '--', '--no-color'], { cwd: packDir });
  if (clean.status !== 0 || clean.stderr.trim() !== '') throw new Error(`the clean scaffold: exit ${clean.status}\n${clean.stderr}`);
  const concept = join(packDir, 'content/concepts/concept-record.md');
  const text = readFileSync(concept, 'utf8');
  const line = text.split('\n').findIndex((row) => row === 'level: fundamental') + 1;
  try {
    writeFileSync(concept, text.replace('level: fundamental', 'level: basic'));
    const broken = runStatus('npm', ['run', '--silent', 'lint', '--', '--no-color'], { cwd: packDir });
    const expected = new RegExp(`content/concepts/concept-record\\.md\\n${line}:8-${line}:13 +warning Must be equal to one of the allowed values`);
    if (broken.status !== 1 || !expected.test(broken.stderr)) throw new Error(`level: basic at line ${line}: exit ${broken.status}, expected 1 and ${expected}\n${broken.stderr}`);
  } finally {
    writeFileSync(concept, text);
  }
});

const builtFiles = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/data.json'];
function assertBuilt() {
  const missing = builtFiles.filter((file) => !existsSync(join(packDir, file)));
  if (missing.length > 0) throw new Error(`npm run build wrote no ${missing.join(', ')}`);
}

check('the scaffold builds as it is (npm run build)', () => {
  need(dependenciesInstalled, 'npm install failed');
  run('npm', ['run', 'build'], { cwd: packDir });
  assertBuilt();
  const data = readJson(join(packDir, 'dist/data.json'));
  if (!(data.concepts?.length >= 2)) throw new Error(`dist/data.json holds ${data.concepts?.length} concepts`);
}, { timed: 'build (scaffold)' });

// --- 3. edit: the example pack's content; check, and a broken copy ----------------------------------

let edited = false;
check('edit: replace my-pack/content with the example pack\'s content', () => {
  need(initialized, 'init failed');
  need(existsSync(join(examplePack, 'content/pack.md')), `${relative(root, examplePack)}/content/pack.md does not exist`);
  rmSync(join(packDir, 'content'), { recursive: true, force: true });
  cpSync(join(examplePack, 'content'), join(packDir, 'content'), { recursive: true });
  edited = true;
});

/** The messages of `cloudvirt-pack check --format json`, whatever the wrapper (an array, or `{ messages }`). */
function jsonMessages(stdout) {
  const parsed = JSON.parse(stdout);
  const messages = Array.isArray(parsed) ? parsed : (parsed.messages ?? parsed.problems);
  if (!Array.isArray(messages)) throw new Error(`--format json printed no message list: ${stdout.slice(0, 300)}`);
  return messages;
}

const packBin = () => join(packDir, 'node_modules/.bin/cloudvirt-pack');
check('npm run check passes on the edited pack (exit 0, --format json: 0 problems)', () => {
  need(edited && dependenciesInstalled, 'the pack was not edited');
  run('npm', ['run', 'check'], { cwd: packDir });
  const json = runStatus(packBin(), ['check', '--format', 'json'], { cwd: packDir });
  const messages = jsonMessages(json.stdout);
  if (json.status !== 0 || messages.length > 0) throw new Error(`exit ${json.status}, ${messages.length} problems:\n${json.stdout}`);
}, { timed: 'check' });

/**
 * Three mistakes in one concept file of a copy of the pack, each on a line we know: an unknown kind,
 * an unknown relation type and a broken `concept:` link.
 */
function breakCopy() {
  rmSync(brokenDir, { recursive: true, force: true });
  mkdirSync(brokenDir);
  cpSync(join(packDir, 'content'), join(brokenDir, 'content'), { recursive: true });
  cpSync(join(packDir, 'package.json'), join(brokenDir, 'package.json'));
  const conceptsDir = join(brokenDir, 'content/concepts');
  for (const file of readdirSync(conceptsDir).sort()) {
    const path = join(conceptsDir, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const kind = lines.findIndex((line) => /^kind: /.test(line));
    const type = lines.findIndex((line) => /^ {2}- type: /.test(line));
    const link = lines.findIndex((line, index) => index > type && /\]\(concept:[a-z0-9-]+\)/.test(line));
    if (kind < 0 || type < 0 || link < 0) continue;
    lines[kind] = 'kind: microservise';
    lines[type] = lines[type].replace(/type: \S+/, 'type: orchestrates');
    lines[link] = lines[link].replace(/\]\(concept:[a-z0-9-]+\)/, '](concept:no-such-concept)');
    writeFileSync(path, lines.join('\n'));
    const file_ = `content/concepts/${file}`;
    return [
      { ruleId: 'unknown-kind', file: file_, line: kind + 1 },
      { ruleId: 'unknown-relation-type', file: file_, line: type + 1 },
      { ruleId: 'broken-concept-link', file: file_, line: link + 1 },
    ];
  }
  throw new Error('no concept file of the example pack has a kind, a relation and a concept: link after it to break');
}

/**
 * The positioned messages of the text report: `file:line:col … rule-id` lines, or vfile-reporter's grouping
 * (the file on a line of its own, then `  line:col[-line:col]  error  … rule-id` lines under it).
 */
function positionedMessages(output) {
  const messages = [];
  let file = '';
  for (const line of output.split('\n')) {
    const inline = /^(\S+\.md):(\d+):(\d+)\b(.*)$/.exec(line);
    const grouped = /^\s+(\d+):(\d+)(?:-\d+:\d+)?\s(.*)$/.exec(line);
    if (inline) messages.push({ file: inline[1], line: Number(inline[2]), column: Number(inline[3]), text: inline[4] });
    else if (grouped && file) messages.push({ file, line: Number(grouped[1]), column: Number(grouped[2]), text: grouped[3] });
    else if (/^\S+\.md$/.test(line.trim()) && !/^\s/.test(line)) file = line.trim();
  }
  return messages;
}

check('a broken copy fails check: exit 1, file:line:col with the rule id of each mistake, --format json parses', () => {
  need(edited && dependenciesInstalled, 'the pack was not edited');
  const expected = breakCopy();
  const text = runStatus(packBin(), ['check'], { cwd: brokenDir });
  const output = `${text.stdout}\n${text.stderr}`;
  const problems = [];
  if (text.status !== 1) problems.push(`exit ${text.status}, expected 1`);
  const reported = positionedMessages(output);
  for (const mistake of expected) {
    if (!reported.some((message) => message.file.endsWith(mistake.file) && message.line === mistake.line && message.column >= 1 && message.text.includes(` ${mistake.ruleId}`))) {
      problems.push(`no message "${mistake.file}:${mistake.line}:<column> … ${mistake.ruleId}"`);
    }
  }
  const json = runStatus(packBin(), ['check', '--format', 'json'], { cwd: brokenDir });
  if (json.status !== 1) problems.push(`--format json: exit ${json.status}, expected 1`);
  const messages = jsonMessages(json.stdout);
  for (const mistake of expected) {
    const found = messages.find((message) => message.ruleId === mistake.ruleId && message.line === mistake.line && String(message.file).endsWith(mistake.file));
    if (found === undefined) problems.push(`--format json has no ${mistake.ruleId} at ${mistake.file}:${mistake.line}`);
    else if (!(found.column >= 1) || typeof found.message !== 'string' || !found.message || typeof found.hint !== 'string') problems.push(`--format json ${mistake.ruleId}: no column or reason (${JSON.stringify(found)})`);
  }
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n--- check output:\n${output}`);
});

// --- 4. build, install the pack, use it --------------------------------------------------------------

let built = false;
check('npm run build on the edited pack writes dist/ (ESM, CJS, .d.ts, data.json) with literal id unions', () => {
  need(edited && dependenciesInstalled, 'the pack was not edited');
  run('npm', ['run', 'build'], { cwd: packDir });
  assertBuilt();
  const declarations = readFileSync(join(packDir, 'dist/index.d.ts'), 'utf8');
  if (!/['"]container['"]\s*\|/.test(declarations) && !/\|\s*['"]container['"]/.test(declarations)) throw new Error('dist/index.d.ts has no literal union holding "container"');
  built = true;
}, { timed: 'build' });

let packInstalled = false;
check('npm pack my-pack and npm install it into the scratch project', () => {
  need(built, 'the pack was not built');
  const before = new Set(readdirSync(tarballDir));
  run('npm', ['pack', '--pack-destination', tarballDir, ...npmQuiet], { cwd: packDir });
  const created = readdirSync(tarballDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
  if (!created) throw new Error('npm pack wrote no tarball');
  const packed = run('tar', ['-tzf', join(tarballDir, created)]).split('\n');
  for (const file of ['package/dist/index.js', 'package/dist/data.json', 'package/content/pack.md']) if (!packed.includes(file)) throw new Error(`the pack's tarball lacks ${file}`);
  run('npm', ['install', ...npmQuiet, join(tarballDir, created)], { cwd: projectDir });
  packInstalled = true;
}, { timed: 'npm pack + install' });

const out = join(projectDir, 'out');
mkdirSync(out);
const consumer = `
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { kb, data } from 'my-pack';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import { toJsonLdDataset, toTurtle } from '@cloudvirt/render/jsonld';
const required = createRequire(import.meta.url)('my-pack');
if (required.kb.concepts.length !== kb.concepts.length) throw new Error('require("my-pack") holds other concepts than import');
for (const lang of ['en', 'zh']) writeFileSync('out/handbook-' + lang + '.md', toMarkdownHandbook(kb, { lang }));
writeFileSync('out/kb.jsonld', JSON.stringify(toJsonLdDataset(kb), null, 2));
writeFileSync('out/kb.ttl', toTurtle(kb));
process.stdout.write(JSON.stringify({ pack: kb.pack, concepts: kb.concepts, comparisons: kb.comparisons.length, dataConcepts: data.concepts.length }));
`;
/** @type {{ pack: any, concepts: any[], comparisons: number } | undefined} */
let packKb;
check("a consumer script imports { kb } from 'my-pack' (ESM and CJS) and renders handbooks and the dataset", () => {
  need(packInstalled, 'the pack is not installed');
  writeFileSync(join(projectDir, 'consumer.mjs'), consumer);
  packKb = JSON.parse(run(process.execPath, ['consumer.mjs'], { cwd: projectDir }));
  const example = readJson(join(packDir, 'dist/data.json'));
  if (packKb.concepts.length !== example.concepts.length || packKb.dataConcepts !== example.concepts.length) throw new Error('kb and data do not hold the built concepts');
  if (!packKb.concepts.some((concept) => concept.id === 'container')) throw new Error('the example pack has no concept `container` (shared with CloudVirt)');
  if (packKb.pack?.id === undefined || packKb.pack.id === 'cloudvirt') throw new Error(`kb.pack.id is ${JSON.stringify(packKb.pack?.id)}`);
}, { timed: 'consumer' });

check('tsc type-checks a consumer of my-pack: ConceptId is a literal union (kb.getConcept of an unknown id does not compile)', () => {
  need(packInstalled, 'the pack is not installed');
  writeFileSync(
    join(projectDir, 'typed.ts'),
    `import { kb, type ConceptId } from 'my-pack';
const known: ConceptId = 'container';
// @ts-expect-error: not a concept id of the pack
const unknown: ConceptId = 'no-such-concept';
const label: string = kb.getConcept('kubernetes').label.en;
// @ts-expect-error: getConcept takes the pack's concept ids only
kb.getConcept('no-such-concept');
export const used = [kb.concepts.length, known, unknown, label];
`,
  );
  writeFileSync(join(projectDir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [] }, files: ['typed.ts'] }, null, 2));
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: projectDir });
});

check('the Markdown handbooks (@cloudvirt/render/markdown) name the pack and every concept, and never CloudVirt or its base IRI', () => {
  need(packKb, 'the consumer script failed');
  const problems = [];
  for (const lang of ['en', 'zh']) {
    const handbook = readFileSync(join(out, `handbook-${lang}.md`), 'utf8');
    const title = handbook.split('\n').find((line) => line.startsWith('# ')) ?? '';
    if (!title.includes(packKb.pack.name[lang]) && !title.includes(packKb.pack.shortName?.[lang] ?? '\u0000')) problems.push(`${lang}: title ${JSON.stringify(title)} does not name the pack (${packKb.pack.name[lang]})`);
    for (const concept of packKb.concepts) if (!handbook.includes(concept.label[lang])) problems.push(`${lang}: no ${concept.id} (${concept.label[lang]})`);
    // CloudVirt's name or base IRI (the example pack's creator, "The @cloudvirt authors", may stand).
    for (const mark of ['CloudVirt', 'cloudvirt.example']) if (handbook.includes(mark)) problems.push(`${lang}: says ${mark}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

/** RDF terms as comparable strings (language tags lower-cased, as the site's tests do). */
function termString(term) {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return '_:b';
  if (term.language) return `${JSON.stringify(term.value)}@${term.language.toLowerCase()}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'}>`;
}

const offlineDocumentLoader = async (url) => {
  throw new Error(`the dataset asked for a remote document (${url}); its context must be inline`);
};

/**
 * The site's kb.jsonld checks (apps/site/test/jsonld.test.ts, rdflib.test.ts) on any dataset file and its
 * Turtle: inline context, offline expansion in safe mode, toRdf, the same triples as the Turtle, absolute
 * IRIs, the pack's concepts as skos:Concept under its base IRI, and rdflib's isomorphism.
 */
async function checkDataset(jsonldFile, turtleFile, pack, concepts) {
  const problems = [];
  const doc = readJson(jsonldFile);
  if (typeof doc['@context'] !== 'object' || doc['@context'] === null) problems.push(`@context is ${JSON.stringify(doc['@context'])}, expected an inline object`);
  const options = { documentLoader: offlineDocumentLoader, safe: true };
  await jsonld.expand(doc, options);
  const quads = await jsonld.toRDF(doc, options);
  const fromJsonLd = new Set(quads.map((quad) => `${termString(quad.subject)} ${termString(quad.predicate)} ${termString(quad.object)}`));
  const fromTurtle = new Set(new TurtleParser().parse(readFileSync(turtleFile, 'utf8')).map((quad) => `${termString(quad.subject)} ${termString(quad.predicate)} ${termString(quad.object)}`));
  if (fromJsonLd.size < concepts.length * 10) problems.push(`only ${fromJsonLd.size} triples for ${concepts.length} concepts`);
  const onlyJsonLd = [...fromJsonLd].filter((line) => !fromTurtle.has(line));
  const onlyTurtle = [...fromTurtle].filter((line) => !fromJsonLd.has(line));
  if (onlyJsonLd.length + onlyTurtle.length > 0) problems.push(`JSON-LD and Turtle differ: only in JSON-LD ${onlyJsonLd.slice(0, 3).join('; ')} / only in Turtle ${onlyTurtle.slice(0, 3).join('; ')}`);
  for (const quad of quads) {
    for (const term of [quad.subject, quad.predicate, quad.object]) if (term.termType === 'NamedNode' && !/^https?:\/\/[^\s<>"]+$/.test(term.value)) problems.push(`IRI ${term.value}`);
  }
  const skosConcepts = quads.filter((quad) => quad.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && quad.object.value === 'http://www.w3.org/2004/02/skos/core#Concept').map((quad) => quad.subject.value);
  if (skosConcepts.length !== concepts.length) problems.push(`${skosConcepts.length} skos:Concept, expected ${concepts.length}`);
  if (pack.baseIri !== undefined) {
    const outside = skosConcepts.filter((iri) => !iri.startsWith(pack.baseIri));
    if (outside.length > 0) problems.push(`concept IRIs outside the pack's base ${pack.baseIri}: ${outside.slice(0, 3).join(', ')}`);
  }
  if (skosConcepts.some((iri) => iri.startsWith('https://cloudvirt.example/'))) problems.push('concept IRIs under CloudVirt\'s base https://cloudvirt.example/');
  const python = findPython();
  if (python === undefined) {
    if (rdflibRequired) problems.push('no Python with rdflib (CI=true requires it): apt-get install -y python3-rdflib');
  } else {
    const report = runStatus(python, [rdflibCompare, jsonldFile, turtleFile]);
    if (report.status !== 0) problems.push(`rdflib: ${report.stderr}`);
    else {
      const rdflib = JSON.parse(report.stdout);
      if (!rdflib.isomorphic) problems.push(`rdflib: the JSON-LD and Turtle graphs are not isomorphic (${JSON.stringify({ onlyJsonLd: rdflib.onlyJsonLd, onlyTurtle: rdflib.onlyTurtle })})`);
      if (rdflib.jsonld.triples !== fromJsonLd.size) problems.push(`rdflib read ${rdflib.jsonld.triples} triples, jsonld.js ${fromJsonLd.size}`);
      if (JSON.stringify(rdflib.jsonld.languages) !== '["en","zh-Hans"]') problems.push(`rdflib: language tags ${JSON.stringify(rdflib.jsonld.languages)}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The first Python that can import rdflib, as apps/site/test/rdflib.test.ts looks for it. */
function findPython() {
  return [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean).find((python) => spawnSync(python, ['-c', 'import rdflib'], { stdio: 'ignore' }).status === 0);
}
const rdflibRequired = process.env.CI === 'true' || process.env.REQUIRE_RDFLIB === '1';
if (findPython() === undefined && !rdflibRequired) console.log('- rdflib parts skipped: no Python with rdflib (apt-get install -y python3-rdflib)');

/** Async checks, run in order with the synchronous ones. */
async function checkAsync(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    const detail = [error.stdout, error.stderr, error instanceof NotRun ? error.message : (error.stack ?? error.message)].filter(Boolean).join('\n').trim();
    results.push({ name, ok: false, detail });
    console.log(`✗ ${name}\n${detail.replace(/^/gm, '    ')}`);
  }
}

await checkAsync("the JSON-LD dataset (@cloudvirt/render/jsonld) passes the site's dataset checks (jsonld.js expand/toRdf offline, = its Turtle, rdflib)", async () => {
  need(packKb, 'the consumer script failed');
  await checkDataset(join(out, 'kb.jsonld'), join(out, 'kb.ttl'), packKb.pack, packKb.concepts);
});

// --- 5. the Anki deck ---------------------------------------------------------------------------------

const fromRender = () => createRequire(join(projectDir, 'node_modules/@cloudvirt/render/package.json'));
/** An .apkg's notes, note types and decks, read with the sql.js and fflate @cloudvirt/render installed. */
async function readApkg(file) {
  const require = fromRender();
  const { unzipSync } = require('fflate');
  const initSqlJs = require('sql.js');
  const SQL = await initSqlJs();
  const entries = unzipSync(readFileSync(file));
  const db = new SQL.Database(entries['collection.anki2']);
  try {
    const rows = (sql) => {
      const [result] = db.exec(sql);
      return result === undefined ? [] : result.values.map((values) => Object.fromEntries(result.columns.map((column, index) => [column, values[index]])));
    };
    const [col] = rows('select models, decks from col');
    const models = JSON.parse(col.models);
    const decks = JSON.parse(col.decks);
    return {
      notes: rows('select guid, mid, sfld, flds from notes'),
      models: Object.values(models).map((model) => ({ id: String(model.id), name: model.name })),
      decks: Object.values(decks).map((deck) => deck.name).filter((name) => name !== 'Default'),
    };
  } finally {
    db.close();
  }
}

const decksDir = join(projectDir, 'decks');
mkdirSync(decksDir);
/** @type {{ file: string, deckName: string } | undefined} */
let packDeck;
check('cloudvirt-flashcards --kb my-pack writes the pack\'s deck, named after the pack (<pack id>-en.apkg)', () => {
  need(packKb, 'the pack is not installed');
  packDeck = JSON.parse(run(bin('cloudvirt-flashcards'), ['--kb', 'my-pack', '--lang', 'en', '--json'], { cwd: decksDir }));
  const expectedFile = `${packKb.pack.id}-en.apkg`;
  if (packDeck.file !== expectedFile || !existsSync(join(decksDir, expectedFile))) throw new Error(`wrote ${packDeck.file}, expected ${expectedFile}`);
}, { timed: 'flashcards' });

check('cloudvirt-flashcards --kb . in the pack folder (before any publish) plans the same deck', () => {
  need(packDeck, 'no deck was written');
  const planned = JSON.parse(run(bin('cloudvirt-flashcards'), ['--kb', '.', '--lang', 'en', '--dry-run', '--json'], { cwd: packDir }));
  if (planned.file !== packDeck.file || planned.notes !== packDeck.notes || planned.cards !== packDeck.cards) {
    throw new Error(`--kb . in my-pack plans ${planned.file} (${planned.notes} notes, ${planned.cards} cards), --kb my-pack wrote ${packDeck.file} (${packDeck.notes}, ${packDeck.cards})`);
  }
});

await checkAsync("the pack's deck shares no note GUID or note-type id with CloudVirt's (concept `container` included); deck and note-type names from the pack", async () => {
  need(packDeck, 'no deck was written');
  run(bin('cloudvirt-flashcards'), ['--lang', 'en', '--json', '-o', 'cloudvirt-en.apkg'], { cwd: decksDir });
  const pack = await readApkg(join(decksDir, packDeck.file));
  const cloudvirt = await readApkg(join(decksDir, 'cloudvirt-en.apkg'));
  const cloudvirtKb = JSON.parse(run(process.execPath, ['--input-type=module', '-e', "import { kb } from '@cloudvirt/core'; process.stdout.write(JSON.stringify(kb.concepts.find((c) => c.id === 'container')))"], { cwd: projectDir }));
  const problems = [];
  const definitionOf = (deck, label) => {
    const definitionModels = new Set(deck.models.filter((model) => /Definition$/.test(model.name)).map((model) => model.id));
    return deck.notes.filter((note) => definitionModels.has(String(note.mid)) && String(note.sfld).trim() === label);
  };
  const packContainer = definitionOf(pack, packKb.concepts.find((concept) => concept.id === 'container').label.en);
  const cloudvirtContainer = definitionOf(cloudvirt, cloudvirtKb.label.en);
  if (packContainer.length !== 1 || cloudvirtContainer.length !== 1) problems.push(`definition notes of container: ${packContainer.length} in the pack's deck, ${cloudvirtContainer.length} in CloudVirt's, expected 1 each`);
  else {
    if (packContainer[0].guid === cloudvirtContainer[0].guid) problems.push(`container: the same GUID ${packContainer[0].guid} in both decks`);
    if (packContainer[0].mid === cloudvirtContainer[0].mid) problems.push(`container: the same note type ${packContainer[0].mid} in both decks`);
  }
  const cloudvirtGuids = new Set(cloudvirt.notes.map((note) => note.guid));
  const sharedGuids = pack.notes.filter((note) => cloudvirtGuids.has(note.guid));
  if (sharedGuids.length > 0) problems.push(`${sharedGuids.length} GUIDs in both decks: ${sharedGuids.slice(0, 5).map((note) => note.guid).join(', ')}`);
  const cloudvirtModels = new Set(cloudvirt.models.map((model) => model.id));
  const sharedModels = pack.models.filter((model) => cloudvirtModels.has(model.id));
  if (sharedModels.length > 0) problems.push(`note-type ids in both decks: ${sharedModels.map((model) => `${model.id} ${model.name}`).join(', ')}`);
  const brand = packKb.pack.shortName?.en ?? packKb.pack.name.en;
  for (const name of [...pack.models.map((model) => model.name), ...pack.decks, packDeck.deckName]) {
    if (/CloudVirt/i.test(name)) problems.push(`name ${JSON.stringify(name)} says CloudVirt`);
  }
  if (!packDeck.deckName.startsWith(brand)) problems.push(`deck name ${JSON.stringify(packDeck.deckName)} does not start with the pack's short name ${JSON.stringify(brand)}`);
  if (pack.notes.length === 0) problems.push('the pack\'s deck holds no notes');
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

// --- 6. the site -------------------------------------------------------------------------------------

const siteDir = join(projectDir, 'site');
let siteBuilt = false;
check(`${siteBin ?? 'the site bin'} build --kb my-pack --out site`, () => {
  need(packKb && siteBin, 'the pack or the site bin is not installed');
  // The base URL comes from the pack (its baseIri), not from a SITE_URL the environment may set.
  const { SITE_URL: _ignored, ...env } = process.env;
  npx([siteBin, 'build', '--kb', 'my-pack', '--out', 'site'], { timeout: minutes(5), env });
  siteBuilt = true;
}, { timed: 'site' });
const initToSite = Date.now() - initStarted;

/** Every file under a folder, as paths relative to it. */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
  });
}

check('the site: home pages in both languages titled with the pack\'s name, a page per concept, no "CloudVirt" in any page', () => {
  need(siteBuilt, 'the site was not built');
  const problems = [];
  for (const lang of ['en', 'zh']) {
    const file = join(siteDir, lang, 'index.html');
    if (!existsSync(file)) {
      problems.push(`no ${lang}/index.html`);
      continue;
    }
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    if (!title.includes(packKb.pack.name[lang]) && !title.includes(packKb.pack.shortName?.[lang] ?? '\u0000')) problems.push(`${lang}/index.html: <title>${title}</title> does not name the pack (${packKb.pack.name[lang]})`);
    for (const concept of packKb.concepts) if (!existsSync(join(siteDir, lang, 'concepts', concept.id, 'index.html'))) problems.push(`no ${lang}/concepts/${concept.id}/index.html`);
  }
  if (!existsSync(join(siteDir, 'index.html'))) problems.push('no index.html');
  const pages = listFiles(siteDir).filter((file) => file.endsWith('.html'));
  const branded = pages.filter((file) => readFileSync(join(siteDir, file), 'utf8').includes('CloudVirt'));
  if (branded.length > 0) problems.push(`${branded.length} of ${pages.length} pages say CloudVirt: ${branded.slice(0, 5).join(', ')}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

check(`${siteBin ?? 'the site bin'} build --kb . in the pack folder (before publishing; --no-downloads --no-search) builds the same concept pages`, () => {
  need(siteBuilt, 'the site was not built');
  const { SITE_URL: _ignored, ...env } = process.env;
  run(bin(siteBin), ['build', '--kb', '.', '--out', '../site-unpublished', '--no-downloads', '--no-search'], { cwd: packDir, env, timeout: minutes(5) });
  const conceptPages = (dir) => listFiles(dir).filter((file) => /^(en|zh)\/concepts\//.test(file) && file.endsWith('.html')).sort().join('\n');
  const published = conceptPages(siteDir);
  const unpublished = conceptPages(join(projectDir, 'site-unpublished'));
  if (published === '' || published !== unpublished) throw new Error(`--kb . built other concept pages than --kb my-pack:\n${unpublished}\n---\n${published}`);
});

await checkAsync("the site's kb.jsonld and kb.ttl pass the same dataset checks", async () => {
  need(siteBuilt, 'the site was not built');
  await checkDataset(join(siteDir, 'kb.jsonld'), join(siteDir, 'kb.ttl'), packKb.pack, packKb.concepts);
});

// --- summary -----------------------------------------------------------------------------------------

if (siteBuilt) {
  const steps = [...timings].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`);
  console.log(`init → built site: ${(initToSite / 1000).toFixed(1)} s (${steps.join(', ')})`);
}

const failed = results.filter((result) => !result.ok);
writeFileSync(
  join(root, 'pack-e2e-results.json'),
  `${JSON.stringify({ numTotalTests: results.length, numPassedTests: results.length - failed.length, numFailedTests: failed.length, success: failed.length === 0, testResults: results }, null, 2)}\n`,
);
const keep = failed.length > 0 || process.env.KEEP_SCRATCH === '1';
if (!keep) rmSync(scratch, { recursive: true, force: true });
console.log(`pack e2e: ${results.length - failed.length} passed, ${failed.length} failed${keep ? ` (scratch kept in ${scratch})` : ''}`);
process.exit(failed.length === 0 ? 0 : 1);
