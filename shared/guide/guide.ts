// The Strategy Guide's steps and whether each is done, computed from the workspace's facts, so
// the guide can be left and resumed at any time: it always shows where the strategy stands.
import type { ProblemFacts } from '../contract/schemas.ts';

export const guideSteps = [
  'profile',
  'strengths',
  'visionMission',
  'goals',
  'indicators',
  'breakPoints',
  'milestones',
  'consensus',
] as const;
export type GuideStep = (typeof guideSteps)[number];

export interface GuideFacts {
  readonly cluster: {
    readonly id: number;
    readonly region: string;
    readonly sectorGroup: string | null;
    readonly lifeCycleStage: string | null;
    readonly hostOrganisation: string;
    readonly regionalStrengths: readonly string[];
  };
  /** The cluster's current strategy (the latest), with its texts; null when there is none. */
  readonly strategy: { readonly id: number; readonly vision: string; readonly mission: string } | null;
  readonly facts: ProblemFacts;
}

export type Missing =
  | {
      readonly code: 'profileField';
      readonly field: 'region' | 'sectorGroup' | 'lifeCycleStage' | 'hostOrganisation';
    }
  | {
      readonly code:
        | 'noStrengths'
        | 'noStrategy'
        | 'noVision'
        | 'noMission'
        | 'noGoal'
        | 'noBreakPoint'
        | 'noMilestone'
        | 'noEndorsement';
    }
  | {
      readonly code: 'goalWithoutObjective' | 'goalWithoutIndicator';
      readonly goalId: number;
      readonly name: string;
    }
  | {
      readonly code: 'indicatorWithoutBaseline' | 'indicatorWithoutTarget';
      readonly indicatorId: number;
      readonly name: string;
    }
  | {
      readonly code: 'breakPointWithoutConsequence' | 'breakPointWithoutRule';
      readonly breakPointId: number;
      readonly name: string;
    };

export interface StepState {
  readonly step: GuideStep;
  readonly done: boolean;
  readonly missing: readonly Missing[];
}

export function guideState({ cluster, strategy, facts }: GuideFacts): StepState[] {
  const goals = strategy ? facts.goals.filter((g) => g.strategyId === strategy.id) : [];
  const strategic = goals.filter((g) => g.parentId === null);
  const parents = new Set(goals.map((g) => g.parentId));
  const leaves = goals.filter((g) => !parents.has(g.id));
  const linked = new Set(goals.flatMap((g) => g.indicatorIds));
  const indicators = facts.indicators.filter(
    (i) => i.clusterId === cluster.id && linked.has(i.id) && !i.derived,
  );
  const breakPoints = strategy ? facts.breakPoints.filter((b) => b.strategyId === strategy.id) : [];
  const milestones = strategy ? facts.milestones.filter((m) => m.strategyId === strategy.id) : [];
  const endorsements = strategy ? (facts.strategies.find((s) => s.id === strategy.id)?.endorsements ?? 0) : 0;

  const missing: Record<GuideStep, Missing[]> = {
    profile: (['region', 'sectorGroup', 'lifeCycleStage', 'hostOrganisation'] as const)
      .filter((field) => {
        const value = cluster[field];
        return value === null || (typeof value === 'string' && value.trim() === '');
      })
      .map((field) => ({ code: 'profileField', field })),
    strengths: cluster.regionalStrengths.length === 0 ? [{ code: 'noStrengths' }] : [],
    visionMission: !strategy
      ? [{ code: 'noStrategy' }]
      : [
          ...(strategy.vision.trim() === '' ? [{ code: 'noVision' } as const] : []),
          ...(strategy.mission.trim() === '' ? [{ code: 'noMission' } as const] : []),
        ],
    goals: !strategy
      ? [{ code: 'noStrategy' }]
      : strategic.length === 0
        ? [{ code: 'noGoal' }]
        : strategic
            .filter((g) => !goals.some((o) => o.parentId === g.id))
            .map((g) => ({ code: 'goalWithoutObjective', goalId: g.id, name: g.title })),
    indicators: [
      ...(strategic.length === 0 ? [{ code: 'noGoal' } as const] : []),
      ...leaves
        .filter((g) => g.indicatorIds.length === 0)
        .map((g) => ({ code: 'goalWithoutIndicator' as const, goalId: g.id, name: g.title })),
      ...indicators
        .filter((i) => i.baselineValue === null)
        .map((i) => ({ code: 'indicatorWithoutBaseline' as const, indicatorId: i.id, name: i.name })),
      ...indicators
        .filter((i) => i.targets.length === 0)
        .map((i) => ({ code: 'indicatorWithoutTarget' as const, indicatorId: i.id, name: i.name })),
    ],
    breakPoints: [
      ...(breakPoints.length === 0 ? [{ code: 'noBreakPoint' } as const] : []),
      ...breakPoints
        .filter((b) => b.consequence === null)
        .map((b) => ({ code: 'breakPointWithoutConsequence' as const, breakPointId: b.id, name: b.title })),
      ...breakPoints
        .filter((b) => b.kind === 'rule' && b.indicatorIds.length === 0)
        .map((b) => ({ code: 'breakPointWithoutRule' as const, breakPointId: b.id, name: b.title })),
    ],
    milestones: milestones.length === 0 ? [{ code: 'noMilestone' }] : [],
    consensus: !strategy ? [{ code: 'noStrategy' }] : endorsements === 0 ? [{ code: 'noEndorsement' }] : [],
  };
  return guideSteps.map((step) => ({ step, done: missing[step].length === 0, missing: missing[step] }));
}

/** The step to show when the guide opens: the first one not done (the last when all are). */
export function currentStep(states: readonly StepState[]): GuideStep {
  return (states.find((s) => !s.done) ?? states[states.length - 1]!).step;
}
