/**
 * Reading the built site in tests: list its files, map them to URL paths, parse HTML with
 * html-validate's parser (a DOM with `querySelectorAll`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL path of an output file (`en/concepts/kvm/index.html` → `/en/concepts/kvm/`). */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The output file of a URL path (`/en/` → `en/index.html`), or `null` for non-local URLs. */
export function fileOfUrlPath(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '';
  return (clean.endsWith('/') ? `${clean}index.html` : clean).replace(/^\//, '');
}

const validator = new HtmlValidate();
let parser: Parser | undefined;

/**
 * Parse an HTML document.
 *
 * @param html The source.
 * @param filename For messages.
 * @returns The document root.
 */
export async function parseHtml(html: string, filename = 'page.html'): Promise<HtmlElement> {
  parser ??= new Parser(await validator.getConfigFor('page.html'));
  return parser.parseHtml({ data: html, filename, line: 1, column: 1, offset: 0 });
}

/** The HTML pages of a built site with their URL path and source. */
export interface BuiltPage {
  /** Path relative to the site folder. */
  readonly file: string;
  /** URL path. */
  readonly path: string;
  /** HTML source. */
  readonly html: string;
}

/** Every HTML page of the built site (without Pagefind's files). */
export function htmlPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => ({ file, path: urlPathOf(file), html: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * The file a plain static host with clean URLs answers a URL path with, read straight from the folder (no
 * redirect involved): `P/` → `P/index.html`; `P` → the file `P`, else `P.html` (GitHub Pages, Netlify,
 * Cloudflare Pages, nginx `try_files $uri $uri.html $uri/`). Query and fragment are ignored.
 *
 * @param dir The site folder.
 * @param urlPath A root-relative URL path.
 * @returns The file relative to `dir`, or `null` when the host would answer 404.
 */
export function servedFile(dir: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/u)[0] ?? '').replace(/^\//u, '');
  const isFile = (file: string): boolean => existsSync(join(dir, file)) && statSync(join(dir, file)).isFile();
  if (clean === '' || clean.endsWith('/')) return isFile(`${clean}index.html`) ? `${clean}index.html` : null;
  if (isFile(clean)) return clean;
  return isFile(`${clean}.html`) ? `${clean}.html` : null;
}
