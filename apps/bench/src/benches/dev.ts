/**
 * `dev`: the authoring loop. Starts the real dev server (`cloudvirt-site dev --kb <copy> --port 0`, from
 * `apps/site`'s source, as `pnpm dev` runs it) on a copy of the content, then for each edit appends a
 * sentence to the English explanation of one concept and polls that concept's served page until it shows
 * the sentence: save → updated page served. An open page's event stream (what the live-reload client
 * listens to) is read too: save → `reload` event (`reload_ms`). One edit first warms the server up (not
 * counted). The peer is
 * what an author runs without it: a rebuild of the site's pages (`cloudvirt-site build --kb <copy>
 * --no-downloads --no-search`).
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { childEnv, median, runCommand } from '../measure.js';
import { ownContent } from '../plan.js';
import { binIn } from '../repo.js';
import type { BenchResult } from '../result.js';

/** Hang guard of one wait (the server start, one edit). */
const hangGuardMs = 300_000;

/** What the dev server prints when it is ready. */
const readyLine = /dev: serving (http:\/\/localhost:(\d+)\/)/u;

/** What it prints after each recompile: `… → ok in 35 ms (…)`. */
const updateLine = /→ ok in (\d+) ms/gu;

/** A running dev server process. */
interface Running {
  readonly child: ChildProcess;
  readonly origin: string;
  /** Everything it printed so far. */
  readonly output: () => string;
  /** Peak RSS so far, MiB (Linux: `VmHWM`; `NaN` elsewhere). */
  readonly peakRssMb: () => number;
  readonly stop: () => Promise<void>;
}

