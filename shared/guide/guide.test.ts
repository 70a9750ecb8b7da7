import { describe, expect, it } from 'vitest';
import type { ProblemFacts } from '../contract/schemas.ts';
import { currentStep, type GuideFacts, guideState } from './guide.ts';

const complete: GuideFacts = {
  cluster: {
    id: 1,
    region: 'Havelland',
    sectorGroup: 'hightech',
    lifeCycleStage: 'developing',
    hostOrganisation: 'WFG',
    regionalStrengths: ['Optik'],
  },
  strategy: { id: 1, vision: 'Vision', mission: 'Mission' },
  facts: {
    today: '2026-06-15',
    strategies: [
      {
        id: 1,
        clusterId: 1,
        title: 'S',
        periodStart: '2026-01-01',
        periodEnd: '2030-12-31',
        endorsements: 2,
      },
    ],
    goals: [
      { id: 1, strategyId: 1, parentId: null, title: 'Ziel', indicatorIds: [] },
      { id: 2, strategyId: 1, parentId: 1, title: 'Teilziel', indicatorIds: [1] },
    ],
    indicators: [
      {
        id: 1,
        clusterId: 1,
        name: 'Mitglieder',
        direction: 'increase',
        frequency: 'yearly',
        baselineDate: '2025-12-31',
        baselineValue: 40,
        bandLow: null,
        bandHigh: null,
        owner: 'A',
        derived: null,
        targets: [{ date: '2028-12-31', value: 60 }],
        lastMeasurement: null,
      },
    ],
    breakPoints: [
      {
        id: 1,
        strategyId: 1,
        title: 'BP',
        kind: 'rule',
        checkDate: '2028-12-31',
        consequence: 'wind_down',
        indicatorIds: [1],
        status: 'not_yet_due',
        assessed: false,
      },
    ],
    milestones: [
      { id: 1, strategyId: 1, title: 'M', dueDate: '2027-01-01', status: 'planned', dependsOn: [] },
    ],
  },
};

const withFacts = (patch: Partial<ProblemFacts>): GuideFacts => ({
  ...complete,
  facts: { ...complete.facts, ...patch },
});
const missingOf = (g: GuideFacts, step: string) =>
  guideState(g)
    .find((s) => s.step === step)!
    .missing.map((m) => m.code);

describe('Strategy Guide state', () => {
  it('marks every step done for a complete strategy', () => {
    expect(guideState(complete).every((s) => s.done)).toBe(true);
    expect(currentStep(guideState(complete))).toBe('consensus');
  });

  it.each([
    [
      'profile',
      { ...complete, cluster: { ...complete.cluster, region: ' ', sectorGroup: null } },
      ['profileField', 'profileField'],
    ],
    ['strengths', { ...complete, cluster: { ...complete.cluster, regionalStrengths: [] } }, ['noStrengths']],
    ['visionMission', { ...complete, strategy: { id: 1, vision: '', mission: 'M' } }, ['noVision']],
    ['visionMission', { ...complete, strategy: null }, ['noStrategy']],
    ['goals', withFacts({ goals: [] }), ['noGoal']],
    [
      'goals',
      withFacts({ goals: [{ id: 1, strategyId: 1, parentId: null, title: 'Ziel', indicatorIds: [1] }] }),
      ['goalWithoutObjective'],
    ],
    [
      'indicators',
      withFacts({
        goals: [
          { id: 1, strategyId: 1, parentId: null, title: 'Ziel', indicatorIds: [] },
          { id: 2, strategyId: 1, parentId: 1, title: 'Teilziel', indicatorIds: [] },
        ],
      }),
      ['goalWithoutIndicator'],
    ],
    [
      'indicators',
      withFacts({
        indicators: [
          { ...complete.facts.indicators[0]!, baselineValue: null, baselineDate: null, targets: [] },
        ],
      }),
      ['indicatorWithoutBaseline', 'indicatorWithoutTarget'],
    ],
    ['breakPoints', withFacts({ breakPoints: [] }), ['noBreakPoint']],
    [
      'breakPoints',
      withFacts({
        breakPoints: [
          {
            id: 1,
            strategyId: 1,
            title: 'BP',
            kind: 'rule',
            checkDate: '2028-12-31',
            consequence: null,
            indicatorIds: [],
            status: 'not_yet_due',
            assessed: false,
          },
        ],
      }),
      ['breakPointWithoutConsequence', 'breakPointWithoutRule'],
    ],
    ['milestones', withFacts({ milestones: [] }), ['noMilestone']],
    [
      'consensus',
      withFacts({ strategies: [{ ...complete.facts.strategies[0]!, endorsements: 0 }] }),
      ['noEndorsement'],
    ],
  ] as const)('%s: %j', (step, facts, expected) => {
    expect(missingOf(facts as GuideFacts, step)).toEqual(expected);
  });

  it('resumes at the first step not done', () => {
    expect(currentStep(guideState(withFacts({ milestones: [] })))).toBe('milestones');
    expect(currentStep(guideState({ ...complete, strategy: null }))).toBe('visionMission');
  });

  it('only counts the items of this cluster and strategy', () => {
    const other = withFacts({
      milestones: [
        { id: 9, strategyId: 2, title: 'Fremd', dueDate: '2027-01-01', status: 'planned', dependsOn: [] },
      ],
    });
    expect(missingOf(other, 'milestones')).toEqual(['noMilestone']);
  });
});
