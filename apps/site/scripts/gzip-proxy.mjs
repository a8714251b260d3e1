// A gzip front for a local server, as a real static host answers: text, JSON, JavaScript, SVG and wasm
// responses are compressed when the browser sends `Accept-Encoding: gzip` (level 6, nginx's and most CDNs'
// usual), everything else is passed through. Used by scripts/lighthouse.mjs and scripts/practice-first-card.mjs.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';

const compressible = /^(?:text\/|application\/(?:json|javascript|ld\+json|xml|wasm)|image\/svg\+xml)/u;

/**
 * Serve `origin` again on another local port, gzip-compressed.
 *
 * @param {string} origin The server to front (`http://127.0.0.1:<port>`).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function gzipProxy(origin) {
  const upstream = new URL(origin);
  const proxy = createServer((incoming, outgoing) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, 'accept-encoding': 'identity' } },
      (answer) => {
        const headers = { ...answer.headers };
        const gzip = /\bgzip\b/u.test(String(incoming.headers['accept-encoding'] ?? '')) && compressible.test(String(headers['content-type'] ?? ''));
        if (gzip) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        (gzip ? answer.pipe(createGzip({ level: 6 })) : answer).pipe(outgoing);
      },
    );
    forward.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (proxy.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => proxy.close(() => resolve(undefined))),
  };
}
