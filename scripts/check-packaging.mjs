#!/usr/bin/env node
/**
 * Packaging check: prove `npm install @cloudvirt/<pkg>` works before users find out it does not.
 *
 * 1. `pnpm pack` every publishable workspace (workspace:^ ranges become real versions);
 * 2. `publint --strict` and `attw` (strict profile: node10, node16 ESM + CJS, bundler) on each tarball;
 *    @cloudvirt/site (ESM only, code in lib/) is packed too: its files, publint, attw's esm-only profile,
 *    its bin and declarations (installing and running it from the tarball is check-pack-e2e.mjs's part);
 * 3. install all tarballs with **npm** into a scratch project outside the workspace, and there
 *    (a) `import` each entry point as ESM, (b) `require` it as CJS, (c) type-check a `.ts` consumer with
 *    `tsc`, (d) run the `cloudvirt-flashcards` bin, (e) check that Node.js gets @cloudvirt/core's Node.js
 *    entry (data read from dist/data.json) and a browser bundler (esbuild) its embedded build, with equal data,
 *    (f) load @cloudvirt/core from `node -e`, `node --input-type=module -e` and the REPL beside a decoy data.json.
 *
 * Prints one line per check and writes `packaging-results.json` (vitest's JSON summary shape, so
 * `.ci/run` can add it to the test totals). Exit code 1 when any check fails.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publishable = ['packages/core', 'packages/render', 'apps/flashcards'];
const scratch = mkdtempSync(join(tmpdir(), 'cloudvirt-packaging-'));
const tarballDir = join(scratch, 'tarballs');
const consumerDir = join(scratch, 'consumer');
mkdirSync(tarballDir);
mkdirSync(consumerDir);

/** @type {{ name: string, ok: boolean, detail?: string }[]} */
const results = [];

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function check(name, fn) {
  const started = Date.now();
  try {
    fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    const detail = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n').trim();
    results.push({ name, ok: false, detail });
    console.log(`✗ ${name}\n${detail.replace(/^/gm, '    ')}`);
  }
}

const packages = publishable.map((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return { dir, name: manifest.name, manifest, tarball: '' };
});

for (const pkg of packages) {
  check(`pack ${pkg.name}`, () => {
    const before = new Set(readdirSync(tarballDir));
    run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: join(root, pkg.dir) });
    const created = readdirSync(tarballDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!created) throw new Error('pnpm pack wrote no tarball');
    pkg.tarball = join(tarballDir, created);
    const packed = run('tar', ['-tzf', pkg.tarball]).split('\n');
    if (!packed.some((file) => file.startsWith('package/dist/'))) throw new Error('the tarball holds no dist/');
    if (packed.some((file) => /\/(src|test)\//.test(file))) throw new Error('the tarball ships src/ or test/');
  });
  if (!pkg.tarball) continue;
  check(`publint --strict ${pkg.name}`, () => {
    run(join(root, 'node_modules/.bin/publint'), ['run', pkg.tarball, '--strict']);
  });
  // The strict profile: node10 (TypeScript's `moduleResolution: node`, where subpaths need `typesVersions`),
  // node16 from ESM and CJS, and bundler.
  check(`attw (node10, node16 ESM + CJS, bundler) ${pkg.name}`, () => {
    run(join(root, 'node_modules/.bin/attw'), [pkg.tarball, '--profile', 'strict', '--format', 'ascii']);
  });
}

