// The annual evaluation through the contract, on the demo workspace: prepare, freeze, see what
// changed, assess, hold the meeting, decide, follow-ups as milestones, lock the period, and
// the refusals and undo steps along the way.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationView, MeetingState, SnapshotChangeDto } from '../../shared/contract/evaluation.ts';
import type { BackendEvent } from '../../shared/contract/events.ts';
import type { AuditBatch } from '../../shared/contract/schemas.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let clock = new Date('2026-11-21T10:00:00Z');

beforeEach(async () => {
  const dir = newDir();
  clock = new Date('2026-11-21T10:00:00Z');
  backend = await createBackend({
    workspacePath: path.join(dir, 'e.clusterpilot'),
    dataDir: dir,
    demoForNewWorkspace: 'en',
    validateOutputs: true,
    now: () => clock,
  });
});
afterEach(() => backend.close());

const sql = <T>(query: string, ...params: unknown[]) =>
  backend.workspace.db
    .prepare(query)
    .pluck()
    .get(...params) as T;
const view = (evaluationId: number) => must<EvaluationView>(backend, 'evaluation.view', { evaluationId });
const draftId = () => sql<number>("select id from evaluation where status = 'draft'");
const lockedId = () => sql<number>("select id from evaluation where status = 'locked'");
const indicatorId = (name: string) => sql<number>('select id from indicator where name = ?', name);

describe('the demo', () => {
  it('holds last year’s evaluation decided and locked, with its minutes, and this year’s as a draft', async () => {
    const locked = await view(lockedId());
    expect(locked.evaluation).toMatchObject({
      title: 'Annual evaluation 2025',
      status: 'locked',
      language: 'en',
    });
    expect(locked.snapshot).toMatchObject({ cutoff: '2025-12-31' });
    expect(locked.agenda.at(-2)?.kind).toBe('overall');
    expect(locked.agenda.at(-1)?.kind).toBe('decision');
    expect(locked.agenda.every((i) => i.origin === 'generated')).toBe(true);
    expect(locked.agenda.filter((i) => i.kind !== 'decision').every((i) => i.assessment?.verdict)).toBe(true);
    expect(locked.agenda.every((i) => (i.actualSeconds ?? 0) > 0)).toBe(true);
    expect(locked.decision).toMatchObject({ outcome: 'continue_with_adjustments', decidedOn: '2026-02-20' });
    expect(locked.decision?.participants).toContain('Dr. Katrin Vogel');
    expect(locked.decision?.participants).not.toContain('Markus Seidel'); // apologised
    expect(locked.followUps.every((f) => f.milestoneId !== null)).toBe(true);
    expect(locked.resolutions).toHaveLength(2);
    const draft = await view(draftId());
    expect(draft.evaluation).toMatchObject({ title: 'Annual evaluation 2026', status: 'draft' });
    expect(draft.snapshot).toBeNull();
    expect(draft.participants).toHaveLength(7);
  });
});

