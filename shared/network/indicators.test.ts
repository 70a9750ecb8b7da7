// Network indicators on small networks whose figures are known by hand, and betweenness against
// an independent implementation (graphology-metrics) on random networks.
import fc from 'fast-check';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import graphModularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import type { ActorGroup } from '../contract/entities.ts';
import { betweenness } from './betweenness.ts';
import { communities, modularity } from './communities.ts';
import { type NetworkActor, type NetworkRelationship, networkAt } from './graph.ts';
import { networkIndicators } from './indicators.ts';
import { seededRandom } from './random.ts';

const AT = '2026-06-30';
let nextRelationship = 1;

/** Actors named by letter; `spec` like 'A:business:sme' (group and size optional). */
function actors(...specs: string[]): NetworkActor[] {
  return specs.map((spec, i) => {
    const [name, group = 'business', size = ''] = spec.split(':');
    return {
      id: i + 1,
      name: name!,
      actorGroup: group as ActorGroup,
      subtype: 'other',
      size: size === 'sme' ? 'sme' : size === 'large' ? 'large' : null,
      memberSince: '2020-01-01',
      memberUntil: null,
    };
  });
}

/** Relationships from 'A-B' pairs (by actor name), of type 1, in force since 2020. */
function links(all: NetworkActor[], ...pairs: string[]): NetworkRelationship[] {
  const id = (name: string) => all.find((a) => a.name === name)!.id;
  return pairs.map((pair) => {
    const [from, to] = pair.split('-') as [string, string];
    return {
      id: nextRelationship++,
      fromActorId: id(from),
      toActorId: id(to),
      typeId: 1,
      startedOn: '2020-01-01',
      endedOn: null,
    };
  });
}

const byName = (all: NetworkActor[], values: Float64Array) =>
  Object.fromEntries(all.map((a, i) => [a.name, Math.round(values[i]! * 1e6) / 1e6]));

