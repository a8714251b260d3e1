/**
 * `pnpm build` / `pnpm dev` entry point: build the site into `apps/site/dist/`, or serve it with live
 * reload (`--serve [--port N]`).
 *
 * @module
 */
import { buildSite } from './build-site.js';

const args = process.argv.slice(2);
const serve = args.includes('--serve');
const portIndex = args.indexOf('--port');
const port = portIndex === -1 ? undefined : Number(args[portIndex + 1]);

try {
  const result = await buildSite({ mode: serve ? 'serve' : 'build', ...(port === undefined ? {} : { port }) });
  if (!serve) {
    const indexed = Object.entries(result.indexed).map(([language, count]) => `${count} ${language}`).join(' + ');
    console.log(
      `site: ${result.pageCount} pages, ${result.fileCount} files, ${result.downloadCount} downloads, ` +
        `search index ${indexed}, in ${(result.milliseconds / 1000).toFixed(2)} s → ${result.outDir}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