describe('preparing an evaluation', () => {
  it('refuses a cut-off before the period starts, next to the field, and writes nothing', async () => {
    const before = sql<number>('select count(*) from evaluation');
    expect(
      await backend.call('evaluations.create', {
        clusterId: 1,
        title: 'Falsch',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        cutoffDate: '2025-12-31',
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['cutoffDate'], code: 'inconsistent' }] },
    });
    expect(sql<number>('select count(*) from evaluation')).toBe(before);
  });

  it('generates the agenda from the data as of the cut-off, each item with its reason, in one undoable freeze', async () => {
    const id = draftId();
    const frozen = await must<{ takenAt: string; agendaItems: number }>(backend, 'evaluation.freeze', {
      evaluationId: id,
    });
    const v = await view(id);
    expect(v.snapshot).toEqual({ takenAt: frozen.takenAt, cutoff: '2026-12-31' });
    expect(v.agenda).toHaveLength(frozen.agendaItems);
    const codes = v.agenda.map((i) => [i.kind, (i.reason as { code: string }).code]);
    // The demo's known statuses: one indicator off track (international partnerships), one
    // break-point at risk (the private share), one milestone overdue.
    expect(codes).toContainEqual(['indicator', 'indicatorOffTrack']);
    expect(
      v.agenda.find(
        (i) => i.kind === 'indicator' && (i.reason as { code: string }).code === 'indicatorOffTrack',
      )?.title,
    ).toBe('International partnerships');
    expect(codes.filter(([kind]) => kind === 'break_point').map(([, code]) => code)).toContain(
      'breakPointAtRisk',
    );
    expect(codes.filter(([, code]) => code === 'milestoneOverdue')).toHaveLength(1);
    expect(codes.slice(-2)).toEqual([
      ['overall', 'overall'],
      ['decision', 'decision'],
    ]);
    // Each item reads its figures from the snapshot, with a draft in the evaluation's language.
    const partnerships = v.agenda.find((i) => i.title === 'International partnerships')!;
    expect(partnerships.figures).toMatchObject({ kind: 'indicator', status: 'off_track' });
    expect(partnerships.draft).toMatch(/^International partnerships stood at /);
    expect(partnerships.verdicts).toEqual(['achieved', 'partly_achieved', 'not_achieved']);

    // One undo takes the freeze back: no snapshot, no agenda.
    await must(backend, 'history.undo', {});
    const undone = await view(id);
    expect(undone.snapshot).toBeNull();
    expect(undone.agenda).toEqual([]);
  });

  it('says what changed after the freeze, and a refreeze takes it in', async () => {
    const id = draftId();
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    expect(await must(backend, 'evaluation.changes', { evaluationId: id })).toEqual([]);
    const media = indicatorId('Media mentions');
    const date = sql<string>(
      "select max(date) from measurement where indicator_id = ? and date like '2026-%'",
      media,
    );
    const value = sql<number>(
      'select value from measurement where indicator_id = ? and date = ?',
      media,
      date,
    );
    await must(backend, 'measurements.save', {
      clusterId: 1,
      changes: [{ indicatorId: media, date, value: value + 5 }],
    });
    expect(await must<SnapshotChangeDto[]>(backend, 'evaluation.changes', { evaluationId: id })).toEqual([
      {
        entity: 'measurement',
        id: media,
        name: 'Media mentions',
        detail: date,
        before: value,
        after: value + 5,
      },
    ]);
    // The frozen view still shows the old value.
    const frozen = (await view(id)).agenda.find((i) => i.title === 'Media mentions');
    expect(frozen?.figures).toMatchObject({ kind: 'indicator', actual: value, lastMeasurement: date });
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    expect(await must(backend, 'evaluation.changes', { evaluationId: id })).toEqual([]);
  });

  it('edits the agenda: add, reorder, minutes; a refreeze keeps what was added and written', async () => {
    const id = draftId();
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const added = await must<{ id: number }>(backend, 'agendaItems.create', {
      evaluationId: id,
      kind: 'other',
      title: 'Report of the cluster management',
      plannedMinutes: 10,
    });
    const first = (await view(id)).agenda[0]!;
    await must(backend, 'agendaItems.move', { id: added.id, beforeId: first.id });
    await must(backend, 'agendaItems.update', { id: first.id, minutes: 'Discussed at length.' });
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const after = (await view(id)).agenda;
    expect(after[0]).toMatchObject({
      id: added.id,
      origin: 'added',
      title: 'Report of the cluster management',
    });
    expect(after.find((i) => i.id === first.id)?.minutes).toBe('Discussed at length.');
    expect(
      await backend.call('agendaItems.create', { evaluationId: id, kind: 'indicator', title: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['subjectId'] }] },
    });
  });
});

