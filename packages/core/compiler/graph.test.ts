import { describe, expect, it } from 'vitest';
import type { Edge } from './graph.js';
import { findCycles } from './graph.js';

const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const edge = (from: string, to: string): Edge => ({ from, to, file: `${from}.md`, place });

describe('findCycles', () => {
  it('should find nothing in a DAG', () => {
    expect(findCycles(['a', 'b', 'c'], [edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });

  it('should report one shortest cycle per component, starting at its first node', () => {
    const cycles = findCycles(['a', 'b', 'c', 'd', 'e'], [edge('c', 'a'), edge('a', 'b'), edge('b', 'c'), edge('b', 'a'), edge('d', 'e'), edge('e', 'd')]);
    expect(cycles.map((cycle) => cycle.path)).toEqual([
      ['a', 'b', 'a'],
      ['d', 'e', 'd'],
    ]);
    expect(cycles[0]?.edges.map((item) => `${item.from}>${item.to}`)).toEqual(['a>b', 'b>a']);
  });

  it('should report self-loops and ignore edges to unknown nodes', () => {
    expect(findCycles(['a'], [edge('a', 'a'), edge('a', 'zzz')]).map((cycle) => cycle.path)).toEqual([['a', 'a']]);
  });
});
