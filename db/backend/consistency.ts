// Checks that the schema's foreign keys cannot express: linked items must belong to the same
// cluster or strategy, and trees and dependencies must not form cycles.
import type { Kysely } from 'kysely';
import { type EntityKind, entities, type LinkKind } from '../../shared/contract/entities.ts';
import { entityIssues } from '../../shared/contract/entity-rules.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';

// biome-ignore lint/suspicious/noExplicitAny: lookups across tables chosen at run time
const dyn = builder as unknown as Kysely<any>;

type Dto = Record<string, unknown>;

function inconsistent(field: string): never {
  throw new ApiFailure({ kind: 'validation', issues: [{ path: [field], code: 'inconsistent' }] });
}

function value<T>(q: QueryRunner, table: string, column: string, id: unknown): T | undefined {
  if (id === null || id === undefined) return undefined;
  const row = q.get(dyn.selectFrom(table).select(column).where('id', '=', id)) as
    | Record<string, T>
    | undefined;
  return row?.[column];
}

const clusterOfStrategy = (q: QueryRunner, id: unknown) => value<number>(q, 'strategy', 'cluster_id', id);
const clusterOfGoal = (q: QueryRunner, id: unknown) =>
  clusterOfStrategy(q, value<number>(q, 'goal', 'strategy_id', id));

export function checkConsistency(ctx: { q: QueryRunner }, kind: EntityKind | LinkKind, item: Dto): void {
  const { q } = ctx;
  if (kind in entities) {
    const issues = entityIssues(kind as EntityKind, item);
    if (issues.length > 0) throw new ApiFailure({ kind: 'validation', issues });
  }
  switch (kind) {
    case 'relationship':
      for (const field of ['fromActorId', 'toActorId']) {
        if (value(q, 'actor', 'cluster_id', item[field]) !== item.clusterId) inconsistent(field);
      }
      break;
    case 'goal': {
      if (item.parentId === null || item.parentId === undefined) break;
      if (value(q, 'goal', 'strategy_id', item.parentId) !== item.strategyId) inconsistent('parentId');
      // Walk up from the new parent: reaching this goal again would make a cycle.
      let current: unknown = item.parentId;
      for (let depth = 0; current !== null && current !== undefined; depth++) {
        if (current === item.id || depth > 100) inconsistent('parentId');
        current = value(q, 'goal', 'parent_id', current);
      }
      break;
    }
    case 'milestone':
      if (item.goalId != null && value(q, 'goal', 'strategy_id', item.goalId) !== item.strategyId)
        inconsistent('goalId');
      break;
    case 'endorsement':
      if (value(q, 'actor', 'cluster_id', item.actorId) !== clusterOfStrategy(q, item.strategyId))
        inconsistent('actorId');
      break;
    case 'breakPointCondition': {
      if (
        item.parentId != null &&
        value(q, 'break_point_condition', 'break_point_id', item.parentId) !== item.breakPointId
      ) {
        inconsistent('parentId');
      }
      if (item.indicatorId != null) {
        const strategyId = value(q, 'break_point', 'strategy_id', item.breakPointId);
        if (value(q, 'indicator', 'cluster_id', item.indicatorId) !== clusterOfStrategy(q, strategyId))
          inconsistent('indicatorId');
      }
      break;
    }
    case 'target': {
      // A target must fall within the period of a strategy it serves: those of the goals the
      // indicator measures, or, while it measures none yet, any strategy of its cluster.
      const viaGoals = q.all(
        dyn
          .selectFrom('indicator_goal as ig')
          .innerJoin('goal as g', 'g.id', 'ig.goal_id')
          .innerJoin('strategy as s', 's.id', 'g.strategy_id')
          .select(['s.period_start', 's.period_end'])
          .where('ig.indicator_id', '=', item.indicatorId),
      ) as { period_start: string; period_end: string }[];
      const periods = viaGoals.length
        ? viaGoals
        : (q.all(
            dyn
              .selectFrom('strategy')
              .select(['period_start', 'period_end'])
              .where('cluster_id', '=', value(q, 'indicator', 'cluster_id', item.indicatorId)),
          ) as { period_start: string; period_end: string }[]);
      const date = String(item.date);
      if (periods.length > 0 && !periods.some((p) => date >= p.period_start && date <= p.period_end)) {
        throw new ApiFailure({ kind: 'validation', issues: [{ path: ['date'], code: 'outsidePeriod' }] });
      }
      break;
    }
    case 'event':
    case 'activityPlan':
      break;
    case 'indicatorGoal':
      if (value(q, 'indicator', 'cluster_id', item.indicatorId) !== clusterOfGoal(q, item.goalId))
        inconsistent('goalId');
      break;
    case 'milestoneDependency': {
      const strategy = value(q, 'milestone', 'strategy_id', item.milestoneId);
      if (value(q, 'milestone', 'strategy_id', item.dependsOnId) !== strategy) inconsistent('dependsOnId');
      // A dependency on a milestone that (transitively) depends on this one would be a cycle.
      const seen = new Set<unknown>();
      const stack: unknown[] = [item.dependsOnId];
      while (stack.length > 0) {
        const next = stack.pop();
        if (next === item.milestoneId) inconsistent('dependsOnId');
        if (seen.has(next)) continue;
        seen.add(next);
        const deps = q.all(
          dyn.selectFrom('milestone_dependency').select('depends_on_id').where('milestone_id', '=', next),
        ) as {
          depends_on_id: number;
        }[];
        stack.push(...deps.map((d) => d.depends_on_id));
      }
      break;
    }
    case 'evaluationParticipant':
      if (
        item.actorId != null &&
        value(q, 'actor', 'cluster_id', item.actorId) !==
          value(q, 'evaluation', 'cluster_id', item.evaluationId)
      )
        inconsistent('actorId');
      break;
    case 'resolution':
      if (
        item.agendaItemId != null &&
        value(q, 'agenda_item', 'evaluation_id', item.agendaItemId) !== item.evaluationId
      )
        inconsistent('agendaItemId');
      break;
    case 'followUp':
      if (
        item.goalId != null &&
        value(q, 'goal', 'strategy_id', item.goalId) !==
          value(q, 'evaluation', 'strategy_id', item.evaluationId)
      )
        inconsistent('goalId');
      break;
    case 'adjustment':
      if (
        item.indicatorId != null &&
        value(q, 'indicator', 'cluster_id', item.indicatorId) !==
          value(q, 'evaluation', 'cluster_id', item.evaluationId)
      )
        inconsistent('indicatorId');
      break;
    case 'evaluation':
      if (item.strategyId != null && clusterOfStrategy(q, item.strategyId) !== item.clusterId)
        inconsistent('strategyId');
      break;
    case 'eventActor':
      if (value(q, 'event', 'cluster_id', item.eventId) !== value(q, 'actor', 'cluster_id', item.actorId))
        inconsistent('actorId');
      break;
    default:
      break;
  }
}