describe('assessing and deciding', () => {
  it('refuses a verdict that does not fit the item, a decision without rationale and a follow-up without owner or date', async () => {
    const id = draftId();
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const breakPoint = (await view(id)).agenda.find((i) => i.kind === 'break_point')!;
    expect(
      await backend.call('assessments.save', {
        evaluationId: id,
        subjectKind: 'break_point',
        subjectId: breakPoint.subjectId,
        verdict: 'achieved',
        narrative: '',
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['verdict'], code: 'inconsistent' }] },
    });
    expect(
      await backend.call('decisions.save', {
        evaluationId: id,
        outcome: 'continue',
        rationale: '  ',
        decidedOn: '2027-02-19',
      }),
    ).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['rationale'] }] } });
    expect(
      await backend.call('followUps.create', { evaluationId: id, title: 'Report', dueDate: '2027-06-30' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['owner'], code: 'required' }] },
    });
    expect(
      await backend.call('followUps.create', { evaluationId: id, title: 'Report', owner: 'Office' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['dueDate'], code: 'required' }] },
    });
    expect(sql<number>('select count(*) from assessment where evaluation_id = ?', id)).toBe(0);
    expect(sql<number>('select count(*) from decision where evaluation_id = ?', id)).toBe(0);

    const saved = await must<{ id: number; verdict: string }>(backend, 'assessments.save', {
      evaluationId: id,
      subjectKind: 'break_point',
      subjectId: breakPoint.subjectId,
      verdict: 'missed',
      narrative: 'The private share lags.',
    });
    const again = await must<{ id: number; verdict: string }>(backend, 'assessments.save', {
      evaluationId: id,
      subjectKind: 'break_point',
      subjectId: breakPoint.subjectId,
      verdict: 'not_assessable',
      narrative: 'Too early to say.',
    });
    expect(again.id).toBe(saved.id);
    expect(again.verdict).toBe('not_assessable');
  });

  it('keeps files as evidence in the workspace, and undo and redo of their removal keep the file', async () => {
    const id = draftId();
    const assessment = await must<{ id: number }>(backend, 'assessments.save', {
      evaluationId: id,
      subjectKind: 'overall',
      subjectId: null,
      verdict: null,
      narrative: '',
    });
    const content = Buffer.from('%PDF-1.7 minutes of the board').toString('base64');
    const evidence = await must<{ id: number; fileName: string }>(backend, 'evidence.attach', {
      assessmentId: assessment.id,
      fileName: 'minutes.pdf',
      mimeType: 'application/pdf',
      content,
    });
    expect(await must(backend, 'evidence.file', { id: evidence.id })).toEqual({
      fileName: 'minutes.pdf',
      mimeType: 'application/pdf',
      content,
    });
    await must(backend, 'evidence.delete', { id: evidence.id });
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'evidence.file', { id: evidence.id })).toMatchObject({ content });
    expect(
      await backend.call('evidence.create', {
        assessmentId: assessment.id,
        kind: 'link',
        url: 'javascript:alert(1)',
      }),
    ).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['url'] }] } });
  });
});

describe('the meeting', () => {
  it('moves through the agenda with every screen following, closes with the decision, and turns follow-ups into milestones', async () => {
    const id = draftId();
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const events: BackendEvent[] = [];
    backend.onEvent((e) => events.push(e));
    clock = new Date('2027-02-19T09:00:00Z');
    const started = await must<MeetingState>(backend, 'meeting.start', { evaluationId: id });
    expect(started).toMatchObject({ evaluationId: id, index: 0 });
    expect(sql<string>('select status from evaluation where id = ?', id)).toBe('in_meeting');
    clock = new Date('2027-02-19T09:07:30Z');
    const moved = await must<MeetingState>(backend, 'meeting.goto', { evaluationId: id, index: 1 });
    const agenda = (await view(id)).agenda;
    expect(moved.spent).toEqual({ [String(agenda[0]!.id)]: 450 });
    expect(
      events.filter((e) => e.type === 'meeting').map((e) => (e as { state: MeetingState }).state.index),
    ).toEqual([0, 1]);
    // Moving is not an edit: nothing to undo.
    expect((await must<{ undo: { label: string } | null }>(backend, 'history.state', {})).undo?.label).toBe(
      'meeting.start',
    );

    expect(await backend.call('meeting.close', { evaluationId: id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'decisionMissing' },
    });
    const goal = sql<number>('select id from goal order by id limit 1');
    await must(backend, 'followUps.create', {
      evaluationId: id,
      title: 'Present the fee scale',
      owner: 'Cluster office',
      dueDate: '2027-06-30',
      goalId: goal,
    });
    await must(backend, 'evaluationParticipants.update', {
      id: sql<number>(
        'select id from evaluation_participant where evaluation_id = ? order by id limit 1',
        id,
      ),
      attendance: 'present',
    });
    await must(backend, 'decisions.save', {
      evaluationId: id,
      outcome: 'continue',
      rationale: 'On plan.',
      decidedOn: '2027-02-19',
    });
    clock = new Date('2027-02-19T10:30:00Z');
    expect(await must(backend, 'meeting.close', { evaluationId: id })).toEqual({ milestones: 1 });
    const v = await view(id);
    expect(v.evaluation.status).toBe('decided');
    expect(v.decision?.participants).toContain('Dr. Katrin Vogel');
    const milestone = sql<number>('select milestone_id from follow_up where evaluation_id = ?', id);
    expect(sql<string>('select title from milestone where id = ?', milestone)).toBe('Present the fee scale');
    expect(v.agenda[0]!.actualSeconds).toBe(450);
    expect(v.agenda[1]!.actualSeconds).toBe(4950);
    // Closing is one step: undo brings the meeting back, without the milestone.
    await must(backend, 'history.undo', {});
    expect(sql<string>('select status from evaluation where id = ?', id)).toBe('in_meeting');
    expect(sql<number>("select count(*) from milestone where title = 'Present the fee scale'")).toBe(0);
  });
});

