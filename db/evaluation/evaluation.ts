// The annual evaluation on the workspace: freezing its snapshot, (re)generating its agenda,
// assembling what the preparation screen, the meeting and the minutes show (figures from the
// snapshot only), and the meeting's steps (start, move, close) up to the lock of the period.
import type { EvaluationView, ItemFigures, MeetingState } from '../../shared/contract/evaluation.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { type Snapshot, snapshot as snapshotSchema } from '../../shared/contract/snapshot.ts';
import {
  type AgendaKind,
  type GeneratedItem,
  generateAgenda,
  verdictsFor,
} from '../../shared/evaluation/agenda.ts';
import {
  type EvaluationFigures,
  evaluationFigures,
  statusIndicator,
} from '../../shared/evaluation/figures.ts';
import {
  draftNarrative,
  proposedDecision,
  snapshotBreakPointSentence,
} from '../../shared/evaluation/narrative.ts';
import { translate } from '../../shared/i18n/i18n.ts';
import type { CallContext } from '../backend/context.ts';
import {
  createEntity,
  type EntityDto,
  getEntity,
  listEntities,
  updateEntity,
} from '../backend/entity-store.ts';
import { assertNotLocked } from './guard.ts';
import { buildSnapshot, diffSnapshots, type FreezeScope, type SnapshotChange } from './snapshot.ts';

type Evaluation = EntityDto<'evaluation'>;

export function loadEvaluation(ctx: CallContext, id: number): Evaluation {
  return getEntity(ctx, 'evaluation', id);
}

/** The strategy an evaluation looks at: its own, else the one in force at the end of its period. */
export function scopeOf(ctx: CallContext, evaluation: Evaluation): FreezeScope {
  const strategyId =
    evaluation.strategyId ??
    (ctx.db
      .prepare(
        `select id from strategy where cluster_id = ? order by (period_start <= ? and period_end >= ?) desc, period_start desc limit 1`,
      )
      .pluck()
      .get(evaluation.clusterId, evaluation.periodEnd, evaluation.periodEnd) as number | undefined) ??
    null;
  return {
    clusterId: evaluation.clusterId,
    strategyId,
    periodStart: evaluation.periodStart,
    periodEnd: evaluation.periodEnd,
    cutoff: evaluation.cutoffDate,
  };
}

export function readSnapshot(ctx: CallContext, evaluationId: number): Snapshot | null {
  const data = ctx.db
    .prepare('select data from evaluation_snapshot where evaluation_id = ?')
    .pluck()
    .get(evaluationId) as string | undefined;
  if (data === undefined) return null;
  const parsed = snapshotSchema.safeParse(JSON.parse(data));
  // An older demo or a damaged snapshot is treated as none: it is frozen again before use.
  return parsed.success ? parsed.data : null;
}

function requireOpen(evaluation: Evaluation): void {
  assertNotLockedStatus(evaluation);
  if (evaluation.status === 'decided')
    throw new ApiFailure({
      kind: 'conflict',
      code: 'evaluationDecided',
      params: { title: evaluation.title },
    });
}

function assertNotLockedStatus(evaluation: Evaluation): void {
  if (evaluation.status === 'locked')
    throw new ApiFailure({ kind: 'conflict', code: 'evaluationLocked', params: { title: evaluation.title } });
}

/** Freezes the facts as of the cut-off date (again, while the evaluation is not decided). */
export function freeze(ctx: CallContext, evaluationId: number): { takenAt: string; agendaItems: number } {
  const evaluation = loadEvaluation(ctx, evaluationId);
  requireOpen(evaluation);
  const takenAt = ctx.now();
  const snapshot = buildSnapshot(ctx.db, scopeOf(ctx, evaluation), takenAt);
  ctx.db
    .prepare(
      `insert into evaluation_snapshot (evaluation_id, taken_at, data) values (?, ?, ?)
       on conflict (evaluation_id) do update set taken_at = excluded.taken_at, data = excluded.data`,
    )
    .run(evaluationId, takenAt, JSON.stringify(snapshot));
  return { takenAt, agendaItems: syncAgenda(ctx, evaluation, snapshot) };
}

