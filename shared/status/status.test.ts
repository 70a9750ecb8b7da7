import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actualValue,
  breakPointStatus,
  type IndicatorData,
  indicatorStatus,
  type Measurement,
  plannedValue,
  type RuleNode,
  rollUp,
  type StatusIndicator,
  trend,
} from './status.ts';

const indicator = (patch: Partial<StatusIndicator> = {}): StatusIndicator => ({
  direction: 'increase',
  aggregation: 'periodic',
  frequency: 'quarterly',
  toleranceAtRisk: 0.05,
  toleranceOffTrack: 0.15,
  bandLow: null,
  bandHigh: null,
  baselineDate: '2025-12-31',
  baselineValue: 100,
  targets: [
    { date: '2026-12-31', value: 200 },
    { date: '2027-12-31', value: 300 },
  ],
  ...patch,
});
const m = (date: string, value: number): Measurement => ({ date, value });

describe('planned trajectory', () => {
  it.each([
    ['2025-06-30', null],
    ['2025-12-31', 100],
    ['2026-07-02', 150.14],
    ['2026-12-31', 200],
    ['2027-07-02', 250.14],
    ['2030-01-01', 300],
  ])('%s → %s', (date, expected) => {
    const value = plannedValue(indicator(), date);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 1);
  });

  it('has no plan without baseline and targets', () => {
    expect(
      plannedValue(indicator({ baselineDate: null, baselineValue: null, targets: [] }), '2026-06-30'),
    ).toBeNull();
  });
});

describe('actual value', () => {
  const measurements = [m('2026-03-31', 10), m('2026-06-30', 5), m('2026-09-30', 7)];
  it.each([
    ['periodic: the latest value', 'periodic', '2026-08-01', 5],
    ['cumulative: baseline plus the sum so far', 'cumulative', '2026-08-01', 115],
    ['cumulative at the end', 'cumulative', '2026-12-31', 122],
    ['nothing before the first measurement', 'periodic', '2026-01-01', null],
  ] as const)('%s', (_name, aggregation, date, expected) => {
    expect(actualValue(indicator({ aggregation }), measurements, date)).toBe(expected);
  });
});