// @cloudvirt/site: an ESM-only package (the `cloudvirt-site` bin, `buildSite` with its types) whose code is
// in lib/ (its dist/ is the CloudVirt site the repository builds). Packed and linted like the others; attw
// with the esm-only profile (node16 from ESM, bundler), as a require() of it is not supported. Installing
// it and running the bin from the tarball is scripts/check-pack-e2e.mjs's job.
const site = { dir: 'apps/site', name: '@cloudvirt/site', tarball: '', unpacked: '' };
check(`pack ${site.name}`, () => {
  const before = new Set(readdirSync(tarballDir));
  run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: join(root, site.dir) });
  const created = readdirSync(tarballDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
  if (!created) throw new Error('pnpm pack wrote no tarball');
  site.tarball = join(tarballDir, created);
  const files = run('tar', ['-tzf', site.tarball]).split('\n').filter(Boolean);
  const problems = [];
  for (const file of ['package/lib/cli.js', 'package/lib/index.js', 'package/lib/index.d.ts', 'package/lib/build-site.js', 'package/lib/build-site.d.ts', 'package/README.md', 'package/LICENSE']) {
    if (!files.includes(file)) problems.push(`the tarball holds no ${file.slice('package/'.length)}`);
  }
  if (!files.some((file) => file.startsWith('package/lib/assets/'))) problems.push('the tarball holds no lib/assets/ (the CSS, scripts and favicon the site serves)');
  const stray = files.filter((file) => /^package\/(?:src|test|dist|scripts)\//u.test(file));
  if (stray.length > 0) problems.push(`the tarball ships ${stray.slice(0, 3).join(', ')}${stray.length > 3 ? ', …' : ''} (only lib/ is published)`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  site.unpacked = join(scratch, 'site-unpacked');
  mkdirSync(site.unpacked);
  run('tar', ['-xzf', site.tarball, '-C', site.unpacked]);
});
if (site.tarball) {
  check(`publint --strict ${site.name}`, () => {
    run(join(root, 'node_modules/.bin/publint'), ['run', site.tarball, '--strict']);
  });
  check(`attw (esm-only: node16 ESM, bundler) ${site.name}`, () => {
    run(join(root, 'node_modules/.bin/attw'), [site.tarball, '--profile', 'esm-only', '--format', 'ascii']);
  });
  check(`${site.name}: the bin is an ESM file with a node shebang, the .d.ts import nothing but @cloudvirt/* packages`, () => {
    const dir = join(site.unpacked, 'package');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const problems = [];
    if (manifest.type !== 'module') problems.push(`type is ${JSON.stringify(manifest.type)}, expected "module"`);
    for (const [name, file] of Object.entries(manifest.bin ?? {})) {
      if (!readFileSync(join(dir, file), 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`bin ${name} (${file}) does not start with #!/usr/bin/env node`);
    }
    if (Object.keys(manifest.bin ?? {}).length === 0) problems.push('no bin');
    for (const name of Object.keys(manifest.dependencies ?? {})) if (name.startsWith('@types/')) problems.push(`depends on ${name}`);
    for (const file of readdirSync(join(dir, 'lib')).filter((name) => name.endsWith('.d.ts'))) {
      for (const match of readFileSync(join(dir, 'lib', file), 'utf8').matchAll(/\bfrom\s+['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/gu)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.') && !specifier.startsWith('@cloudvirt/')) problems.push(`lib/${file} imports '${specifier}'`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
}

const packed = packages.filter((pkg) => pkg.tarball);
check('npm install the tarballs into a scratch project', () => {
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((pkg) => pkg.tarball)], {
    cwd: consumerDir,
  });
});

// What users install with each package: no type package among the dependencies (a second @types/node in
// their project), declarations that need none, and README links that work on the npm page.
check('no @types/* dependency, and the public .d.ts import nothing but @cloudvirt/* packages', () => {
  const problems = [];
  for (const pkg of packed) {
    const dir = join(consumerDir, 'node_modules', pkg.name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) if (name.startsWith('@types/')) problems.push(`${pkg.name} depends on ${name}`);
    for (const file of readdirSync(join(dir, 'dist')).filter((name) => /\.d\.c?ts$/u.test(name))) {
      const text = readFileSync(join(dir, 'dist', file), 'utf8');
      const specifiers = /^\s*(?:import|export)\b[^'"\n]*?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)|\/\/\/\s*<reference\s+types=['"]([^'"\n]+)['"]/gmu;
      for (const match of text.matchAll(specifiers)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (!specifier.startsWith('.') && !specifier.startsWith('@cloudvirt/')) problems.push(`${pkg.name}/dist/${file} imports '${specifier}'`);
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

check('README links work on the npm page (absolute https, or a file the tarball holds)', () => {
  const problems = [];
  const readmes = [...packed.map((pkg) => ({ name: pkg.name, dir: join(consumerDir, 'node_modules', pkg.name) })), ...(site.unpacked ? [{ name: site.name, dir: join(site.unpacked, 'package') }] : [])];
  for (const pkg of readmes) {
    const dir = pkg.dir;
    const readme = readFileSync(join(dir, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```/gmu, '').replace(/`[^`\n]*`/gu, '');
    for (const match of readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/gu)) {
      const target = match[1];
      if (/^https:\/\//u.test(target) || target.startsWith('#') || target.startsWith('mailto:')) continue;
      if (/^[a-z]+:/u.test(target)) problems.push(`${pkg.name}: ${target} (not https)`);
      else if (target.startsWith('/') || target.startsWith('..') || !existsSync(join(dir, target.split('#')[0]))) problems.push(`${pkg.name}: ${target} (not in the tarball)`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

/** Every public entry point of every package: `name` and `name/subpath`. */
const entryPoints = packed.flatMap((pkg) =>
  Object.keys(pkg.manifest.exports ?? {})
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`)),
);

for (const entry of entryPoints) {
  check(`ESM import ${entry}`, () => {
    const out = run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); console.log(Object.keys(m).length);`], {
      cwd: consumerDir,
    });
    if (!(Number(out.trim()) > 0)) throw new Error(`${entry} exports nothing under import`);
  });
  check(`CJS require ${entry}`, () => {
    const out = run(process.execPath, ['-e', `console.log(Object.keys(require(${JSON.stringify(entry)})).length)`], { cwd: consumerDir });
    if (!(Number(out.trim()) > 0)) throw new Error(`${entry} exports nothing under require`);
  });
}

check('ESM and CJS builds of @cloudvirt/core expose the same API and data', () => {
  const script = `
    const esm = await import('@cloudvirt/core');
    const { createRequire } = await import('node:module');
    const cjs = createRequire(process.cwd() + '/')('@cloudvirt/core');
    const keys = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort().join(',');
    if (keys(esm) !== keys(cjs)) throw new Error('export names differ: ' + keys(esm) + ' vs ' + keys(cjs));
    if (esm.concepts && JSON.stringify(esm.concepts) !== JSON.stringify(cjs.concepts)) throw new Error('concepts differ');
  `;
  run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumerDir });
});

// @cloudvirt/core has two builds: Node.js (the `node` condition) reads dist/data.json; browsers and bundlers
// (`import` / `require`) get the data embedded in dist/index.js / dist/index.cjs. Check who gets which.
const coreData = `({ topics, concepts, relations, comparisons, responsibilityMatrix, conceptIds, topicIds, comparisonIds }) =>
  JSON.stringify({ topics, concepts, relations, comparisons, responsibilityMatrix, conceptIds, topicIds, comparisonIds })`;
if (packed.some((pkg) => pkg.name === '@cloudvirt/core')) {
  check('Node.js resolves @cloudvirt/core to its Node.js entry (import and require), which reads dist/data.json', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const require = createRequire(process.cwd() + '/');
      const imported = import.meta.resolve('@cloudvirt/core');
      const required = require.resolve('@cloudvirt/core');
      if (!imported.endsWith('/node_modules/@cloudvirt/core/dist/node.js')) throw new Error('import resolves to ' + imported);
      if (!required.endsWith('/node_modules/@cloudvirt/core/dist/node.cjs')) throw new Error('require resolves to ' + required);
      const json = JSON.parse(readFileSync(new URL('data.json', imported), 'utf8'));
      const data = ${coreData};
      const esm = data(await import('@cloudvirt/core'));
      if (esm !== data({ ...json, conceptIds: json.concepts.map((c) => c.id), topicIds: json.topics.map((t) => t.id), comparisonIds: json.comparisons.map((c) => c.id) })) throw new Error('the Node.js entry holds other data than dist/data.json');
      if (data(require('@cloudvirt/core')) !== esm) throw new Error('node.cjs and node.js hold different data');
      const code = readFileSync(new URL('node.js', imported), 'utf8');
      if (code.includes(json.concepts[0].definition.en)) throw new Error('dist/node.js embeds the data');
    `;
    run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumerDir });
  });

  // `node -e` and the REPL define a global `__dirname` of '.': the Node.js entry must still find its own
  // data.json (from the module itself), not read one that happens to lie in the current folder.
  check('@cloudvirt/core reads its own data under `node -e`, `node --input-type=module -e` and the REPL, beside a decoy data.json', () => {
    const cwd = join(consumerDir, 'decoy');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'data.json'), JSON.stringify({ topics: [], concepts: [], relations: [], comparisons: [], responsibilityMatrix: { models: [], layers: [], cells: [] } }));
    const expected = String(JSON.parse(readFileSync(join(consumerDir, 'node_modules/@cloudvirt/core/dist/data.json'), 'utf8')).concepts.length);
    const ways = [
      ['node -e import()', ['-e', "import('@cloudvirt/core').then((m) => console.log('concepts=' + m.concepts.length), (e) => { console.error(e.message); process.exit(1); })"]],
      ['node -e require()', ['-e', "console.log('concepts=' + require('@cloudvirt/core').concepts.length)"]],
      ['node --input-type=module -e', ['--input-type=module', '-e', "const m = await import('@cloudvirt/core'); console.log('concepts=' + m.concepts.length);"]],
      ['node -i (ESM)', ['-i'], "const m = await import('@cloudvirt/core'); console.log('concepts=' + m.concepts.length)\n"],
      ['node -i (CJS)', ['-i'], "console.log('concepts=' + require('@cloudvirt/core').concepts.length)\n"],
    ];
    for (const [way, args, input] of ways) {
      const out = run(process.execPath, args, { cwd, input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'] });
      const counts = [...out.matchAll(/concepts=(\d+)/gu)].map((match) => match[1]);
      if (counts.length !== 1 || counts[0] !== expected) throw new Error(`${way}: expected concepts=${expected}, got ${JSON.stringify(out)}`);
    }
  });

  check('a browser bundle (esbuild, import and require) of @cloudvirt/core gets the embedded build, with the same data', () => {
    // esbuild comes with tsup, a dev dependency of @cloudvirt/core; it resolves from the scratch project.
    const esbuild = createRequire(realpathSync(join(root, 'packages/core/node_modules/tsup/package.json')))('esbuild');
    const bundles = {};
    for (const [format, contents, expected] of [
      ['esm', `export * from '@cloudvirt/core';`, 'dist/index.js'],
      ['cjs', `module.exports = require('@cloudvirt/core');`, 'dist/index.cjs'],
    ]) {
      const result = esbuild.buildSync({
        stdin: { contents, resolveDir: consumerDir, sourcefile: `entry.${format}.js` },
        bundle: true,
        platform: 'browser',
        format,
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs).filter((file) => file.includes('@cloudvirt/core/'));
      if (inputs.length !== 1 || !inputs[0].endsWith(`node_modules/@cloudvirt/core/${expected}`)) {
        throw new Error(`the ${format} browser bundle took ${inputs.join(', ')} instead of ${expected}`);
      }
      const text = result.outputFiles[0].text;
      if (/\b(?:from|import|require)\s*\(?\s*["']node:|readFileSync\(|data\.json/u.test(text)) throw new Error(`the ${format} browser bundle needs Node.js APIs`);
      bundles[format] = join(consumerDir, `browser-bundle.${format === 'esm' ? 'mjs' : 'cjs'}`);
      writeFileSync(bundles[format], text);
    }
    const script = `
      import { createRequire } from 'node:module';
      const data = ${coreData};
      const node = data(await import('@cloudvirt/core'));
      if (data(await import(${JSON.stringify(bundles.esm)})) !== node) throw new Error('the ESM browser bundle holds other data than the Node.js entry');
      if (data(createRequire(import.meta.url)(${JSON.stringify(bundles.cjs)})) !== node) throw new Error('the CJS browser bundle holds other data than the Node.js entry');
    `;
    run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumerDir });
  });
}

// Export names alone do not prove the code runs: an ESM-only dependency required from the CJS build can
// load fine and fail on first use. So run each adapter once, under import and under require.
const adapterSmoke = (load) => `
  const core = ${load('@cloudvirt/core')};
  const md = ${load('@cloudvirt/render/markdown')};
  const ld = ${load('@cloudvirt/render/jsonld')};
  const anki = ${load('@cloudvirt/render/anki')};
  const data = core.kb;
  const handbook = md.toMarkdownHandbook(data, { lang: 'zh' });
  if (!handbook.includes(core.getConcept('hypervisor').label.zh)) throw new Error('handbook misses a concept');
  const dataset = ld.toJsonLdDataset(data);
  if (!dataset['@context'] || !JSON.stringify(dataset).includes('concepts/kvm')) throw new Error('dataset misses kvm');
  if (!ld.toTurtle(data).includes('skos:')) throw new Error('turtle has no SKOS');
  const { bytes, summary } = await anki.toAnkiPackage(data, { lang: 'en', concepts: ['kvm', 'xen'] });
  if (!(bytes.length > 1000 && summary.notes > 0)) throw new Error('empty deck');
  console.log('ok');
`;
if (packed.some((pkg) => pkg.name === '@cloudvirt/render')) {
  check('render adapters run from the installed tarballs (ESM)', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', adapterSmoke((name) => `await import(${JSON.stringify(name)})`)], { cwd: consumerDir });
    if (out.trim() !== 'ok') throw new Error(out);
  });
  check('render adapters run from the installed tarballs (CJS)', () => {
    const out = run(process.execPath, ['-e', `(async () => {${adapterSmoke((name) => `require(${JSON.stringify(name)})`)}})().catch((e) => { console.error(e); process.exit(1); })`], {
      cwd: consumerDir,
    });
    if (out.trim() !== 'ok') throw new Error(out);
  });
}

// The browser recipe of render's README ("In a browser"), run in Chromium: esbuild bundles the installed
// packages for the browser, sql.js's browser build fetches sql-wasm-browser.wasm, copied from the sql.js that
// @cloudvirt/render depends on, and `locateFile` says where it is served. A second page without
// `locateFile` must fail with a message naming that file. Skipped (with a hint) without Chromium, unless
// CI=true or REQUIRE_BROWSER=1.
const chromiumPath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
const browserRequired = process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1';
if (packed.some((pkg) => pkg.name === '@cloudvirt/render') && chromiumPath === undefined && !browserRequired) {
  console.log('- skipped: the render browser recipe in Chromium (no Chromium: set CHROME_PATH, or apt-get update && apt-get install -y chromium)');
} else if (packed.some((pkg) => pkg.name === '@cloudvirt/render')) {
  check('the README browser recipe (esbuild + locateFile → sql-wasm-browser.wasm) builds a deck in Chromium; without locateFile the error names sql-wasm-browser.wasm', () => {
    if (chromiumPath === undefined) throw new Error('no Chromium found and CI=true or REQUIRE_BROWSER=1 requires it: set CHROME_PATH, or apt-get update && apt-get install -y chromium');
    const esbuild = createRequire(realpathSync(join(root, 'packages/core/node_modules/tsup/package.json')))('esbuild');
    const playwright = createRequire(realpathSync(join(root, 'packages/checks/package.json'))).resolve('playwright-core');
    const app = join(consumerDir, 'browser-app');
    const publicDir = join(app, 'public');
    mkdirSync(join(publicDir, 'assets'), { recursive: true });
    const options = "{ lang: 'en', concepts: ['kvm', 'xen'] }";
    const page = (sqlJs) => `
      import { kb } from '@cloudvirt/core';
      import { toAnkiPackage } from '@cloudvirt/render/anki';
      try {
        const { bytes, summary } = await toAnkiPackage(kb, { ...${options}${sqlJs} });
        window.__result = { ok: true, notes: summary.notes, bytes: Array.from(bytes) };
      } catch (error) {
        window.__result = { ok: false, message: String(error && error.message) };
      }
    `;
    // The recipe: locateFile maps sql.js's file name to where the build copied it.
    writeFileSync(join(app, 'recipe.js'), page(", sqlJs: { locateFile: (file) => `/assets/${file}` }"));
    writeFileSync(join(app, 'default.js'), page(''));
    esbuild.buildSync({ entryPoints: [join(app, 'recipe.js'), join(app, 'default.js')], bundle: true, format: 'esm', platform: 'browser', outdir: publicDir, logLevel: 'silent' });
    for (const name of ['recipe', 'default']) writeFileSync(join(publicDir, `${name}.html`), `<!doctype html><meta charset="utf-8"><script type="module" src="/${name}.js"></script>\n`);
    // Where the wasm comes from, as the README says: the sql.js that @cloudvirt/render resolves.
    const fromRender = createRequire(createRequire(join(consumerDir, 'package.json')).resolve('@cloudvirt/render/package.json'));
    copyFileSync(fromRender.resolve('sql.js/dist/sql-wasm-browser.wasm'), join(publicDir, 'assets', 'sql-wasm-browser.wasm'));
    const runner = join(app, 'run-in-chromium.mjs');
    writeFileSync(
      runner,
      `
      import { createServer } from 'node:http';
      import { readFile } from 'node:fs/promises';
      import { extname, join } from 'node:path';
      import { createRequire } from 'node:module';
      const [playwright, publicDir, executablePath] = process.argv.slice(2);
      const { chromium } = createRequire(import.meta.url)(playwright);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
      const requested = [];
      const server = createServer(async (request, response) => {
        const path = new URL(request.url, 'http://localhost').pathname;
        requested.push(path);
        try {
          const body = await readFile(join(publicDir, path));
          response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
        } catch {
          response.writeHead(404).end('not found');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = 'http://127.0.0.1:' + server.address().port;
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      const out = {};
      try {
        for (const name of ['recipe', 'default']) {
          requested.length = 0;
          const tab = await browser.newPage();
          await tab.goto(base + '/' + name + '.html');
          await tab.waitForFunction(() => window.__result !== undefined, null, { timeout: 120000 });
          out[name] = { ...(await tab.evaluate(() => window.__result)), requested: [...requested] };
          await tab.close();
        }
      } finally {
        await browser.close();
        server.close();
      }
      process.stdout.write(JSON.stringify(out));
      `,
    );
    const result = JSON.parse(run(process.execPath, [runner, playwright, publicDir, chromiumPath], { cwd: app, timeout: 300_000 }));
    const expected = run(process.execPath, ['--input-type=module', '-e', `import { kb } from '@cloudvirt/core'; import { toAnkiPackage } from '@cloudvirt/render/anki'; const { bytes } = await toAnkiPackage(kb, ${options}); process.stdout.write(JSON.stringify(Array.from(bytes)));`], { cwd: consumerDir });
    if (!result.recipe.ok) throw new Error(`the recipe failed in Chromium: ${result.recipe.message}`);
    if (!result.recipe.requested.includes('/assets/sql-wasm-browser.wasm')) throw new Error(`sql.js did not fetch /assets/sql-wasm-browser.wasm: ${result.recipe.requested.join(', ')}`);
    if (JSON.stringify(result.recipe.bytes) !== expected) throw new Error('the .apkg built in Chromium differs from the one built in Node.js');
    if (result.default.ok) throw new Error('without locateFile the deck was built, though the wasm is not where sql.js looks');
    if (!result.default.requested.includes('/sql-wasm-browser.wasm')) throw new Error(`without locateFile sql.js fetched ${result.default.requested.join(', ')}, not /sql-wasm-browser.wasm`);
    if (!/sql-wasm-browser\.wasm/u.test(result.default.message) || /sql-wasm\.wasm/u.test(result.default.message.replace(/sql-wasm-browser\.wasm/gu, ''))) {
      throw new Error(`the error without locateFile does not name sql-wasm-browser.wasm (only): ${result.default.message}`);
    }
  });
}

check('tsc type-checks a TypeScript consumer (node16, bundler and node10 resolution)', () => {
  const imports = entryPoints.map((entry, index) => `import * as m${index} from ${JSON.stringify(entry)};`).join('\n');
  const uses = entryPoints.map((_, index) => `m${index}`).join(', ');
  const consumer = `${imports}
import { locales, type Locale, type Concept } from '@cloudvirt/core';
const first: Locale = locales[0]!;
export const used = [${uses}, first];
export type FirstConcept = Concept;
`;
  writeFileSync(join(consumerDir, 'consumer.ts'), consumer);
  writeFileSync(join(consumerDir, 'consumer.cts'), `import core = require('@cloudvirt/core');\nexport const localeCount: number = core.locales.length;\n`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const [module, resolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
    ['commonjs', 'node10'],
  ]) {
    const config = {
      compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', skipLibCheck: false, types: [] },
      files: module === 'node16' ? ['consumer.ts', 'consumer.cts'] : ['consumer.ts'],
    };
    writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(consumerDir, 'package.json'), 'utf8')), type: 'module' }, null, 2));
    writeFileSync(join(consumerDir, `tsconfig.${module}.json`), JSON.stringify(config, null, 2));
    run(process.execPath, [tsc, '-p', `tsconfig.${module}.json`], { cwd: consumerDir });
  }
});

if (packed.some((pkg) => pkg.name === '@cloudvirt/flashcards')) {
  check('the installed cloudvirt-flashcards bin runs', () => {
    const version = run(join(consumerDir, 'node_modules/.bin/cloudvirt-flashcards'), ['--version'], { cwd: consumerDir }).trim();
    const expected = packages.find((pkg) => pkg.name === '@cloudvirt/flashcards').manifest.version;
    if (version !== expected) throw new Error(`--version printed ${JSON.stringify(version)}, expected ${expected}`);
  });
}

const failed = results.filter((result) => !result.ok);
writeFileSync(
  join(root, 'packaging-results.json'),
  `${JSON.stringify(
    {
      numTotalTests: results.length,
      numPassedTests: results.length - failed.length,
      numFailedTests: failed.length,
      success: failed.length === 0,
      testResults: results,
    },
    null,
    2,
  )}\n`,
);
if (failed.length === 0) rmSync(scratch, { recursive: true, force: true });
console.log(`packaging: ${results.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (scratch kept in ${scratch})` : ''}`);
process.exit(failed.length === 0 ? 0 : 1);
