/**
 * A deterministic force-directed layout of the concept graph, computed at build time (the client script
 * only draws it). Same input → same coordinates: no randomness, no clock, a fixed number of iterations,
 * nodes start on a circle in input order, grouped by cluster.
 *
 * The simulation is Fruchterman–Reingold: every pair of nodes repels with force k²/d, every edge attracts
 * with force d²/k (k = √(area / node count)), a weak pull to the centre keeps unconnected nodes in view, and
 * each step moves a node by at most the current temperature, which cools linearly to zero.
 *
 * - Up to {@link EXACT_LAYOUT_LIMIT} nodes the repulsion is computed exactly for every pair, O(n²) per
 *   iteration, with the default 400 iterations (the site's own knowledge base is far below this limit, and
 *   its coordinates do not depend on the large-graph path).
 * - Above it, the repulsion is approximated with Barnes–Hut, O(n log n) per iteration: each iteration
 *   rebuilds a quadtree of the node positions in flat typed arrays (leaves hold up to
 *   {@link QUADTREE_LEAF_CAPACITY} points, cells carry their point count and centre of mass). A node takes
 *   a cell as one mass at its centre of mass when the node is outside the cell and the cell's side divided
 *   by the distance to that centre is below {@link BARNES_HUT_THETA} (0.9); otherwise it opens the cell, or
 *   for a leaf repels from each of its points exactly. Unless `iterations` is given, graphs above 1,000
 *   nodes also run fewer iterations, 400 · √(1000 / n) but at least 120 (126 at 10,000 nodes; see
 *   {@link defaultIterations}); the temperature still cools to zero over them. Coincident points get the
 *   exact path's index-derived nudge, and cells stop splitting at depth {@link QUADTREE_MAX_DEPTH}, so any
 *   number of coincident points cannot make the tree infinitely deep. The tree is built by inserting nodes
 *   in index order and traversed in a fixed order, so the sums, and the result, are deterministic.
 *
 * Finally the coordinates are scaled to fill the drawing inside the margins and rounded to 0.1.
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
  /** Iterations of the simulation (default: {@link defaultIterations} of the node count, 400 for small graphs). */
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

/** Largest node count laid out with the exact O(n²) repulsion; larger graphs use Barnes–Hut. */
export const EXACT_LAYOUT_LIMIT = 300;

/**
 * Barnes–Hut opening criterion θ: a quadtree cell of side s whose centre of mass is at distance d from a
 * node acts on it as a single mass when s / d < θ. Larger is faster and coarser; with 0.9, 1,000-node
 * layouts look like the exact ones (similar edge lengths and spread).
 */
const BARNES_HUT_THETA = 0.9;

/** Points a quadtree leaf holds before it splits; near leaves act point by point, far ones as one mass. */
const QUADTREE_LEAF_CAPACITY = 8;

/** Depth at which quadtree cells stop splitting and keep their points in a list (coincident points). */
const QUADTREE_MAX_DEPTH = 24;

/**
 * The number of iterations used when `options.iterations` is not given: 400 up to 1,000 nodes, then
 * 400 · √(1000 / count), but never fewer than 120 (126 at 10,000 nodes), which keeps a 10,000-node build
 * at a few seconds. Barnes–Hut steps are cheap but still grow with n log n; the temperature cools to zero
 * over whatever number of iterations is used, so fewer iterations still end in a settled layout, only a
 * slightly less even one.
 *
 * @param count The number of nodes.
 * @returns The default iteration count.
 */
export function defaultIterations(count: number): number {
  if (count <= 1000) return 400;
  return Math.max(120, Math.round(400 * Math.sqrt(1000 / count)));
}

/**
 * Place nodes with the Fruchterman–Reingold algorithm plus a weak pull to the centre (so unconnected
 * nodes stay in view). Repulsion is exact up to {@link EXACT_LAYOUT_LIMIT} nodes and Barnes–Hut above.
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
  const count = nodes.length;
  const iterations = options.iterations ?? defaultIterations(count);
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
  const linkList: number[] = [];
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a !== undefined && b !== undefined && a !== b) linkList.push(a, b);
  }
  const links = Int32Array.from(linkList);

  const area = width * height;
  const k = Math.sqrt(area / count);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  const tree = count > EXACT_LAYOUT_LIMIT ? new QuadTree(count) : undefined;
  let temperature = width / 8;
  const cooling = temperature / (iterations + 1);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    if (tree === undefined) exactRepulsion(x, y, dx, dy, k);
    else {
      tree.build(x, y);
      tree.repulsion(x, y, dx, dy, k, BARNES_HUT_THETA);
    }
    for (let e = 0; e < links.length; e += 2) {
      const a = links[e]!;
      const b = links[e + 1]!;
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

/**
 * Add the exact pairwise repulsion k²/d to the displacements (O(n²)).
 *
 * @param x Horizontal positions.
 * @param y Vertical positions.
 * @param dx Horizontal displacements, updated.
 * @param dy Vertical displacements, updated.
 * @param k The ideal edge length.
 */
function exactRepulsion(x: Float64Array, y: Float64Array, dx: Float64Array, dy: Float64Array, k: number): void {
  const count = x.length;
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
}

