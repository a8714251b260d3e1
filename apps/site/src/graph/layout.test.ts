import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout.js';

const nodes = Array.from({ length: 30 }, (_, index) => ({ id: `n${index}`, group: index % 3 }));
const edges = nodes.slice(1).map((node, index) => ({ source: `n${index - (index % 3)}`, target: node.id }));

describe('layoutGraph', () => {
  it('should be deterministic and keep every node inside the margins', () => {
    const first = layoutGraph(nodes, edges, { width: 600, height: 400, margin: 20 });
    expect(layoutGraph(nodes, edges, { width: 600, height: 400, margin: 20 })).toEqual(first);
    expect(first.map((node) => node.id)).toEqual(nodes.map((node) => node.id));
    for (const node of first) {
      expect(node.x).toBeGreaterThanOrEqual(20);
      expect(node.x).toBeLessThanOrEqual(580);
      expect(node.y).toBeGreaterThanOrEqual(20);
      expect(node.y).toBeLessThanOrEqual(380);
    }
  });

  it('should place connected nodes closer than the average pair', () => {
    const placed = new Map(layoutGraph(nodes, edges).map((node) => [node.id, node]));
    const distance = (a: string, b: string): number => {
      const p = placed.get(a)!;
      const q = placed.get(b)!;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const linked = edges.reduce((sum, edge) => sum + distance(edge.source, edge.target), 0) / edges.length;
    let all = 0;
    let pairs = 0;
    for (const a of nodes) for (const b of nodes) if (a.id < b.id) (all += distance(a.id, b.id)), pairs++;
    expect(linked).toBeLessThan((all / pairs) * 0.7);
  });

  it('should handle no nodes and a single node', () => {
    expect(layoutGraph([], [])).toEqual([]);
    expect(layoutGraph([{ id: 'a', group: 0 }], [], { width: 100, height: 50 })).toEqual([{ id: 'a', x: 50, y: 25 }]);
  });
});
