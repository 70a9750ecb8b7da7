// A cluster's network as stored: its actors and relationships read in two queries, and the
// network indicators at a date (shared/network), remembered until the workspace changes. The
// derived network indicators ask for many dates in a row (one per reporting period) and the
// network view for one; both read the same remembered figures.
import type { ActorGroup } from '../../shared/contract/entities.ts';
import type { NetworkActor, NetworkRelationship } from '../../shared/network/graph.ts';
import { networkAt } from '../../shared/network/graph.ts';
import { type NetworkIndicators, networkIndicators } from '../../shared/network/indicators.ts';
import { networkSeed } from '../../shared/network/random.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface StoredNetwork {
  readonly actors: readonly NetworkActor[];
  readonly relationships: readonly NetworkRelationship[];
}

export function loadNetwork(db: SqliteDatabase, clusterId: number): StoredNetwork {
  const actors = db
    .prepare(
      `select id, name, actor_group as actorGroup, subtype, size, member_since as memberSince,
              member_until as memberUntil
       from actor where cluster_id = ? order by id`,
    )
    .all(clusterId) as NetworkActor[];
  const relationships = db
    .prepare(
      `select id, from_actor_id as fromActorId, to_actor_id as toActorId, type_id as typeId,
              started_on as startedOn, ended_on as endedOn
       from relationship where cluster_id = ? order by id`,
    )
    .all(clusterId) as NetworkRelationship[];
  return { actors: actors.map((a) => ({ ...a, actorGroup: a.actorGroup as ActorGroup })), relationships };
}

interface Remembered {
  /** The connection's change count when these figures were computed. */
  token: number;
  networks: Map<number, StoredNetwork>;
  indicators: Map<string, NetworkIndicators>;
}

const remembered = new WeakMap<SqliteDatabase, Remembered>();

/** Figures computed from this connection's data, dropped at its next change of any row. */
function memory(db: SqliteDatabase): Remembered {
  const token = db.prepare('select total_changes()').pluck().get() as number;
  let entry = remembered.get(db);
  if (!entry || entry.token !== token) {
    entry = { token, networks: new Map(), indicators: new Map() };
    remembered.set(db, entry);
  }
  return entry;
}

export function storedNetwork(db: SqliteDatabase, clusterId: number): StoredNetwork {
  const entry = memory(db);
  let network = entry.networks.get(clusterId);
  if (!network) {
    network = loadNetwork(db, clusterId);
    entry.networks.set(clusterId, network);
  }
  return network;
}

export interface IndicatorOptions {
  /** Betweenness (for brokers); the costliest figure. */
  readonly brokers?: boolean;
  readonly communities?: boolean;
}

/** The network indicators of a cluster at a date (shared/network/indicators.ts). */
export function indicatorsAt(
  db: SqliteDatabase,
  clusterId: number,
  at: string,
  options: IndicatorOptions = {},
): NetworkIndicators {
  const brokers = options.brokers ?? true;
  const communities = options.communities ?? true;
  const entry = memory(db);
  // A full computation answers every narrower question too.
  for (const key of [`${clusterId}|${at}|1|1`, `${clusterId}|${at}|${+brokers}|${+communities}`]) {
    const found = entry.indicators.get(key);
    if (found) return found;
  }
  const { actors, relationships } = storedNetwork(db, clusterId);
  const result = networkIndicators(networkAt(actors, relationships, at), {
    seed: networkSeed(clusterId),
    brokers,
    communities,
  });
  entry.indicators.set(`${clusterId}|${at}|${+brokers}|${+communities}`, result);
  return result;
}
