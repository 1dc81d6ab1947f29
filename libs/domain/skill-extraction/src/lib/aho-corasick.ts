/** A match of pattern `pattern` over the input positions `[start, end)` (in symbols). */
export interface SymbolMatch {
  pattern: number;
  start: number;
  end: number;
}

/**
 * Aho–Corasick automaton over integer symbols (token ids). Built once from every pattern
 * (O(total pattern length)); a search is O(input length + number of matches), whatever the number
 * of patterns. Symbol −1 (a token absent from every pattern) sends the automaton back to the root.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at each node, own first, then those reached through failure links. */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[] = [];

  /** @param patterns symbol sequences; empty ones are ignored. Pattern id = index in the array. */
  constructor(patterns: readonly (readonly number[])[]) {
    patterns.forEach((symbols, id) => {
      this.lengths[id] = symbols.length;
      if (symbols.length === 0) return;
      let node = 0;
      for (const s of symbols) {
        let child = this.next[node].get(s);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node].set(s, child);
        }
        node = child;
      }
      this.out[node].push(id);
    });
    // Breadth-first failure links.
    const queue: number[] = [];
    for (const child of this.next[0].values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [s, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(s)) f = this.fail[f];
        const target = this.next[f].get(s);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child] = [...this.out[child], ...this.out[this.fail[child]]];
        queue.push(child);
      }
    }
  }

  /** Number of states (for diagnostics). */
  get size(): number {
    return this.next.length;
  }

  /** Every occurrence of every pattern in `input` (overlapping ones included), by end position. */
  search(input: readonly number[]): SymbolMatch[] {
    const found: SymbolMatch[] = [];
    let node = 0;
    input.forEach((s, i) => {
      if (s < 0) {
        node = 0;
        return;
      }
      while (node !== 0 && !this.next[node].has(s)) node = this.fail[node];
      node = this.next[node].get(s) ?? 0;
      for (const pattern of this.out[node]) {
        found.push({ pattern, start: i + 1 - this.lengths[pattern], end: i + 1 });
      }
    });
    return found;
  }
}
