// Agenda generation and narrative drafts, table-driven on small snapshots with known figures,
// in both languages.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../contract/snapshot.ts';
import { generateAgenda, verdictsFor } from './agenda.ts';
import { evaluationFigures } from './figures.ts';
import { draftNarrative, paceText, proposedDecision } from './narrative.ts';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const labels = { overall: 'Overall', decision: 'Decision' };

type IndicatorSeed = {
  id: number;
  name: string;
  unit?: string;
  baseline: [string, number];
  targets: [string, number][];
  values: [string, number][];
  aggregation?: 'periodic' | 'cumulative';
};

function indicator(seed: IndicatorSeed): Snapshot['indicators'][number] {
  return {
    id: seed.id,
    clusterId: 1,
    name: seed.name,
    definition: '',
    unit: seed.unit ?? 'members',
    kind: 'output',
    direction: 'increase',
    aggregation: seed.aggregation ?? 'periodic',
    frequency: 'monthly',
    toleranceAtRisk: 0.05,
    toleranceOffTrack: 0.15,
    bandLow: null,
    bandHigh: null,
    baselineDate: seed.baseline[0],
    baselineValue: seed.baseline[1],
    decimals: 0,
    dataSource: '',
    owner: '',
    derived: null,
    ...stamps,
    targets: seed.targets.map(([date, value]) => ({ date, value })),
    measurements: seed.values.map(([date, value]) => ({ date, value, note: '' })),
  } as Snapshot['indicators'][number];
}

function breakPoint(
  id: number,
  title: string,
  kind: 'rule' | 'qualitative',
  checkDate: string,
  rule?: { indicatorId: number; comparator: 'ge' | 'le'; threshold: number },
  consequence: string | null = 'revise_strategy',
): Snapshot['breakPoints'][number] {
  return {
    id,
    strategyId: 1,
    title,
    kind,
    criterion: kind === 'qualitative' ? 'The members endorse the strategy' : '',
    checkDate,
    consequence,
    consequenceNote: '',
    ...stamps,
    conditions: rule
      ? [
          {
            id: id * 10,
            breakPointId: id,
            parentId: null,
            node: 'compare',
            indicatorId: rule.indicatorId,
            comparator: rule.comparator,
            threshold: rule.threshold,
            sortOrder: 0,
          },
        ]
      : [],
  } as unknown as Snapshot['breakPoints'][number];
}

function milestone(
  id: number,
  title: string,
  dueDate: string,
  status: string,
): Snapshot['milestones'][number] {
  return {
    id,
    strategyId: 1,
    goalId: null,
    title,
    dueDate,
    owner: '',
    status,
    completedOn: status === 'done' ? dueDate : null,
    evidence: '',
    sortOrder: 0,
    ...stamps,
    dependsOn: [],
  } as Snapshot['milestones'][number];
}

const monthly = (from: number, to: number, year: number, value: (m: number) => number): [string, number][] =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    const end = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
    return [end, value(m)];
  });

function snapshot(parts: Partial<Snapshot>): Snapshot {
  return {
    version: 1,
    takenAt: '2026-01-31T10:00:00.000Z',
    cutoff: '2025-12-31',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    cluster: { id: 1, name: 'Test', ...stamps } as Snapshot['cluster'],
    strategy: null,
    fieldsOfAction: [],
    goals: [],
    indicators: [],
    breakPoints: [],
    milestones: [],
    actors: [],
    relationshipTypes: [],
    relationships: [],
    events: [],
    staff: [],
    fundingSources: [],
    financingPlan: [],
    expenditure: [],
    networkPositions: [],
    activityPlan: [],
    endorsements: [],
    changeLog: [],
    ...parts,
  };
}

// Members: plan 40 → 64 over 2025 (+2 a month); actual grows by 0.8 a month: at risk/off track.
const members = indicator({
  id: 1,
  name: 'Members',
  baseline: ['2024-12-31', 40],
  targets: [
    ['2025-12-31', 64],
    ['2026-12-31', 88],
  ],
  values: monthly(1, 12, 2025, (m) => 40 + 0.8 * m),
});
// Projects: on plan.
const projects = indicator({
  id: 2,
  name: 'Projects',
  unit: 'projects',
  baseline: ['2024-12-31', 10],
  targets: [['2026-12-31', 22]],
  values: monthly(1, 12, 2025, (m) => 10 + 0.5 * m),
});
// Revenue: slightly behind (at risk).
const revenue = indicator({
  id: 3,
  name: 'Revenue',
  unit: 'T€',
  baseline: ['2024-12-31', 100],
  targets: [['2025-12-31', 200]],
  values: monthly(1, 12, 2025, (m) => 100 + 7 * m),
});