/** The snapshot to show: the frozen one, else the live data as of the cut-off (not stored). */
function snapshotFor(ctx: CallContext, evaluation: Evaluation): { snapshot: Snapshot; frozen: boolean } {
  const frozen = readSnapshot(ctx, evaluation.id);
  if (frozen) return { snapshot: frozen, frozen: true };
  return { snapshot: buildSnapshot(ctx.db, scopeOf(ctx, evaluation), ctx.now()), frozen: false };
}

export function regenerateAgenda(ctx: CallContext, evaluationId: number): { agendaItems: number } {
  const evaluation = loadEvaluation(ctx, evaluationId);
  requireOpen(evaluation);
  return { agendaItems: syncAgenda(ctx, evaluation, snapshotFor(ctx, evaluation).snapshot) };
}

/** Qualitative break-points that earlier evaluations of the cluster gave a verdict. */
function verdictsGiven(ctx: CallContext, evaluation: Evaluation): Set<number> {
  return new Set(
    ctx.db
      .prepare(
        `select a.subject_id from assessment a join evaluation e on e.id = a.evaluation_id
         where e.cluster_id = ? and e.id <> ? and a.subject_kind = 'break_point' and a.verdict is not null`,
      )
      .pluck()
      .all(evaluation.clusterId, evaluation.id) as number[],
  );
}

function generatedItems(ctx: CallContext, evaluation: Evaluation, snapshot: Snapshot): GeneratedItem[] {
  const language = evaluation.language;
  return generateAgenda(
    snapshot,
    evaluationFigures(snapshot),
    {
      overall: translate(language, 'evaluation.agenda.overall'),
      decision: translate(language, 'evaluation.agenda.decision'),
    },
    verdictsGiven(ctx, evaluation),
  );
}

/**
 * Brings the agenda in line with the figures: generated items that still apply keep their place,
 * minutes and assessment (their reason is updated); generated items that no longer apply go,
 * unless minutes or an assessment were recorded for them; items added by hand stay; new items
 * come before the overall assessment. Returns the number of items.
 */
function syncAgenda(ctx: CallContext, evaluation: Evaluation, snapshot: Snapshot): number {
  const wanted = generatedItems(ctx, evaluation, snapshot);
  const key = (kind: string, subjectId: number | null) => `${kind}:${subjectId ?? ''}`;
  const existing = listEntities(ctx, 'agendaItem', { evaluationId: evaluation.id }).sort(
    (a, b) => a.sortOrder - b.sortOrder || a.id - b.id,
  );
  const assessed = new Set(
    (
      ctx.db
        .prepare('select subject_kind, subject_id from assessment where evaluation_id = ?')
        .all(evaluation.id) as { subject_kind: string; subject_id: number | null }[]
    ).map((a) => key(a.subject_kind, a.subject_id)),
  );
  const wantedByKey = new Map(wanted.map((w) => [key(w.kind, w.subjectId), w]));
  const kept: { id: number | null; item: GeneratedItem | null }[] = [];
  for (const item of existing) {
    const match = wantedByKey.get(key(item.kind, item.subjectId));
    if (item.origin === 'generated' && !match) {
      const used = item.minutes.trim() !== '' || assessed.has(key(assessmentKind(item.kind), item.subjectId));
      if (!used) {
        ctx.db.prepare('delete from agenda_item where id = ?').run(item.id);
        continue;
      }
    }
    if (match) {
      wantedByKey.delete(key(item.kind, item.subjectId));
      if (JSON.stringify(item.reason) !== JSON.stringify(match.reason))
        updateEntity(ctx, 'agendaItem', { id: item.id, reason: match.reason });
    }
    kept.push({ id: item.id, item: match ?? null });
  }
  // New items go before the overall assessment (or at the end), in the generated order.
  const fresh = wanted.filter((w) => wantedByKey.has(key(w.kind, w.subjectId)));
  const closing = kept.findIndex((k) => {
    const row = existing.find((e) => e.id === k.id);
    return row?.kind === 'overall' || row?.kind === 'decision';
  });
  const order = [...kept];
  order.splice(closing === -1 ? order.length : closing, 0, ...fresh.map((item) => ({ id: null, item })));
  order.forEach((entry, index) => {
    if (entry.id === null && entry.item) {
      createEntity(ctx, 'agendaItem', {
        evaluationId: evaluation.id,
        sortOrder: index,
        kind: entry.item.kind,
        subjectId: entry.item.subjectId,
        title: entry.item.title,
        reason: entry.item.reason,
        origin: 'generated',
        plannedMinutes: entry.item.plannedMinutes,
      });
    } else if (entry.id !== null) {
      const row = existing.find((e) => e.id === entry.id);
      if (row && row.sortOrder !== index) updateEntity(ctx, 'agendaItem', { id: entry.id, sortOrder: index });
    }
  });
  return order.length;
}

