// What the network view draws, built from the network.graph answer: one graphology graph with
// every actor and every pair ever linked (so positions stay put while the date changes), and
// for a date and filters the actors taking part, the links in force and each actor's
// relationships, computed by the same function as the indicators (shared/network/graph.ts).
import Graph from 'graphology';
import type { ActorGroup } from '../../shared/contract/entities.ts';
import type { NetworkGraph } from '../../shared/contract/network.ts';
import {
  isMember,
  type NetworkActor,
  type NetworkRelationship,
  networkAt,
} from '../../shared/network/graph.ts';
import type { Position } from '../../shared/network/layout.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  group: ActorGroup;
}

export interface NetworkModel {
  readonly graph: Graph<NodeAttributes>;
  readonly actors: ReadonlyMap<number, NetworkActor>;
  readonly relationships: readonly NetworkRelationship[];
  /** Linked pairs over all time, [from, to, number of relationships], for the layout. */
  readonly links: readonly [number, number, number][];
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function buildModel(dto: NetworkGraph, positions: ReadonlyMap<number, Position>): NetworkModel {
  const graph = new Graph<NodeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const actors = new Map<number, NetworkActor>();
  for (const [id, name, actorGroup, subtype, size, memberSince, memberUntil] of dto.actors) {
    actors.set(id, { id, name, actorGroup, subtype, size, memberSince, memberUntil });
    const p = positions.get(id) ?? { x: 0, y: 0 };
    graph.addNode(String(id), { x: p.x, y: p.y, label: name, size: 2, color: '#888888', group: actorGroup });
  }
  const relationships: NetworkRelationship[] = dto.relationships.map(
    ([id, fromActorId, toActorId, typeId, startedOn, endedOn]) => ({
      id,
      fromActorId,
      toActorId,
      typeId,
      startedOn,
      endedOn,
    }),
  );
  const counts = new Map<string, [number, number, number]>();
  for (const r of relationships) {
    if (r.fromActorId === r.toActorId) continue;
    const key = pairKey(r.fromActorId, r.toActorId);
    const known = counts.get(key);
    if (known) known[2]++;
    else counts.set(key, [Math.min(r.fromActorId, r.toActorId), Math.max(r.fromActorId, r.toActorId), 1]);
  }
  for (const [key, [a, b]] of counts) graph.addUndirectedEdgeWithKey(key, String(a), String(b));
  return { graph, actors, relationships, links: [...counts.values()] };
}

export interface Visible {
  /** Actor ids taking part (after the group filter). */
  readonly actors: ReadonlySet<number>;
  /** Pair keys with a relationship in force (after both filters). */
  readonly links: ReadonlySet<string>;
  /** Relationships in force per actor. */
  readonly degree: ReadonlyMap<number, number>;
  /** Partners in force per actor. */
  readonly partners: ReadonlyMap<number, readonly number[]>;
  readonly members: ReadonlySet<number>;
  readonly relationships: number;
}

export function visibleAt(
  model: NetworkModel,
  at: string,
  filter: { typeIds: ReadonlySet<number> | null; groups: ReadonlySet<ActorGroup> },
): Visible {
  const snapshot = networkAt([...model.actors.values()], model.relationships, at, {
    groups: filter.groups,
    ...(filter.typeIds ? { typeIds: filter.typeIds } : {}),
  });
  const actors = new Set<number>();
  const members = new Set<number>();
  const degree = new Map<number, number>();
  const partners = new Map<number, number[]>();
  const links = new Set<string>();
  snapshot.actors.forEach((actor, i) => {
    actors.add(actor.id);
    if (isMember(actor, at)) members.add(actor.id);
    degree.set(actor.id, snapshot.degree[i]!);
    const list: number[] = [];
    for (let e = snapshot.offsets[i]!; e < snapshot.offsets[i + 1]!; e++) {
      const partner = snapshot.actors[snapshot.neighbours[e]!]!.id;
      list.push(partner);
      if (partner > actor.id) links.add(pairKey(actor.id, partner));
    }
    partners.set(actor.id, list);
  });
  return { actors, links, degree, partners, members, relationships: snapshot.relationships };
}

/** An actor's mark: bigger with more relationships, within bounds; smaller in a crowded network. */
export function nodeSize(degree: number, actors = 100): number {
  const crowd = Math.min(1, Math.max(0.35, Math.sqrt(400 / Math.max(actors, 1))));
  return Math.min(16, (2.5 + Math.sqrt(degree) * 1.6) * crowd);
}

/** Actors whose name contains the text (case and accents ignored), best matches first. */
export function searchActors(model: NetworkModel, text: string, limit = 8): NetworkActor[] {
  const fold = (s: string) =>
    s
      .toLocaleLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  const wanted = fold(text.trim());
  if (wanted === '') return [];
  const found: { actor: NetworkActor; rank: number }[] = [];
  for (const actor of model.actors.values()) {
    const name = fold(actor.name);
    const at = name.indexOf(wanted);
    if (at === -1) continue;
    found.push({ actor, rank: at === 0 ? 0 : name.includes(` ${wanted}`) ? 1 : 2 });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit)
    .map((f) => f.actor);
}
