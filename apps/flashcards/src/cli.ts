#!/usr/bin/env node
/**
 * The `cloudvirt-flashcards` executable. `--version` answers without loading the knowledge base; everything
 * else goes through `runCli`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const argv = process.argv.slice(2);

// A closed pipe (`… -o - | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${version}\n`);
} else {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), version, handleSignals: true });
}