/**
 * A point-region quadtree over the node positions, stored in flat typed arrays and rebuilt in place every
 * iteration, used for the Barnes–Hut approximation of the repulsion. Cell 0 is the root; the four children of
 * an internal cell are stored next to each other, starting at `firstChild[cell]` (−1 for a leaf), in the
 * order (left, top), (right, top), (left, bottom), (right, bottom). A leaf holds a list of up to
 * {@link QUADTREE_LEAF_CAPACITY} points (`firstPoint`, then `nextPoint`); it splits when one more arrives,
 * except at {@link QUADTREE_MAX_DEPTH}, where the list just grows.
 */
class QuadTree {
  /** Left edge of each cell. */
  private left: Float64Array;
  /** Top edge of each cell. */
  private top: Float64Array;
  /** Side length of each cell. */
  private side: Float64Array;
  /** Number of points in each cell. */
  private mass: Float64Array;
  /** Sum of the horizontal positions of the points in each cell, then (after {@link build}) their mean. */
  private centreX: Float64Array;
  /** Sum of the vertical positions of the points in each cell, then (after {@link build}) their mean. */
  private centreY: Float64Array;
  /** Index of the first of the four children, or −1 for a leaf. */
  private firstChild: Int32Array;
  /** First point of a leaf, or −1. */
  private firstPoint: Int32Array;
  /** Next point in the same leaf, or −1 (indexed by point). */
  private readonly nextPoint: Int32Array;
  /** Number of cells in use. */
  private cells = 0;
  /** Traversal stack. */
  private stack: Int32Array;

  /**
   * Allocate a tree for a fixed number of points.
   *
   * @param count The number of points.
   */
  constructor(count: number) {
    const capacity = count + 16;
    this.left = new Float64Array(capacity);
    this.top = new Float64Array(capacity);
    this.side = new Float64Array(capacity);
    this.mass = new Float64Array(capacity);
    this.centreX = new Float64Array(capacity);
    this.centreY = new Float64Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.firstPoint = new Int32Array(capacity);
    this.nextPoint = new Int32Array(count);
    this.stack = new Int32Array(4 * QUADTREE_MAX_DEPTH + 8);
  }

  /**
   * Rebuild the tree for the given positions, inserting points in index order, then turn the coordinate
   * sums into centres of mass.
   *
   * @param x Horizontal positions.
   * @param y Vertical positions.
   */
  build(x: Float64Array, y: Float64Array): void {
    const count = x.length;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; i++) {
      const px = x[i]!;
      const py = y[i]!;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
    // A square root cell slightly larger than the bounding box, so every point is strictly inside.
    const side = Math.max(maxX - minX, maxY - minY, 1) * 1.0001 + 0.01;
    this.cells = 1;
    this.initCell(0, minX - 0.005, minY - 0.005, side);
    for (let i = 0; i < count; i++) this.insert(i, x, y);
    const { mass, centreX, centreY } = this;
    for (let cell = 0; cell < this.cells; cell++) {
      const m = mass[cell]!;
      if (m > 0) {
        centreX[cell]! /= m;
        centreY[cell]! /= m;
      }
    }
  }

  /**
   * Reset a cell to an empty leaf.
   *
   * @param cell The cell.
   * @param left Its left edge.
   * @param top Its top edge.
   * @param side Its side length.
   */
  private initCell(cell: number, left: number, top: number, side: number): void {
    if (cell >= this.firstChild.length) this.grow();
    this.left[cell] = left;
    this.top[cell] = top;
    this.side[cell] = side;
    this.mass[cell] = 0;
    this.centreX[cell] = 0;
    this.centreY[cell] = 0;
    this.firstChild[cell] = -1;
    this.firstPoint[cell] = -1;
  }

  /** Double the cell capacity. */
  private grow(): void {
    const capacity = this.firstChild.length * 2;
    const widen = <T extends Float64Array | Int32Array>(array: T, next: T): T => {
      next.set(array);
      return next;
    };
    this.left = widen(this.left, new Float64Array(capacity));
    this.top = widen(this.top, new Float64Array(capacity));
    this.side = widen(this.side, new Float64Array(capacity));
    this.mass = widen(this.mass, new Float64Array(capacity));
    this.centreX = widen(this.centreX, new Float64Array(capacity));
    this.centreY = widen(this.centreY, new Float64Array(capacity));
    this.firstChild = widen(this.firstChild, new Int32Array(capacity));
    this.firstPoint = widen(this.firstPoint, new Int32Array(capacity));
  }

  /**
   * The child of an internal cell that contains a position.
   *
   * @param cell The internal cell.
   * @param px Horizontal position.
   * @param py Vertical position.
   * @returns The child's index.
   */
  private childAt(cell: number, px: number, py: number): number {
    const half = this.side[cell]! / 2;
    const right = px >= this.left[cell]! + half ? 1 : 0;
    const bottom = py >= this.top[cell]! + half ? 2 : 0;
    return this.firstChild[cell]! + right + bottom;
  }

