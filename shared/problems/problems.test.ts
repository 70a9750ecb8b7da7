import { describe, expect, it } from 'vitest';
import type { Cluster, ProblemFacts } from '../contract/schemas.ts';
import { computeProblems, countBySeverity, periodEnd, type WorkspaceFacts } from './problems.ts';

const cluster = (id: number, name: string): Cluster => ({
  id,
  name,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

type Indicator = ProblemFacts['indicators'][number];
const indicator = (patch: Partial<Indicator> = {}): Indicator => ({
  id: 1,
  clusterId: 1,
  name: 'Mitglieder',
  direction: 'increase',
  frequency: 'monthly',
  baselineDate: '2025-12-31',
  baselineValue: 40,
  bandLow: null,
  bandHigh: null,
  owner: 'Anna',
  derived: null,
  targets: [{ date: '2027-12-31', value: 60 }],
  lastMeasurement: '2026-05-31',
  ...patch,
});

/** A complete, problem-free strategy; each case changes one thing. */
function facts(patch: Partial<ProblemFacts> = {}): WorkspaceFacts {
  return {
    clusters: [cluster(1, 'C')],
    clustersWithStrategy: new Set([1]),
    today: '2026-06-15',
    strategies: [
      {
        id: 1,
        clusterId: 1,
        title: 'S',
        periodStart: '2026-01-01',
        periodEnd: '2030-12-31',
        endorsements: 3,
      },
    ],
    goals: [
      { id: 1, strategyId: 1, parentId: null, title: 'Ziel', indicatorIds: [] },
      { id: 2, strategyId: 1, parentId: 1, title: 'Teilziel', indicatorIds: [1] },
    ],
    indicators: [indicator()],
    breakPoints: [
      {
        id: 1,
        strategyId: 1,
        title: 'BP',
        kind: 'rule',
        checkDate: '2028-12-31',
        consequence: 'wind_down',
        indicatorIds: [1],
        status: 'on_course',
        assessed: false,
      },
    ],
    milestones: [
      { id: 1, strategyId: 1, title: 'M1', dueDate: '2026-09-01', status: 'planned', dependsOn: [] },
      { id: 2, strategyId: 1, title: 'M2', dueDate: '2026-12-01', status: 'planned', dependsOn: [1] },
    ],
    ...patch,
  };
}

const ids = (f: WorkspaceFacts) => computeProblems(f).map((p) => p.id);

describe('problem rules', () => {
  it('finds nothing in a complete strategy', () => {
    expect(ids(facts())).toEqual([]);
  });

  it.each([
    ['empty workspace', { clusters: [], clustersWithStrategy: new Set<number>() }, ['workspace-empty']],
    [
      'cluster without strategy',
      { clusters: [cluster(1, 'C'), cluster(2, 'D')] },
      ['cluster-without-strategy:2'],
    ],
  ] as const)('%s', (_name, patch, expected) => {
    expect(ids({ ...facts(), ...patch })).toEqual(expected);
  });

  it.each([
    [
      'strategy without endorsement',
      {
        strategies: [
          {
            id: 1,
            clusterId: 1,
            title: 'S',
            periodStart: '2026-01-01',
            periodEnd: '2030-12-31',
            endorsements: 0,
          },
        ],
      },
      ['strategy-without-endorsement:1'],
    ],
    [
      'leaf goal without indicator',
      { goals: [{ id: 1, strategyId: 1, parentId: null, title: 'Ziel', indicatorIds: [] }] },
      ['goal-without-indicator:1'],
    ],
    [
      'indicator without baseline',
      { indicators: [indicator({ baselineDate: null, baselineValue: null })] },
      ['indicator-no-baseline:1'],
    ],
    ['indicator without target', { indicators: [indicator({ targets: [] })] }, ['indicator-no-target:1']],
    ['indicator without owner', { indicators: [indicator({ owner: ' ' })] }, ['indicator-no-owner:1']],
    [
      'derived indicator needs no baseline or owner',
      { indicators: [indicator({ derived: 'members', baselineValue: null, baselineDate: null, owner: '' })] },
      [],
    ],
    [
      'target after the strategy period',
      { indicators: [indicator({ targets: [{ date: '2031-12-31', value: 70 }] })] },
      ['target-outside-period:1:2031-12-31'],
    ],
    [
      'increasing indicator with a falling target',
      {
        indicators: [
          indicator({
            targets: [
              { date: '2027-12-31', value: 60 },
              { date: '2028-12-31', value: 55 },
            ],
          }),
        ],
      },
      ['target-direction:1:2028-12-31'],
    ],
    [
      'increasing indicator with a target below the baseline',
      { indicators: [indicator({ targets: [{ date: '2027-12-31', value: 30 }] })] },
      ['target-direction:1:2027-12-31'],
    ],
    [
      'decreasing indicator with a rising target',
      {
        indicators: [
          indicator({
            direction: 'decrease',
            baselineValue: 100,
            targets: [{ date: '2027-12-31', value: 110 }],
          }),
        ],
      },
      ['target-direction:1:2027-12-31'],
    ],
    [
      'band indicator with a target outside the band',
      {
        indicators: [
          indicator({
            direction: 'band',
            bandLow: 10,
            bandHigh: 20,
            targets: [{ date: '2027-12-31', value: 25 }],
          }),
        ],
      },
      ['target-direction:1:2027-12-31'],
    ],
    [
      'break-point without consequence',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2028-12-31',
            consequence: null,
            indicatorIds: [1],
          },
        ],
      },
      ['break-point-no-consequence:1'],
    ],
    [
      'rule break-point without rule',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2028-12-31',
            consequence: 'other',
            indicatorIds: [],
          },
        ],
      },
      ['break-point-no-rule:1'],
    ],
    [
      'qualitative break-point needs no rule',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'qualitative',
            checkDate: '2028-12-31',
            consequence: 'other',
            indicatorIds: [],
          },
        ],
      },
      [],
    ],
    [
      'yearly data cannot arrive before a check date this autumn',
      {
        indicators: [indicator({ frequency: 'yearly' })],
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2026-09-30',
            consequence: 'other',
            indicatorIds: [1],
          },
        ],
      },
      ['break-point-data-late:1:1'],
    ],
    [
      'monthly data can',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2026-09-30',
            consequence: 'other',
            indicatorIds: [1],
          },
        ],
      },
      [],
    ],
    [
      'a past check date is the monitoring’s business, not a definition problem',
      {
        indicators: [indicator({ frequency: 'yearly' })],
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2026-03-31',
            consequence: 'other',
            indicatorIds: [1],
          },
        ],
      },
      [],
    ],
    [
      'overdue milestone',
      {
        milestones: [
          { id: 1, strategyId: 1, title: 'M1', dueDate: '2026-06-01', status: 'in_progress', dependsOn: [] },
        ],
      },
      ['milestone-overdue:1'],
    ],
    [
      'a done milestone is never overdue',
      {
        milestones: [
          { id: 1, strategyId: 1, title: 'M1', dueDate: '2026-06-01', status: 'done', dependsOn: [] },
        ],
      },
      [],
    ],
    [
      'milestone depending on a later one',
      {
        milestones: [
          { id: 1, strategyId: 1, title: 'M1', dueDate: '2026-09-01', status: 'planned', dependsOn: [2] },
          { id: 2, strategyId: 1, title: 'M2', dueDate: '2026-12-01', status: 'planned', dependsOn: [] },
        ],
      },
      ['milestone-depends-later:1:2'],
    ],
    // Monitoring: today is 2026-06-15; the monthly indicator's May value is due, not yet overdue.
    [
      'data overdue: April missing for more than the grace period',
      { indicators: [indicator({ lastMeasurement: '2026-03-31' })] },
      ['data-overdue:1'],
    ],
    [
      'data overdue from the baseline when nothing was measured',
      { indicators: [indicator({ lastMeasurement: null })] },
      ['data-overdue:1'],
    ],
    [
      'nothing overdue before monitoring starts (no baseline, no measurement)',
      { indicators: [indicator({ lastMeasurement: null, baselineDate: null, baselineValue: null })] },
      ['indicator-no-baseline:1'],
    ],
    [
      'derived indicators are never overdue',
      { indicators: [indicator({ lastMeasurement: null, derived: 'members' })] },
      [],
    ],
    [
      'break-point at risk',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2028-12-31',
            consequence: 'wind_down',
            indicatorIds: [1],
            status: 'at_risk',
            assessed: false,
          },
        ],
      },
      ['break-point-at-risk:1'],
    ],
    [
      'a qualitative break-point past its check date without a verdict, not one that has one or is not due',
      {
        breakPoints: (
          [
            [1, '2026-03-31', false],
            [2, '2026-03-31', true],
            [3, '2026-09-30', false],
          ] as const
        ).map(([id, checkDate, assessed]) => ({
          id,
          strategyId: 1,
          title: `BP${id}`,
          kind: 'qualitative' as const,
          checkDate,
          consequence: 'revise_strategy',
          indicatorIds: [],
          status: 'needs_assessment' as const,
          assessed,
        })),
      },
      ['break-point-verdict:1'],
    ],
    [
      'break-point missed, and missed for lack of evidence',
      {
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2026-03-31',
            consequence: 'wind_down',
            indicatorIds: [1],
            status: 'missed',
            assessed: false,
          },
          {
            id: 2,
            strategyId: 1,
            title: 'BP2',
            kind: 'rule',
            checkDate: '2026-03-31',
            consequence: 'wind_down',
            indicatorIds: [1],
            status: 'missed_no_evidence',
            assessed: false,
          },
        ],
      },
      ['break-point-missed:1', 'break-point-missed:2'],
    ],
  ] as const)('%s', (_name, patch, expected) => {
    expect(ids(facts(patch as unknown as Partial<ProblemFacts>))).toEqual(expected);
  });

  it('points at the field to fix, with the names the message needs', () => {
    const [problem] = computeProblems(facts({ indicators: [indicator({ owner: '' })] }));
    expect(problem).toMatchObject({
      severity: 'info',
      message: 'problems.indicatorWithoutOwner',
      params: { name: 'Mitglieder' },
      target: { kind: 'indicator', id: 1, field: 'owner' },
    });
  });

  it('counts by severity', () => {
    const problems = computeProblems(
      facts({
        milestones: [
          { id: 1, strategyId: 1, title: 'M1', dueDate: '2026-09-01', status: 'planned', dependsOn: [2] },
          { id: 2, strategyId: 1, title: 'M2', dueDate: '2026-12-01', status: 'planned', dependsOn: [] },
        ],
        indicators: [indicator({ owner: '' })],
      }),
    );
    expect(countBySeverity(problems)).toEqual({ error: 1, warning: 0, info: 1 });
  });
});

describe('periodEnd', () => {
  it.each([
    ['2026-05-14', 'monthly', '2026-05-31'],
    ['2026-05-14', 'quarterly', '2026-06-30'],
    ['2026-05-14', 'half_yearly', '2026-06-30'],
    ['2026-07-01', 'half_yearly', '2026-12-31'],
    ['2026-02-10', 'yearly', '2026-12-31'],
    ['2024-02-10', 'monthly', '2024-02-29'],
  ] as const)('%s %s → %s', (date, frequency, expected) => {
    expect(periodEnd(date, frequency)).toBe(expected);
  });
});
