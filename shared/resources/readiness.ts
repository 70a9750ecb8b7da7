// Readiness for cluster listings, computed from the workspace at a date. Each criterion states
// its value, its threshold and how much is missing, so the manager sees what to do.
//
// European Cluster Collaboration Platform (ECCP) listing:
//   management FTE       staff FTE at the date ≥ 0.5
//   committed members    ≥ 15
//   member types         ≥ 2 actor groups among the committed members (triple helix)
// Baden-Württemberg cluster database:
//   committed partners   ≥ 12
//   companies            about half of the committed partners, read as at least 40 %
//   activities           ≥ 3 events in the twelve months up to the date
//
// A committed member is an actor whose membership covers the date (joined on or before it, not
// yet left) and who made a commitment when endorsing one of the cluster's strategies (endorsed
// on or before the date, the commitment not ended before it). Companies are business actors of
// the subtypes end producer, supplier or service provider.
import type { ActorFact, CommitmentFact, EventFact, StaffFact } from '../contract/resources.ts';
import { fteAt } from './staff.ts';

export type Listing = 'eccp' | 'bw';
export type CriterionKey =
  | 'managementFte'
  | 'committedMembers'
  | 'memberTypes'
  | 'committedPartners'
  | 'companyShare'
  | 'activitiesPerYear';

export interface Criterion {
  readonly key: CriterionKey;
  /** The value found; shares in basis points, FTE as a decimal, counts as integers. */
  readonly value: number;
  readonly threshold: number;
  readonly unit: 'fte' | 'count' | 'shareBp';
  readonly met: boolean;
  /**
   * What is missing to meet it: FTE or a count; for the company share, how many more companies
   * (with no other partner joining) would reach it. 0 when met.
   */
  readonly missing: number;
}

export interface ListingReadiness {
  readonly listing: Listing;
  readonly ready: boolean;
  readonly criteria: readonly Criterion[];
}

export const readinessThresholds = {
  eccp: { managementFte: 0.5, committedMembers: 15, memberTypes: 2 },
  bw: { committedPartners: 12, companyShareBp: 4000, activitiesPerYear: 3 },
} as const;

export const companySubtypes: ReadonlySet<string> = new Set(['end_producer', 'supplier', 'service_provider']);

export function isCompany(actor: Pick<ActorFact, 'actorGroup' | 'subtype'>): boolean {
  return actor.actorGroup === 'business' && companySubtypes.has(actor.subtype);
}

export function isMemberAt(actor: Pick<ActorFact, 'memberSince' | 'memberUntil'>, date: string): boolean {
  return (
    actor.memberSince !== null &&
    actor.memberSince <= date &&
    (actor.memberUntil === null || actor.memberUntil > date)
  );
}

/** Actors who are members at `date` and hold a commitment then (see the module comment). */
export function committedMembers<A extends ActorFact>(
  actors: readonly A[],
  commitments: readonly Pick<CommitmentFact, 'actorId' | 'endorsedOn' | 'endOn'>[],
  date: string,
): A[] {
  const committed = new Set(
    commitments
      .filter((c) => c.endorsedOn <= date && (c.endOn === null || c.endOn >= date))
      .map((c) => c.actorId),
  );
  return actors.filter((a) => committed.has(a.id) && isMemberAt(a, date));
}

/** The date a year before `date` (29 February → 28 February). */
function yearBefore(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

const criterion = (
  key: CriterionKey,
  value: number,
  threshold: number,
  unit: Criterion['unit'],
  missing?: number,
): Criterion => {
  const met = value >= threshold;
  const gap = unit === 'fte' ? Math.round((threshold - value) * 100) / 100 : threshold - value;
  return { key, value, threshold, unit, met, missing: met ? 0 : (missing ?? gap) };
};

export interface ReadinessInput {
  readonly staff: readonly Pick<StaffFact, 'role' | 'fte' | 'startOn' | 'endOn'>[];
  readonly actors: readonly ActorFact[];
  readonly commitments: readonly Pick<CommitmentFact, 'actorId' | 'endorsedOn' | 'endOn'>[];
  readonly events: readonly Pick<EventFact, 'date'>[];
}

/** Both listings' checks at `date`. */
export function listingReadiness(input: ReadinessInput, date: string): ListingReadiness[] {
  const committed = committedMembers(input.actors, input.commitments, date);
  const groups = new Set(committed.map((a) => a.actorGroup)).size;
  const companies = committed.filter(isCompany).length;
  const from = yearBefore(date);
  const activities = input.events.filter((e) => e.date > from && e.date <= date).length;
  const { eccp, bw } = readinessThresholds;
  const companyShare = committed.length > 0 ? Math.round((companies * 10_000) / committed.length) : 0;
  // Companies to add (nobody else joining) so that companies / partners reaches the threshold.
  const share = bw.companyShareBp / 10_000;
  const companiesMissing = Math.max(
    0,
    Math.ceil((share * committed.length - companies) / (1 - share) - 1e-9),
  );
  const eccpCriteria = [
    criterion('managementFte', fteAt(input.staff, date), eccp.managementFte, 'fte'),
    criterion('committedMembers', committed.length, eccp.committedMembers, 'count'),
    criterion('memberTypes', groups, eccp.memberTypes, 'count'),
  ];
  const bwCriteria = [
    criterion('committedPartners', committed.length, bw.committedPartners, 'count'),
    criterion(
      'companyShare',
      companyShare,
      bw.companyShareBp,
      'shareBp',
      committed.length === 0 ? Math.ceil(bw.committedPartners * share) : companiesMissing,
    ),
    criterion('activitiesPerYear', activities, bw.activitiesPerYear, 'count'),
  ];
  return [
    { listing: 'eccp', ready: eccpCriteria.every((c) => c.met), criteria: eccpCriteria },
    { listing: 'bw', ready: bwCriteria.every((c) => c.met), criteria: bwCriteria },
  ];
}
