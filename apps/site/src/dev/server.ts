/**
 * The authoring loop (`cloudvirt-site dev`): a `node:http` server that serves the site of a content
 * folder straight from memory, watches the folder, recompiles on save with the incremental compiler
 * (only changed files are re-parsed; the cross-file checks stay complete), and tells each open page over
 * Server-Sent Events to reload when its own HTML changed. While the content has errors, the terminal
 * prints them in the compiler's voice, every open page shows them in an overlay, and the last good
 * state stays served.
 *
 * @module
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBaseData } from '@cloudvirt/core';
import { createIncrementalCompiler, formatMessages, type CompileMessage } from '@cloudvirt/core/compiler';
import { assetsFolder } from '../assets.js';
import { siteKnowledgeBase } from '../build-site.js';
import type { Migration } from '../redirects.js';
import { devClientPath, devClientScript, devEventsPath, injectDevClient, type DevStatus, type OverlayError } from './client.js';
import { SiteGeneration } from './generation.js';
import { watchContent, watchFolder, type FolderWatch } from './watch.js';

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** The content folder (holding `topics.md`, `concepts/`…). */
  readonly contentDir: string;
  /** How message paths name the content folder (default `contentDir`). */
  readonly messageRoot?: string;
  /** Port (default 8080; 0: any free port). */
  readonly port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Base URL of the pages' absolute links and JSON-LD (default `SITE_URL`, else the pack's, as `buildSite`). */
  readonly siteUrl?: string;
  /** Redirects of renamed records. */
  readonly migrations?: readonly Migration[];
  /** Where progress and the content's messages go (default: standard error). */
  readonly log?: (text: string) => void;
  /** Quiet time after the last file event before recompiling, ms (default 30). */
  readonly debounceMs?: number;
}

/** A running dev server. */
export interface DevServer {
  /** `http://localhost:<port>/`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The content's errors now (empty when it compiles). */
  readonly errors: readonly CompileMessage[];
  /** Stop watching and serving. */
  close(): Promise<void>;
}

/** An open page, listening for events. */
interface Client {
  readonly path: string;
  hash: string;
  readonly response: ServerResponse;
}

/** A site-build problem (not a content message) in the overlay's shape. */
function siteProblem(error: unknown): OverlayError {
  return { location: '(site)', ruleId: 'site', reason: error instanceof Error ? error.message : String(error), note: 'The content compiled, but the site cannot be built from it; fix what the message names.' };
}

function overlayErrors(messages: readonly CompileMessage[]): OverlayError[] {
  return messages
    .filter((message) => message.fatal)
    .map((message) => ({ location: `${message.file}:${message.line}:${message.column}`, ruleId: message.ruleId, reason: message.reason, note: message.note }));
}

/** The page served while no state of the content has compiled yet: the overlay shows the errors. */
function noSitePage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content errors</title></head><body><main><h1>The content does not compile yet</h1><p>The errors are listed in the terminal and over this page. Fix them and save: this page updates by itself.</p></main></body></html>';
}

