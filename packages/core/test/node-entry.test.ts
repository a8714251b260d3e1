/**
 * The two builds of dist/ (run `pnpm build` first; turbo's `test` depends on `build`): the Node.js entry
 * (`node` condition: dist/node.js, dist/node.cjs, reading dist/data.json) and the embedded build
 * (`import` / `require` for browsers and bundlers: dist/index.js, dist/index.cjs) must export the same
 * names and equal data. Each build is loaded by plain Node.js in a child process, not through vitest's
 * module runner, so what is tested is what users run.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../src/index.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(packageDir, 'dist');
const builds = ['node.js', 'node.cjs', 'index.js', 'index.cjs'] as const;

/** What a child process reports about one build. */
interface Loaded {
  readonly keys: string[];
  readonly data: string;
  readonly ids: string;
  readonly xen: string;
  readonly vmm: string | undefined;
}

/** Load every build in a fresh Node.js process (ESM by `import`, CJS by `require`) and describe it. */
async function loadBuilds(): Promise<Record<(typeof builds)[number], Loaded>> {
  const script = `
    import { createRequire } from 'node:module';
    import { pathToFileURL } from 'node:url';
    const require = createRequire(import.meta.url);
    const describe = (m) => ({
      keys: Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort(),
      data: JSON.stringify({ topics: m.topics, concepts: m.concepts, relations: m.relations, comparisons: m.comparisons, responsibilityMatrix: m.responsibilityMatrix, ...(m.kb.pack === undefined ? {} : { pack: m.kb.pack }) }),
      ids: JSON.stringify([m.conceptIds, m.topicIds, m.comparisonIds]),
      xen: m.getConcept('xen').label.en,
      vmm: m.findConcept('虚拟机监控器')?.id,
    });
    const out = {};
    for (const file of ${JSON.stringify(builds)}) {
      const absolute = ${JSON.stringify(dist)} + '/' + file;
      out[file] = describe(file.endsWith('.cjs') ? require(absolute) : await import(pathToFileURL(absolute).href));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir, maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<(typeof builds)[number], Loaded>;
}

let loaded: Awaited<ReturnType<typeof loadBuilds>>;

beforeAll(async () => {
  for (const file of [...builds, 'data.json']) {
    await stat(path.join(dist, file)).catch(() => {
      throw new Error(`dist/${file} is missing: run \`pnpm build\` in packages/core first.`);
    });
  }
  loaded = await loadBuilds();
});

describe('the Node.js entry and the embedded build', () => {
  it('should export the same names as src/index.ts', () => {
    const names = Object.keys(source).sort();
    for (const file of builds) expect(loaded[file].keys, file).toEqual(names);
  });

  it('should hold deep-equal data and ids, equal to the source', () => {
    const { topics, concepts, relations, comparisons, responsibilityMatrix, conceptIds, topicIds, comparisonIds, kb } = source;
    const data = JSON.stringify({ topics, concepts, relations, comparisons, responsibilityMatrix, ...(kb.pack === undefined ? {} : { pack: kb.pack }) });
    const ids = JSON.stringify([conceptIds, topicIds, comparisonIds]);
    for (const file of builds) {
      // Compare the texts first (a readable failure), then as values.
      expect(loaded[file].data === data, `${file} holds other data than src/`).toBe(true);
      expect(JSON.parse(loaded[file].data), file).toEqual(JSON.parse(data));
      expect(loaded[file].ids, file).toBe(ids);
    }
  });

  it('should answer lookups the same way', () => {
    for (const file of builds) {
      expect(loaded[file].xen, file).toBe('Xen');
      expect(loaded[file].vmm, file).toBe('virtual-machine-monitor');
    }
  });

  it('should ship the data as dist/data.json, not inside the Node.js entry', async () => {
    const json = await readFile(path.join(dist, 'data.json'), 'utf8');
    expect(json).toBe(await readFile(path.join(packageDir, 'src', 'generated', 'data.json'), 'utf8'));
    expect(JSON.parse(json)).toEqual(JSON.parse(loaded['node.js'].data));
    const definition = source.getConcept('xen').definition.en;
    for (const file of ['node.js', 'node.cjs']) {
      const code = await readFile(path.join(dist, file), 'utf8');
      expect(code.length, file).toBeLessThan(json.length / 4);
      expect(code, file).not.toContain(definition);
      expect(code, file).toContain('data.json');
    }
    for (const file of ['index.js', 'index.cjs']) {
      const code = await readFile(path.join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\b(?:from|import|require)\s*\(?\s*["']node:|readFileSync\(/u);
    }
  });
});

describe('package.json', () => {
  it('should send Node.js to the Node.js entry and everything else to the embedded build, with the same types', async () => {
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, Record<string, Record<string, unknown>>>;
    };
    const root = manifest.exports['.'] ?? {};
    expect(Object.keys(root)).toEqual(['node', 'import', 'require']);
    expect(root.node).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/node.js' },
      require: { types: './dist/index.d.cts', default: './dist/node.cjs' },
    });
    expect(root.import).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(root.require).toEqual({ types: './dist/index.d.cts', default: './dist/index.cjs' });
  });

  it('should resolve `@cloudvirt/core` to the Node.js entry under Node.js (import and require)', async () => {
    const script = `
      import { createRequire } from 'node:module';
      console.log(JSON.stringify([import.meta.resolve('@cloudvirt/core'), createRequire(import.meta.url).resolve('@cloudvirt/core')]));
    `;
    // A package can import itself by name (its `exports` apply), so this resolves like an installed copy.
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir });
    const [imported, required] = JSON.parse(stdout) as [string, string];
    expect(imported).toBe(pathToFileURL(path.join(dist, 'node.js')).href);
    expect(required).toBe(path.join(dist, 'node.cjs'));
  });
});