/** The subject kind an assessment records for an agenda item's kind. */
export function assessmentKind(kind: string): 'goal' | 'indicator' | 'break_point' | 'milestone' | 'overall' {
  return kind === 'indicator' || kind === 'break_point' || kind === 'milestone' ? kind : 'overall';
}

export function moveAgendaItem(ctx: CallContext, id: number, beforeId: number | null): { id: number } {
  const item = getEntity(ctx, 'agendaItem', id);
  assertNotLocked(ctx.db, item.evaluationId);
  const siblings = listEntities(ctx, 'agendaItem', { evaluationId: item.evaluationId })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .filter((s) => s.id !== id)
    .map((s) => s.id);
  const at = beforeId === null ? siblings.length : siblings.indexOf(beforeId);
  if (at === -1)
    throw new ApiFailure({ kind: 'validation', issues: [{ path: ['beforeId'], code: 'inconsistent' }] });
  siblings.splice(at, 0, id);
  siblings.forEach((itemId, index) => {
    const current = getEntity(ctx, 'agendaItem', itemId);
    if (current.sortOrder !== index) updateEntity(ctx, 'agendaItem', { id: itemId, sortOrder: index });
  });
  return { id };
}

export function changesSinceFreeze(ctx: CallContext, evaluationId: number): SnapshotChange[] {
  const evaluation = loadEvaluation(ctx, evaluationId);
  const frozen = readSnapshot(ctx, evaluationId);
  if (!frozen) return [];
  return diffSnapshots(frozen, buildSnapshot(ctx.db, scopeOf(ctx, evaluation), ctx.now()));
}

function figuresOf(
  kind: AgendaKind,
  subjectId: number | null,
  snapshot: Snapshot,
  figures: EvaluationFigures,
  language: Language,
): ItemFigures {
  if (kind === 'indicator') {
    const f = figures.indicators.find((i) => i.id === subjectId);
    const indicator = snapshot.indicators.find((i) => i.id === subjectId);
    if (f && indicator) {
      const { id: _id, direction: _d, ...rest } = f;
      const rules = statusIndicator(indicator);
      return {
        kind: 'indicator',
        ...rest,
        series: [...f.series],
        plan: [...f.plan],
        rules: { ...rules, targets: [...rules.targets] },
      };
    }
  }
  if (kind === 'break_point') {
    const b = snapshot.breakPoints.find((x) => x.id === subjectId);
    const f = figures.breakPoints.find((x) => x.id === subjectId);
    if (b && f) {
      return {
        kind: 'break_point',
        title: b.title,
        breakPointKind: b.kind,
        checkDate: b.checkDate,
        status: f.status,
        sentence: snapshotBreakPointSentence(language, snapshot, b.id),
        consequence: b.consequence,
        pace: f.pace,
        indicators: f.indicatorIds.flatMap((id) => {
          const i = figures.indicators.find((x) => x.id === id);
          return i ? [{ id, name: i.name, unit: i.unit, status: i.status, actual: i.actual }] : [];
        }),
      };
    }
  }
  if (kind === 'milestone') {
    const m = snapshot.milestones.find((x) => x.id === subjectId);
    const f = figures.milestones.find((x) => x.id === subjectId);
    if (m && f)
      return {
        kind: 'milestone',
        title: m.title,
        dueDate: m.dueDate,
        status: m.status,
        completedOn: m.completedOn,
        daysOverdue: f.daysOverdue,
        evidence: m.evidence,
      };
  }
  if (kind === 'overall' || kind === 'decision') {
    const counts: Record<string, number> = {};
    for (const i of figures.indicators) counts[i.status] = (counts[i.status] ?? 0) + 1;
    return {
      kind: 'overall',
      strategyStatus: figures.strategyStatus,
      goals: figures.goals.map(({ id, parentId, title, status }) => ({ id, parentId, title, status })),
      counts,
    };
  }
  return { kind: 'none' };
}

