// Betweenness centrality (Brandes 2001): for each actor, the share of shortest paths between
// two other actors that pass through it. Actors with high betweenness are the network's
// brokers: they connect parts that would otherwise not be linked.
//
// Paths are counted in links, unweighted. A link's weight (how many relationships a pair has)
// measures tie strength, and a strong tie is not a long one: used as a distance it would steer
// shortest paths away from the strongest ties, the opposite of what brokers do. So the weight
// plays no part here.
//
// Exact for networks up to EXACT_LIMIT actors. Larger networks are estimated from a seeded
// sample of source actors, scaled up (Brandes & Pich 2007): the same data gives the same values.
import type { NetworkSnapshot } from './graph.ts';
import { seededRandom } from './random.ts';

export const EXACT_LIMIT = 1000;
export const SAMPLE_SOURCES = 200;

export interface Betweenness {
  /** Normalised betweenness per actor (parallel to snapshot.actors): 0 … 1. */
  readonly values: Float64Array;
  /** Whether every actor was a source (exact) or a sample (estimate). */
  readonly exact: boolean;
  readonly sources: number;
}

export function betweenness(
  snapshot: Pick<NetworkSnapshot, 'offsets' | 'neighbours'> & { readonly actors: { length: number } },
  options: { seed?: number; exactLimit?: number; samples?: number } = {},
): Betweenness {
  const n = snapshot.actors.length;
  const { offsets, neighbours } = snapshot;
  const exactLimit = options.exactLimit ?? EXACT_LIMIT;
  const values = new Float64Array(n);
  if (n < 3) return { values, exact: true, sources: n };

  let sources: Int32Array;
  const exact = n <= exactLimit;
  if (exact) {
    sources = new Int32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
  } else {
    // A partial Fisher–Yates shuffle: k distinct sources, the same ones for the same seed.
    const k = Math.min(n, options.samples ?? SAMPLE_SOURCES);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const random = seededRandom(options.seed ?? 1);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    sources = order.slice(0, k);
  }

  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  for (let source = 0; source < sources.length; source++) {
    const s = sources[source]!;
    // Breadth-first search from s: the visiting order is the stack, shortest-path counts in sigma.
    let head = 0;
    let tail = 0;
    stack[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = stack[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = next;
          dist[w] = next;
          stack[tail++] = w;
        }
        if (dw === next) sigma[w]! += sv;
      }
    }
    // Back in reverse order: each actor's dependency on its successors on shortest paths.
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      const previous = dist[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = neighbours[e]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * share;
      }
      values[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = stack[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  // Undirected: every pair was counted from both ends (or, sampled, n/k times as often).
  const scale = (n / sources.length) * 0.5 * (2 / ((n - 1) * (n - 2)));
  for (let i = 0; i < n; i++) values[i]! *= scale;
  return { values, exact, sources: sources.length };
}
