// The network of a cluster at a date: its actors are the nodes, the relationships in force the
// edges (docs/domain.md). An actor takes part unless its membership has not begun yet or has
// ended (actors without membership dates, partners that are not members, always take part); a
// relationship is in force from its start (inclusive) to its end (exclusive) when both of its
// actors take part. Several relationships between one pair make one link whose weight is their
// number. The links are held as compressed adjacency lists (typed arrays), so the indicators
// run in linear time and betweenness stays fast on 5,000 actors.
import type { ActorGroup } from '../contract/entities.ts';

export interface NetworkActor {
  readonly id: number;
  readonly name: string;
  readonly actorGroup: ActorGroup;
  readonly subtype: string;
  readonly size: 'sme' | 'large' | null;
  readonly memberSince: string | null;
  readonly memberUntil: string | null;
}

export interface NetworkRelationship {
  readonly id: number;
  readonly fromActorId: number;
  readonly toActorId: number;
  readonly typeId: number;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
}

export interface NetworkFilter {
  /** Only relationships of these types (all when left out). */
  readonly typeIds?: ReadonlySet<number>;
  /** Only actors of these groups (all when left out). */
  readonly groups?: ReadonlySet<ActorGroup>;
}

export interface NetworkSnapshot {
  readonly at: string;
  /** The actors taking part, ordered by id. */
  readonly actors: readonly NetworkActor[];
  /** Actor id → index into `actors`. */
  readonly index: ReadonlyMap<number, number>;
  /** Adjacency: the partners of actor i are neighbours[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Relationships in force between actor i and each partner (parallel to `neighbours`). */
  readonly weights: Int32Array;
  /** Relationships in force, per actor (each counts for both of its actors). */
  readonly degree: Int32Array;
  /** Relationships in force. */
  readonly relationships: number;
  /** Linked pairs (a pair with several relationships counts once). */
  readonly pairs: number;
}

/** Whether an actor takes part in the network at the date (see the module comment). */
export function actorPresent(actor: NetworkActor, at: string): boolean {
  return (
    (actor.memberSince === null || actor.memberSince <= at) &&
    (actor.memberUntil === null || actor.memberUntil > at)
  );
}

/** Whether an actor is a member at the date: membership begun on or before it and not ended. */
export function isMember(actor: NetworkActor, at: string): boolean {
  return (
    actor.memberSince !== null &&
    actor.memberSince <= at &&
    (actor.memberUntil === null || actor.memberUntil > at)
  );
}

export function relationshipInForce(relationship: NetworkRelationship, at: string): boolean {
  return (
    (relationship.startedOn === null || relationship.startedOn <= at) &&
    (relationship.endedOn === null || relationship.endedOn > at)
  );
}

export function networkAt(
  actors: readonly NetworkActor[],
  relationships: readonly NetworkRelationship[],
  at: string,
  filter: NetworkFilter = {},
): NetworkSnapshot {
  const present = actors
    .filter((a) => actorPresent(a, at) && (!filter.groups || filter.groups.has(a.actorGroup)))
    .sort((a, b) => a.id - b.id);
  const index = new Map<number, number>(present.map((a, i) => [a.id, i]));
  const n = present.length;

  // Pairs (low index, high index) with their relationship count.
  const pairWeights = new Map<number, number>();
  const degree = new Int32Array(n);
  let count = 0;
  for (const r of relationships) {
    if (!relationshipInForce(r, at) || (filter.typeIds && !filter.typeIds.has(r.typeId))) continue;
    const a = index.get(r.fromActorId);
    const b = index.get(r.toActorId);
    if (a === undefined || b === undefined || a === b) continue;
    count++;
    degree[a]!++;
    degree[b]!++;
    const key = a < b ? a * n + b : b * n + a;
    pairWeights.set(key, (pairWeights.get(key) ?? 0) + 1);
  }
  const partners = new Int32Array(n);
  for (const key of pairWeights.keys()) {
    partners[Math.floor(key / n)]!++;
    partners[key % n]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + partners[i]!;
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  // In key order every adjacency list comes out ascending (partners below an actor arrive
  // before its own pairs): the same data always gives the same arrays.
  for (const key of [...pairWeights.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const w = pairWeights.get(key)!;
    neighbours[fill[a]!] = b;
    weights[fill[a]!++] = w;
    neighbours[fill[b]!] = a;
    weights[fill[b]!++] = w;
  }
  return {
    at,
    actors: present,
    index,
    offsets,
    neighbours,
    weights,
    degree,
    relationships: count,
    pairs: pairWeights.size,
  };
}