const base = snapshot({
  indicators: [members, projects, revenue],
  breakPoints: [
    breakPoint(1, 'At least 60 members by the end of 2025', 'rule', '2025-12-31', {
      indicatorId: 1,
      comparator: 'ge',
      threshold: 60,
    }),
    breakPoint(2, '20 projects by 2026', 'rule', '2026-12-31', {
      indicatorId: 2,
      comparator: 'ge',
      threshold: 20,
    }),
    breakPoint(3, '100 members by 2026', 'rule', '2026-12-31', {
      indicatorId: 1,
      comparator: 'ge',
      threshold: 100,
    }),
    breakPoint(4, 'Members endorse the strategy', 'qualitative', '2025-06-30'),
    breakPoint(5, 'Revisit by 2027', 'qualitative', '2027-06-30'),
    breakPoint(6, 'At least 10 members', 'rule', '2025-09-30', {
      indicatorId: 1,
      comparator: 'ge',
      threshold: 10,
    }),
  ],
  milestones: [
    milestone(1, 'Fee scale adopted', '2025-06-30', 'in_progress'),
    milestone(2, 'Website relaunch', '2025-03-31', 'done'),
    milestone(3, 'Delegation trip', '2026-05-31', 'planned'),
    milestone(4, 'Partner cluster found', '2025-11-15', 'delayed'),
  ],
});

describe('agenda generation', () => {
  const figures = evaluationFigures(base);

  it('lists break-points, indicators behind plan, overdue milestones and qualitative verdicts, then overall and decision, each with its reason', () => {
    const agenda = generateAgenda(base, figures, labels);
    expect(agenda.map((i) => [i.kind, i.subjectId, i.reason.code])).toEqual([
      // Missed first, then at risk, then the one due in the period (met).
      ['break_point', 1, 'breakPointMissed'],
      ['break_point', 3, 'breakPointAtRisk'],
      ['break_point', 6, 'breakPointDue'],
      // Off track before at risk.
      ['indicator', 1, 'indicatorOffTrack'],
      ['indicator', 3, 'indicatorAtRisk'],
      // Overdue milestones, oldest first; done and future ones are not on the agenda.
      ['milestone', 1, 'milestoneOverdue'],
      ['milestone', 4, 'milestoneOverdue'],
      // The qualitative break-point due in the period; the one due in 2027 is not.
      ['break_point', 4, 'breakPointNeedsVerdict'],
      ['overall', null, 'overall'],
      ['decision', null, 'decision'],
    ]);
    expect(agenda.find((i) => i.subjectId === 6 && i.kind === 'break_point')?.reason).toEqual({
      code: 'breakPointDue',
      checkDate: '2025-09-30',
      status: 'met',
    });
    expect(agenda.find((i) => i.kind === 'milestone' && i.subjectId === 1)?.reason).toEqual({
      code: 'milestoneOverdue',
      dueDate: '2025-06-30',
      daysOverdue: 184,
    });
  });

  it('leaves out a qualitative break-point judged in an earlier evaluation', () => {
    const agenda = generateAgenda(base, figures, labels, new Set([4]));
    expect(agenda.filter((i) => i.reason.code === 'breakPointNeedsVerdict')).toEqual([]);
    expect(agenda).toHaveLength(9);
  });

  it('is only overall and decision when everything is on plan', () => {
    const calm = snapshot({ indicators: [projects] });
    expect(generateAgenda(calm, evaluationFigures(calm), labels).map((i) => i.kind)).toEqual([
      'overall',
      'decision',
    ]);
  });

  it.each([
    ['break_point', ['met', 'missed', 'not_assessable']],
    ['indicator', ['achieved', 'partly_achieved', 'not_achieved']],
    ['milestone', ['achieved', 'partly_achieved', 'not_achieved']],
    ['overall', ['achieved', 'partly_achieved', 'not_achieved']],
    ['decision', []],
  ] as const)('offers the verdicts that fit a %s', (kind, verdicts) => {
    expect(verdictsFor(kind)).toEqual(verdicts);
  });
});

describe('figures as of the cut-off date', () => {
  const figures = evaluationFigures(base);

  it('gives the pace needed to reach the next target against the pace so far', () => {
    const m = figures.indicators.find((i) => i.id === 1)!;
    expect(m.status).toBe('off_track');
    expect(m.actual).toBeCloseTo(49.6);
    expect(m.target).toEqual({ date: '2026-12-31', value: 88 });
    // (88 − 49.6) / 12 months = 3.2 a month; the trend has been 0.8 a month.
    expect(m.pace!.needed).toBeCloseTo(3.2, 1);
    expect(m.pace!.soFar).toBeCloseTo(0.8, 1);
    expect(figures.indicators.find((i) => i.id === 2)!.pace).toBeNull();
  });

  it('gives a rule break-point at risk its pace to the threshold by the check date', () => {
    const b = figures.breakPoints.find((x) => x.id === 3)!;
    expect(b.status).toBe('at_risk');
    expect(b.pace!.target).toBe(100);
    expect(b.pace!.needed).toBeCloseTo((100 - 49.6) / 12, 1);
  });
});

