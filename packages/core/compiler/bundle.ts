/**
 * Build-time helpers of tsup.compiler.config.ts for `@cloudvirt/core/compiler` and the `cloudvirt-pack` bin: what is
 * bundled, what stays an import of `@cloudvirt/core`, and the licence notices of the bundled packages.
 * Not part of the published compiler.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Options } from 'tsup';
import { writeAtomically } from './atomic-write.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Core's modules whose identity matters at run time (classes, the trusted-data registry): an import of one
 * of them becomes an import of `@cloudvirt/core` (the package importing itself), so that the compiler and
 * its users share one `createKnowledgeBase` and one `KnowledgeBaseValidationError`. Every name imported
 * from them must be exported by src/index.ts. Core's other modules (pure helpers) are bundled.
 */
const sharedModules = new Set(['knowledge-base.js', 'validate.js']);

/**
 * The options both compiler builds share: Node.js, every npm dependency bundled (`noExternal`), and the
 * {@link sharedModules} imported from `@cloudvirt/core`.
 *
 * @param packageDir
 *   The folder of @cloudvirt/core.
 * @returns
 *   tsup options.
 */
export function compilerBundle(packageDir: string): Options & { readonly esbuildPlugins: Plugin[] } {
  const srcDir = path.join(packageDir, 'src');
  const selfImport: Plugin = {
    name: 'cloudvirt-core-self-import',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        if (path.dirname(target) !== srcDir || !sharedModules.has(path.basename(target))) return undefined;
        return { path: '@cloudvirt/core', external: true };
      });
    },
  };
  return {
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    removeNodeProtocol: false,
    external: ['@cloudvirt/core'],
    noExternal: [/^(?!@cloudvirt\/core$).*/u],
    esbuildPlugins: [selfImport],
  };
}

/** A bundled package: name, version, licence and licence text. */
interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly text: string;
}

/** The package folder holding `file` (the nearest `node_modules/<name>` or `node_modules/@scope/<name>`). */
function packageDirOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  const index = parts.lastIndexOf('node_modules');
  if (index === -1) return undefined;
  const take = parts[index + 1]?.startsWith('@') === true ? 3 : 2;
  return parts.slice(0, index + take).join(path.sep);
}

/** Read a bundled package's manifest and licence file. */
function readPackage(dir: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const files = readdirSync(dir).sort();
  const licenceFile = files.find((name) => /^(?:licen[cs]e|copying)(?:\.|$)/iu.test(name));
  const normalize = (text: string): string => text.replace(/\r\n?/gu, '\n').trim();
  if (licenceFile !== undefined) {
    return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'UNKNOWN', text: normalize(readFileSync(path.join(dir, licenceFile), 'utf8')) };
  }
  // A package without a licence file (`format`) states it in its README: its "License" section.
  const readme = files.find((name) => /^readme(?:\.|$)/iu.test(name));
  const section = readme === undefined ? undefined : /^(?:#+\s*Licen[cs]e\s*|Licen[cs]e\s*\n[=-]+\s*)\n([\s\S]*?)(?=\n#|\n\S[^\n]*\n[=-]{3,}|$(?![\s\S]))/imu.exec(readFileSync(path.join(dir, readme), 'utf8'));
  if (section?.[1] === undefined || section[1].trim() === '') {
    throw new Error(`The bundled package ${manifest.name} ships no LICENSE file and no License section in its README: its notice cannot be written`);
  }
  return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'UNKNOWN', text: `${normalize(section[1])}\n\n(From its README: the package ships no licence file.)` };
}

/**
 * The notices file: every package bundled into the compiler, sorted by name, with its licence text.
 *
 * @param packages
 *   The bundled packages.
 * @returns
 *   The Markdown text (deterministic).
 */
function noticesText(packages: readonly BundledPackage[]): string {
  const sorted = [...packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const blocks = sorted.map((pkg) => `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`txt\n${pkg.text}\n\`\`\``);
  return `# Third-party notices\n\n\`dist/compiler.js\`, \`dist/compiler.cjs\` and the \`cloudvirt-pack\` bin of @cloudvirt/core bundle the following packages (${sorted.length}). Their licences follow.\n\n${blocks.join('\n\n')}\n`;
}

/**
 * An esbuild plugin that writes `dist/THIRD-PARTY-NOTICES.md` from the build's inputs: every file under a
 * `node_modules` folder names a bundled package.
 *
 * @param packageDir
 *   The folder of @cloudvirt/core.
 * @returns
 *   The plugin.
 */
export function writeNoticesPlugin(packageDir: string): Plugin {
  return {
    name: 'cloudvirt-third-party-notices',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd(async (result) => {
        if (result.metafile === undefined || result.errors.length > 0) return;
        const dirs = new Set<string>();
        for (const input of Object.keys(result.metafile.inputs)) {
          const dir = packageDirOf(path.resolve(packageDir, input));
          // tsup's own CommonJS shims are build glue, not a bundled package.
          if (dir !== undefined && path.basename(dir) !== 'tsup' && existsSync(path.join(dir, 'package.json'))) dirs.add(dir);
        }
        const packages = new Map<string, BundledPackage>();
        for (const dir of dirs) {
          const pkg = readPackage(dir);
          packages.set(`${pkg.name}@${pkg.version}`, pkg);
        }
        await writeAtomically(path.join(packageDir, 'dist', 'THIRD-PARTY-NOTICES.md'), noticesText([...packages.values()]));
      });
    },
  };
}