describe('the lock', () => {
  it('refuses edits to a locked evaluation, asks for a reason to change its period’s values, and shows the reason', async () => {
    const id = lockedId();
    const overall = (await view(id)).agenda.find((i) => i.kind === 'overall')!;
    expect(
      await backend.call('assessments.save', {
        evaluationId: id,
        subjectKind: 'overall',
        subjectId: null,
        verdict: 'achieved',
        narrative: 'Changed afterwards',
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'evaluationLocked', params: { title: 'Annual evaluation 2025' } },
    });
    expect(await backend.call('evaluations.update', { id, title: 'Other' })).toMatchObject({
      ok: false,
      error: { code: 'evaluationLocked' },
    });
    expect(await backend.call('agendaItems.update', { id: overall.id, minutes: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'evaluationLocked' },
    });

    const media = indicatorId('Media mentions');
    const date = sql<string>(
      "select max(date) from measurement where indicator_id = ? and date like '2025-%'",
      media,
    );
    const change = { indicatorId: media, date, value: 99 };
    expect(await backend.call('measurements.save', { clusterId: 1, changes: [change] })).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        code: 'lockedPeriod',
        path: ['reason'],
        params: { title: 'Annual evaluation 2025', from: '2025-01-01', to: '2025-12-31' },
      },
    });
    // Every path is held: the plain call, and the schema's trigger behind it.
    const measurementId = sql<number>(
      'select id from measurement where indicator_id = ? and date = ?',
      media,
      date,
    );
    expect(await backend.call('measurements.update', { id: measurementId, value: 98 })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'lockedPeriod' },
    });
    expect(
      await backend.call('measurements.save', {
        clusterId: 1,
        changes: [change],
        reason: 'Corrected by the publisher',
      }),
    ).toMatchObject({ ok: true });
    const [entry] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ label: 'measurements.save', reason: 'Corrected by the publisher' });
    // Undoing it carries the same reason.
    await must(backend, 'history.undo', {});
    const [undo] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(undo).toMatchObject({ kind: 'undo', reason: 'Corrected by the publisher' });

    // Unlocking is explicit and audited with its reason; then the evaluation can be edited.
    expect(await backend.call('evaluation.unlock', { evaluationId: id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['reason'] }] },
    });
    await must(backend, 'evaluation.unlock', { evaluationId: id, reason: 'A value was reported wrongly' });
    const [unlocked] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(unlocked).toMatchObject({ label: 'evaluation.unlock', reason: 'A value was reported wrongly' });
    expect(await backend.call('measurements.save', { clusterId: 1, changes: [change] })).toMatchObject({
      ok: true,
    });
    await must(backend, 'evaluation.lock', { evaluationId: id });
    expect(sql<string>('select status from evaluation where id = ?', id)).toBe('locked');
  });

  it('applies a proposed adjustment by its own command, once', async () => {
    const adjustment = sql<number>('select id from adjustment');
    const indicator = indicatorId('International partnerships');
    const applied = await must<{ appliedAt: string | null }>(backend, 'adjustments.apply', {
      id: adjustment,
    });
    expect(applied.appliedAt).not.toBeNull();
    expect(
      sql<number>("select value from target where indicator_id = ? and date = '2028-12-31'", indicator),
    ).toBe(6);
    expect(await backend.call('adjustments.apply', { id: adjustment })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'adjustmentApplied' },
    });
  });
});
