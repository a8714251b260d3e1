/**
 * `pnpm build` / `pnpm dev` entry point: build the site into `apps/site/dist/` (or `--out <dir>`, from the
 * bundled knowledge base or `--data <file.json>`), or serve it with live reload (`--serve [--port N]`).
 * `--help` lists every flag. Exit code 0: built; 1: the build failed; 2: bad command line.
 *
 * @module
 */
import { buildSite, defaultOutDir, type BuildSiteResult } from './build-site.js';
import { parseBuildArgs, readDataFile, readMigrationsFile, usage, UsageError } from './cli-args.js';

/** The one-line summary of a build (benchmarks read `site: N pages, N files`). */
function summary(result: BuildSiteResult): string {
  const indexed = Object.entries(result.indexed).map(([language, count]) => `${count} ${language}`).join(' + ');
  return (
    `site: ${result.pageCount} pages, ${result.fileCount} files ` +
    `(${result.conceptIriPageCount} concept IRI pages, ${result.redirectPageCount} redirects, ${result.socialCardCount} social cards), ` +
    `${result.downloadCount === 0 ? 'no' : result.downloadCount} downloads, ` +
    `${indexed === '' ? 'no search index' : `search index ${indexed}`}, ` +
    `in ${(result.milliseconds / 1000).toFixed(2)} s → ${result.outDir}`
  );
}

try {
  const args = parseBuildArgs(process.argv.slice(2));
  if (args.help) {
    console.log(usage);
  } else {
    const data = args.dataFile === undefined ? undefined : await readDataFile(args.dataFile);
    const migrations = args.migrationsFile === undefined ? undefined : await readMigrationsFile(args.migrationsFile);
    const result = await buildSite({
      outDir: args.outDir ?? defaultOutDir,
      mode: args.serve ? 'serve' : 'build',
      downloads: args.downloads,
      search: args.search,
      ...(args.port === undefined ? {} : { port: args.port }),
      ...(args.siteUrl === undefined ? {} : { siteUrl: args.siteUrl }),
      ...(data === undefined ? {} : { data }),
      ...(migrations === undefined ? {} : { migrations }),
    });
    if (!args.serve) console.log(summary(result));
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