/** Start the dev server on a content folder and wait until it serves. */
async function startServer(siteDir: string, content: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'dev', '--kb', content, '--port', '0'], {
    cwd: siteDir,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = await poll('the dev server to start', async () => {
    if (child.exitCode !== null) throw new Error(`The dev server exited (${child.exitCode}):\n${output.slice(-2000)}`);
    const match = readyLine.exec(output);
    return match === null ? undefined : `http://127.0.0.1:${match[2]}`;
  });
  return {
    child,
    origin,
    output: () => output,
    peakRssMb: () => {
      const status = `/proc/${child.pid}/status`;
      const match = existsSync(status) ? /VmHWM:\s+(\d+) kB/u.exec(readFileSync(status, 'utf8')) : null;
      return match === null ? Number.NaN : Number(match[1]) / 1024;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Call `probe` until it returns a value (a few ms apart), or fail after the hang guard. */
async function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + hangGuardMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`Still waiting for ${what} after ${hangGuardMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** An open page's event stream (the live-reload client's): when each `reload` event arrived. */
interface PageEvents {
  /** The time (`performance.now()`) of the next `reload` event not taken yet. */
  readonly nextReload: () => Promise<number>;
  readonly close: () => void;
}

/** Open the event stream of a page as its live-reload client does (with the hash of the page as served). */
async function openPageEvents(origin: string, pagePath: string): Promise<PageEvents> {
  const html = await (await fetch(`${origin}${pagePath}`)).text();
  const hash = /data-hash="([^"]+)"/u.exec(html)?.[1];
  if (hash === undefined) throw new Error(`The dev server served ${pagePath} without its live-reload client`);
  const controller = new AbortController();
  const response = await fetch(`${origin}/__cloudvirt/events?path=${encodeURIComponent(pagePath)}&hash=${encodeURIComponent(hash)}`, { signal: controller.signal });
  const reader = response.body?.getReader();
  if (reader === undefined) throw new Error('The dev server sent no event stream');
  const arrived: number[] = [];
  const waiting: ((at: number) => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!event.startsWith('event: reload')) continue;
        const at = performance.now();
        const waiter = waiting.shift();
        if (waiter === undefined) arrived.push(at);
        else waiter(at);
      }
    }
  })();
  return {
    nextReload: () =>
      new Promise<number>((resolve, reject) => {
        const at = arrived.shift();
        if (at !== undefined) return resolve(at);
        const timer = setTimeout(() => reject(new Error(`No reload event for ${pagePath} after ${hangGuardMs / 1000} s`)), hangGuardMs);
        waiting.push((time) => {
          clearTimeout(timer);
          resolve(time);
        });
      }),
    close: () => controller.abort(),
  };
}

/**
 * Run the dev benchmark at one size.
 *
 * @param context The run's context.
 * @param n Concepts (0: the repository's own content).
 * @returns The result.
 */
export async function benchDev(context: BenchContext, n: number): Promise<BenchResult> {
  const siteDir = path.join(context.root, 'apps', 'site');
  // Note: the server edits a copy, never the repository's content or a pack other benchmarks read.
  const content = path.join(await context.dir(`dev-${n}`), 'content');
  await cp(await context.pack(n), content, { recursive: true });
  const concepts = (await readdir(path.join(content, 'concepts'))).filter((name) => name.endsWith('.md')).sort();
  const first = concepts[0];
  if (first === undefined) throw new Error(`No concept in ${content}`);
  const id = first.slice(0, -'.md'.length);
  const file = path.join(content, 'concepts', first);
  const runs = context.plan.dev.runs(n);

  const startedAt = performance.now();
  const server = await startServer(siteDir, content);
  const startupMs = performance.now() - startedAt;
  const samples: number[] = [];
  const reloads: number[] = [];
  let firstEditMs = Number.NaN;
  let rssMb = Number.NaN;
  try {
    const pagePath = `/en/concepts/${id}/`;
    const page = `${server.origin}${pagePath}`;
    const original = await readFile(file, 'utf8');
    const events = await openPageEvents(server.origin, pagePath);
    for (let edit = 0; edit <= runs; edit++) {
      const marker = `Bench edit ${edit + 1} of the dev loop.`;
      // One more sentence at the end of the English explanation (the `# en` section, before `# zh`).
      const edited = original.replace(/\n# zh\n/u, `\n${marker}\n\n# zh\n`);
      if (edited === original) throw new Error(`No \`# zh\` section in ${file} to put the edit before`);
      const reloaded = events.nextReload();
      const saved = performance.now();
      await writeFile(file, edited);
      await poll(`the edit in ${page}`, async () => {
        const response = await fetch(page);
        const body = await response.text();
        return body.includes(marker) ? true : undefined;
      });
      const ms = performance.now() - saved;
      const reloadMs = (await reloaded) - saved;
      if (edit === 0) firstEditMs = ms;
      else {
        samples.push(ms);
        reloads.push(reloadMs);
      }
      context.log(`dev: edit ${edit === 0 ? 'warm-up' : `${edit}/${runs}`}: page ${ms.toFixed(0)} ms, reload event ${reloadMs.toFixed(0)} ms`);
    }
    events.close();
  } finally {
    rssMb = server.peakRssMb();
    await server.stop();
  }
  const serverMs = [...server.output().matchAll(updateLine)].slice(-runs).map((match) => Number(match[1]));

  // The peer: rebuilding the pages as an author would without the dev server.
  const out = path.join(await context.dir(`dev-${n}-build`), 'site');
  const build = runCommand(binIn(siteDir, 'tsx'), ['src/cli.ts', 'build', '--kb', content, '--out', out, '--no-downloads', '--no-search'], {
    cwd: siteDir,
    what: `site pages build (${n} concepts)`,
  });

  const size = n === ownContent ? concepts.length : n;
  const oursMs = median(samples);
  const goalMs = n === ownContent ? 1000 : 3000;
  return {
    name: 'dev',
    n: size,
    oursMs,
    peerMs: build.ms,
    peer: 'site pages build',
    rssMb,
    extra: {
      first_edit_ms: firstEditMs,
      reload_ms: median(reloads),
      server_ms: serverMs.length === 0 ? Number.NaN : median(serverMs),
      startup_ms: startupMs,
      peer_rss_mb: build.rssMb,
    },
    goals: [{ text: `save → page ≤ ${goalMs / 1000} s`, met: oursMs <= goalMs }],
    runs,
    samples: { ours: samples, peer: [build.ms] },
  };
}