/**
 * Start the dev server: compile the content folder, serve it, watch it.
 *
 * @param options The content folder, port, base URL, migrations, log.
 * @returns The running server (the first compile is done, whether it succeeded or not).
 * @throws {Error} When the port is taken or the folder cannot be watched.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const debounceMs = options.debounceMs ?? 30;
  const compiler = createIncrementalCompiler(options.contentDir, { root: options.messageRoot ?? options.contentDir });
  const workDir = await mkdtemp(join(tmpdir(), 'cloudvirt-site-dev-'));
  let generation: SiteGeneration | undefined;
  let lastData: KnowledgeBaseData | undefined;
  let generationCount = 0;
  let messages: readonly CompileMessage[] = [];
  let status: DevStatus = { errors: [] };
  const clients = new Set<Client>();

  const send = (client: Client, event: string, data: unknown): void => {
    client.response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  /** Tell an open page to reload when what its path serves changed. */
  const check = async (client: Client): Promise<boolean> => {
    if (generation === undefined) return false;
    const hash = await generation.pageHash(client.path);
    if (hash === undefined || hash === client.hash) return false;
    client.hash = hash;
    send(client, 'reload', {});
    return true;
  };

  /** Make the site state from compiled data; a problem of the site build becomes an overlay error. */
  const build = async (data: KnowledgeBaseData): Promise<boolean> => {
    let next: SiteGeneration;
    try {
      generationCount += 1;
      next = new SiteGeneration(siteKnowledgeBase(data), {
        downloadsDir: join(workDir, `state-${generationCount}`),
        ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
        ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
      });
    } catch (error) {
      status = { errors: [siteProblem(error)] };
      log(`dev: the site cannot be built from this content: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    const previous = generation;
    generation = next;
    lastData = data;
    void previous?.dispose().catch(() => undefined);
    status = { errors: [] };
    return true;
  };

  /** Bring everything up to date: recompile (`changed` files, or `undefined` for all), rebuild, notify. */
  const refresh = async (changed: readonly string[] | undefined, reason: string): Promise<void> => {
    const started = performance.now();
    let built = false;
    if (reason === 'assets') {
      if (lastData !== undefined) built = await build(lastData);
    } else {
      const result = await compiler.update(changed);
      messages = result.messages;
      if (result.messages.length > 0) log(formatMessages(result.messages));
      if (result.ok) built = await build(result.data);
      else status = { errors: overlayErrors(result.messages) };
    }
    const reloads = built ? (await Promise.all([...clients].map((client) => check(client).catch(() => false)))).filter(Boolean).length : 0;
    for (const client of clients) send(client, 'status', status);
    const stats = compiler.lastUpdate;
    const files = reason === 'assets' ? 'assets' : reason === 'start' ? `${stats?.files ?? 0} files` : stats?.parsed.length ? stats.parsed.join(', ') : 'no content file';
    const outcome = status.errors.length === 0 ? 'ok' : `${status.errors.length} error${status.errors.length === 1 ? '' : 's'}, serving the last good state`;
    const parsed = reason === 'assets' ? '' : `${stats?.parsed.length ?? 0} of ${stats?.files ?? 0} files parsed, `;
    log(`dev: ${files} → ${outcome} in ${(performance.now() - started).toFixed(0)} ms (${parsed}${reloads} of ${clients.size} open page${clients.size === 1 ? '' : 's'} reloaded)`);
  };

  // One refresh at a time; file events that arrive meanwhile are collected for the next one.
  let pending = new Set<string>();
  let pendingAssets = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = (): void => {
    timer = undefined;
    running = running.then(async () => {
      const assets = pendingAssets;
      const changed = [...pending];
      pending = new Set();
      pendingAssets = false;
      try {
        if (changed.length > 0) await refresh(changed, 'content');
        if (assets) await refresh(undefined, 'assets');
      } catch (error) {
        log(`dev: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    });
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  await refresh(undefined, 'start');

  const watchers: FolderWatch[] = [
    watchContent(options.contentDir, (file) => {
      pending.add(file);
      schedule();
    }),
    watchFolder(fileURLToPath(assetsFolder), [], () => {
      pendingAssets = true;
      schedule();
    }),
  ];

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request path\n');
      return;
    }
    if (pathname === devClientPath) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(devClientScript);
      return;
    }
    if (pathname === devEventsPath) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      const client: Client = { path: url.searchParams.get('path') ?? '/', hash: url.searchParams.get('hash') ?? '', response };
      clients.add(client);
      request.on('close', () => clients.delete(client));
      response.write('retry: 500\n\n');
      // The page may have changed between its load and this connection (or the server restarted).
      if (!(await check(client).catch(() => false))) send(client, 'status', status);
      return;
    }
    if (generation === undefined) {
      const body = noSitePage();
      response.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(injectDevClient(body, pathname, 'none'));
      return;
    }
    const served = await generation.serve(pathname);
    if (served.kind === 'redirect') {
      response.writeHead(301, { location: `${served.location}${url.search}` }).end();
      return;
    }
    const html = served.mediaType.startsWith('text/html') && typeof served.body === 'string';
    const body = html ? injectDevClient(served.body as string, pathname, served.hash ?? '') : served.body;
    response.writeHead(served.status, { 'content-type': served.mediaType, 'cache-control': 'no-store' }).end(body);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`dev: ${request.url ?? ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const heartbeat = setInterval(() => {
    for (const client of clients) client.response.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}/`,
    port,
    get errors() {
      return messages.filter((message) => message.fatal);
    },
    async close() {
      clearInterval(heartbeat);
      if (timer !== undefined) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.response.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await running;
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
