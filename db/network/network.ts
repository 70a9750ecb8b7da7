// A cluster's network as stored: its actors and relationships read in two queries, and the
// network indicators at a date (shared/network), remembered until the workspace changes. The
// derived network indicators ask for many dates in a row (one per reporting period) and the
// network view for one; both read the same remembered figures.
import type { ActorGroup } from '../../shared/contract/entities.ts';
import type {
  NetworkFigures,
  NetworkGraph,
  NetworkHistory,
  NetworkIndicatorsDto,
} from '../../shared/contract/network.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import type { NetworkActor, NetworkRelationship } from '../../shared/network/graph.ts';
import { networkAt } from '../../shared/network/graph.ts';
import { type NetworkIndicators, networkIndicators } from '../../shared/network/indicators.ts';
import { networkSeed } from '../../shared/network/random.ts';
import { networkSvg, positionsAt } from '../../shared/network/svg.ts';
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

/** Everything the network view needs: actors, relationships, types and stored positions. */
export function networkGraph(db: SqliteDatabase, clusterId: number): NetworkGraph {
  if (!db.prepare('select 1 from cluster where id = ?').get(clusterId))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  const actors = db
    .prepare(
      `select id, name, actor_group, subtype, size, member_since, member_until from actor where cluster_id = ? order by id`,
    )
    .raw(true)
    .all(clusterId) as NetworkGraph['actors'];
  const relationships = db
    .prepare(
      'select id, from_actor_id, to_actor_id, type_id, started_on, ended_on from relationship where cluster_id = ? order by id',
    )
    .raw(true)
    .all(clusterId) as NetworkGraph['relationships'];
  const types = db
    .prepare('select id, key, name from relationship_type order by id')
    .all() as NetworkGraph['types'];
  return {
    clusterId,
    actors,
    relationships,
    types,
    positions: storedPositions(db, clusterId),
    seed: networkSeed(clusterId),
  };
}

export function storedPositions(db: SqliteDatabase, clusterId: number): [number, number, number][] {
  return db
    .prepare(
      'select p.actor_id, p.x, p.y from network_position p join actor a on a.id = p.actor_id where a.cluster_id = ? order by p.actor_id',
    )
    .raw(true)
    .all(clusterId) as [number, number, number][];
}

/**
 * Keeps positions of the cluster's actors; `replace` first drops the cluster's other positions.
 * An actor of another cluster is refused; one deleted while the layout ran is skipped.
 */
export function saveLayout(
  db: SqliteDatabase,
  clusterId: number,
  positions: readonly { actorId: number; x: number; y: number }[],
  replace: boolean,
): number {
  const clusterOf = db.prepare('select cluster_id from actor where id = ?').pluck();
  const kept = positions.filter((p, index) => {
    const cluster = clusterOf.get(p.actorId) as number | undefined;
    if (cluster !== undefined && cluster !== clusterId)
      throw new ApiFailure({
        kind: 'validation',
        issues: [{ path: ['positions', index, 'actorId'], code: 'inconsistent' }],
      });
    return cluster !== undefined;
  });
  if (replace)
    db.prepare(
      'delete from network_position where actor_id in (select id from actor where cluster_id = ?)',
    ).run(clusterId);
  const upsert = db.prepare(
    'insert into network_position (actor_id, x, y) values (?, ?, ?) on conflict (actor_id) do update set x = excluded.x, y = excluded.y',
  );
  for (const p of kept) upsert.run(p.actorId, p.x, p.y);
  return kept.length;
}

function figures(n: NetworkIndicators): NetworkFigures {
  return {
    at: n.at,
    actors: n.actors,
    members: n.members,
    membersByGroup: n.membersByGroup,
    relationships: n.relationships,
    pairs: n.pairs,
    relationshipsPerActor: n.relationshipsPerActor,
    density: n.density,
    smes: n.smes,
    smesLinkedToResearch: n.smesLinkedToResearch,
    smeResearchShare: n.smeResearchShare,
    isolatedMembers: n.isolatedMembers.length,
    topBrokerShare: n.actors < 3 ? null : (n.brokers[0]?.betweenness ?? 0),
    communities: n.communities.length,
  };
}

export function indicatorsDto(db: SqliteDatabase, clusterId: number, at: string): NetworkIndicatorsDto {
  if (!db.prepare('select 1 from cluster where id = ?').get(clusterId))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  const n = indicatorsAt(db, clusterId, at);
  return {
    ...figures(n),
    isolated: [...n.isolatedMembers],
    brokers: [...n.brokers],
    betweennessExact: n.betweennessExact,
    betweennessSources: n.betweennessSources,
    communitySizes: [...n.communities],
    modularity: n.modularity,
  };
}

/**
 * The figures at the end of each year from the first year anyone joined or any relationship
 * began, and at `at`, which ends the series.
 */
export function networkHistory(db: SqliteDatabase, clusterId: number, at: string): NetworkHistory {
  if (!db.prepare('select 1 from cluster where id = ?').get(clusterId))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  const first = db
    .prepare(
      `select min(d) from (select min(member_since) as d from actor where cluster_id = :c
         union all select min(started_on) from relationship where cluster_id = :c)`,
    )
    .pluck()
    .get({ c: clusterId }) as string | null;
  const points: NetworkFigures[] = [];
  if (first !== null && first <= at) {
    // At most 30 years back: a stray date in 1900 must not make a century of points.
    const from = Math.max(Number(first.slice(0, 4)), Number(at.slice(0, 4)) - 30);
    for (let year = from; year < Number(at.slice(0, 4)); year++) {
      points.push(figures(indicatorsAt(db, clusterId, `${year}-12-31`)));
    }
  }
  points.push(figures(indicatorsAt(db, clusterId, at)));
  return { points };
}

/** The static picture at a date: stored positions, and a layout for actors that have none yet. */
export function networkPicture(
  db: SqliteDatabase,
  clusterId: number,
  at: string,
  language: Language,
): { svg: string; fileName: string } {
  const cluster = db.prepare('select name from cluster where id = ?').pluck().get(clusterId) as
    | string
    | undefined;
  if (cluster === undefined) throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  const { actors, relationships } = storedNetwork(db, clusterId);
  const stored = new Map(storedPositions(db, clusterId).map(([id, x, y]) => [id, { x, y }]));
  const positions = positionsAt(actors, relationships, at, stored, networkSeed(clusterId));
  const svg = networkSvg({ actors, relationships, positions, at, language, title: cluster });
  const safe =
    cluster
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'network';
  return { svg, fileName: `${safe}-${at}.svg` };
}
