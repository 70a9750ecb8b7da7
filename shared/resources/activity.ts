// The activity profile: planned and actual intensity per field of action and year on the
// survey's scale (1 = not at all, 2 = rarely, 3 = periodically, 4 = regularly, 5 = daily), the
// actual intensity suggested from the events log, and the comparison with a benchmark set.
//
// Suggestion from the events log (events per year in the field, annualised for the running
// year once a quarter of it has passed): 1–3 → 2 (rarely), 4–11 → 3 (periodically, up to
// monthly), 12–47 → 4 (regularly, monthly to weekly), 48 or more → 5 (about weekly or more:
// daily business). Events measure only part of the work in a field (cooperation promotion or
// lobbying happen mostly outside events), so a field without events gets no suggestion rather
// than "not at all"; the manager accepts or overrides what is suggested.
import type {
  ActivityFact,
  BenchmarkKey,
  BenchmarkSet,
  EventFact,
  FieldOfActionFact,
} from '../contract/resources.ts';

export const intensityLevels = [1, 2, 3, 4, 5] as const;

/** The lowest yearly event count for intensities 2, 3, 4 and 5. */
export const eventThresholds = [1, 4, 12, 48] as const;

export function intensityForEvents(eventsPerYear: number): number {
  let level = 1;
  for (const threshold of eventThresholds) if (eventsPerYear >= threshold) level++;
  return level;
}

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export interface IntensitySuggestion {
  readonly fieldOfActionId: number;
  /** Events of the field in the year up to the date. */
  readonly events: number;
  /** Events per year: the count, extrapolated to the whole year for the running year. */
  readonly perYear: number;
  readonly suggested: number;
}

/**
 * Suggested actual intensities for `year` from the events log, as of `asOf`: one per field with
 * events in the year (up to `asOf`). Empty when less than a quarter of the year has passed.
 */
export function suggestIntensities(
  events: readonly EventFact[],
  fieldIds: readonly number[],
  year: number,
  asOf: string,
): IntensitySuggestion[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (asOf < first) return [];
  const until = asOf < last ? asOf : last;
  const elapsed = dayNumber(until) - dayNumber(first) + 1;
  const length = dayNumber(last) - dayNumber(first) + 1;
  if (elapsed * 4 < length) return [];
  const counts = new Map<number, number>();
  for (const e of events) {
    if (e.date < first || e.date > until || e.fieldOfActionId === null) continue;
    counts.set(e.fieldOfActionId, (counts.get(e.fieldOfActionId) ?? 0) + 1);
  }
  return fieldIds.flatMap((id) => {
    const n = counts.get(id) ?? 0;
    if (n === 0) return [];
    const perYear = Math.round(((n * length) / elapsed) * 10) / 10;
    return [{ fieldOfActionId: id, events: n, perYear, suggested: intensityForEvents(perYear) }];
  });
}

/** The built-in set compared with by default: the cluster's sector group where the survey tells it apart. */
export function defaultBenchmarkKey(sectorGroup: string | null): BenchmarkKey {
  if (sectorGroup === 'ict') return 'survey_ict';
  if (sectorGroup === 'mature') return 'survey_mature';
  return 'survey_all';
}

/** The set a cluster compares with: its choice, else the default for its sector group. */
export function chosenBenchmark(
  sets: readonly BenchmarkSet[],
  choice: number | null,
  sectorGroup: string | null,
): BenchmarkSet | null {
  const chosen = choice === null ? undefined : sets.find((s) => s.id === choice);
  if (chosen) return chosen;
  const key = defaultBenchmarkKey(sectorGroup);
  return sets.find((s) => s.key === key) ?? null;
}

export interface ProfileRow {
  readonly fieldOfActionId: number;
  readonly planned: number | null;
  readonly actual: number | null;
  readonly benchmark: number | null;
  readonly suggested: number | null;
  /** Actual minus planned. */
  readonly actualVsPlan: number | null;
  /** Actual (else planned) minus the benchmark. */
  readonly vsBenchmark: number | null;
}

export interface ActivityProfile {
  readonly year: number;
  /** One row per field of action, in catalogue order. */
  readonly rows: readonly ProfileRow[];
  /** Fields whose actual intensity is at least one level below plan. */
  readonly belowPlan: readonly number[];
  /** Fields at least one level below the benchmark. */
  readonly belowBenchmark: readonly number[];
  readonly means: {
    readonly planned: number | null;
    readonly actual: number | null;
    readonly benchmark: number | null;
  };
}

export interface ProfileInput {
  readonly fields: readonly FieldOfActionFact[];
  readonly plan: readonly Pick<
    ActivityFact,
    'fieldOfActionId' | 'year' | 'plannedIntensity' | 'actualIntensity'
  >[];
  readonly year: number;
  readonly benchmark?: Pick<BenchmarkSet, 'values'> | null;
  readonly events?: readonly EventFact[];
  /** The date the suggestions are computed at (default: the end of the year). */
  readonly asOf?: string;
}

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100 : null;
};

/** The profile of one year against plan, suggestions and benchmark. */
export function activityProfile(input: ProfileInput): ActivityProfile {
  const fields = [...input.fields].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const planned = new Map(
    input.plan.filter((p) => p.year === input.year).map((p) => [p.fieldOfActionId, p] as const),
  );
  const benchmark = new Map((input.benchmark?.values ?? []).map((v) => [v.fieldOfActionId, v.intensity]));
  const suggestions = new Map(
    suggestIntensities(
      input.events ?? [],
      fields.map((f) => f.id),
      input.year,
      input.asOf ?? `${input.year}-12-31`,
    ).map((s) => [s.fieldOfActionId, s.suggested]),
  );
  const rows = fields.map((f): ProfileRow => {
    const p = planned.get(f.id);
    const plannedIntensity = p?.plannedIntensity ?? null;
    const actual = p?.actualIntensity ?? null;
    const bench = benchmark.get(f.id) ?? null;
    const reference = actual ?? plannedIntensity;
    return {
      fieldOfActionId: f.id,
      planned: plannedIntensity,
      actual,
      benchmark: bench,
      suggested: suggestions.get(f.id) ?? null,
      actualVsPlan: actual !== null && plannedIntensity !== null ? actual - plannedIntensity : null,
      vsBenchmark: reference !== null && bench !== null ? Math.round((reference - bench) * 10) / 10 : null,
    };
  });
  return {
    year: input.year,
    rows,
    belowPlan: rows
      .filter((r) => r.actualVsPlan !== null && r.actualVsPlan <= -1)
      .map((r) => r.fieldOfActionId),
    belowBenchmark: rows
      .filter((r) => r.vsBenchmark !== null && r.vsBenchmark <= -1)
      .map((r) => r.fieldOfActionId),
    means: {
      planned: mean(rows.map((r) => r.planned)),
      actual: mean(rows.map((r) => r.actual)),
      benchmark: mean(rows.map((r) => r.benchmark)),
    },
  };
}

/** Years that have an activity plan, oldest first. */
export function activityYears(plan: readonly Pick<ActivityFact, 'year'>[]): number[] {
  return [...new Set(plan.map((p) => p.year))].sort((a, b) => a - b);
}