/** Everything the preparation screen, the meeting and the minutes show. */
export function evaluationView(ctx: CallContext, evaluationId: number): EvaluationView {
  const evaluation = loadEvaluation(ctx, evaluationId);
  const { snapshot, frozen } = snapshotFor(ctx, evaluation);
  const figures = evaluationFigures(snapshot);
  const language = evaluation.language;
  const assessments = listEntities(ctx, 'assessment', { evaluationId });
  const resolutions = listEntities(ctx, 'resolution', { evaluationId });
  const evidence = ctx.db
    .prepare(
      'select e.* from evidence e join assessment a on a.id = e.assessment_id where a.evaluation_id = ? order by e.id',
    )
    .all(evaluationId) as Record<string, unknown>[];
  const evidenceOf = new Map<number, EntityDto<'evidence'>[]>();
  for (const row of evidence) {
    const dto = {
      id: row.id,
      assessmentId: row.assessment_id,
      kind: row.kind,
      text: row.text,
      url: row.url,
      fileName: row.file_name,
      mimeType: row.mime_type,
      attachment: row.attachment,
    } as EntityDto<'evidence'>;
    evidenceOf.set(dto.assessmentId, [...(evidenceOf.get(dto.assessmentId) ?? []), dto]);
  }
  const agenda = listEntities(ctx, 'agendaItem', { evaluationId })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((item) => {
      const subjectKind = assessmentKind(item.kind);
      const assessment =
        item.kind === 'other' || item.kind === 'decision'
          ? null
          : (assessments.find((a) => a.subjectKind === subjectKind && a.subjectId === item.subjectId) ??
            null);
      return {
        ...item,
        figures: figuresOf(item.kind, item.subjectId, snapshot, figures, language),
        assessment,
        evidence: assessment ? (evidenceOf.get(assessment.id) ?? []) : [],
        draft: draftNarrative(language, item.kind, item.subjectId, snapshot, figures),
        verdicts: verdictsFor(item.kind) as never[],
        resolutions: resolutions.filter((r) => r.agendaItemId === item.id),
      };
    });
  const decision = listEntities(ctx, 'decision', { evaluationId })[0] ?? null;
  const proposal = proposedDecision(snapshot, figures);
  return {
    evaluation,
    clusterName: snapshot.cluster.name,
    strategyTitle: snapshot.strategy?.title ?? null,
    snapshot: frozen ? { takenAt: snapshot.takenAt, cutoff: snapshot.cutoff } : null,
    participants: listEntities(ctx, 'evaluationParticipant', { evaluationId }).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.id - b.id,
    ),
    agenda,
    decision,
    proposal: {
      outcome: proposal.outcome,
      rationale: translate(language, `evaluation.draft.decision.${proposal.outcome}`, proposal.params),
    },
    followUps: listEntities(ctx, 'followUp', { evaluationId }),
    adjustments: listEntities(ctx, 'adjustment', { evaluationId }),
    resolutions,
  };
}

/** Records (creates or updates) the assessment of one subject. */
export function saveAssessment(
  ctx: CallContext,
  input: {
    evaluationId: number;
    subjectKind: string;
    subjectId: number | null;
    verdict: string | null;
    narrative: string;
  },
): EntityDto<'assessment'> {
  const existing = ctx.db
    .prepare('select id from assessment where evaluation_id = ? and subject_kind = ? and subject_id is ?')
    .pluck()
    .get(input.evaluationId, input.subjectKind, input.subjectId) as number | undefined;
  return existing === undefined
    ? createEntity(ctx, 'assessment', input)
    : updateEntity(ctx, 'assessment', { id: existing, verdict: input.verdict, narrative: input.narrative });
}

export function saveDecision(
  ctx: CallContext,
  input: { evaluationId: number; outcome: string; rationale: string; decidedOn: string },
): EntityDto<'decision'> {
  const participants = presentNames(ctx, input.evaluationId);
  const existing = listEntities(ctx, 'decision', { evaluationId: input.evaluationId })[0];
  return existing
    ? updateEntity(ctx, 'decision', {
        id: existing.id,
        outcome: input.outcome,
        rationale: input.rationale,
        decidedOn: input.decidedOn,
        participants,
      })
    : createEntity(ctx, 'decision', { ...input, participants });
}

