// Problems are computed from the workspace's facts, never stored (like VS Code's Problems panel).
// Each rule is a pure function with table-driven tests; a problem points at the item and, where
// it can, the field to fix.
import type { Cluster, ProblemFacts } from '../contract/schemas.ts';
import type { MessageKey } from '../i18n/en.ts';
import { dueMeasurement, periodEndOf } from '../status/periods.ts';
import type { Frequency } from '../status/status.ts';

export type Severity = 'error' | 'warning' | 'info';
export type ProblemItemKind = 'cluster' | 'strategy' | 'goal' | 'indicator' | 'breakPoint' | 'milestone';

export interface Problem {
  /** Stable identity for lists and deduplication. */
  readonly id: string;
  readonly severity: Severity;
  readonly message: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The item the problem belongs to, and the field to fix; clicking the problem opens it. */
  readonly target: { readonly kind: ProblemItemKind; readonly id: number; readonly field?: string } | null;
}

export interface WorkspaceFacts extends Partial<ProblemFacts> {
  readonly clusters: readonly Cluster[];
  /** Ids of clusters that have a strategy (from the outline, when no full facts are loaded). */
  readonly clustersWithStrategy: ReadonlySet<number>;
}

type Rule = (facts: WorkspaceFacts) => Problem[];

const problem = (
  id: string,
  severity: Severity,
  message: MessageKey,
  params: Record<string, string | number>,
  target: Problem['target'],
): Problem => ({ id, severity, message, params, target });

/** The last day of the reporting period that contains `date` ("2026-05-14", quarterly → "2026-06-30"). */
export function periodEnd(date: string, frequency: Frequency): string {
  return periodEndOf(frequency, date);
}

const workspaceEmpty: Rule = (f) =>
  f.clusters.length === 0 ? [problem('workspace-empty', 'info', 'problems.workspaceEmpty', {}, null)] : [];

const clusterWithoutStrategy: Rule = (f) =>
  f.clusters
    .filter((c) => !f.clustersWithStrategy.has(c.id))
    .map((c) =>
      problem(
        `cluster-without-strategy:${c.id}`,
        'warning',
        'problems.clusterWithoutStrategy',
        { name: c.name },
        { kind: 'cluster', id: c.id },
      ),
    );

const strategyWithoutEndorsement: Rule = (f) =>
  (f.strategies ?? [])
    .filter((s) => s.endorsements === 0)
    .map((s) =>
      problem(
        `strategy-without-endorsement:${s.id}`,
        'warning',
        'problems.strategyWithoutEndorsement',
        { name: s.title },
        { kind: 'strategy', id: s.id },
      ),
    );

const goalWithoutIndicator: Rule = (f) => {
  const goals = f.goals ?? [];
  const parents = new Set(goals.map((g) => g.parentId));
  return goals
    .filter((g) => !parents.has(g.id) && g.indicatorIds.length === 0)
    .map((g) =>
      problem(
        `goal-without-indicator:${g.id}`,
        'warning',
        'problems.goalWithoutIndicator',
        { name: g.title },
        { kind: 'goal', id: g.id },
      ),
    );
};

const indicatorGaps: Rule = (f) =>
  (f.indicators ?? []).flatMap((i) => {
    const target = (field: string) => ({ kind: 'indicator' as const, id: i.id, field });
    const out: Problem[] = [];
    if (i.derived) return out; // computed from the workspace: no baseline or owner to enter
    if (i.baselineValue === null)
      out.push(
        problem(
          `indicator-no-baseline:${i.id}`,
          'warning',
          'problems.indicatorWithoutBaseline',
          { name: i.name },
          target('baselineValue'),
        ),
      );
    if (i.targets.length === 0)
      out.push(
        problem(
          `indicator-no-target:${i.id}`,
          'warning',
          'problems.indicatorWithoutTarget',
          { name: i.name },
          target('targets'),
        ),
      );
    if (i.owner.trim() === '')
      out.push(
        problem(
          `indicator-no-owner:${i.id}`,
          'info',
          'problems.indicatorWithoutOwner',
          { name: i.name },
          target('owner'),
        ),
      );
    return out;
  });

const targetsOutsidePeriod: Rule = (f) => {
  const strategyOf = new Map((f.strategies ?? []).map((s) => [s.id, s]));
  const periodsOf = new Map<number, { periodStart: string; periodEnd: string }[]>();
  for (const g of f.goals ?? []) {
    const s = strategyOf.get(g.strategyId);
    if (!s) continue;
    for (const id of g.indicatorIds) periodsOf.set(id, [...(periodsOf.get(id) ?? []), s]);
  }
  return (f.indicators ?? []).flatMap((i) => {
    const periods = periodsOf.get(i.id);
    if (!periods?.length) return [];
    return i.targets
      .filter((t) => !periods.some((p) => t.date >= p.periodStart && t.date <= p.periodEnd))
      .map((t) =>
        problem(
          `target-outside-period:${i.id}:${t.date}`,
          'warning',
          'problems.targetOutsidePeriod',
          { name: i.name, date: t.date },
          { kind: 'indicator', id: i.id, field: 'targets' },
        ),
      );
  });
};

