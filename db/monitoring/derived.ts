// Derived indicators: values computed from the workspace itself, so nobody types them. Each is
// computed for every reporting period (shared/status/periods.ts) from the period of its baseline
// (or two years back) to the last period that has ended by the date asked for, and dated on the
// period's last day, like a typed measurement.
//
//   members                 actors whose membership covers the period end (also by group: memberGroups)
//   new_members             memberships that began in the period
//   leaving_members         memberships that ended in the period
//   events                  events held in the period
//   event_participants      participants of the events held in the period
//   sme_research_links      relationships active at the period end between an SME and a research actor
//   private_cofunding_share private share (member fees, sponsors, project revenue, in-kind) of the
//                           actual budget of the period's year, in per cent (years without actuals: none)
//   management_fte          full-time equivalents of the cluster management staff at the period end
//
// The network indicators (shared/network/indicators.ts, db/network/network.ts), at the period end:
//   members_<group>         members of one actor group
//   relationships_per_actor relationships in force × 2 ÷ actors taking part
//   network_density         linked pairs ÷ possible pairs, in per cent
//   sme_research_share      SMEs with a relationship to research or education, in per cent of SMEs
//   isolated_members        members without any relationship in force
//   top_broker_share        the highest betweenness, in per cent of the paths between the others
//   communities             communities (Louvain, seeded) of two or more actors
import type { z } from 'zod';
import type { enums } from '../../shared/contract/entities.ts';
import type { NetworkIndicators } from '../../shared/network/indicators.ts';
import { periodEnds, periodStartOf } from '../../shared/status/periods.ts';
import type { Frequency, Measurement } from '../../shared/status/status.ts';
import { indicatorsAt } from '../network/network.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

export type DerivedKind = z.infer<typeof enums.derived>;

export interface DerivedIndicator {
  readonly id: number;
  readonly clusterId: number;
  readonly derived: DerivedKind;
  readonly frequency: Frequency;
  readonly baselineDate: string | null;
}

const PRIVATE = "('member_fees', 'private_sponsors', 'project_revenue', 'in_kind')";

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The network kinds: a figure of the network indicators (null: none at this date). */
const networkKinds: Partial<Record<DerivedKind, (n: NetworkIndicators) => number | null>> = {
  members_business: (n) => n.membersByGroup.business,
  members_administration: (n) => n.membersByGroup.administration,
  members_research: (n) => n.membersByGroup.research,
  members_culture: (n) => n.membersByGroup.culture,
  relationships_per_actor: (n) =>
    n.relationshipsPerActor === null ? null : round(n.relationshipsPerActor, 2),
  network_density: (n) => (n.density === null ? null : round(n.density * 100, 2)),
  sme_research_share: (n) => (n.smeResearchShare === null ? null : round(n.smeResearchShare * 100, 1)),
  isolated_members: (n) => n.isolatedMembers.length,
  top_broker_share: (n) => (n.actors < 3 ? null : round((n.brokers[0]?.betweenness ?? 0) * 100, 1)),
  communities: (n) => n.communities.length,
};

/** Whether a derived kind is a network indicator (computed from the network, not by a query). */
export function isNetworkKind(kind: DerivedKind): boolean {
  return kind in networkKinds;
}

const queries: Partial<Record<DerivedKind, string>> = {
  members: `select count(*) from actor where cluster_id = :cluster and member_since <= :end
            and (member_until is null or member_until > :end)`,
  new_members: `select count(*) from actor where cluster_id = :cluster and member_since between :start and :end`,
  leaving_members: `select count(*) from actor where cluster_id = :cluster and member_until between :start and :end`,
  events: `select count(*) from event where cluster_id = :cluster and date between :start and :end`,
  event_participants: `select coalesce(sum(participants), 0) from event where cluster_id = :cluster and date between :start and :end`,
  sme_research_links: `select count(*) from relationship r
            join actor a on a.id = r.from_actor_id join actor b on b.id = r.to_actor_id
            where r.cluster_id = :cluster and (r.started_on is null or r.started_on <= :end)
              and (r.ended_on is null or r.ended_on > :end)
              and ((a.size = 'sme' and b.actor_group = 'research') or (b.size = 'sme' and a.actor_group = 'research'))`,
  private_cofunding_share: `select case when sum(l.actual_cents) > 0 and count(l.actual_cents) = count(*)
              then round(100.0 * sum(case when s.category in ${PRIVATE} then l.actual_cents else 0 end) / sum(l.actual_cents), 1)
              end
            from budget_line l join funding_source s on s.id = l.funding_source_id
            where s.cluster_id = :cluster and l.year = cast(substr(:end, 1, 4) as integer)`,
  management_fte: `select coalesce(round(sum(fte), 2), 0) from staff where cluster_id = :cluster
            and start_on <= :end and (end_on is null or end_on >= :end)`,
};

/** The indicator's values for every reporting period that has ended by `until`, oldest first. */
export function derivedSeries(db: SqliteDatabase, indicator: DerivedIndicator, until: string): Measurement[] {
  const figure = networkKinds[indicator.derived];
  const statement = figure ? null : db.prepare(queries[indicator.derived]!).pluck();
  const options = {
    brokers: indicator.derived === 'top_broker_share',
    communities: indicator.derived === 'communities',
  };
  const twoYearsBack = `${Number(until.slice(0, 4)) - 2}${until.slice(4)}`;
  const ends = periodEnds(indicator.frequency, indicator.baselineDate ?? twoYearsBack, until).filter(
    (end) => end <= until && (indicator.baselineDate === null || end > indicator.baselineDate),
  );
  const series: Measurement[] = [];
  for (const end of ends) {
    const value = figure
      ? figure(indicatorsAt(db, indicator.clusterId, end, options))
      : (statement!.get({
          cluster: indicator.clusterId,
          start: periodStartOf(indicator.frequency, end),
          end,
        }) as number | null);
    if (value !== null) series.push({ date: end, value });
  }
  return series;
}

/** Current members by actor group (what the "members" indicator counts, broken down). */
export function memberGroups(db: SqliteDatabase, clusterId: number, at: string): Record<string, number> {
  const rows = db
    .prepare(
      `select actor_group as "group", count(*) as n from actor where cluster_id = ? and member_since <= ?
       and (member_until is null or member_until > ?) group by actor_group`,
    )
    .all(clusterId, at, at) as { group: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.group, r.n]));
}
