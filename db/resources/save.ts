// The writes behind the resource views. Each is one user action (the dispatcher wraps it in one
// audited transaction: one Activity entry, one undo step). Every row is checked before anything
// is written, and all bad rows are refused together, each issue naming its row in the input
// (['rows', i, field]) so the grid marks it; the schema's CHECKs stand behind these checks.
import type { z } from 'zod';
import type {
  chooseBenchmarkInput,
  saveActivityInput,
  saveBenchmarkInput,
  saveBudgetInput,
  saveExpenditureInput,
  saveLabelAssessmentInput,
  saveLabelIndicatorsInput,
  savePlanInput,
  saveStaffInput,
} from '../../shared/contract/resources.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { CallContext } from '../backend/context.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';
import { clusterExists, Issues, strategyYears, yearInStrategy } from './rules.ts';

type Input<S extends z.ZodType> = z.output<S>;
const lower = (s: string) => s.trim().toLocaleLowerCase();

function checkYear(
  q: QueryRunner,
  clusterId: number,
  year: number,
  issues: Issues,
  path: (string | number)[],
) {
  if (!yearInStrategy(strategyYears(q, clusterId), year)) issues.add(path, 'outsidePeriod');
}

// ---- Staff ---------------------------------------------------------------------------------

export function saveStaff(ctx: CallContext, input: Input<typeof saveStaffInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const own = new Set(
    q
      .all(builder.selectFrom('staff').select('id').where('cluster_id', '=', input.clusterId))
      .map((s) => s.id),
  );
  const issues = new Issues();
  input.rows.forEach((row, i) => {
    if (row.id !== null && !own.has(row.id)) issues.add(['rows', i, 'id'], 'unknownReference');
    if (row.endOn !== null && row.endOn < row.startOn) issues.add(['rows', i, 'endOn'], 'inconsistent');
  });
  input.remove.forEach((id, i) => {
    if (!own.has(id)) issues.add(['remove', i], 'unknownReference');
  });
  issues.throwIfAny();
  let created = 0;
  let updated = 0;
  for (const row of input.rows) {
    const values = {
      name: row.name.trim(),
      role: row.role,
      fte: row.fte,
      start_on: row.startOn,
      end_on: row.endOn,
    };
    if (row.id === null) {
      q.run(builder.insertInto('staff').values({ cluster_id: input.clusterId, ...values }));
      created++;
    } else {
      updated += q.run(builder.updateTable('staff').set(values).where('id', '=', row.id)).changes;
    }
  }
  for (const id of input.remove) q.run(builder.deleteFrom('staff').where('id', '=', id));
  return { created, updated, removed: input.remove.length };
}

// ---- Budget: funding sources and their income per year --------------------------------------

