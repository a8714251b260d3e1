/**
 * A deterministic force-directed layout of the concept graph, computed at build time (the client script
 * only draws it). Same input → same coordinates: no randomness, a fixed number of iterations, nodes start
 * on a circle in input order, grouped by cluster.
 *
 * @module
 */

/** A node to place. */
export interface LayoutNode {
  /** Unique id. */
  readonly id: string;
  /** Cluster (e.g. the top-level topic); nodes of a cluster start next to each other. */
  readonly group: number;
}

/** An undirected edge between two node ids. */
export interface LayoutEdge {
  /** One end. */
  readonly source: string;
  /** The other end. */
  readonly target: string;
}

/** Layout options. */
export interface LayoutOptions {
  /** Drawing width (default 1000). */
  readonly width?: number;
  /** Drawing height (default 760). */
  readonly height?: number;
  /** Iterations of the simulation (default 400). */
  readonly iterations?: number;
  /** Empty border kept around the drawing (default 40). */
  readonly margin?: number;
}

/** A placed node (coordinates rounded to 0.1). */
export interface PlacedNode {
  /** The node id. */
  readonly id: string;
  /** Horizontal position. */
  readonly x: number;
  /** Vertical position. */
  readonly y: number;
}

/**
 * Place nodes with the Fruchterman–Reingold algorithm plus a weak pull to the centre (so unconnected
 * nodes stay in view).
 *
 * @param nodes The nodes, in a stable order.
 * @param edges The edges (ends must be node ids; others are ignored).
 * @param options Size and iterations.
 * @returns The nodes with coordinates inside the margins, in input order.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions = {}): PlacedNode[] {
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
