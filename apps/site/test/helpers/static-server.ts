/**
 * A tiny static file server over `node:http` for tests: serves a folder on a random local port,
 * `index.html` for directory paths, clean URLs (`/concepts/kvm` from `concepts/kvm.html`, as GitHub Pages,
 * Netlify or nginx with `try_files $uri $uri.html $uri/` do), else a 301 redirect from a folder path without
 * its final slash to the path with it (as static hosts do), `404.html` with status 404 for unknown paths.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { mediaTypeOf } from '../../src/dev/generation.js';


/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly origin: string;
  /** Stop the server. */
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
  const decoded = decodeURIComponent(pathname);
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      const index = join(target, 'index.html');
      return (await stat(index)).isFile() ? index : null;
    }
    return info.isFile() ? target : null;
  } catch {
    return null;
  }
}

async function isDirectory(root: string, pathname: string): Promise<boolean> {
  const target = normalize(join(root, decodeURIComponent(pathname)));
  if (!target.startsWith(root + sep)) return false;
  return stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/**
 * Serve `root` on 127.0.0.1 at a random port.
 *
 * @param root Absolute path of the folder.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      const clean = pathname.endsWith('/') || extname(pathname) !== '' ? null : await fileFor(base, `${pathname}.html`);
      if (clean !== null) {
        response.writeHead(200, { 'content-type': mediaTypeOf(clean) });
        createReadStream(clean).pipe(response);
        return;
      }
      if (!pathname.endsWith('/') && (await isDirectory(base, pathname))) {
        response.writeHead(301, { location: `${pathname}/` });
        response.end();
        return;
      }
      let file = await fileFor(base, pathname);
      let status = 200;
      if (file === null) {
        status = 404;
        file = await fileFor(base, '/404.html');
      }
      if (file === null) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.writeHead(status, { 'content-type': mediaTypeOf(file) });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
