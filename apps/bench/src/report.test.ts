import { describe, expect, it } from 'vitest';
import { benchLine, resultTable } from './report.js';
import type { BenchResult } from './result.js';

const result: BenchResult = {
  name: 'compile',
  n: 1000,
  oursMs: 1500.4,
  peerMs: 1200,
  peer: 'remark-parse + yaml',
  rssMb: 210.7,
  extra: { floor_rss_mb: 180.2, pages: 12 },
  goals: [{ text: 'ratio ≤ 1.5', met: true }],
  runs: 3,
  samples: { ours: [1500.4], peer: [1200] },
};

describe('benchLine', () => {
  it('should print the standard fields in order, then the extra ones', () => {
    expect(benchLine(result)).toBe('BENCH compile n=1000 ours_ms=1500 peer_ms=1200 ratio=1.25 rss_mb=211 floor_rss_mb=180 pages=12');
  });

  it('should print n/a for an unknown RSS', () => {
    expect(benchLine({ ...result, rssMb: Number.NaN, extra: {} })).toMatch(/ rss_mb=n\/a$/u);
  });
});

describe('resultTable', () => {
  it('should mark met and missed goals', () => {
    const table = resultTable([result, { ...result, name: 'site', goals: [{ text: 'ratio ≤ 2', met: false }] }]);
    expect(table).toContain('| compile | 1000 | 1.50 s | remark-parse + yaml: 1.20 s | 1.25 | 211 MiB | ✓ ratio ≤ 1.5 |');
    expect(table).toContain('✗ ratio ≤ 2');
  });
});