/** Run `node` with `args` in `cwd`, feeding `input` to its stdin; resolves with its exit code and output. */
function node(args: readonly string[], cwd: string, input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the Node.js entry, loaded from `node -e`, the REPL and a folder holding another data.json', () => {
  // A data.json that is not ours, in the current folder: the entry must neither read it nor need it.
  const decoy = JSON.stringify({ topics: [], concepts: [], relations: [], comparisons: [], responsibilityMatrix: { models: [], layers: [], cells: [] } });
  let cwd: string;
  const esm = pathToFileURL(path.join(dist, 'node.js')).href;
  const cjs = path.join(dist, 'node.cjs');
  const count = String(source.concepts.length);

  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), 'cloudvirt-core-cwd-'));
    await writeFile(path.join(cwd, 'data.json'), decoy);
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('should read its own data under `node -e` (a global `__dirname` of "."), ESM and CJS', async () => {
    const imported = await node(['-e', `import(${JSON.stringify(esm)}).then((m) => console.log(m.concepts.length))`], cwd);
    expect(imported.stderr).toBe('');
    expect(imported.stdout.trim()).toBe(count);
    const required = await node(['-e', `console.log(require(${JSON.stringify(cjs)}).concepts.length)`], cwd);
    expect(required.stderr).toBe('');
    expect(required.stdout.trim()).toBe(count);
  });

  it('should read its own data under `node --input-type=module -e`', async () => {
    const result = await node(['--input-type=module', '-e', `const m = await import(${JSON.stringify(esm)}); console.log(m.concepts.length);`], cwd);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(count);
  });

  it('should read its own data in the REPL (`node -i` fed by stdin)', async () => {
    const input = `const m = await import(${JSON.stringify(esm)}); console.log('esm=' + m.concepts.length)\nconsole.log('cjs=' + require(${JSON.stringify(cjs)}).concepts.length)\n`;
    const result = await node(['-i'], cwd, input);
    expect(result.stdout).toContain(`esm=${count}`);
    expect(result.stdout).toContain(`cjs=${count}`);
    expect(result.stdout).not.toContain('cannot read its data');
  });

  it('should refuse a data.json that is not ours next to the entry, naming the file and the remedy', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'cloudvirt-core-foreign-'));
    try {
      for (const file of ['node.js', 'node.cjs']) await copyFile(path.join(dist, file), path.join(copy, file));
      await writeFile(path.join(copy, 'package.json'), '{"type":"module"}');
      await writeFile(path.join(copy, 'data.json'), decoy);
      for (const file of ['node.js', 'node.cjs']) {
        const script = file.endsWith('.cjs') ? `require('./${file}')` : `import('./${file}').catch((e) => { console.error(e.message); process.exit(1); })`;
        const result = await node(['-e', script], copy);
        expect(result.code, file).toBe(1);
        expect(result.stderr, file).toContain(`@cloudvirt/core: ${path.join(copy, 'data.json')} is not the data this build ships with`);
        expect(result.stderr, file).toContain(`got ${decoy.length}`);
        expect(result.stderr, file).toContain('Reinstall @cloudvirt/core');
      }
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('should say where it looked when data.json is missing', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'cloudvirt-core-missing-'));
    try {
      await copyFile(path.join(dist, 'node.cjs'), path.join(copy, 'node.cjs'));
      const result = await node(['-e', "require('./node.cjs')"], copy);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`@cloudvirt/core: cannot read its data (${path.join(copy, 'data.json')})`);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
