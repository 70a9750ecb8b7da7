// Reads a cluster's resource facts (shared/contract/resources.ts) in one pass: staff, funding
// sources, budget and expenditure lines, the financing plan, the activity profile, the events
// log, actors and their commitments, benchmark sets and the label self-assessments. The views
// compute from them in the renderer (shared/resources), and the funder report can freeze the
// same facts in its snapshot.
import type { BenchmarkSet, ResourceFacts } from '../../shared/contract/resources.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';

/** Every benchmark set of the workspace with its values (built-in sets first). */
export function benchmarkSets(q: QueryRunner): BenchmarkSet[] {
  const values = new Map<number, { fieldOfActionId: number; intensity: number }[]>();
  for (const v of q.all(
    builder
      .selectFrom('benchmark_value')
      .select(['benchmark_set_id', 'field_of_action_id', 'intensity'])
      .orderBy('field_of_action_id'),
  )) {
    const list = values.get(v.benchmark_set_id) ?? [];
    list.push({ fieldOfActionId: v.field_of_action_id, intensity: v.intensity });
    values.set(v.benchmark_set_id, list);
  }
  return q
    .all(
      builder
        .selectFrom('benchmark_set')
        .select(['id', 'key', 'name', 'source', 'indicative'])
        .orderBy((eb) => eb.case().when('key', 'is', null).then(1).else(0).end())
        .orderBy('id'),
    )
    .map((s) => ({
      id: s.id,
      key: s.key as BenchmarkSet['key'],
      name: s.name,
      source: s.source,
      indicative: s.indicative === 1,
      values: values.get(s.id) ?? [],
    }));
}