export function saveBudget(ctx: CallContext, input: Input<typeof saveBudgetInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const issues = new Issues();
  checkYear(q, input.clusterId, input.year, issues, ['year']);
  const sources = q.all(
    builder
      .selectFrom('funding_source')
      .select(['id', 'name', 'category'])
      .where('cluster_id', '=', input.clusterId),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  // The names every source will have after this save: a new or renamed source must not take one.
  const finalName = new Map(sources.map((s) => [s.id, lower(s.name)]));
  input.rows.forEach((row) => {
    if (row.sourceId !== null && byId.has(row.sourceId)) finalName.set(row.sourceId, lower(row.name));
  });
  const seenSources = new Set<number>();
  const newNames = new Set<string>();
  input.rows.forEach((row, i) => {
    const name = lower(row.name);
    if (row.sourceId === null) {
      if ([...finalName.values()].includes(name) || newNames.has(name))
        issues.add(['rows', i, 'name'], 'duplicate', { value: row.name });
      newNames.add(name);
      return;
    }
    if (!byId.has(row.sourceId)) {
      issues.add(['rows', i, 'sourceId'], 'unknownReference');
      return;
    }
    if (seenSources.has(row.sourceId)) issues.add(['rows', i, 'name'], 'duplicate', { value: row.name });
    seenSources.add(row.sourceId);
    if ([...finalName.entries()].some(([id, n]) => id !== row.sourceId && n === name) || newNames.has(name))
      issues.add(['rows', i, 'name'], 'duplicate', { value: row.name });
  });
  issues.throwIfAny();

  let lines = 0;
  let created = 0;
  for (const row of input.rows) {
    let sourceId = row.sourceId;
    if (sourceId === null) {
      // A new source, with its line when it has amounts (without: the source alone, to fill in later).
      sourceId = q.run(
        builder
          .insertInto('funding_source')
          .values({ cluster_id: input.clusterId, name: row.name, category: row.category }),
      ).lastInsertRowid;
      created++;
    } else {
      const old = byId.get(sourceId)!;
      if (old.name !== row.name || old.category !== row.category)
        q.run(
          builder
            .updateTable('funding_source')
            .set({ name: row.name, category: row.category })
            .where('id', '=', sourceId),
        );
    }
    const existing = q.get(
      builder
        .selectFrom('budget_line')
        .select(['id', 'planned_cents', 'actual_cents'])
        .where('funding_source_id', '=', sourceId)
        .where('year', '=', input.year),
    );
    if (row.plannedCents === null && row.actualCents === null) {
      if (existing) {
        q.run(builder.deleteFrom('budget_line').where('id', '=', existing.id));
        lines++;
      }
      continue;
    }
    const planned = row.plannedCents ?? 0;
    if (!existing) {
      q.run(
        builder.insertInto('budget_line').values({
          funding_source_id: sourceId,
          year: input.year,
          planned_cents: planned,
          actual_cents: row.actualCents,
        }),
      );
      lines++;
    } else if (existing.planned_cents !== planned || existing.actual_cents !== row.actualCents) {
      q.run(
        builder
          .updateTable('budget_line')
          .set({ planned_cents: planned, actual_cents: row.actualCents })
          .where('id', '=', existing.id),
      );
      lines++;
    }
  }
  return { sourcesCreated: created, linesChanged: lines };
}

// ---- Expenditure by category ----------------------------------------------------------------

export function saveExpenditure(ctx: CallContext, input: Input<typeof saveExpenditureInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const issues = new Issues();
  checkYear(q, input.clusterId, input.year, issues, ['year']);
  const seen = new Set<string>();
  input.rows.forEach((row, i) => {
    if (seen.has(row.category)) issues.add(['rows', i, 'category'], 'duplicate', { value: row.category });
    seen.add(row.category);
  });
  issues.throwIfAny();
  let changed = 0;
  for (const row of input.rows) {
    const existing = q.get(
      builder
        .selectFrom('expenditure_line')
        .selectAll()
        .where('cluster_id', '=', input.clusterId)
        .where('category', '=', row.category)
        .where('year', '=', input.year),
    );
    if (row.plannedCents === null && row.actualCents === null) {
      if (existing) {
        q.run(builder.deleteFrom('expenditure_line').where('id', '=', existing.id));
        changed++;
      }
      continue;
    }
    const values = {
      planned_cents: row.plannedCents ?? 0,
      actual_cents: row.actualCents,
      note: row.note.trim(),
    };
    if (!existing) {
      q.run(
        builder
          .insertInto('expenditure_line')
          .values({ cluster_id: input.clusterId, category: row.category, year: input.year, ...values }),
      );
      changed++;
    } else if (
      existing.planned_cents !== values.planned_cents ||
      existing.actual_cents !== values.actual_cents ||
      existing.note !== values.note
    ) {
      q.run(builder.updateTable('expenditure_line').set(values).where('id', '=', existing.id));
      changed++;
    }
  }
  return { changed };
}

// ---- The financing plan ---------------------------------------------------------------------

export function savePlan(ctx: CallContext, input: Input<typeof savePlanInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const ranges = strategyYears(q, input.clusterId);
  const issues = new Issues();
  const seen = new Set<number>();
  input.rows.forEach((row, i) => {
    if (!yearInStrategy(ranges, row.year)) issues.add(['rows', i, 'year'], 'outsidePeriod');
    if (seen.has(row.year)) issues.add(['rows', i, 'year'], 'duplicate', { value: row.year });
    seen.add(row.year);
  });
  issues.throwIfAny();
  let changed = 0;
  for (const row of input.rows) {
    const existing = q.get(
      builder
        .selectFrom('financing_plan')
        .select(['id', 'public_share_bp'])
        .where('cluster_id', '=', input.clusterId)
        .where('year', '=', row.year),
    );
    if (row.publicShareBp === null) {
      if (existing)
        changed += q.run(builder.deleteFrom('financing_plan').where('id', '=', existing.id)).changes;
    } else if (!existing) {
      q.run(
        builder
          .insertInto('financing_plan')
          .values({ cluster_id: input.clusterId, year: row.year, public_share_bp: row.publicShareBp }),
      );
      changed++;
    } else if (existing.public_share_bp !== row.publicShareBp) {
      q.run(
        builder
          .updateTable('financing_plan')
          .set({ public_share_bp: row.publicShareBp })
          .where('id', '=', existing.id),
      );
      changed++;
    }
  }
  return { changed };
}

// ---- The activity profile -------------------------------------------------------------------

export function saveActivity(ctx: CallContext, input: Input<typeof saveActivityInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const issues = new Issues();
  checkYear(q, input.clusterId, input.year, issues, ['year']);
  const fields = new Set(q.all(builder.selectFrom('field_of_action').select('id')).map((f) => f.id));
  const seen = new Set<number>();
  input.rows.forEach((row, i) => {
    if (!fields.has(row.fieldOfActionId)) issues.add(['rows', i, 'fieldOfActionId'], 'unknownReference');
    if (seen.has(row.fieldOfActionId)) issues.add(['rows', i, 'fieldOfActionId'], 'duplicate');
    seen.add(row.fieldOfActionId);
    if (row.plannedIntensity === null && row.actualIntensity !== null)
      issues.add(['rows', i, 'plannedIntensity'], 'required');
  });
  issues.throwIfAny();
  let changed = 0;
  for (const row of input.rows) {
    const existing = q.get(
      builder
        .selectFrom('activity_plan')
        .select(['id', 'planned_intensity', 'actual_intensity'])
        .where('cluster_id', '=', input.clusterId)
        .where('field_of_action_id', '=', row.fieldOfActionId)
        .where('year', '=', input.year),
    );
    if (row.plannedIntensity === null) {
      if (existing)
        changed += q.run(builder.deleteFrom('activity_plan').where('id', '=', existing.id)).changes;
    } else if (!existing) {
      q.run(
        builder.insertInto('activity_plan').values({
          cluster_id: input.clusterId,
          field_of_action_id: row.fieldOfActionId,
          year: input.year,
          planned_intensity: row.plannedIntensity,
          actual_intensity: row.actualIntensity,
        }),
      );
      changed++;
    } else if (
      existing.planned_intensity !== row.plannedIntensity ||
      existing.actual_intensity !== row.actualIntensity
    ) {
      q.run(
        builder
          .updateTable('activity_plan')
          .set({ planned_intensity: row.plannedIntensity, actual_intensity: row.actualIntensity })
          .where('id', '=', existing.id),
      );
      changed++;
    }
  }
  return { changed };
}

// ---- Benchmark sets -------------------------------------------------------------------------

function builtIn(q: QueryRunner, id: number): boolean {
  const set = q.get(builder.selectFrom('benchmark_set').select('key').where('id', '=', id));
  if (!set) throw new ApiFailure({ kind: 'notFound', entity: 'benchmarkSet', id });
  return set.key !== null;
}

export function saveBenchmark(ctx: CallContext, input: Input<typeof saveBenchmarkInput>) {
  const { q } = ctx;
  if (input.id !== null && builtIn(q, input.id))
    throw new ApiFailure({ kind: 'conflict', code: 'benchmarkBuiltIn' });
  const issues = new Issues();
  const clash = q.get(
    builder
      .selectFrom('benchmark_set')
      .select('id')
      .where('key', 'is', null)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', lower(input.name)))
      .where('id', '!=', input.id ?? 0),
  );
  if (clash) issues.add(['name'], 'duplicate', { value: input.name });
  const fields = new Set(q.all(builder.selectFrom('field_of_action').select('id')).map((f) => f.id));
  const seen = new Set<number>();
  input.values.forEach((v, i) => {
    if (!fields.has(v.fieldOfActionId)) issues.add(['values', i, 'fieldOfActionId'], 'unknownReference');
    if (seen.has(v.fieldOfActionId)) issues.add(['values', i, 'fieldOfActionId'], 'duplicate');
    seen.add(v.fieldOfActionId);
  });
  issues.throwIfAny();
  let id = input.id;
  if (id === null) {
    id = q.run(
      builder
        .insertInto('benchmark_set')
        .values({ name: input.name, source: input.source.trim(), indicative: 0 }),
    ).lastInsertRowid;
  } else {
    q.run(
      builder
        .updateTable('benchmark_set')
        .set({ name: input.name, source: input.source.trim() })
        .where('id', '=', id),
    );
  }
  writeBenchmarkValues(q, id, input.values);
  return { id };
}

/** Replaces a set's values, touching only the rows that change (a short audit trail). */
export function writeBenchmarkValues(
  q: QueryRunner,
  setId: number,
  values: readonly { fieldOfActionId: number; intensity: number }[],
): void {
  const stored = new Map(
    q
      .all(
        builder
          .selectFrom('benchmark_value')
          .select(['id', 'field_of_action_id', 'intensity'])
          .where('benchmark_set_id', '=', setId),
      )
      .map((v) => [v.field_of_action_id, v]),
  );
  const wanted = new Map(values.map((v) => [v.fieldOfActionId, v.intensity]));
  for (const [field, row] of stored)
    if (!wanted.has(field)) q.run(builder.deleteFrom('benchmark_value').where('id', '=', row.id));
  for (const [field, intensity] of wanted) {
    const row = stored.get(field);
    if (!row)
      q.run(
        builder
          .insertInto('benchmark_value')
          .values({ benchmark_set_id: setId, field_of_action_id: field, intensity }),
      );
    else if (row.intensity !== intensity)
      q.run(builder.updateTable('benchmark_value').set({ intensity }).where('id', '=', row.id));
  }
}

export function deleteBenchmark(ctx: CallContext, id: number) {
  if (builtIn(ctx.q, id)) throw new ApiFailure({ kind: 'conflict', code: 'benchmarkBuiltIn' });
  ctx.q.run(builder.deleteFrom('benchmark_set').where('id', '=', id));
  return { id };
}

export function chooseBenchmark(ctx: CallContext, input: Input<typeof chooseBenchmarkInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  if (input.benchmarkSetId !== null) builtIn(q, input.benchmarkSetId);
  const existing = q.get(
    builder
      .selectFrom('activity_benchmark_choice')
      .select(['id', 'benchmark_set_id'])
      .where('cluster_id', '=', input.clusterId),
  );
  if (input.benchmarkSetId === null) {
    if (existing) q.run(builder.deleteFrom('activity_benchmark_choice').where('id', '=', existing.id));
  } else if (!existing) {
    q.run(
      builder
        .insertInto('activity_benchmark_choice')
        .values({ cluster_id: input.clusterId, benchmark_set_id: input.benchmarkSetId }),
    );
  } else if (existing.benchmark_set_id !== input.benchmarkSetId) {
    q.run(
      builder
        .updateTable('activity_benchmark_choice')
        .set({ benchmark_set_id: input.benchmarkSetId })
        .where('id', '=', existing.id),
    );
  }
  return { benchmarkSetId: input.benchmarkSetId };
}

// ---- Label self-assessment ------------------------------------------------------------------

export interface LabelIndicatorValues {
  readonly area: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  readonly comparator: 'ge' | 'le' | 'yes';
  readonly threshold: number | null;
  readonly weight: number;
}

/** Threshold rules of an indicator row: yes/no has none, at least/at most need one. */
export function labelIndicatorIssue(row: Pick<LabelIndicatorValues, 'comparator' | 'threshold'>) {
  if (row.comparator === 'yes' && row.threshold !== null) return 'inconsistent' as const;
  if (row.comparator !== 'yes' && row.threshold === null) return 'required' as const;
  return null;
}

export function saveLabelIndicators(ctx: CallContext, input: Input<typeof saveLabelIndicatorsInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const stored = q.all(
    builder
      .selectFrom('label_indicator')
      .select(['id', 'title', 'sort_order'])
      .where('cluster_id', '=', input.clusterId),
  );
  const own = new Map(stored.map((s) => [s.id, s]));
  const issues = new Issues();
  const removed = new Set(input.remove);
  input.remove.forEach((id, i) => {
    if (!own.has(id)) issues.add(['remove', i], 'unknownReference');
  });
  // Titles after the save: unchanged rows keep theirs; every row of the input must be unique.
  const titles = new Map<string, number>();
  for (const s of stored) if (!removed.has(s.id)) titles.set(lower(s.title), s.id);
  for (const row of input.rows)
    if (row.id !== null) for (const [t, id] of titles) if (id === row.id) titles.delete(t);
  input.rows.forEach((row, i) => {
    if (row.id !== null && !own.has(row.id)) issues.add(['rows', i, 'id'], 'unknownReference');
    const thresholdIssue = labelIndicatorIssue(row);
    if (thresholdIssue) issues.add(['rows', i, 'threshold'], thresholdIssue);
    const key = lower(row.title);
    if (titles.has(key)) issues.add(['rows', i, 'title'], 'duplicate', { value: row.title });
    titles.set(key, row.id ?? -1 - i);
  });
  issues.throwIfAny();
  for (const id of input.remove) q.run(builder.deleteFrom('label_indicator').where('id', '=', id));
  // A title that moves to another row (a swap) would trip the UNIQUE on the way: such rows get
  // a placeholder title first.
  const updates = input.rows.filter((r) => r.id !== null);
  const current = new Map(stored.map((s) => [lower(s.title), s.id]));
  for (const row of updates) {
    const holder = current.get(lower(row.title));
    if (holder !== undefined && holder !== row.id)
      q.run(
        builder
          .updateTable('label_indicator')
          .set({ title: `#${holder}` })
          .where('id', '=', holder),
      );
  }
  let order = Math.max(0, ...stored.map((s) => s.sort_order));
  let created = 0;
  for (const row of input.rows) {
    const values = {
      area: row.area,
      code: row.code.trim(),
      title: row.title,
      description: row.description.trim(),
      unit: row.unit.trim(),
      comparator: row.comparator,
      threshold: row.threshold,
      weight: row.weight,
    };
    if (row.id === null) {
      q.run(
        builder
          .insertInto('label_indicator')
          .values({ cluster_id: input.clusterId, ...values, indicative: 0, sort_order: ++order }),
      );
      created++;
    } else {
      q.run(builder.updateTable('label_indicator').set(values).where('id', '=', row.id));
    }
  }
  return { created, updated: updates.length, removed: input.remove.length };
}

export function saveLabelAssessment(ctx: CallContext, input: Input<typeof saveLabelAssessmentInput>) {
  const { q } = ctx;
  clusterExists(q, input.clusterId);
  const issues = new Issues();
  if (input.id !== null) {
    const own = q.get(builder.selectFrom('label_assessment').select('cluster_id').where('id', '=', input.id));
    if (!own || own.cluster_id !== input.clusterId)
      throw new ApiFailure({ kind: 'notFound', entity: 'labelAssessment', id: input.id });
  }
  const sameDay = q.get(
    builder
      .selectFrom('label_assessment')
      .select('id')
      .where('cluster_id', '=', input.clusterId)
      .where('assessed_on', '=', input.assessedOn)
      .where('id', '!=', input.id ?? 0),
  );
  if (sameDay) issues.add(['assessedOn'], 'duplicate', { value: input.assessedOn });
  const indicators = new Map(
    q
      .all(
        builder
          .selectFrom('label_indicator')
          .select(['id', 'comparator'])
          .where('cluster_id', '=', input.clusterId),
      )
      .map((i) => [i.id, i.comparator]),
  );
  const seen = new Set<number>();
  input.results.forEach((r, i) => {
    const comparator = indicators.get(r.labelIndicatorId);
    if (comparator === undefined) issues.add(['results', i, 'labelIndicatorId'], 'unknownReference');
    if (seen.has(r.labelIndicatorId)) issues.add(['results', i, 'labelIndicatorId'], 'duplicate');
    seen.add(r.labelIndicatorId);
    if (comparator === 'yes' && r.value !== null && r.value !== 0 && r.value !== 1)
      issues.add(['results', i, 'value'], 'invalidValue');
  });
  issues.throwIfAny();
  const now = ctx.now();
  let id = input.id;
  const values = {
    assessed_on: input.assessedOn,
    title: input.title,
    note: input.note.trim(),
    updated_at: now,
  };
  if (id === null) {
    id = q.run(
      builder
        .insertInto('label_assessment')
        .values({ cluster_id: input.clusterId, ...values, created_at: now }),
    ).lastInsertRowid;
  } else {
    q.run(builder.updateTable('label_assessment').set(values).where('id', '=', id));
  }
  const stored = new Map(
    q
      .all(
        builder
          .selectFrom('label_result')
          .select(['id', 'label_indicator_id', 'value', 'evidence'])
          .where('label_assessment_id', '=', id),
      )
      .map((r) => [r.label_indicator_id, r]),
  );
  const kept = new Set<number>();
  for (const r of input.results) {
    const evidence = r.evidence.trim();
    if (r.value === null && evidence === '') continue;
    kept.add(r.labelIndicatorId);
    const row = stored.get(r.labelIndicatorId);
    if (!row)
      q.run(
        builder.insertInto('label_result').values({
          label_assessment_id: id,
          label_indicator_id: r.labelIndicatorId,
          value: r.value,
          evidence,
        }),
      );
    else if (row.value !== r.value || row.evidence !== evidence)
      q.run(builder.updateTable('label_result').set({ value: r.value, evidence }).where('id', '=', row.id));
  }
  for (const [indicatorId, row] of stored)
    if (!kept.has(indicatorId)) q.run(builder.deleteFrom('label_result').where('id', '=', row.id));
  return { id };
}

export function deleteLabelAssessment(ctx: CallContext, id: number) {
  const { changes } = ctx.q.run(builder.deleteFrom('label_assessment').where('id', '=', id));
  if (changes === 0) throw new ApiFailure({ kind: 'notFound', entity: 'labelAssessment', id });
  return { id };
}