describe('network indicators on known networks', () => {
  const cases: {
    name: string;
    actors: string[];
    links: string[];
    density: number;
    perActor: number;
    betweenness: Record<string, number>;
    /** null where splitting and not splitting have the same modularity (no single answer). */
    communities: number[] | null;
  }[] = [
    {
      name: 'a path of three: the middle actor is on the one path between the ends',
      actors: ['A', 'B', 'C'],
      links: ['A-B', 'B-C'],
      density: 2 / 3,
      perActor: 4 / 3,
      betweenness: { A: 0, B: 1, C: 0 },
      communities: [3],
    },
    {
      name: 'a star: the hub brokers every pair of leaves',
      actors: ['H', 'A', 'B', 'C', 'D'],
      links: ['H-A', 'H-B', 'H-C', 'H-D'],
      density: 4 / 10,
      perActor: 8 / 5,
      betweenness: { H: 1, A: 0, B: 0, C: 0, D: 0 },
      communities: [5],
    },
    {
      name: 'a square: each actor carries half of the paths between its two neighbours',
      actors: ['A', 'B', 'C', 'D'],
      links: ['A-B', 'B-C', 'C-D', 'D-A'],
      density: 4 / 6,
      perActor: 2,
      betweenness: { A: 1 / 6, B: 1 / 6, C: 1 / 6, D: 1 / 6 },
      communities: null,
    },
    {
      name: 'two triangles and a bridge: the bridge ends broker six of ten pairs, two communities',
      actors: ['A', 'B', 'C', 'D', 'E', 'F'],
      links: ['A-B', 'B-C', 'C-A', 'C-D', 'D-E', 'E-F', 'F-D'],
      density: 7 / 15,
      perActor: 14 / 6,
      betweenness: { A: 0, B: 0, C: 0.6, D: 0.6, E: 0, F: 0 },
      communities: [3, 3],
    },
    {
      name: 'a complete network of four: density 1, nobody brokers',
      actors: ['A', 'B', 'C', 'D'],
      links: ['A-B', 'A-C', 'A-D', 'B-C', 'B-D', 'C-D'],
      density: 1,
      perActor: 3,
      betweenness: { A: 0, B: 0, C: 0, D: 0 },
      communities: [4],
    },
    {
      name: 'two separate pairs: paths exist only within each pair',
      actors: ['A', 'B', 'C', 'D'],
      links: ['A-B', 'C-D'],
      density: 2 / 6,
      perActor: 1,
      betweenness: { A: 0, B: 0, C: 0, D: 0 },
      communities: [2, 2],
    },
  ];

  it.each(cases)('$name', (c) => {
    const all = actors(...c.actors);
    const snapshot = networkAt(all, links(all, ...c.links), AT);
    const result = networkIndicators(snapshot);
    expect(result.density).toBeCloseTo(c.density, 10);
    expect(result.relationshipsPerActor).toBeCloseTo(c.perActor, 10);
    expect(byName(all, betweenness(snapshot).values)).toEqual(
      Object.fromEntries(Object.entries(c.betweenness).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6])),
    );
    if (c.communities) expect(result.communities).toEqual(c.communities);
  });

  it('names the brokers by betweenness, highest first, and only actors on some path', () => {
    const all = actors('A', 'B', 'C', 'D', 'E', 'F', 'G');
    // A path A-B-C-D-E plus F and G hanging off C: C is the top broker, then B and D.
    const result = networkIndicators(
      networkAt(all, links(all, 'A-B', 'B-C', 'C-D', 'D-E', 'C-F', 'C-G'), AT),
    );
    expect(result.brokers.map((b) => b.name)).toEqual(['C', 'B', 'D']);
    // Without C the rest falls apart into {A,B}, {D,E}, {F}, {G}: every pair across them passes
    // C, 2·2 + 2·1 + 2·1 + 2·1 + 2·1 + 1·1 = 13 of the 15 pairs of the others.
    expect(result.brokers[0]!.betweenness).toBeCloseTo(13 / 15, 10);
  });

  it('does not treat tie strength as a distance: more relationships on one side change no path', () => {
    const all = actors('A', 'B', 'C', 'D');
    // A square; A and B share three relationships. As a distance the weight would route the
    // B–D paths through C only; as tie strength it changes nothing.
    const rels = links(all, 'A-B', 'A-B', 'A-B', 'B-C', 'C-D', 'D-A');
    const snapshot = networkAt(all, rels, AT);
    expect(snapshot.relationships).toBe(6);
    expect(snapshot.pairs).toBe(4);
    const values = byName(all, betweenness(snapshot).values);
    expect(values.A).toBe(values.C);
    expect(values.A).toBeCloseTo(1 / 6, 6);
    const result = networkIndicators(snapshot);
    expect(result.density).toBeCloseTo(4 / 6, 10);
    expect(result.relationshipsPerActor).toBe(3);
  });

  it('counts members by group, isolated members, and SMEs linked to research', () => {
    const all = actors(
      'K1:business:sme',
      'K2:business:sme',
      'K3:business:sme',
      'G:business:large',
      'U:research',
      'I:research',
      'S:administration',
      'M:culture',
    );
    const result = networkIndicators(networkAt(all, links(all, 'K1-U', 'K2-G', 'G-I', 'U-I', 'I-K1'), AT));
    expect(result.membersByGroup).toEqual({ business: 4, administration: 1, research: 2, culture: 1 });
    expect(result.members).toBe(8);
    expect(result.smes).toBe(3);
    // K1 is linked to research (twice, counted once); K2 only to a large company; K3 to nobody.
    expect(result.smesLinkedToResearch).toBe(1);
    expect(result.smeResearchShare).toBeCloseTo(1 / 3, 10);
    expect(result.isolatedMembers.map((a) => a.name)).toEqual(['K3', 'S', 'M']);
  });

  it('takes the network at the date: memberships and relationships by their dates', () => {
    const all: NetworkActor[] = [
      ...actors('A', 'B'),
      { ...actors('C')[0]!, id: 3, memberSince: '2026-07-01' }, // joins the day after
      { ...actors('D')[0]!, id: 4, memberUntil: '2026-06-30' }, // left on the day
      { ...actors('P')[0]!, id: 5, memberSince: null }, // a partner, not a member: always there
    ];
    const rel = (from: number, to: number, startedOn: string | null, endedOn: string | null) => ({
      id: nextRelationship++,
      fromActorId: from,
      toActorId: to,
      typeId: 1,
      startedOn,
      endedOn,
    });
    const snapshot = networkAt(
      all,
      [
        rel(1, 2, AT, null), // starts on the day: in force
        rel(1, 5, '2020-01-01', AT), // ends on the day: over
        rel(2, 5, null, null), // no dates: always
        rel(1, 3, '2020-01-01', null), // C is not there yet
        rel(2, 4, '2020-01-01', null), // D has left
      ],
      AT,
    );
    expect(snapshot.actors.map((a) => a.name)).toEqual(['A', 'B', 'P']);
    expect(snapshot.relationships).toBe(2);
    const result = networkIndicators(snapshot);
    expect(result.members).toBe(2);
    expect(result.isolatedMembers).toEqual([]);
  });

  it('filters by relationship type and actor group', () => {
    const all = actors('A', 'B:research', 'C');
    const rels = links(all, 'A-B', 'B-C', 'A-C').map((r, i) => ({ ...r, typeId: i + 1 }));
    expect(networkAt(all, rels, AT, { typeIds: new Set([1, 2]) }).pairs).toBe(2);
    const business = networkAt(all, rels, AT, { groups: new Set<ActorGroup>(['business']) });
    expect(business.actors.map((a) => a.name)).toEqual(['A', 'C']);
    expect(business.pairs).toBe(1);
  });

  it('gives no density or share where there is nothing to divide by', () => {
    const result = networkIndicators(networkAt(actors('A'), [], AT));
    expect(result.density).toBeNull();
    expect(result.smeResearchShare).toBeNull();
    expect(networkIndicators(networkAt([], [], AT)).relationshipsPerActor).toBeNull();
  });
});