function presentNames(ctx: CallContext, evaluationId: number): string {
  return listEntities(ctx, 'evaluationParticipant', { evaluationId })
    .filter((p) => p.attendance === 'present')
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((p) => [p.name, p.organisation, p.role].filter(Boolean).join(', '))
    .join('; ');
}

// The meetings in progress: which item is on screen and how long each took (not stored until
// the meeting closes; moving through the agenda is not an edit to undo).
const meetings = new Map<string, MeetingState>();
const meetingKey = (ctx: CallContext, evaluationId: number) => `${ctx.workspacePath}#${evaluationId}`;

function setStatus(
  ctx: CallContext,
  evaluation: Evaluation,
  status: Evaluation['status'],
  lockedAt: string | null,
) {
  // Status changes only through the meeting's commands (a plain edit is refused, see guard.ts).
  ctx.db
    .prepare('update evaluation set status = ?, locked_at = ?, updated_at = ? where id = ?')
    .run(status, lockedAt, ctx.now(), evaluation.id);
}

export function meetingState(ctx: CallContext, evaluationId: number): MeetingState | null {
  return meetings.get(meetingKey(ctx, evaluationId)) ?? null;
}

export function startMeeting(ctx: CallContext, evaluationId: number): MeetingState {
  const evaluation = loadEvaluation(ctx, evaluationId);
  requireOpen(evaluation);
  if (!readSnapshot(ctx, evaluationId))
    throw new ApiFailure({
      kind: 'conflict',
      code: 'evaluationNotFrozen',
      params: { title: evaluation.title },
    });
  if (evaluation.status === 'draft') setStatus(ctx, evaluation, 'in_meeting', null);
  const now = ctx.now();
  const state = meetings.get(meetingKey(ctx, evaluationId)) ?? {
    evaluationId,
    index: 0,
    since: now,
    spent: {},
    startedAt: now,
  };
  meetings.set(meetingKey(ctx, evaluationId), state);
  ctx.emit({ type: 'meeting', state });
  return state;
}

export function gotoItem(ctx: CallContext, evaluationId: number, index: number): MeetingState {
  const evaluation = loadEvaluation(ctx, evaluationId);
  if (evaluation.status !== 'in_meeting')
    throw new ApiFailure({
      kind: 'conflict',
      code: 'meetingNotStarted',
      params: { title: evaluation.title },
    });
  const items = ctx.db
    .prepare('select id from agenda_item where evaluation_id = ? order by sort_order, id')
    .pluck()
    .all(evaluationId) as number[];
  if (index >= items.length)
    throw new ApiFailure({
      kind: 'validation',
      issues: [{ path: ['index'], code: 'tooBig', params: { max: items.length - 1 } }],
    });
  const now = ctx.now();
  const current = meetings.get(meetingKey(ctx, evaluationId)) ?? {
    evaluationId,
    index,
    since: now,
    spent: {},
    startedAt: now,
  };
  const spent = { ...current.spent };
  const leaving = items[current.index];
  if (leaving !== undefined && current.index !== index) {
    const seconds = Math.max(0, (Date.parse(now) - Date.parse(current.since)) / 1000);
    spent[String(leaving)] = (spent[String(leaving)] ?? 0) + seconds;
  }
  const state: MeetingState = current.index === index ? current : { ...current, index, since: now, spent };
  meetings.set(meetingKey(ctx, evaluationId), state);
  ctx.emit({ type: 'meeting', state });
  return state;
}

/**
 * Closes the meeting: it needs the decision; follow-up actions become milestones of the strategy
 * (linked back to their follow-up); the time spent per item is kept; the evaluation is decided.
 */