describe('indicator status', () => {
  it.each([
    ['on plan', indicator(), [m('2026-12-31', 200)], '2027-01-15', 'on_track'],
    ['ahead of plan', indicator(), [m('2026-12-31', 260)], '2027-01-15', 'on_track'],
    ['4 % behind', indicator(), [m('2026-12-31', 192)], '2027-01-15', 'on_track'],
    ['10 % behind', indicator(), [m('2026-12-31', 180)], '2027-01-15', 'at_risk'],
    ['20 % behind', indicator(), [m('2026-12-31', 160)], '2027-01-15', 'off_track'],
    [
      'decrease: 10 % above plan',
      indicator({ direction: 'decrease', baselineValue: 300, targets: [{ date: '2026-12-31', value: 200 }] }),
      [m('2026-12-31', 220)],
      '2027-01-15',
      'at_risk',
    ],
    [
      'decrease: below plan',
      indicator({ direction: 'decrease', baselineValue: 300, targets: [{ date: '2026-12-31', value: 200 }] }),
      [m('2026-12-31', 150)],
      '2027-01-15',
      'on_track',
    ],
    [
      'band: inside',
      indicator({ direction: 'band', bandLow: 10, bandHigh: 20 }),
      [m('2026-12-31', 15)],
      '2027-01-15',
      'on_track',
    ],
    [
      'band: just outside',
      indicator({ direction: 'band', bandLow: 10, bandHigh: 20 }),
      [m('2026-12-31', 20.4)],
      '2027-01-15',
      'at_risk',
    ],
    [
      'band: far outside',
      indicator({ direction: 'band', bandLow: 10, bandHigh: 20 }),
      [m('2026-12-31', 30)],
      '2027-01-15',
      'off_track',
    ],
    [
      'cumulative on plan',
      indicator({ aggregation: 'cumulative' }),
      [m('2026-06-30', 50), m('2026-12-31', 50)],
      '2027-01-15',
      'on_track',
    ],
    [
      'cumulative behind',
      indicator({ aggregation: 'cumulative' }),
      [m('2026-06-30', 30), m('2026-12-31', 30)],
      '2027-01-15',
      'off_track',
    ],
    ['no measurement', indicator(), [], '2027-01-15', 'no_data'],
    [
      'stale: quarterly data older than a quarter and 30 days',
      indicator(),
      [m('2026-06-30', 150)],
      '2026-11-01',
      'stale',
    ],
    ['not yet stale within the grace period', indicator(), [m('2026-06-30', 150)], '2026-10-15', 'on_track'],
  ] as const)('%s', (_name, ind, measurements, date, expected) => {
    expect(indicatorStatus(ind, measurements, date).status).toBe(expected);
  });

  it('compares at the date of the latest measurement, and says so', () => {
    const state = indicatorStatus(indicator(), [m('2026-06-30', 140)], '2026-07-15');
    expect(state).toMatchObject({ actual: 140, lastMeasurement: '2026-06-30' });
    expect(state.planned).toBeCloseTo(149.6, 1);
  });

  it('never changes when all values are scaled by a positive factor (with baseline, targets and band)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('increase', 'decrease', 'band'),
        fc.constantFrom('periodic', 'cumulative'),
        (factor, values, direction, aggregation) => {
          const base = indicator({
            direction,
            aggregation,
            bandLow: direction === 'band' ? 90 : null,
            bandHigh: direction === 'band' ? 210 : null,
          });
          const scaled: StatusIndicator = {
            ...base,
            baselineValue: base.baselineValue! * factor,
            bandLow: base.bandLow === null ? null : base.bandLow * factor,
            bandHigh: base.bandHigh === null ? null : base.bandHigh * factor,
            targets: base.targets.map((t) => ({ ...t, value: t.value * factor })),
          };
          const dates = ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31', '2027-06-30'];
          const series = values.map((v, i) => m(dates[i]!, v));
          const scaledSeries = values.map((v, i) => m(dates[i]!, v * factor));
          const at = '2027-07-10';
          expect(indicatorStatus(scaled, scaledSeries, at).status).toBe(
            indicatorStatus(base, series, at).status,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('trend', () => {
  it('projects a straight line exactly, stating method and window', () => {
    const series = [m('2026-01-01', 10), m('2026-01-11', 20), m('2026-01-21', 30)];
    const result = trend(indicator({ aggregation: 'periodic' }), series, '2026-01-25', '2026-01-31')!;
    expect(result.value).toBeCloseTo(40, 6);
    expect(result.method).toEqual({ kind: 'leastSquares', window: 3, from: '2026-01-01', to: '2026-01-21' });
  });

  it('uses only the latest eight measurements, and needs two', () => {
    const series = Array.from({ length: 12 }, (_, i) =>
      m(`2025-${String(i + 1).padStart(2, '0')}-28`, i < 4 ? 1000 : i),
    );
    expect(trend(indicator(), series, '2026-01-01', '2025-12-28')!.method.window).toBe(8);
    expect(trend(indicator(), series, '2026-01-01', '2025-12-28')!.value).toBeCloseTo(11, 0);
    expect(trend(indicator(), [m('2026-01-31', 1)], '2026-02-01', '2026-12-31')).toBeNull();
  });
});

describe('break-point status', () => {
  const members = indicator({ aggregation: 'periodic', frequency: 'monthly' });
  const rule: RuleNode[] = [
    { id: 1, parentId: null, node: 'compare', indicatorId: 7, comparator: 'ge', threshold: 60 },
  ];
  const data = (measurements: Measurement[]) =>
    new Map<number, IndicatorData>([[7, { indicator: members, measurements }]]);
  const bp = { kind: 'rule' as const, checkDate: '2026-12-31' };

  it.each([
    [
      'qualitative criteria need an assessment',
      { kind: 'qualitative' as const, checkDate: '2026-12-31' },
      [],
      '2026-06-30',
      'needs_assessment',
    ],
    ['before the check date without data', bp, [], '2026-06-30', 'not_yet_due'],
    ['reached before the check date', bp, [m('2026-03-31', 50), m('2026-05-31', 61)], '2026-06-30', 'met'],
    [
      'projected to reach it',
      bp,
      [m('2026-03-31', 40), m('2026-04-30', 44), m('2026-05-31', 48)],
      '2026-06-15',
      'on_course',
    ],
    [
      'projected to miss it',
      bp,
      [m('2026-03-31', 40), m('2026-04-30', 41), m('2026-05-31', 42)],
      '2026-06-15',
      'at_risk',
    ],
    ['missed at the check date', bp, [m('2026-11-30', 50)], '2027-01-15', 'missed'],
    ['missed for lack of evidence', bp, [], '2027-01-15', 'missed_no_evidence'],
    [
      'data after the check date does not count',
      bp,
      [m('2027-01-31', 70)],
      '2027-02-15',
      'missed_no_evidence',
    ],
  ] as const)('%s', (_name, breakPoint, measurements, date, expected) => {
    expect(breakPointStatus(breakPoint, rule, data([...measurements]), date)).toBe(expected);
  });

  it('combines comparisons with AND and OR', () => {
    const tree: RuleNode[] = [
      { id: 1, parentId: null, node: 'any', indicatorId: null, comparator: null, threshold: null },
      { id: 2, parentId: 1, node: 'compare', indicatorId: 7, comparator: 'ge', threshold: 60 },
      { id: 3, parentId: 1, node: 'compare', indicatorId: 8, comparator: 'ge', threshold: 5 },
    ];
    const both = new Map<number, IndicatorData>([
      [7, { indicator: members, measurements: [m('2026-05-31', 50)] }],
      [8, { indicator: members, measurements: [m('2026-05-31', 6)] }],
    ]);
    expect(breakPointStatus(bp, tree, both, '2026-06-30')).toBe('met');
    const all = tree.map((n) => (n.id === 1 ? { ...n, node: 'all' as const } : n));
    expect(breakPointStatus(bp, all, both, '2027-01-15')).toBe('missed');
  });

  it('stays met for every later date once met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), (days) => {
        const later = new Date(Date.UTC(2026, 5, 1) + days * 86_400_000).toISOString().slice(0, 10);
        expect(breakPointStatus(bp, rule, data([m('2026-05-31', 61)]), later)).toBe('met');
      }),
    );
  });
});

describe('roll-up', () => {
  it.each([
    [['on_track', 'on_track'], 'on_track'],
    [['on_track', 'at_risk'], 'at_risk'],
    [['at_risk', 'off_track', 'on_track'], 'off_track'],
    [['on_track', 'stale'], 'stale'],
    [['no_data', 'on_track'], 'on_track'],
    [['no_data'], 'no_data'],
    [[], 'no_data'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(rollUp(statuses)).toBe(expected);
  });
});