/** A random network of n actors and m relationships (seeded). */
function randomNetwork(n: number, m: number, seed: number) {
  const random = seededRandom(seed);
  const all = Array.from({ length: n }, (_, i) => actors(`N${i}`)[0]!).map((a, i) => ({ ...a, id: i + 1 }));
  const rels: NetworkRelationship[] = [];
  while (rels.length < m) {
    const a = 1 + Math.floor(random() * n);
    const b = 1 + Math.floor(random() * n);
    if (a !== b)
      rels.push({
        id: rels.length + 1,
        fromActorId: a,
        toActorId: b,
        typeId: 1,
        startedOn: null,
        endedOn: null,
      });
  }
  return { all, rels };
}

describe('betweenness', () => {
  it('agrees with graphology-metrics on random networks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer(),
        (n, m, seed) => {
          const { all, rels } = randomNetwork(n, m, seed);
          const snapshot = networkAt(all, rels, AT);
          const graph = new Graph({ type: 'undirected' });
          for (let i = 0; i < n; i++) graph.addNode(String(i));
          for (let i = 0; i < n; i++) {
            for (let e = snapshot.offsets[i]!; e < snapshot.offsets[i + 1]!; e++) {
              const j = snapshot.neighbours[e]!;
              if (j > i) graph.addEdge(String(i), String(j));
            }
          }
          const expected = betweennessCentrality(graph, { normalized: true });
          const actual = betweenness(snapshot).values;
          for (let i = 0; i < n; i++) expect(actual[i]).toBeCloseTo(expected[String(i)]!, 9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('estimates large networks from a seeded sample: the same figures each time, close to exact', () => {
    // Eight groups of 50 densely linked actors, and eight brokers each linked into three groups.
    const random = seededRandom(5);
    const all = Array.from({ length: 408 }, (_, i) => ({ ...actors(`N${i}`)[0]!, id: i + 1 }));
    const rels: NetworkRelationship[] = [];
    const add = (a: number, b: number) =>
      rels.push({
        id: rels.length + 1,
        fromActorId: a,
        toActorId: b,
        typeId: 1,
        startedOn: null,
        endedOn: null,
      });
    for (let g = 0; g < 8; g++) {
      for (let k = 0; k < 200; k++) {
        const a = 1 + g * 50 + Math.floor(random() * 50);
        const b = 1 + g * 50 + Math.floor(random() * 50);
        if (a !== b) add(a, b);
      }
    }
    for (let h = 0; h < 8; h++) {
      for (const g of [h, (h + 1) % 8, (h + 3) % 8]) {
        for (let k = 0; k < 4; k++) add(401 + h, 1 + g * 50 + Math.floor(random() * 50));
      }
    }
    const snapshot = networkAt(all, rels, AT);
    const exact = betweenness(snapshot);
    const estimate = betweenness(snapshot, { exactLimit: 100, samples: 150, seed: 9 });
    expect(exact.exact).toBe(true);
    expect(estimate).toMatchObject({ exact: false, sources: 150 });
    expect(betweenness(snapshot, { exactLimit: 100, samples: 150, seed: 9 }).values).toEqual(estimate.values);
    const top = (values: Float64Array) =>
      [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, 8);
    // The eight brokers top both rankings, their estimates within a fifth of the exact values.
    expect(new Set(top(exact.values))).toEqual(new Set([400, 401, 402, 403, 404, 405, 406, 407]));
    expect(new Set(top(estimate.values))).toEqual(new Set(top(exact.values)));
    for (const i of top(exact.values)) {
      expect(Math.abs(estimate.values[i]! - exact.values[i]!) / exact.values[i]!).toBeLessThan(0.2);
    }
  });
});

/** The snapshot as a graphology graph (nodes by index, weights as the attribute 'weight'). */
function toGraph(snapshot: ReturnType<typeof networkAt>) {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < snapshot.actors.length; i++) graph.addNode(String(i));
  for (let i = 0; i < snapshot.actors.length; i++) {
    for (let e = snapshot.offsets[i]!; e < snapshot.offsets[i + 1]!; e++) {
      const j = snapshot.neighbours[e]!;
      if (j > i) graph.addEdge(String(i), String(j), { weight: snapshot.weights[e]! });
    }
  }
  return graph;
}

describe('communities', () => {
  it('reach the modularity of graphology’s Louvain, computed the same way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer(),
        (n, perActor, seed) => {
          const { all, rels } = randomNetwork(n, n * perActor, seed);
          // Some pairs get several relationships: weights matter.
          const doubled = [...rels, ...rels.filter((_, i) => i % 3 === 0)];
          const snapshot = networkAt(all, doubled, AT);
          const graph = toGraph(snapshot);
          const ours = communities(snapshot, seed);
          const linkedOnly = graph.copy();
          graph.forEachNode((node) => {
            if (graph.degree(node) === 0) linkedOnly.dropNode(node);
          });
          const theirs = louvain.detailed(linkedOnly, { rng: seededRandom(seed) });
          const assignment = Object.fromEntries([...ours.of].map((c, i) => [String(i), c]));
          expect(ours.modularity).toBeCloseTo(
            graphModularity(linkedOnly, { getNodeCommunity: (node) => assignment[node]! }),
            9,
          );
          expect(ours.modularity).toBeGreaterThan(theirs.modularity - 0.03);
          expect(modularity(snapshot, ours.of)).toBe(ours.modularity);
        },
      ),
      // A fixed seed: Louvain is a heuristic, and on some small random graphs graphology's run
      // finds a partition more than 0.03 better; the same 30 graphs are compared on every run.
      { numRuns: 30, seed: 20261201 },
    );
  });

  it('finds the same communities for the same data, numbered largest first', () => {
    const { all, rels } = randomNetwork(300, 700, 11);
    const snapshot = networkAt(all, rels, AT);
    const first = communities(snapshot, 3);
    const again = communities(networkAt([...all].reverse(), [...rels].reverse(), AT), 3);
    expect(again.of).toEqual(first.of);
    expect(first.sizes).toEqual([...first.sizes].sort((a, b) => b - a));
    expect(first.modularity).toBeGreaterThan(0.3);
  });

  it('separates two dense groups joined by one relationship, and leaves unlinked actors out', () => {
    const all = actors('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Z');
    const clique = (names: string[]) => names.flatMap((x, i) => names.slice(i + 1).map((y) => `${x}-${y}`));
    const snapshot = networkAt(
      all,
      links(all, ...clique(['A', 'B', 'C', 'D']), ...clique(['E', 'F', 'G', 'H']), 'D-E'),
      AT,
    );
    const found = communities(snapshot);
    expect(found.sizes).toEqual([4, 4]);
    expect([...found.of]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, -1]);
  });
});
