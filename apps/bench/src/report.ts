/**
 * Printing results: one `BENCH` line per result, a Markdown table, and the JSON file.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchFailure, BenchResult } from './result.js';
import { ratioOf } from './result.js';

/** A number for a `key=value` field: integers for ms and MiB, two decimals for ratios. */
function field(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** Digits for an extra field: none for times, sizes and counts, two otherwise. */
function digitsFor(key: string, value: number): number {
  return Number.isInteger(value) || /_(?:ms|mb|kb)$/u.test(key) ? 0 : 2;
}

/**
 * The `BENCH` line of a result:
 * `BENCH <name> n=<N> ours_ms=<x> peer_ms=<y> ratio=<x/y> rss_mb=<z>` then the extra fields.
 *
 * @param result The result.
 * @returns The line (no newline).
 */
export function benchLine(result: BenchResult): string {
  const extras = Object.entries(result.extra).map(([key, value]) => `${key}=${typeof value === 'number' ? field(value, digitsFor(key, value)) : value}`);
  return [
    'BENCH',
    result.name,
    `n=${result.n}`,
    `ours_ms=${field(result.oursMs)}`,
    `peer_ms=${field(result.peerMs)}`,
    `ratio=${field(ratioOf(result), 2)}`,
    `rss_mb=${field(result.rssMb)}`,
    ...extras,
  ].join(' ');
}

/**
 * The line of a benchmark that failed: `BENCH <name> n=<N> error="…"`.
 *
 * @param failure The failure.
 * @returns The line.
 */
export function failureLine(failure: BenchFailure): string {
  return `BENCH ${failure.name} n=${failure.n} error=${JSON.stringify(failure.error.split('\n')[0] ?? '')}`;
}

const seconds = (ms: number): string => (!Number.isFinite(ms) ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * The Markdown table of every result (and failure).
 *
 * @param results The results.
 * @param failures The failures.
 * @returns The table.
 */
export function resultTable(results: readonly BenchResult[], failures: readonly BenchFailure[] = []): string {
  const rows = [
    '| bench | n | ours | peer | ratio | peak RSS | goals | extra |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- | --- |',
  ];
  for (const result of results) {
    const goals = result.goals.map((goal) => `${goal.met ? '✓' : '✗'} ${goal.text}`).join('; ') || '—';
    const extra = Object.entries(result.extra)
      .map(([key, value]) => `${key} ${typeof value === 'number' ? (key.endsWith('_ms') ? seconds(value) : field(value, digitsFor(key, value))) : value}`)
      .join(', ');
    rows.push(
      `| ${result.name} | ${result.n} | ${seconds(result.oursMs)} | ${result.peer}: ${seconds(result.peerMs)} | ${field(ratioOf(result), 2)} | ${field(result.rssMb)} MiB | ${goals} | ${extra || '—'} |`,
    );
  }
  for (const failure of failures) rows.push(`| ${failure.name} | ${failure.n} | failed | — | — | — | ✗ ${failure.error.split('\n')[0] ?? ''} | — |`);
  return rows.join('\n');
}

/**
 * Write the results as JSON.
 *
 * @param file Where.
 * @param mode `quick` or `full`.
 * @param results The results.
 * @param failures The failures.
 * @returns `file`.
 */
export async function writeResults(file: string, mode: string, results: readonly BenchResult[], failures: readonly BenchFailure[]): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30) };
  const json = {
    mode,
    date: new Date().toISOString(),
    machine,
    results: results.map((result) => ({ ...result, ratio: ratioOf(result), line: benchLine(result) })),
    failures,
  };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}
