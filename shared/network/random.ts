// A small seeded random number generator (mulberry32): the network's layout, its community
// detection and its sampled betweenness draw from it, so the same data always gives the same
// picture and the same figures.

/** Numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixed seed of a cluster's network (its id), so each cluster has its own stable picture. */
export function networkSeed(clusterId: number): number {
  return Math.imul(clusterId + 1, 2654435761) | 0;
}