  /**
   * Insert a point, splitting a full leaf into four (below the maximum depth).
   *
   * @param point The point's index.
   * @param x Horizontal positions.
   * @param y Vertical positions.
   */
  private insert(point: number, x: Float64Array, y: Float64Array): void {
    const px = x[point]!;
    const py = y[point]!;
    let cell = 0;
    for (let depth = 0; ; depth++) {
      if (this.firstChild[cell] === -1) {
        if (this.mass[cell]! < QUADTREE_LEAF_CAPACITY || depth >= QUADTREE_MAX_DEPTH) {
          this.mass[cell]! += 1;
          this.centreX[cell]! += px;
          this.centreY[cell]! += py;
          this.nextPoint[point] = this.firstPoint[cell]!;
          this.firstPoint[cell] = point;
          return;
        }
        this.split(cell, x, y);
      }
      this.mass[cell]! += 1;
      this.centreX[cell]! += px;
      this.centreY[cell]! += py;
      cell = this.childAt(cell, px, py);
    }
  }

  /**
   * Split a full leaf into four children and move its points into them (each child gets at most all of
   * them, which is within the leaf capacity).
   *
   * @param cell The leaf.
   * @param x Horizontal positions.
   * @param y Vertical positions.
   */
  private split(cell: number, x: Float64Array, y: Float64Array): void {
    const first = this.cells;
    this.cells += 4;
    const half = this.side[cell]! / 2;
    const left = this.left[cell]!;
    const top = this.top[cell]!;
    this.initCell(first, left, top, half);
    this.initCell(first + 1, left + half, top, half);
    this.initCell(first + 2, left, top + half, half);
    this.initCell(first + 3, left + half, top + half, half);
    this.firstChild[cell] = first;
    let point = this.firstPoint[cell]!;
    this.firstPoint[cell] = -1;
    while (point !== -1) {
      const next = this.nextPoint[point]!;
      const px = x[point]!;
      const py = y[point]!;
      const child = this.childAt(cell, px, py);
      this.mass[child]! += 1;
      this.centreX[child]! += px;
      this.centreY[child]! += py;
      this.nextPoint[point] = this.firstPoint[child]!;
      this.firstPoint[child] = point;
      point = next;
    }
  }

  /**
   * Add the Barnes–Hut approximation of the repulsion k²/d to the displacements: a cell that does not
   * contain the node and is small enough for its distance (side² < θ² · distance²) acts as one mass at its
   * centre of mass; otherwise a leaf's points act one by one and an internal cell is opened.
   *
   * @param x Horizontal positions.
   * @param y Vertical positions.
   * @param dx Horizontal displacements, updated.
   * @param dy Vertical displacements, updated.
   * @param k The ideal edge length.
   * @param theta The opening criterion.
   */
  repulsion(x: Float64Array, y: Float64Array, dx: Float64Array, dy: Float64Array, k: number, theta: number): void {
    const count = x.length;
    const k2 = k * k;
    const theta2 = theta * theta;
    const { left, top, side, mass, centreX, centreY, firstChild, firstPoint, nextPoint } = this;
    let stack = this.stack;
    for (let i = 0; i < count; i++) {
      const px = x[i]!;
      const py = y[i]!;
      let fx = 0;
      let fy = 0;
      let size = 0;
      stack[size++] = 0;
      while (size > 0) {
        const cell = stack[--size]!;
        const ddx = px - centreX[cell]!;
        const ddy = py - centreY[cell]!;
        const distance2 = ddx * ddx + ddy * ddy;
        const s = side[cell]!;
        if (s * s < theta2 * distance2 && distance2 >= 0.0001) {
          const cellLeft = left[cell]!;
          const cellTop = top[cell]!;
          if (px < cellLeft || px >= cellLeft + s || py < cellTop || py >= cellTop + s) {
            // Far enough, and the node is not part of the cell: (ddx, ddy) / d · m k² / d.
            const scale = (mass[cell]! * k2) / distance2;
            fx += ddx * scale;
            fy += ddy * scale;
            continue;
          }
        }
        const first = firstChild[cell]!;
        if (first === -1) {
          for (let j = firstPoint[cell]!; j !== -1; j = nextPoint[j]!) {
            if (j === i) continue;
            let ex = px - x[j]!;
            let ey = py - y[j]!;
            let pair2 = ex * ex + ey * ey;
            if (pair2 < 0.0001) {
              // Coincident nodes: the exact path's index-derived direction, pointing away from the other node.
              const low = i < j ? i : j;
              const high = i < j ? j : i;
              const sign = i < j ? 1 : -1;
              ex = sign * ((low % 7) - 3 || 1) * 0.01;
              ey = sign * ((high % 5) - 2 || 1) * 0.01;
              pair2 = ex * ex + ey * ey;
            }
            const scale = k2 / pair2;
            fx += ex * scale;
            fy += ey * scale;
          }
          continue;
        }
        if (size + 4 > stack.length) {
          const next = new Int32Array(stack.length * 2);
          next.set(stack);
          stack = this.stack = next;
        }
        for (let q = 0; q < 4; q++) if (mass[first + q]! > 0) stack[size++] = first + q;
      }
      dx[i]! += fx;
      dy[i]! += fy;
    }
  }
}
