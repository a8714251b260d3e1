/**
 * The order in which to learn concepts: fundamentals first, every concept after the concepts it lists
 * as prerequisites.
 *
 * @module
 */
import { invalidTypeError } from './messages.js';
import { levels, type Concept } from './model.js';

/**
 * Order concepts for learning: a stable topological sort of the prerequisite graph that always takes,
 * among the concepts whose prerequisites are all placed, the lowest level first (fundamental →
 * advanced), then the earliest in the given order. Prerequisites outside the list are ignored; a cycle is
 * broken at its lowest-ranked concept. O(n log n + prerequisites).
 *
 * @param concepts The concepts, in knowledge-base order (for example `kb.concepts`).
 * @returns The same concepts in learning order.
 * @throws {TypeError} When `concepts` is not an array.
 * @example
 *   learningOrder(kb.concepts)[0].level; // 'fundamental'
 */
export function learningOrder<C extends Concept>(concepts: readonly C[]): C[] {
  if (!Array.isArray(concepts as unknown)) throw invalidTypeError('argument of learningOrder', concepts, 'an array of concepts (such as `kb.concepts`)');
  const position = new Map(concepts.map((concept, index) => [concept.id, index]));
  const rank = (concept: C): number => levels.indexOf(concept.level) * concepts.length + (position.get(concept.id) ?? 0);
  // Kahn's algorithm with a heap of the ready concepts by rank: O(n log n + prerequisites), where picking
  // the best ready concept by scanning every pending one was quadratic (24 s at 10,000 concepts).
  const waiting = new Map<string, number>();
  const dependents = new Map<string, C[]>();
  for (const concept of concepts) {
    const prerequisites = new Set(concept.prerequisites.filter((id) => id !== concept.id && position.has(id)));
    waiting.set(concept.id, prerequisites.size);
    for (const id of prerequisites) {
      const list = dependents.get(id);
      if (list === undefined) dependents.set(id, [concept]);
      else list.push(concept);
    }
  }
  const ready = new RankHeap<C>(rank);
  for (const concept of concepts) if (waiting.get(concept.id) === 0) ready.push(concept);
  // For a cycle (nothing ready): the lowest-ranked concept not yet placed.
  const byRank = [...concepts].sort((a, b) => rank(a) - rank(b));
  let lowest = 0;
  const done = new Set<string>();
  const result: C[] = [];
  while (result.length < concepts.length) {
    let next = ready.pop();
    if (next === undefined) {
      while (done.has(byRank[lowest]!.id)) lowest++;
      next = byRank[lowest]!;
    }
    done.add(next.id);
    result.push(next);
    for (const dependent of dependents.get(next.id) ?? []) {
      const left = waiting.get(dependent.id)! - 1;
      waiting.set(dependent.id, left);
      if (left === 0 && !done.has(dependent.id)) ready.push(dependent);
    }
  }
  return result;
}

/** A binary min-heap of items by a numeric rank (ranks are unique here, so the order is total). */
class RankHeap<T> {
  readonly #items: T[] = [];
  readonly #ranks: number[] = [];

  constructor(private readonly rankOf: (item: T) => number) {}

  push(item: T): void {
    const rank = this.rankOf(item);
    let index = this.#items.length;
    this.#items.push(item);
    this.#ranks.push(rank);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#ranks[parent]! <= rank) break;
      this.#swap(index, parent);
      index = parent;
    }
  }

  pop(): T | undefined {
    const top = this.#items[0];
    if (top === undefined) return undefined;
    const lastItem = this.#items.pop()!;
    const lastRank = this.#ranks.pop()!;
    if (this.#items.length > 0) {
      this.#items[0] = lastItem;
      this.#ranks[0] = lastRank;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.#ranks.length && this.#ranks[left]! < this.#ranks[smallest]!) smallest = left;
        if (right < this.#ranks.length && this.#ranks[right]! < this.#ranks[smallest]!) smallest = right;
        if (smallest === index) break;
        this.#swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }

  #swap(a: number, b: number): void {
    [this.#items[a], this.#items[b]] = [this.#items[b]!, this.#items[a]!];
    [this.#ranks[a], this.#ranks[b]] = [this.#ranks[b]!, this.#ranks[a]!];
  }
}

