// The network indicators of a cluster at a date, defined in the help (help.network.*) and in
// docs/domain.md. Pure: the UI, the derived indicators, the report and the tests share them.
//
//   members by group          members (membership begun, not ended) per actor group
//   relationships per actor   relationships in force × 2 ÷ actors (each counts for both ends)
//   density                   linked pairs ÷ possible pairs, n (n − 1) ÷ 2
//   SME–research share        SMEs with at least one relationship to a research or education
//                             actor ÷ SMEs
//   isolated members          members without any relationship in force
//   brokers                   the actors with the highest betweenness (betweenness.ts)
//   communities               Louvain communities of two or more actors (communities.ts)
import type { ActorGroup } from '../contract/entities.ts';
import { betweenness } from './betweenness.ts';
import { communities } from './communities.ts';
import { isMember, type NetworkSnapshot } from './graph.ts';

export const BROKERS_SHOWN = 10;

export interface ActorRef {
  readonly id: number;
  readonly name: string;
}

export interface NetworkIndicators {
  readonly at: string;
  readonly actors: number;
  readonly members: number;
  readonly membersByGroup: Readonly<Record<ActorGroup, number>>;
  readonly relationships: number;
  readonly pairs: number;
  /** null without actors. */
  readonly relationshipsPerActor: number | null;
  /** Share 0 … 1; null with fewer than two actors. */
  readonly density: number | null;
  readonly smes: number;
  readonly smesLinkedToResearch: number;
  /** Share 0 … 1; null without SMEs. */
  readonly smeResearchShare: number | null;
  readonly isolatedMembers: readonly ActorRef[];
  /** Highest betweenness first (normalised, 0 … 1), only actors on some shortest path. */
  readonly brokers: readonly (ActorRef & { readonly betweenness: number })[];
  readonly betweennessExact: boolean;
  readonly betweennessSources: number;
  /** Communities of two or more actors, largest first, with their sizes. */
  readonly communities: readonly number[];
  readonly modularity: number;
}

/** What the cheap indicators need; betweenness and communities are computed on request. */
export function networkIndicators(
  snapshot: NetworkSnapshot,
  options: { seed?: number; brokers?: boolean; communities?: boolean } = {},
): NetworkIndicators {
  const { actors, offsets, neighbours, at } = snapshot;
  const n = actors.length;
  const membersByGroup: Record<ActorGroup, number> = {
    business: 0,
    administration: 0,
    research: 0,
    culture: 0,
  };
  let members = 0;
  let smes = 0;
  let smesLinkedToResearch = 0;
  const isolatedMembers: ActorRef[] = [];
  for (let i = 0; i < n; i++) {
    const actor = actors[i]!;
    const linked = offsets[i + 1]! > offsets[i]!;
    if (isMember(actor, at)) {
      members++;
      membersByGroup[actor.actorGroup]++;
      if (!linked) isolatedMembers.push({ id: actor.id, name: actor.name });
    }
    if (actor.size === 'sme') {
      smes++;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        if (actors[neighbours[e]!]!.actorGroup === 'research') {
          smesLinkedToResearch++;
          break;
        }
      }
    }
  }
  const wantBrokers = options.brokers ?? true;
  const wantCommunities = options.communities ?? true;
  const between = wantBrokers ? betweenness(snapshot, { seed: options.seed }) : null;
  const brokers = between
    ? [...between.values.keys()]
        .filter((i) => between.values[i]! > 0)
        .sort((a, b) => between.values[b]! - between.values[a]! || actors[a]!.id - actors[b]!.id)
        .slice(0, BROKERS_SHOWN)
        .map((i) => ({ id: actors[i]!.id, name: actors[i]!.name, betweenness: between.values[i]! }))
    : [];
  const found = wantCommunities ? communities(snapshot, options.seed) : null;
  return {
    at,
    actors: n,
    members,
    membersByGroup,
    relationships: snapshot.relationships,
    pairs: snapshot.pairs,
    relationshipsPerActor: n === 0 ? null : (2 * snapshot.relationships) / n,
    density: n < 2 ? null : snapshot.pairs / ((n * (n - 1)) / 2),
    smes,
    smesLinkedToResearch,
    smeResearchShare: smes === 0 ? null : smesLinkedToResearch / smes,
    isolatedMembers,
    brokers,
    betweennessExact: between?.exact ?? true,
    betweennessSources: between?.sources ?? 0,
    communities: found ? found.sizes.filter((size) => size >= 2) : [],
    modularity: found?.modularity ?? 0,
  };
}