const targetsAgainstDirection: Rule = (f) =>
  (f.indicators ?? []).flatMap((i) => {
    const sorted = [...i.targets].sort((a, b) => a.date.localeCompare(b.date));
    const out: Problem[] = [];
    let previous = i.baselineValue;
    for (const t of sorted) {
      const wrong =
        i.direction === 'band'
          ? (i.bandLow !== null && t.value < i.bandLow) || (i.bandHigh !== null && t.value > i.bandHigh)
          : previous !== null && (i.direction === 'increase' ? t.value < previous : t.value > previous);
      if (wrong) {
        out.push(
          problem(
            `target-direction:${i.id}:${t.date}`,
            'warning',
            `problems.targetAgainstDirection.${i.direction}`,
            { name: i.name, date: t.date },
            { kind: 'indicator', id: i.id, field: 'targets' },
          ),
        );
      }
      previous = t.value;
    }
    return out;
  });

const breakPointGaps: Rule = (f) => {
  const indicatorOf = new Map((f.indicators ?? []).map((i) => [i.id, i]));
  return (f.breakPoints ?? []).flatMap((b) => {
    const out: Problem[] = [];
    const target = (field: string) => ({ kind: 'breakPoint' as const, id: b.id, field });
    if (b.consequence === null)
      out.push(
        problem(
          `break-point-no-consequence:${b.id}`,
          'warning',
          'problems.breakPointWithoutConsequence',
          { name: b.title },
          target('consequence'),
        ),
      );
    if (b.kind === 'rule' && b.indicatorIds.length === 0)
      out.push(
        problem(
          `break-point-no-rule:${b.id}`,
          'error',
          'problems.breakPointWithoutRule',
          { name: b.title },
          target('conditions'),
        ),
      );
    if (f.today && b.checkDate >= f.today) {
      for (const id of b.indicatorIds) {
        const indicator = indicatorOf.get(id);
        // The first measurement still to come closes the current reporting period; if that is
        // after the check date, no data can arrive in time.
        if (indicator && periodEnd(f.today, indicator.frequency) > b.checkDate) {
          out.push(
            problem(
              `break-point-data-late:${b.id}:${id}`,
              'warning',
              'problems.breakPointDataTooLate',
              { name: b.title, indicator: indicator.name, date: b.checkDate },
              target('checkDate'),
            ),
          );
        }
      }
    }
    return out;
  });
};

const milestoneGaps: Rule = (f) => {
  const byId = new Map((f.milestones ?? []).map((m) => [m.id, m]));
  return (f.milestones ?? []).flatMap((m) => {
    const out: Problem[] = [];
    const open = m.status !== 'done' && m.status !== 'cancelled';
    if (f.today && open && m.dueDate < f.today) {
      out.push(
        problem(
          `milestone-overdue:${m.id}`,
          'warning',
          'problems.milestoneOverdue',
          { name: m.title, date: m.dueDate },
          { kind: 'milestone', id: m.id, field: 'dueDate' },
        ),
      );
    }
    for (const id of m.dependsOn) {
      const other = byId.get(id);
      if (other && other.dueDate > m.dueDate) {
        out.push(
          problem(
            `milestone-depends-later:${m.id}:${id}`,
            'error',
            'problems.milestoneDependsOnLater',
            { name: m.title, other: other.title },
            { kind: 'milestone', id: m.id, field: 'dependencies' },
          ),
        );
      }
    }
    return out;
  });
};

/** Monitoring: measurements overdue (derived indicators compute theirs and are never due). */
const dataOverdue: Rule = (f) =>
  (f.indicators ?? []).flatMap((i) => {
    if (!f.today || i.derived !== null) return [];
    // Monitoring starts with the baseline (or the first measurement); before that nothing is late.
    if (i.baselineDate === null && i.lastMeasurement === null) return [];
    const due = dueMeasurement(i.frequency, i.baselineDate, i.lastMeasurement, f.today);
    if (!due?.overdue) return [];
    return [
      problem(
        `data-overdue:${i.id}`,
        'warning',
        'problems.dataOverdue',
        { name: i.name, date: due.periodEnd, count: due.missing },
        { kind: 'indicator', id: i.id },
      ),
    ];
  });

/** Monitoring: break-points projected to be missed, or missed. */
const breakPointStatus: Rule = (f) =>
  (f.breakPoints ?? []).flatMap((b) => {
    const target = { kind: 'breakPoint' as const, id: b.id };
    if (b.status === 'at_risk')
      return [
        problem(
          `break-point-at-risk:${b.id}`,
          'warning',
          'problems.breakPointAtRisk',
          { name: b.title, date: b.checkDate },
          target,
        ),
      ];
    // A qualitative break-point past its check date is judged in an evaluation; until then it waits.
    if (b.kind === 'qualitative' && f.today && b.checkDate < f.today && !b.assessed)
      return [
        problem(
          `break-point-verdict:${b.id}`,
          'warning',
          'problems.breakPointNeedsVerdict',
          { name: b.title, date: b.checkDate },
          target,
        ),
      ];
    if (b.status === 'missed' || b.status === 'missed_no_evidence')
      return [
        problem(
          `break-point-missed:${b.id}`,
          'error',
          b.status === 'missed' ? 'problems.breakPointMissed' : 'problems.breakPointMissedNoEvidence',
          { name: b.title, date: b.checkDate },
          target,
        ),
      ];
    return [];
  });

export const problemRules: readonly Rule[] = [
  workspaceEmpty,
  clusterWithoutStrategy,
  strategyWithoutEndorsement,
  goalWithoutIndicator,
  indicatorGaps,
  targetsOutsidePeriod,
  targetsAgainstDirection,
  breakPointGaps,
  milestoneGaps,
  dataOverdue,
  breakPointStatus,
];

export function computeProblems(facts: WorkspaceFacts): Problem[] {
  return problemRules.flatMap((rule) => rule(facts));
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
