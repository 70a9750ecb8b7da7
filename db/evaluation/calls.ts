// The annual evaluation: freeze, agenda, assessments, evidence, the meeting, the decision, the
// lock of the period, and applying what was decided.
import crypto from 'node:crypto';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { FileHandlers, RowHandlers } from '../backend/calls.ts';
import { createEntity, getEntity } from '../backend/entity-store.ts';
import {
  applyAdjustment,
  changesSinceFreeze,
  closeMeeting,
  evaluationView,
  freeze,
  gotoItem,
  lock,
  meetingState,
  moveAgendaItem,
  regenerateAgenda,
  saveAssessment,
  saveDecision,
  startMeeting,
  unlock,
} from './evaluation.ts';

/** The largest file kept as evidence (the schema holds the same limit). */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const evaluationRowCalls = {
  'evaluation.freeze': ({ evaluationId }, ctx) => freeze(ctx, evaluationId),
  'evaluation.generateAgenda': ({ evaluationId }, ctx) => regenerateAgenda(ctx, evaluationId),
  'evaluation.view': ({ evaluationId }, ctx) => evaluationView(ctx, evaluationId),
  'evaluation.changes': ({ evaluationId }, ctx) => changesSinceFreeze(ctx, evaluationId),
  'agendaItems.move': ({ id, beforeId }, ctx) => moveAgendaItem(ctx, id, beforeId),
  'assessments.save': (input, ctx) => saveAssessment(ctx, input),
  'decisions.save': (input, ctx) => saveDecision(ctx, input),
  'meeting.start': ({ evaluationId }, ctx) => startMeeting(ctx, evaluationId),
  'meeting.goto': ({ evaluationId, index }, ctx) => gotoItem(ctx, evaluationId, index),
  'meeting.state': ({ evaluationId }, ctx) => meetingState(ctx, evaluationId),
  'meeting.close': ({ evaluationId }, ctx) => closeMeeting(ctx, evaluationId),
  'evaluation.lock': ({ evaluationId }, ctx) => lock(ctx, evaluationId),
  'evaluation.unlock': ({ evaluationId, reason }, ctx) => unlock(ctx, evaluationId, reason),
  'adjustments.apply': ({ id }, ctx) => applyAdjustment(ctx, id),
  'evidence.file': ({ id }, ctx) => {
    const evidence = getEntity(ctx, 'evidence', id);
    const content = evidence.attachment
      ? (ctx.db.prepare('select content from attachment where sha256 = ?').pluck().get(evidence.attachment) as
          | Buffer
          | undefined)
      : undefined;
    if (!content) throw new ApiFailure({ kind: 'notFound', entity: 'attachment', id });
    return { fileName: evidence.fileName, mimeType: evidence.mimeType, content: content.toString('base64') };
  },
} satisfies Partial<RowHandlers>;

export const evaluationFileCalls = {
  'evidence.attach': async (input, ctx) => {
    const bytes = Buffer.from(input.content, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw new ApiFailure({ kind: 'conflict', code: 'tooLarge', path: ['content'], params: { max: 20 } });
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const result = ctx.runAudited('evidence.attach', input, (_input, row) => {
      // Stored once by content; the evidence row (audited) refers to it.
      row.db
        .prepare(
          'insert into attachment (sha256, bytes, content) values (?, ?, ?) on conflict (sha256) do nothing',
        )
        .run(sha256, bytes.length, bytes);
      return createEntity(row, 'evidence', {
        assessmentId: input.assessmentId,
        kind: 'file',
        text: input.text,
        fileName: input.fileName,
        mimeType: input.mimeType,
        attachment: sha256,
      });
    });
    if (!result.ok) throw new ApiFailure(result.error);
    return result.data;
  },
} satisfies Partial<FileHandlers>;
