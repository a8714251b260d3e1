/**
 * The parity report as text: one row per output with found/expected counts, then every problem.
 *
 * @module
 */
import { parityKinds } from './tally.js';
import type { ParityReport } from './run.js';

/**
 * Format a parity report.
 *
 * @param report The report.
 * @param limit Problems shown per output.
 * @returns Lines of text (a table, then problems and notes).
 */
export function formatParity(report: ParityReport, limit = 15): string {
  const header = ['output', ...parityKinds, 'status'];
  const rows = report.outputs.map((output) => [
    output.output,
    ...parityKinds.map((kind) => {
      const count = output.counts[kind];
      return count === undefined ? '–' : `${count.found}/${count.expected}`;
    }),
    output.problems.length === 0 ? 'ok' : `${output.problems.length} problem${output.problems.length === 1 ? '' : 's'}`,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => [...(row[column] ?? '')].length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const lines = [`parity of ${report.siteDir}${report.siteUrl === undefined ? '' : ` (built for ${report.siteUrl})`}`, line(header), ...rows.map(line)];
  for (const output of report.outputs) {
    for (const problem of output.problems.slice(0, limit)) lines.push(`  ✗ ${output.output}: ${problem}`);
    if (output.problems.length > limit) lines.push(`  ✗ ${output.output}: … ${output.problems.length - limit} more`);
    for (const note of output.notes) lines.push(`  · ${output.output}: ${note}`);
  }
  return lines.join('\n');
}
