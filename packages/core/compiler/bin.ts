#!/usr/bin/env node
/**
 * The `cloudvirt-pack` bin: `init`, `check`, `build` (see `pack-cli.ts`). From the sources:
 * `tsx compiler/bin.ts <command> …`.
 *
 * @module
 */
import process from 'node:process';
import { runPackCli } from './pack-cli.js';

runPackCli(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error in cloudvirt-pack (a bug, not a content problem):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
