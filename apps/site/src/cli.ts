#!/usr/bin/env node
/**
 * The `cloudvirt-site` executable: `cloudvirt-site build --kb <package | path> [--out <dir>] [--base-url <url>]`.
 * Everything goes through `runCli` (`run.ts`).
 *
 * @module
 */
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
