// What the Problems rules on finances read (shared/problems): each cluster's funding sources,
// budget lines and financing plan, for the public share against the plan.
import type { ProblemFacts } from '../../shared/contract/schemas.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';

type FinanceFacts = NonNullable<ProblemFacts['finance']>;

export function financeFacts(q: QueryRunner): FinanceFacts {
  const clusters = new Map<number, FinanceFacts[number]>();
  const of = (clusterId: number) => clusters.get(clusterId);
  for (const c of q.all(builder.selectFrom('cluster').select(['id', 'name']).orderBy('id')))
    clusters.set(c.id, {
      clusterId: c.id,
      clusterName: c.name,
      fundingSources: [],
      budgetLines: [],
      financingPlan: [],
    });
  const clusterOfSource = new Map<number, number>();
  for (const s of q.all(builder.selectFrom('funding_source').select(['id', 'cluster_id', 'category']))) {
    clusterOfSource.set(s.id, s.cluster_id);
    of(s.cluster_id)?.fundingSources.push({ id: s.id, category: s.category });
  }
  for (const l of q.all(
    builder
      .selectFrom('budget_line')
      .select(['funding_source_id', 'year', 'planned_cents', 'actual_cents'])
      .orderBy('year'),
  )) {
    of(clusterOfSource.get(l.funding_source_id) ?? 0)?.budgetLines.push({
      fundingSourceId: l.funding_source_id,
      year: l.year,
      plannedCents: l.planned_cents,
      actualCents: l.actual_cents,
    });
  }
  for (const p of q.all(
    builder.selectFrom('financing_plan').select(['cluster_id', 'year', 'public_share_bp']).orderBy('year'),
  ))
    of(p.cluster_id)?.financingPlan.push({ year: p.year, publicShareBp: p.public_share_bp });
  // Clusters without any finance data add nothing to check.
  return [...clusters.values()].filter((c) => c.fundingSources.length > 0 || c.financingPlan.length > 0);
}