export function closeMeeting(ctx: CallContext, evaluationId: number): { milestones: number } {
  const evaluation = loadEvaluation(ctx, evaluationId);
  requireOpen(evaluation);
  const decision = listEntities(ctx, 'decision', { evaluationId })[0];
  if (!decision)
    throw new ApiFailure({
      kind: 'conflict',
      code: 'decisionMissing',
      path: ['decision'],
      params: { title: evaluation.title },
    });
  const { strategyId } = scopeOf(ctx, evaluation);
  let milestones = 0;
  for (const followUp of listEntities(ctx, 'followUp', { evaluationId })) {
    if (followUp.milestoneId !== null || strategyId === null) continue;
    const milestone = createEntity(ctx, 'milestone', {
      strategyId,
      goalId: followUp.goalId,
      title: followUp.title,
      dueDate: followUp.dueDate,
      owner: followUp.owner,
      evidence: `${evaluation.title}: ${decision.rationale}`.slice(0, 20000),
    });
    updateEntity(ctx, 'followUp', { id: followUp.id, milestoneId: milestone.id });
    milestones++;
  }
  const state = meetings.get(meetingKey(ctx, evaluationId));
  if (state) {
    const items = ctx.db
      .prepare('select id from agenda_item where evaluation_id = ? order by sort_order, id')
      .pluck()
      .all(evaluationId) as number[];
    const spent = { ...state.spent };
    const current = items[state.index];
    if (current !== undefined)
      spent[String(current)] =
        (spent[String(current)] ?? 0) + Math.max(0, (Date.parse(ctx.now()) - Date.parse(state.since)) / 1000);
    for (const [id, seconds] of Object.entries(spent)) {
      if (items.includes(Number(id)))
        updateEntity(ctx, 'agendaItem', { id: Number(id), actualSeconds: Math.round(seconds) });
    }
    meetings.delete(meetingKey(ctx, evaluationId));
  }
  updateEntity(ctx, 'decision', { id: decision.id, participants: presentNames(ctx, evaluationId) });
  setStatus(ctx, evaluation, 'decided', null);
  return { milestones };
}

export function lock(ctx: CallContext, evaluationId: number): Evaluation {
  const evaluation = loadEvaluation(ctx, evaluationId);
  assertNotLockedStatus(evaluation);
  if (evaluation.status !== 'decided')
    throw new ApiFailure({
      kind: 'conflict',
      code: 'evaluationNotDecided',
      params: { title: evaluation.title },
    });
  setStatus(ctx, evaluation, 'locked', ctx.now());
  return loadEvaluation(ctx, evaluationId);
}

export function unlock(ctx: CallContext, evaluationId: number, reason: string): Evaluation {
  const evaluation = loadEvaluation(ctx, evaluationId);
  if (evaluation.status !== 'locked')
    throw new ApiFailure({
      kind: 'conflict',
      code: 'evaluationNotLocked',
      params: { title: evaluation.title },
    });
  ctx.setReason(reason);
  setStatus(ctx, evaluation, 'decided', null);
  return loadEvaluation(ctx, evaluationId);
}

/** Applies a proposed adjustment: sets the indicator's target at the date, and marks it applied. */
export function applyAdjustment(ctx: CallContext, id: number): EntityDto<'adjustment'> {
  const adjustment = getEntity(ctx, 'adjustment', id);
  const evaluation = loadEvaluation(ctx, adjustment.evaluationId);
  if (evaluation.status !== 'decided' && evaluation.status !== 'locked')
    throw new ApiFailure({
      kind: 'conflict',
      code: 'evaluationNotDecided',
      params: { title: evaluation.title },
    });
  if (adjustment.appliedAt !== null)
    throw new ApiFailure({
      kind: 'conflict',
      code: 'adjustmentApplied',
      params: { title: adjustment.description },
    });
  if (adjustment.indicatorId === null || adjustment.targetDate === null || adjustment.targetValue === null)
    throw new ApiFailure({ kind: 'validation', issues: [{ path: ['indicatorId'], code: 'required' }] });
  const target = ctx.db
    .prepare('select id from target where indicator_id = ? and date = ?')
    .pluck()
    .get(adjustment.indicatorId, adjustment.targetDate) as number | undefined;
  if (target === undefined)
    createEntity(ctx, 'target', {
      indicatorId: adjustment.indicatorId,
      date: adjustment.targetDate,
      value: adjustment.targetValue,
      note: adjustment.description.slice(0, 2000),
    });
  else
    updateEntity(ctx, 'target', {
      id: target,
      value: adjustment.targetValue,
      note: adjustment.description.slice(0, 2000),
    });
  // Applied after the lock: the adjustment is changed through its own command, never by a plain edit.
  ctx.db.prepare('update adjustment set applied_at = ? where id = ?').run(ctx.now(), id);
  return getEntity(ctx, 'adjustment', id);
}
