import { describe, expect, it } from 'vitest';
import type { LabelAssessment, LabelIndicator } from '../contract/resources.ts';
import { assessmentHistory, indicatorMet, scoreAssessment } from './labels.ts';

const indicator = (id: number, patch: Partial<LabelIndicator> = {}): LabelIndicator => ({
  id,
  area: 'structure',
  code: '',
  title: `I${id}`,
  description: '',
  unit: '',
  comparator: 'ge',
  threshold: 10,
  weight: 1,
  indicative: false,
  sortOrder: id,
  ...patch,
});
const assessment = (
  id: number,
  assessedOn: string,
  values: Record<number, number | null>,
  evidence = 'Protokoll',
): LabelAssessment => ({
  id,
  assessedOn,
  title: `A${id}`,
  note: '',
  results: Object.entries(values).map(([labelIndicatorId, value]) => ({
    labelIndicatorId: Number(labelIndicatorId),
    value,
    evidence,
  })),
});

describe('an indicator is met', () => {
  it.each([
    ['ge', 10, 10, true],
    ['ge', 10, 9.99, false],
    ['le', 10, 10, true],
    ['le', 10, 10.5, false],
    ['yes', null, 1, true],
    ['yes', null, 0, false],
    ['ge', 10, null, null],
  ] as const)('%s %s with %s: %s', (comparator, threshold, value, met) => {
    expect(indicatorMet({ comparator, threshold }, value)).toBe(met);
  });
});

describe('the Gold rule: at least 80 % of the excellence score', () => {
  const ten = Array.from({ length: 10 }, (_, i) => indicator(i + 1));
  const meeting = (n: number) => Object.fromEntries(ten.map((ind, i) => [ind.id, i < n ? 12 : 5]));
  it.each([
    [10, 10_000, true, 0],
    [8, 8000, true, 0],
    [7, 7000, false, 1],
    [0, 0, false, 8],
  ])('%d of 10 met: score %d bp, Gold ready %s, weight to Gold %d', (n, score, gold, toGold) => {
    const result = scoreAssessment(ten, assessment(1, '2026-01-01', meeting(n)));
    expect([result.scoreBp, result.goldReady, result.weightToGold]).toEqual([score, gold, toGold]);
  });

  it('weights count: one heavy indicator outweighs several light ones', () => {
    const indicators = [indicator(1, { weight: 4 }), indicator(2), indicator(3)];
    const result = scoreAssessment(indicators, assessment(1, '2026-01-01', { 1: 20, 2: 0, 3: 0 }));
    expect([result.scoreBp, result.goldReady]).toEqual([6667, false]);
    const gold = scoreAssessment(indicators, assessment(1, '2026-01-01', { 1: 20, 2: 20, 3: 0 }));
    expect([gold.scoreBp, gold.goldReady]).toEqual([8333, true]);
  });

  it('an indicator without a value is not met, and counts as not assessed', () => {
    const result = scoreAssessment([indicator(1), indicator(2)], assessment(1, '2026-01-01', { 1: 12 }));
    expect([result.met, result.assessed, result.scoreBp]).toEqual([1, 1, 5000]);
  });

  it('counts met indicators without evidence', () => {
    const result = scoreAssessment([indicator(1)], assessment(1, '2026-01-01', { 1: 12 }, ' '));
    expect(result.metWithoutEvidence).toBe(1);
  });

  it('scores each of the five areas', () => {
    const indicators = [
      indicator(1, { area: 'structure' }),
      indicator(2, { area: 'financing', comparator: 'yes', threshold: null }),
      indicator(3, { area: 'financing' }),
    ];
    const result = scoreAssessment(indicators, assessment(1, '2026-01-01', { 1: 12, 2: 1, 3: 3 }));
    expect(result.byArea.map((a) => [a.area, a.indicators, a.met, a.scoreBp])).toEqual([
      ['structure', 1, 1, 10_000],
      ['management', 0, 0, null],
      ['financing', 2, 1, 5000],
      ['strategy_services', 0, 0, null],
      ['achievements', 0, 0, null],
    ]);
  });

  it('without indicators the score is 0 and not Gold', () => {
    expect(scoreAssessment([], assessment(1, '2026-01-01', {}))).toMatchObject({
      scoreBp: 0,
      goldReady: false,
    });
  });
});

describe('results between assessments', () => {
  const indicators = [indicator(1), indicator(2), indicator(3)];
  it('orders by date and compares the latest with the one before', () => {
    const history = assessmentHistory(indicators, [
      assessment(2, '2026-01-15', { 1: 12, 2: 12, 3: 1 }),
      assessment(1, '2024-01-15', { 1: 12, 2: 1, 3: 12 }),
      assessment(3, '2025-01-15', { 1: 12, 2: 1, 3: 1 }),
    ]);
    expect(history.scores.map((s) => [s.assessedOn, s.scoreBp])).toEqual([
      ['2024-01-15', 6667],
      ['2025-01-15', 3333],
      ['2026-01-15', 6667],
    ]);
    expect(history.changeBp).toBe(3334);
    expect(history.improved).toBe(true);
    expect(history.changes).toEqual([{ labelIndicatorId: 2, before: false, after: true }]);
  });

  it.each([
    [[], null],
    [[assessment(1, '2026-01-01', { 1: 12 })], null],
  ])('fewer than two assessments: no change (%#)', (assessments, change) => {
    const history = assessmentHistory(indicators, assessments);
    expect([history.changeBp, history.improved, history.changes]).toEqual([change, false, []]);
  });
});
