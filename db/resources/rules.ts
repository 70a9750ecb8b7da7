// Rules the resource tables share with the generic entity calls: a budget, plan or activity
// year must lie within one of the cluster's strategy periods (from its first to its last
// calendar year). Refusals name the field, so grids and forms show them in place.
import { ApiFailure, type ValidationIssue } from '../../shared/contract/result.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';

export interface YearRange {
  readonly first: number;
  readonly last: number;
}

/** The calendar years each strategy of the cluster spans. */
export function strategyYears(q: QueryRunner, clusterId: number): YearRange[] {
  return q
    .all(
      builder
        .selectFrom('strategy')
        .select(['period_start', 'period_end'])
        .where('cluster_id', '=', clusterId)
        .orderBy('period_start'),
    )
    .map((s) => ({ first: Number(s.period_start.slice(0, 4)), last: Number(s.period_end.slice(0, 4)) }));
}

export function yearInStrategy(ranges: readonly YearRange[], year: number): boolean {
  return ranges.some((r) => year >= r.first && year <= r.last);
}

export function clusterExists(q: QueryRunner, clusterId: number): void {
  if (!q.get(builder.selectFrom('cluster').select('id').where('id', '=', clusterId)))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
}

/** Collects row issues and throws them together, so every bad row is marked at once. */
export class Issues {
  readonly #issues: ValidationIssue[] = [];
  add(
    path: readonly (string | number)[],
    code: ValidationIssue['code'],
    params?: ValidationIssue['params'],
  ): void {
    this.#issues.push(params ? { path, code, params } : { path, code });
  }
  get size(): number {
    return this.#issues.length;
  }
  throwIfAny(): void {
    if (this.#issues.length > 0) throw new ApiFailure({ kind: 'validation', issues: this.#issues });
  }
}

/**
 * The year rule for the generic entity calls (budgetLines.create, financingPlans.update, …):
 * `clusterId` is the item's cluster, `year` its year.
 */
export function assertYearInStrategy(q: QueryRunner, clusterId: unknown, year: unknown): void {
  if (typeof clusterId !== 'number' || typeof year !== 'number') return;
  if (!yearInStrategy(strategyYears(q, clusterId), year))
    throw new ApiFailure({ kind: 'validation', issues: [{ path: ['year'], code: 'outsidePeriod' }] });
}

export function clusterOfFundingSource(q: QueryRunner, id: unknown): number | undefined {
  if (typeof id !== 'number') return undefined;
  return q.get(builder.selectFrom('funding_source').select('cluster_id').where('id', '=', id))?.cluster_id;
}