describe('narrative drafts', () => {
  const figures = evaluationFigures(base);
  const draft = (language: 'de' | 'en', kind: Parameters<typeof draftNarrative>[1], id: number | null) =>
    draftNarrative(language, kind, id, base, figures);

  it.each([
    [
      'en',
      'Members stood at 50 members on 12/31/2025, against a plan of 64 members: Off track. That is 22% behind the plan. The trend (least squares over 8 measurements from 05/31/2025 to 12/31/2025) points to 59 members by 12/31/2026. To reach 88 members by 12/31/2026, 3.2 members a month are needed; so far it was 0.8 members a month.',
    ],
    [
      'de',
      'Members lag am 31.12.2025 bei 50 members, geplant waren 64 members: Verfehlt den Plan. Das sind 22\u00a0% hinter dem Plan. Der Trend (kleinste Quadrate über 8 Messwerte vom 31.05.2025 bis 31.12.2025) lässt bis 31.12.2026 59 members erwarten. Um 88 members bis 31.12.2026 zu erreichen, sind 3,2 members pro Monat nötig; bisher waren es 0,8 members pro Monat.',
    ],
  ] as const)('for an indicator behind plan (%s)', (language, expected) => {
    expect(draft(language, 'indicator', 1)).toBe(expected);
  });

  it.each([
    ['en', '+3.2 members a month needed, +0.8 so far'],
    ['de', '+3,2 members pro Monat nötig, bisher +0,8'],
  ] as const)('states the pace in one line (%s)', (language, expected) => {
    const pace = figures.indicators.find((i) => i.id === 1)!.pace!;
    expect(paceText(language, pace, 'members')).toBe(expected);
  });

  it.each([
    [
      'en',
      'If on 12/31/2025 the indicator “Members” is below 60 members, the strategy is revised. At the cut-off date the break-point is: Missed. The criterion was not met by 12/31/2025; the consequence agreed for this case is due.',
    ],
    [
      'de',
      'Wenn am 31.12.2025 der Indikator „Members“ unter 60 members liegt, wird die Strategie überarbeitet. Zum Stichtag ist die Sollbruchstelle: Verfehlt. Das Kriterium wurde bis 31.12.2025 nicht erfüllt; die für diesen Fall vereinbarte Folge ist fällig.',
    ],
  ] as const)('for a missed break-point, with its rule as a sentence (%s)', (language, expected) => {
    expect(draft(language, 'break_point', 1)).toBe(expected);
  });

  it.each([
    [
      'en',
      '“Fee scale adopted” was due on 06/30/2025 and is 184 days overdue at the cut-off date (status: In progress).',
    ],
    [
      'de',
      '„Fee scale adopted“ war am 30.06.2025 fällig und ist zum Stichtag 184 Tage überfällig (Status: In Arbeit).',
    ],
  ] as const)('for an overdue milestone (%s)', (language, expected) => {
    expect(draft(language, 'milestone', 1)).toBe(expected);
  });

  it.each([
    [
      'en',
      'Indicators: 1 on track, 1 at risk, 1 off track (of 3). Break-points due in the period: 1 of 2 met. Milestones overdue: 2.',
    ],
    [
      'de',
      'Indikatoren: 1 im Plan, 1 gefährdet, 1 nicht im Plan (von 3). Im Zeitraum fällige Sollbruchstellen: 1 von 2 erfüllt. Überfällige Meilensteine: 2.',
    ],
  ] as const)('for the overall assessment (%s)', (language, expected) => {
    expect(draft(language, 'overall', null)).toBe(expected);
  });

  it('proposes the decision the figures point to', () => {
    expect(proposedDecision(base, figures).outcome).toBe('continue_with_adjustments');
    const calm = snapshot({ indicators: [projects] });
    expect(proposedDecision(calm, evaluationFigures(calm)).outcome).toBe('continue');
    const fatal = snapshot({
      indicators: [members],
      breakPoints: [
        breakPoint(
          9,
          'At least 60 members',
          'rule',
          '2025-12-31',
          { indicatorId: 1, comparator: 'ge', threshold: 60 },
          'wind_down',
        ),
      ],
    });
    expect(proposedDecision(fatal, evaluationFigures(fatal))).toEqual({
      outcome: 'wind_down',
      params: { title: 'At least 60 members' },
    });
    expect(draft('de', 'decision', null)).toBe(
      'Vorschlag: Fortführung mit Anpassungen. Verfehlte Sollbruchstellen: 1; Indikatoren hinter dem Plan: 2. Die betroffenen Ziele und Zielwerte sind zu überarbeiten.',
    );
  });
});
