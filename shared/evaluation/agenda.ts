// The agenda of an evaluation meeting, generated from the frozen figures as of the cut-off date.
// Each item says why it is there. Order, as the meeting takes them:
//   1. rule break-points missed, missed for lack of evidence, at risk, or due within the period;
//   2. indicators off track, then at risk (the furthest behind first);
//   3. milestones overdue at the cut-off (the oldest first);
//   4. qualitative break-points due by the end of the period that still need a verdict;
//   5. the overall assessment, then the decision.
// The manager may then add, remove, reorder and time the items.
import type { Snapshot } from '../contract/snapshot.ts';
import type { BreakPointStatus } from '../status/status.ts';
import type { EvaluationFigures } from './figures.ts';

export type AgendaKind = 'break_point' | 'indicator' | 'milestone' | 'overall' | 'decision' | 'other';

export type AgendaReason =
  | {
      readonly code: 'breakPointMissed' | 'breakPointNoEvidence' | 'breakPointAtRisk' | 'breakPointDue';
      readonly checkDate: string;
      readonly status: BreakPointStatus;
    }
  | { readonly code: 'breakPointNeedsVerdict'; readonly checkDate: string }
  | {
      readonly code: 'indicatorOffTrack' | 'indicatorAtRisk';
      /** Shortfall against the plan as a fraction (0.2 = 20 % behind). */
      readonly deviation: number;
    }
  | { readonly code: 'milestoneOverdue'; readonly dueDate: string; readonly daysOverdue: number }
  | { readonly code: 'overall' }
  | { readonly code: 'decision' };

export interface GeneratedItem {
  readonly kind: AgendaKind;
  readonly subjectId: number | null;
  readonly title: string;
  readonly reason: AgendaReason;
  /** Minutes planned for the item (the meeting's clock compares against them). */
  readonly plannedMinutes: number;
}

const breakPointOrder: Partial<Record<BreakPointStatus, number>> = {
  missed: 0,
  missed_no_evidence: 1,
  at_risk: 2,
};

/**
 * @param verdictGiven qualitative break-points that already have a verdict from an earlier
 *   evaluation (they need no new one).
 */
export function generateAgenda(
  snapshot: Snapshot,
  figures: EvaluationFigures,
  labels: { readonly overall: string; readonly decision: string },
  verdictGiven: ReadonlySet<number> = new Set(),
): GeneratedItem[] {
  const { periodStart, periodEnd } = snapshot;
  const items: GeneratedItem[] = [];

  const rules = figures.breakPoints
    .filter((b) => b.kind === 'rule')
    .filter(
      (b) =>
        (b.checkDate >= periodStart && b.checkDate <= periodEnd) ||
        b.status === 'at_risk' ||
        b.status === 'missed' ||
        b.status === 'missed_no_evidence',
    )
    .sort(
      (a, b) =>
        (breakPointOrder[a.status] ?? 3) - (breakPointOrder[b.status] ?? 3) ||
        a.checkDate.localeCompare(b.checkDate) ||
        a.id - b.id,
    );
  for (const b of rules) {
    const code =
      b.status === 'missed'
        ? 'breakPointMissed'
        : b.status === 'missed_no_evidence'
          ? 'breakPointNoEvidence'
          : b.status === 'at_risk'
            ? 'breakPointAtRisk'
            : 'breakPointDue';
    items.push({
      kind: 'break_point',
      subjectId: b.id,
      title: b.title,
      reason: { code, checkDate: b.checkDate, status: b.status },
      plannedMinutes: 10,
    });
  }

  const behind = figures.indicators
    .filter((i) => i.status === 'off_track' || i.status === 'at_risk')
    .sort(
      (a, b) =>
        (a.status === 'off_track' ? 0 : 1) - (b.status === 'off_track' ? 0 : 1) ||
        (b.deviation ?? 0) - (a.deviation ?? 0) ||
        a.id - b.id,
    );
  for (const i of behind) {
    items.push({
      kind: 'indicator',
      subjectId: i.id,
      title: i.name,
      reason: {
        code: i.status === 'off_track' ? 'indicatorOffTrack' : 'indicatorAtRisk',
        deviation: Number.isFinite(i.deviation ?? 0) ? (i.deviation ?? 0) : 1,
      },
      plannedMinutes: 5,
    });
  }

  for (const m of figures.milestones
    .filter((m) => m.overdue)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)) {
    items.push({
      kind: 'milestone',
      subjectId: m.id,
      title: m.title,
      reason: { code: 'milestoneOverdue', dueDate: m.dueDate, daysOverdue: m.daysOverdue },
      plannedMinutes: 3,
    });
  }

  for (const b of figures.breakPoints
    .filter((b) => b.kind === 'qualitative' && b.checkDate <= periodEnd && !verdictGiven.has(b.id))
    .sort((a, b) => a.checkDate.localeCompare(b.checkDate) || a.id - b.id)) {
    items.push({
      kind: 'break_point',
      subjectId: b.id,
      title: b.title,
      reason: { code: 'breakPointNeedsVerdict', checkDate: b.checkDate },
      plannedMinutes: 10,
    });
  }

  items.push({
    kind: 'overall',
    subjectId: null,
    title: labels.overall,
    reason: { code: 'overall' },
    plannedMinutes: 15,
  });
  items.push({
    kind: 'decision',
    subjectId: null,
    title: labels.decision,
    reason: { code: 'decision' },
    plannedMinutes: 15,
  });
  return items;
}

/** The verdicts that fit an item's kind (a break-point is met or missed; a goal is achieved…). */
export function verdictsFor(kind: AgendaKind | 'goal'): readonly string[] {
  switch (kind) {
    case 'break_point':
      return ['met', 'missed', 'not_assessable'];
    case 'indicator':
    case 'milestone':
    case 'goal':
    case 'overall':
      return ['achieved', 'partly_achieved', 'not_achieved'];
    default:
      return [];
  }
}
