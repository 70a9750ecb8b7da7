// The ESCA/EUCLES cluster-management label self-assessment. The official indicator list is not
// public, so the user keeps the indicators (per area, with a threshold and a weight) and records
// assessments: a value and the evidence per indicator at a date. Scoring:
// - An indicator is met when its value is at least (ge) or at most (le) its threshold; a yes/no
//   criterion when its value is 1 (yes). Without a value it is not met (no evidence, no points).
// - The excellence score is the weight of all indicators; an assessment scores the weight of
//   those it meets, as a share of it (basis points).
// - Gold rule: a Gold label needs at least 80 % of the excellence score.
// - Between assessments: the score's change and the indicators newly met or no longer met (a
//   Silver label asks for improvement shown in a second benchmarking).
import type { LabelArea, LabelAssessment, LabelIndicator } from '../contract/resources.ts';
import { labelAreas } from '../contract/resources.ts';

export const GOLD_SHARE_BP = 8000;

type Indicator = Pick<LabelIndicator, 'id' | 'area' | 'comparator' | 'threshold' | 'weight'>;

/** Whether `value` meets the indicator; null when there is no value. */
export function indicatorMet(
  indicator: Pick<Indicator, 'comparator' | 'threshold'>,
  value: number | null,
): boolean | null {
  if (value === null) return null;
  switch (indicator.comparator) {
    case 'yes':
      return value === 1;
    case 'ge':
      return indicator.threshold !== null && value >= indicator.threshold;
    case 'le':
      return indicator.threshold !== null && value <= indicator.threshold;
  }
}

export interface ScoredItem {
  readonly labelIndicatorId: number;
  readonly value: number | null;
  readonly met: boolean | null;
  readonly hasEvidence: boolean;
}

export interface AreaScore {
  readonly area: LabelArea;
  readonly indicators: number;
  readonly met: number;
  readonly assessed: number;
  /** Share of the area's weight met; null for an area without indicators. */
  readonly scoreBp: number | null;
}

export interface AssessmentScore {
  readonly assessmentId: number;
  readonly assessedOn: string;
  /** Share of the excellence score met, in basis points (0 without indicators). */
  readonly scoreBp: number;
  readonly metWeight: number;
  readonly totalWeight: number;
  readonly indicators: number;
  readonly met: number;
  /** Indicators with a value. */
  readonly assessed: number;
  /** Met indicators without evidence (the benchmarking interview asks for it). */
  readonly metWithoutEvidence: number;
  readonly goldReady: boolean;
  /** The weight still to meet for the Gold rule (0 when ready). */
  readonly weightToGold: number;
  readonly byArea: readonly AreaScore[];
  readonly items: readonly ScoredItem[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores one assessment against the current indicator list. */
export function scoreAssessment(
  indicators: readonly Indicator[],
  assessment: Pick<LabelAssessment, 'id' | 'assessedOn' | 'results'>,
): AssessmentScore {
  const results = new Map(assessment.results.map((r) => [r.labelIndicatorId, r]));
  let metWeight = 0;
  let totalWeight = 0;
  const areas = new Map<
    LabelArea,
    { indicators: number; met: number; assessed: number; w: number; mw: number }
  >();
  const items = indicators.map((indicator): ScoredItem => {
    const result = results.get(indicator.id);
    const value = result?.value ?? null;
    const met = indicatorMet(indicator, value);
    totalWeight += indicator.weight;
    if (met) metWeight += indicator.weight;
    const area = areas.get(indicator.area) ?? { indicators: 0, met: 0, assessed: 0, w: 0, mw: 0 };
    area.indicators++;
    area.w += indicator.weight;
    if (value !== null) area.assessed++;
    if (met) {
      area.met++;
      area.mw += indicator.weight;
    }
    areas.set(indicator.area, area);
    return {
      labelIndicatorId: indicator.id,
      value,
      met,
      hasEvidence: (result?.evidence.trim() ?? '') !== '',
    };
  });
  const scoreBp = totalWeight > 0 ? Math.round((metWeight * 10_000) / totalWeight) : 0;
  const goldReady = totalWeight > 0 && metWeight * 10_000 >= GOLD_SHARE_BP * totalWeight;
  return {
    assessmentId: assessment.id,
    assessedOn: assessment.assessedOn,
    scoreBp,
    metWeight: round(metWeight),
    totalWeight: round(totalWeight),
    indicators: indicators.length,
    met: items.filter((i) => i.met).length,
    assessed: items.filter((i) => i.value !== null).length,
    metWithoutEvidence: items.filter((i) => i.met && !i.hasEvidence).length,
    goldReady,
    weightToGold: goldReady ? 0 : round((GOLD_SHARE_BP * totalWeight) / 10_000 - metWeight),
    byArea: labelAreas.map((area) => {
      const a = areas.get(area);
      return {
        area,
        indicators: a?.indicators ?? 0,
        met: a?.met ?? 0,
        assessed: a?.assessed ?? 0,
        scoreBp: a && a.w > 0 ? Math.round((a.mw * 10_000) / a.w) : null,
      };
    }),
    items,
  };
}

export interface AssessmentChange {
  readonly labelIndicatorId: number;
  readonly before: boolean | null;
  readonly after: boolean | null;
}

export interface AssessmentHistory {
  /** Every assessment scored against the current list, oldest first. */
  readonly scores: readonly AssessmentScore[];
  /** The latest score minus the one before, in basis points; null with fewer than two. */
  readonly changeBp: number | null;
  /** Indicators whose result differs between the last two assessments. */
  readonly changes: readonly AssessmentChange[];
  /** The latest assessment scores higher than the one before. */
  readonly improved: boolean;
}

/** All assessments of a cluster, scored and compared (the latest with the one before). */
export function assessmentHistory(
  indicators: readonly Indicator[],
  assessments: readonly Pick<LabelAssessment, 'id' | 'assessedOn' | 'results'>[],
): AssessmentHistory {
  const scores = [...assessments]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id - b.id)
    .map((a) => scoreAssessment(indicators, a));
  const last = scores.at(-1);
  const before = scores.at(-2);
  if (!last || !before) return { scores, changeBp: null, changes: [], improved: false };
  const earlier = new Map(before.items.map((i) => [i.labelIndicatorId, i.met]));
  const changes = last.items
    .filter((i) => (earlier.get(i.labelIndicatorId) ?? null) !== i.met)
    .map((i) => ({
      labelIndicatorId: i.labelIndicatorId,
      before: earlier.get(i.labelIndicatorId) ?? null,
      after: i.met,
    }));
  return {
    scores,
    changeBp: last.scoreBp - before.scoreBp,
    changes,
    improved: last.scoreBp > before.scoreBp,
  };
}
