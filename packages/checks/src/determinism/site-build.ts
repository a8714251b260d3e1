/**
 * Run the site's real build (`pnpm --filter @cloudvirt/site build`) in a changed environment: another
 * clock, time zone and locale.
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
 * Build the site into `apps/site/dist` (the only output folder its build supports).
 *
 * @param env The environment.
 * @returns Exit code and output.
 */
export function buildSiteInPlace(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@cloudvirt/site', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
