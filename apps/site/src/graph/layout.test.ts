import { describe, expect, it } from 'vitest';
import { EXACT_LAYOUT_LIMIT, layoutGraph, type LayoutEdge, type LayoutNode, type LayoutOptions, type PlacedNode } from './layout.js';

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

/**
 * A reproducible random graph: an LCG picks each node's group and links every node after the first to 1–3
 * earlier nodes (so about twice as many edges as nodes, all in one component).
 */
function syntheticGraph(count: number, seed: number): { nodes: LayoutNode[]; edges: LayoutEdge[]; random: () => number } {
  let state = seed >>> 0;
  const random = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const nodes = Array.from({ length: count }, (_, index) => ({ id: `c${index}`, group: Math.floor(random() * 6) }));
  const edges: LayoutEdge[] = [];
  for (let index = 1; index < count; index++) {
    const links = 1 + Math.floor(random() * 3);
    for (let link = 0; link < links; link++) edges.push({ source: `c${index}`, target: `c${Math.floor(random() * index)}` });
  }
  return { nodes, edges, random };
}

describe('layoutGraph on a large graph (Barnes–Hut)', () => {
  const width = 1000;
  const height = 900;
  const margin = 40;
  const large = syntheticGraph(2000, 2024);
  let cached: PlacedNode[] | undefined;
  const placed = (): PlacedNode[] => (cached ??= layoutGraph(large.nodes, large.edges, { width, height, margin }));

  it('should be deterministic on 2,000 nodes', () => {
    expect(large.nodes.length).toBeGreaterThan(EXACT_LAYOUT_LIMIT);
    const again = syntheticGraph(2000, 2024);
    expect(layoutGraph(again.nodes, again.edges, { width, height, margin })).toEqual(placed());
    expect(placed().map((node) => node.id)).toEqual(large.nodes.map((node) => node.id));
  });

  it('should keep every node finite and inside the margins', () => {
    for (const node of placed()) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.x).toBeGreaterThanOrEqual(margin);
      expect(node.x).toBeLessThanOrEqual(width - margin);
      expect(node.y).toBeGreaterThanOrEqual(margin);
      expect(node.y).toBeLessThanOrEqual(height - margin);
    }
  });

  it('should spread the nodes out instead of piling them up', () => {
    const nodes = placed();
    const key = (node: PlacedNode): string => `${Math.round(node.x)},${Math.round(node.y)}`;
    const counts = new Map<string, number>();
    for (const node of nodes) counts.set(key(node), (counts.get(key(node)) ?? 0) + 1);
    const shared = nodes.filter((node) => counts.get(key(node))! > 1).length;
    expect(shared).toBeLessThan(nodes.length * 0.01);

    const innerWidth = width - 2 * margin;
    const innerHeight = height - 2 * margin;
    const xs = nodes.map((node) => node.x).sort((a, b) => a - b);
    const ys = nodes.map((node) => node.y).sort((a, b) => a - b);
    // The bounding box fills the drawing, and not just because of a few outliers: the middle 80 % of the
    // nodes spans a good part of it in both axes.
    expect(xs.at(-1)! - xs[0]!).toBeGreaterThan(innerWidth * 0.9);
    expect(ys.at(-1)! - ys[0]!).toBeGreaterThan(innerHeight * 0.9);
    const decile = (sorted: number[], tenth: number): number => sorted[Math.floor(((sorted.length - 1) * tenth) / 10)]!;
    expect(decile(xs, 9) - decile(xs, 1)).toBeGreaterThan(innerWidth * 0.25);
    expect(decile(ys, 9) - decile(ys, 1)).toBeGreaterThan(innerHeight * 0.25);
    // No 1/20 × 1/20 cell of the drawing holds more than 5 % of the nodes.
    const cells = new Map<string, number>();
    for (const node of nodes) {
      const cell = `${Math.floor(((node.x - margin) / innerWidth) * 20)},${Math.floor(((node.y - margin) / innerHeight) * 20)}`;
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
    }
    expect(Math.max(...cells.values())).toBeLessThanOrEqual(nodes.length * 0.05);
  });

  it('should place connected nodes closer than random pairs', () => {
    const nodes = placed();
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const distance = (p: PlacedNode, q: PlacedNode): number => Math.hypot(p.x - q.x, p.y - q.y);
    const linked = large.edges.reduce((sum, edge) => sum + distance(byId.get(edge.source)!, byId.get(edge.target)!), 0) / large.edges.length;
    const pick = syntheticGraph(0, 7).random;
    let random = 0;
    for (let pair = 0; pair < large.edges.length; pair++) {
      random += distance(nodes[Math.floor(pick() * nodes.length)]!, nodes[Math.floor(pick() * nodes.length)]!);
    }
    expect(linked).toBeLessThan((random / large.edges.length) * 0.6);
  });

  it('should stay finite and inside the drawing when nodes crowd into a tiny drawing', () => {
    const crowded = syntheticGraph(500, 99);
    const result = layoutGraph(crowded.nodes, crowded.edges, { width: 2, height: 1, margin: 0, iterations: 60 });
    expect(layoutGraph(crowded.nodes, crowded.edges, { width: 2, height: 1, margin: 0, iterations: 60 })).toEqual(result);
    for (const node of result) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(2);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(1);
    }
  });
});