export function loadResourceFacts(q: QueryRunner, clusterId: number): ResourceFacts {
  const cluster = q.get(
    builder.selectFrom('cluster').select(['id', 'name', 'sector_group']).where('id', '=', clusterId),
  );
  if (!cluster) throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  const sourceIds = builder.selectFrom('funding_source').select('id').where('cluster_id', '=', clusterId);
  const strategyIds = builder.selectFrom('strategy').select('id').where('cluster_id', '=', clusterId);
  const indicators = q.all(
    builder
      .selectFrom('label_indicator')
      .selectAll()
      .where('cluster_id', '=', clusterId)
      .orderBy('sort_order')
      .orderBy('id'),
  );
  const results = new Map<number, { labelIndicatorId: number; value: number | null; evidence: string }[]>();
  for (const r of q.all(
    builder
      .selectFrom('label_result as r')
      .innerJoin('label_assessment as a', 'a.id', 'r.label_assessment_id')
      .select(['r.label_assessment_id', 'r.label_indicator_id', 'r.value', 'r.evidence'])
      .where('a.cluster_id', '=', clusterId)
      .orderBy('r.id'),
  )) {
    const list = results.get(r.label_assessment_id) ?? [];
    list.push({ labelIndicatorId: r.label_indicator_id, value: r.value, evidence: r.evidence });
    results.set(r.label_assessment_id, list);
  }
  return {
    clusterId,
    clusterName: cluster.name,
    sectorGroup: cluster.sector_group as ResourceFacts['sectorGroup'],
    strategies: q
      .all(
        builder
          .selectFrom('strategy')
          .select(['id', 'title', 'period_start', 'period_end'])
          .where('cluster_id', '=', clusterId)
          .orderBy('period_start'),
      )
      .map((s) => ({ id: s.id, title: s.title, periodStart: s.period_start, periodEnd: s.period_end })),
    staff: q
      .all(
        builder
          .selectFrom('staff')
          .select(['id', 'name', 'role', 'fte', 'start_on', 'end_on'])
          .where('cluster_id', '=', clusterId)
          .orderBy('start_on')
          .orderBy('id'),
      )
      .map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        fte: s.fte,
        startOn: s.start_on,
        endOn: s.end_on,
      })),
    fundingSources: q
      .all(
        builder
          .selectFrom('funding_source')
          .select(['id', 'name', 'category', 'note'])
          .where('cluster_id', '=', clusterId)
          .orderBy('id'),
      )
      .map((s) => ({
        id: s.id,
        name: s.name,
        category: s.category as ResourceFacts['fundingSources'][number]['category'],
        note: s.note,
      })),
    budgetLines: q
      .all(
        builder
          .selectFrom('budget_line')
          .select(['id', 'funding_source_id', 'year', 'planned_cents', 'actual_cents'])
          .where('funding_source_id', 'in', sourceIds)
          .orderBy('year')
          .orderBy('funding_source_id'),
      )
      .map((l) => ({
        id: l.id,
        fundingSourceId: l.funding_source_id,
        year: l.year,
        plannedCents: l.planned_cents,
        actualCents: l.actual_cents,
      })),
    expenditure: q
      .all(
        builder
          .selectFrom('expenditure_line')
          .select(['id', 'category', 'year', 'planned_cents', 'actual_cents', 'note'])
          .where('cluster_id', '=', clusterId)
          .orderBy('year')
          .orderBy('id'),
      )
      .map((e) => ({
        id: e.id,
        category: e.category as ResourceFacts['expenditure'][number]['category'],
        year: e.year,
        plannedCents: e.planned_cents,
        actualCents: e.actual_cents,
        note: e.note,
      })),
    financingPlan: q
      .all(
        builder
          .selectFrom('financing_plan')
          .select(['id', 'year', 'public_share_bp'])
          .where('cluster_id', '=', clusterId)
          .orderBy('year'),
      )
      .map((p) => ({ id: p.id, year: p.year, publicShareBp: p.public_share_bp })),
    fieldsOfAction: q
      .all(
        builder
          .selectFrom('field_of_action')
          .select(['id', 'key', 'name', 'sort_order'])
          .orderBy('sort_order'),
      )
      .map((f) => ({ id: f.id, key: f.key, name: f.name, sortOrder: f.sort_order })),
    activityPlan: q
      .all(
        builder
          .selectFrom('activity_plan')
          .select(['id', 'field_of_action_id', 'year', 'planned_intensity', 'actual_intensity'])
          .where('cluster_id', '=', clusterId)
          .orderBy('year')
          .orderBy('field_of_action_id'),
      )
      .map((a) => ({
        id: a.id,
        fieldOfActionId: a.field_of_action_id,
        year: a.year,
        plannedIntensity: a.planned_intensity,
        actualIntensity: a.actual_intensity,
      })),
    events: q
      .all(
        builder
          .selectFrom('event')
          .select(['date', 'field_of_action_id'])
          .where('cluster_id', '=', clusterId)
          .orderBy('date'),
      )
      .map((e) => ({ date: e.date, fieldOfActionId: e.field_of_action_id })),
    actors: q
      .all(
        builder
          .selectFrom('actor')
          .select(['id', 'actor_group', 'subtype', 'size', 'member_since', 'member_until'])
          .where('cluster_id', '=', clusterId)
          .orderBy('id'),
      )
      .map((a) => ({
        id: a.id,
        actorGroup: a.actor_group as ResourceFacts['actors'][number]['actorGroup'],
        subtype: a.subtype,
        size: a.size as ResourceFacts['actors'][number]['size'],
        memberSince: a.member_since,
        memberUntil: a.member_until,
      })),
    commitments: q
      .all(
        builder
          .selectFrom('commitment as c')
          .innerJoin('endorsement as e', 'e.id', 'c.endorsement_id')
          .select(['e.actor_id', 'e.strategy_id', 'c.kind', 'e.date', 'c.start_on', 'c.end_on'])
          .where('e.strategy_id', 'in', strategyIds)
          .orderBy('c.id'),
      )
      .map((c) => ({
        actorId: c.actor_id,
        strategyId: c.strategy_id,
        kind: c.kind as ResourceFacts['commitments'][number]['kind'],
        endorsedOn: c.date,
        startOn: c.start_on,
        endOn: c.end_on,
      })),
    benchmarkSets: benchmarkSets(q),
    benchmarkChoice:
      q.get(
        builder
          .selectFrom('activity_benchmark_choice')
          .select('benchmark_set_id')
          .where('cluster_id', '=', clusterId),
      )?.benchmark_set_id ?? null,
    labelIndicators: indicators.map((i) => ({
      id: i.id,
      area: i.area as ResourceFacts['labelIndicators'][number]['area'],
      code: i.code,
      title: i.title,
      description: i.description,
      unit: i.unit,
      comparator: i.comparator as ResourceFacts['labelIndicators'][number]['comparator'],
      threshold: i.threshold,
      weight: i.weight,
      indicative: i.indicative === 1,
      sortOrder: i.sort_order,
    })),
    labelAssessments: q
      .all(
        builder
          .selectFrom('label_assessment')
          .select(['id', 'assessed_on', 'title', 'note'])
          .where('cluster_id', '=', clusterId)
          .orderBy('assessed_on'),
      )
      .map((a) => ({
        id: a.id,
        assessedOn: a.assessed_on,
        title: a.title,
        note: a.note,
        results: results.get(a.id) ?? [],
      })),
  };
}
