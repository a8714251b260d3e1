/**
 * Cycle detection for the broader-relation and prerequisite graphs (Tarjan's strongly connected
 * components, then the shortest cycle through each component's first node).
 *
 * @module
 */
import type { Position } from './message.js';

/** One directed edge, with where it is written. */
export interface Edge {
  /** Source node. */
  readonly from: string;
  /** Target node. */
  readonly to: string;
  /** File that states the edge. */
  readonly file: string;
  /** Where the edge is written. */
  readonly place: Position;
}

/** One cycle: `path` starts and ends with the same node; `edges[i]` goes from `path[i]` to `path[i + 1]`. */
export interface Cycle {
  /** Nodes along the cycle, first node repeated at the end. */
  readonly path: readonly string[];
  /** The edges along the cycle. */
  readonly edges: readonly Edge[];
}

/**
 * Find one cycle per strongly connected component that has one (self-loops included).
 *
 * @param nodes
 *   Every node, in the order that decides where a cycle starts (the first node of its component).
 * @param edges
 *   The edges (edges to unknown nodes are ignored).
 * @returns
 *   The cycles, ordered by their first node.
 */
export function findCycles(nodes: readonly string[], edges: readonly Edge[]): Cycle[] {
  const order = new Map(nodes.map((node, index) => [node, index]));
  const adjacency = new Map<string, Edge[]>();
  for (const edge of edges) {
    if (!order.has(edge.from) || !order.has(edge.to)) continue;
    const list = adjacency.get(edge.from);
    if (list === undefined) adjacency.set(edge.from, [edge]);
    else list.push(edge);
  }

  // Tarjan's algorithm (recursive; content graphs are small).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const edge of adjacency.get(node) ?? []) {
      if (!index.has(edge.to)) {
        connect(edge.to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(edge.to) ?? 0));
      } else if (onStack.has(edge.to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(edge.to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);

  const cycles: Cycle[] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
    if (start === undefined) continue;
    const selfLoop = (adjacency.get(start) ?? []).find((edge) => edge.to === start);
    if (component.length === 1) {
      if (selfLoop !== undefined) cycles.push({ path: [start, start], edges: [selfLoop] });
      continue;
    }
    // Shortest path start → … → start inside the component (BFS, edges in authored order).
    const via = new Map<string, Edge>();
    const queue = [start];
    let closing: Edge | undefined;
    for (let head = 0; head < queue.length && closing === undefined; head++) {
      const node: string = queue[head] ?? start;
      for (const edge of adjacency.get(node) ?? []) {
        if (!members.has(edge.to)) continue;
        if (edge.to === start) {
          closing = edge;
          break;
        }
        if (!via.has(edge.to)) {
          via.set(edge.to, edge);
          queue.push(edge.to);
        }
      }
    }
    if (closing === undefined) continue;
    const path: Edge[] = [closing];
    for (let edge: Edge | undefined = via.get(closing.from); edge !== undefined; edge = via.get(edge.from)) path.unshift(edge);
    cycles.push({ path: [start, ...path.map((edge) => edge.to)], edges: path });
  }
  return cycles.sort((a, b) => (order.get(a.path[0] ?? '') ?? 0) - (order.get(b.path[0] ?? '') ?? 0));
}