describe('layoutGraph up to the exact limit', () => {
  it('should give the same coordinates as the original exact algorithm for 100 and 300 nodes', () => {
    for (const [count, options] of [
      [100, { width: 1000, height: 900 }],
      [300, { width: 800, height: 600, margin: 30, iterations: 120 }],
    ] as const) {
      const { nodes, edges } = syntheticGraph(count, 42);
      const result = layoutGraph(nodes, edges, options);
      expect(result).toEqual(layoutGraphBefore(nodes, edges, options));
      // Not trivially equal: the nodes really moved apart.
      expect(new Set(result.map((node) => `${node.x},${node.y}`)).size).toBe(count);
    }
  });
});

/** A verbatim copy of the O(n²) layout before Barnes–Hut was added, to check that small graphs are unchanged. */
function layoutGraphBefore(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions = {}): PlacedNode[] {
  const width = options.width ?? 1000;
  const height = options.height ?? 760;
  const margin = options.margin ?? 40;
  const iterations = options.iterations ?? 400;
  const count = nodes.length;
  if (count === 0) return [];

  const index = new Map(nodes.map((node, position) => [node.id, position]));
  const order = nodes.map((node, position) => ({ node, position })).sort((a, b) => a.node.group - b.node.group || a.position - b.position);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  order.forEach(({ position }, rank) => {
    const angle = (2 * Math.PI * rank) / count;
    x[position] = Math.cos(angle) * width * 0.4;
    y[position] = Math.sin(angle) * height * 0.4;
  });
  const links: [number, number][] = [];
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b]);
  }

  const area = width * height;
  const k = Math.sqrt(area / count);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  let temperature = width / 8;
  const cooling = temperature / (iterations + 1);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let ddx = x[i]! - x[j]!;
        let ddy = y[i]! - y[j]!;
        let distance = Math.hypot(ddx, ddy);
        if (distance < 0.01) {
          // Coincident nodes: separate them along a fixed, index-derived direction.
          ddx = ((i % 7) - 3 || 1) * 0.01;
          ddy = ((j % 5) - 2 || 1) * 0.01;
          distance = Math.hypot(ddx, ddy);
        }
        const force = (k * k) / distance;
        dx[i]! += (ddx / distance) * force;
        dy[i]! += (ddy / distance) * force;
        dx[j]! -= (ddx / distance) * force;
        dy[j]! -= (ddy / distance) * force;
      }
    }
    for (const [a, b] of links) {
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const distance = Math.max(Math.hypot(ddx, ddy), 0.01);
      const force = (distance * distance) / k;
      dx[a]! -= (ddx / distance) * force;
      dy[a]! -= (ddy / distance) * force;
      dx[b]! += (ddx / distance) * force;
      dy[b]! += (ddy / distance) * force;
    }
    for (let i = 0; i < count; i++) {
      dx[i]! -= x[i]! * 0.02 * k / 10;
      dy[i]! -= y[i]! * 0.02 * k / 10;
      const length = Math.hypot(dx[i]!, dy[i]!);
      if (length > 0) {
        const move = Math.min(length, temperature);
        x[i]! += (dx[i]! / length) * move;
        y[i]! += (dy[i]! / length) * move;
      }
    }
    temperature -= cooling;
  }

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const scaleX = maxX - minX > 0 ? (width - 2 * margin) / (maxX - minX) : 0;
  const scaleY = maxY - minY > 0 ? (height - 2 * margin) / (maxY - minY) : 0;
  const round = (value: number): number => Math.round(value * 10) / 10;
  return nodes.map((node, i) => ({
    id: node.id,
    x: round(scaleX === 0 ? width / 2 : margin + (x[i]! - minX) * scaleX),
    y: round(scaleY === 0 ? height / 2 : margin + (y[i]! - minY) * scaleY),
  }));
}
