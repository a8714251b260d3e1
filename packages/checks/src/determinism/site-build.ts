/**
 * Run the site's real build (`pnpm --filter @cloudvirt/site build:site -- --out <dir>`) in a changed
 * environment: another clock, time zone and locale.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../paths.js';

/** The preload that shifts the clock. */
export const fakeClockModule = fileURLToPath(new URL('./fake-clock.mjs', import.meta.url));

/** The environment of the second build: clock shifted to 2031, a +13:45 time zone, a Turkish locale. */
export function shiftedEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: 'Pacific/Chatham',
    LANG: 'tr_TR.UTF-8',
    LC_ALL: 'tr_TR.UTF-8',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${fakeClockModule}`.trim(),
  };
}

/**
 * Build the site into another folder with its command line (`--out`), as `pnpm build` does for
 * `apps/site/dist`.
 *
 * @param outDir The output folder (absolute; the build empties it first).
 * @param env The environment.
 * @returns Exit code and output.
 */
export function buildSiteInto(outDir: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // `build:site` is `build` without its first step (tsup, the site package's own code), which other
    // test files may be importing meanwhile.
    const child = spawn('pnpm', ['--filter', '@cloudvirt/site', 'build:site', '--', '--out', outDir], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
