// The network's picture: positions of the actors computed with ForceAtlas2 (Jacomy et al. 2014;
// graphology-layout-forceatlas2), linked actors near each other. Deterministic: the starting
// positions come from a seeded random source and the actors are taken in id order, so the same
// network gives the same picture on any machine. Stable: positions are stored (network_layout)
// and a later layout keeps every stored actor where it is and places only the new ones, near
// their partners, so the picture does not jump between openings. Pure and synchronous; the
// renderer runs it in a Web Worker, off the window's thread.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ActorGroup } from '../contract/entities.ts';
import { seededRandom } from './random.ts';

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface LayoutInput {
  readonly actors: readonly { readonly id: number; readonly actorGroup: ActorGroup }[];
  /** Linked pairs by actor id, with their number of relationships. */
  readonly links: readonly (readonly [number, number, number])[];
  /** Positions kept from before: these actors do not move. */
  readonly stored?: ReadonlyMap<number, Position>;
  readonly seed: number;
}

/** Where each group starts, so that the layout begins with the groups apart. */
const groupAnchors: Record<ActorGroup, Position> = {
  business: { x: -1, y: -1 },
  administration: { x: 1, y: -1 },
  research: { x: -1, y: 1 },
  culture: { x: 1, y: 1 },
};

/** Iterations for a full layout: fewer for large networks, which the Barnes–Hut step makes costly. */
export function layoutIterations(actors: number): number {
  if (actors <= 300) return 400;
  if (actors <= 2000) return 200;
  return 120;
}

const CHUNK = 25;

/**
 * Positions for every actor. `onProgress` is told the share done (0 … 1) between rounds of
 * iterations, so a worker can report progress.
 */
export function layoutNetwork(
  input: LayoutInput,
  onProgress?: (done: number) => void,
): Map<number, Position> {
  const actors = [...input.actors].sort((a, b) => a.id - b.id);
  const stored = input.stored ?? new Map<number, Position>();
  const random = seededRandom(input.seed);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(Math.max(actors.length, 1)) * 10;
  const partners = new Map<number, number[]>();
  for (const [a, b] of input.links) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }

  let fresh = 0;
  for (const actor of actors) {
    const kept = stored.get(actor.id);
    if (kept) {
      graph.addNode(String(actor.id), { x: kept.x, y: kept.y, fixed: true });
      continue;
    }
    fresh++;
    // A new actor starts beside its stored partners, else in its group's corner.
    const near = (partners.get(actor.id) ?? []).map((id) => stored.get(id)).filter((p) => p !== undefined);
    const jitter = () => (random() - 0.5) * spread * (near.length > 0 ? 0.05 : 0.5);
    const anchor =
      near.length > 0
        ? {
            x: near.reduce((s, p) => s + p.x, 0) / near.length,
            y: near.reduce((s, p) => s + p.y, 0) / near.length,
          }
        : {
            x: groupAnchors[actor.actorGroup].x * spread * (stored.size > 0 ? 1.2 : 0.5),
            y: groupAnchors[actor.actorGroup].y * spread * (stored.size > 0 ? 1.2 : 0.5),
          };
    graph.addNode(String(actor.id), { x: anchor.x + jitter(), y: anchor.y + jitter(), fixed: false });
  }
  const sorted = [...input.links].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [a, b, weight] of sorted) {
    const from = String(a);
    const to = String(b);
    if (graph.hasNode(from) && graph.hasNode(to) && !graph.hasEdge(from, to))
      graph.addEdge(from, to, { weight });
  }

  if (fresh > 0 && graph.order > 1) {
    // Barnes–Hut already from a few hundred actors: the exact repulsion grows with the square.
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 };
    // Placing new actors among fixed ones needs only a short run.
    const total = fresh === graph.order ? layoutIterations(graph.order) : 40;
    for (let done = 0; done < total; done += CHUNK) {
      forceAtlas2.assign(graph, {
        iterations: Math.min(CHUNK, total - done),
        settings,
        getEdgeWeight: 'weight',
      });
      onProgress?.(Math.min(1, (done + CHUNK) / total));
    }
  }
  const positions = new Map<number, Position>();
  graph.forEachNode((node, attributes) => {
    positions.set(Number(node), { x: round(attributes.x as number), y: round(attributes.y as number) });
  });
  return positions;
}

const round = (v: number) => Math.round(v * 100) / 100;
