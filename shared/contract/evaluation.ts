// Data transfer objects of the evaluation calls: the evaluation as the preparation screen, the
// meeting and the minutes show it (figures computed from the frozen snapshot), what changed
// since the freeze, and the meeting's shared position.
import { z } from 'zod';
import { dtoSchema, enums, isoDate } from './entities.ts';
import { MAX_IMPORT_BASE64_CHARS } from './envelope.ts';
import { breakPointStatus, id, indicatorStatus, isoDateTime } from './schemas.ts';

const point = z.object({ date: z.string(), value: z.number() });
const pace = z.object({
  needed: z.number(),
  soFar: z.number().nullable(),
  target: z.number(),
  date: z.string(),
});

/** The frozen figures of one agenda item's subject, as of the cut-off date. */
export const itemFigures = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('indicator'),
    name: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    derived: z.string().nullable(),
    status: indicatorStatus,
    actual: z.number().nullable(),
    planned: z.number().nullable(),
    deviation: z.number().nullable(),
    lastMeasurement: z.string().nullable(),
    target: point.nullable(),
    trend: z
      .object({
        value: z.number(),
        until: z.string(),
        method: z.object({
          kind: z.literal('leastSquares'),
          window: z.number().int(),
          from: z.string(),
          to: z.string(),
        }),
      })
      .nullable(),
    pace: pace.nullable(),
    series: z.array(point),
    plan: z.array(point),
  }),
  z.object({
    kind: z.literal('break_point'),
    title: z.string(),
    breakPointKind: z.enum(['rule', 'qualitative']),
    checkDate: z.string(),
    status: breakPointStatus,
    /** The rule read as a sentence, in the evaluation's language. */
    sentence: z.string(),
    consequence: z.string().nullable(),
    pace: pace.nullable(),
    /** The indicators the rule names, with their figures (for the chart). */
    indicators: z.array(
      z.object({
        id,
        name: z.string(),
        unit: z.string(),
        status: indicatorStatus,
        actual: z.number().nullable(),
      }),
    ),
  }),
  z.object({
    kind: z.literal('milestone'),
    title: z.string(),
    dueDate: z.string(),
    status: enums.milestoneStatus,
    completedOn: z.string().nullable(),
    daysOverdue: z.number().int(),
    evidence: z.string(),
  }),
  z.object({
    kind: z.literal('overall'),
    strategyStatus: indicatorStatus,
    goals: z.array(z.object({ id, parentId: id.nullable(), title: z.string(), status: indicatorStatus })),
    counts: z.record(z.string(), z.number().int()),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type ItemFigures = z.infer<typeof itemFigures>;

export const agendaEntry = dtoSchema('agendaItem').extend({
  figures: itemFigures,
  assessment: dtoSchema('assessment').nullable(),
  evidence: z.array(dtoSchema('evidence')),
  /** The narrative draft written from the figures, in the evaluation's language. */
  draft: z.string(),
  /** The verdicts that fit the item's kind. */
  verdicts: z.array(enums.verdict),
  resolutions: z.array(dtoSchema('resolution')),
});
export type AgendaEntry = z.infer<typeof agendaEntry>;

export const evaluationView = z.object({
  evaluation: dtoSchema('evaluation'),
  clusterName: z.string(),
  strategyTitle: z.string().nullable(),
  snapshot: z.object({ takenAt: isoDateTime, cutoff: z.string() }).nullable(),
  participants: z.array(dtoSchema('evaluationParticipant')),
  agenda: z.array(agendaEntry),
  decision: dtoSchema('decision').nullable(),
  /** The decision the figures point to, with its draft rationale. */
  proposal: z.object({ outcome: enums.outcome, rationale: z.string() }).nullable(),
  followUps: z.array(dtoSchema('followUp')),
  adjustments: z.array(dtoSchema('adjustment')),
  resolutions: z.array(dtoSchema('resolution')),
});
export type EvaluationView = z.infer<typeof evaluationView>;

export const snapshotChange = z.object({
  entity: z.enum(['measurement', 'target', 'indicator', 'breakPoint', 'milestone', 'goal']),
  id,
  name: z.string(),
  detail: z.string(),
  before: z.union([z.string(), z.number()]).nullable(),
  after: z.union([z.string(), z.number()]).nullable(),
});
export type SnapshotChangeDto = z.infer<typeof snapshotChange>;

/** Where a meeting stands: the item on screen and the time spent on each item so far. */
export const meetingState = z.object({
  evaluationId: id,
  index: z.number().int().min(0),
  /** When the current item came on screen. */
  since: isoDateTime,
  /** Seconds spent on each item before (by agenda item id). */
  spent: z.record(z.string(), z.number()),
  startedAt: isoDateTime,
});
export type MeetingState = z.infer<typeof meetingState>;

export const attachInput = z.strictObject({
  assessmentId: id,
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().max(200).default('application/octet-stream'),
  /** The file's bytes, base64-encoded. */
  content: z.string().max(MAX_IMPORT_BASE64_CHARS),
  text: z.string().max(20000).default(''),
});

export const evaluationCalls = {
  byEvaluation: z.strictObject({ evaluationId: id }),
  assessment: z.strictObject({
    evaluationId: id,
    subjectKind: enums.subjectKind,
    subjectId: id.nullable(),
    verdict: enums.verdict.nullable(),
    narrative: z.string().max(20000),
  }),
  decision: z.strictObject({
    evaluationId: id,
    outcome: enums.outcome,
    rationale: z.string().trim().min(1).max(20000),
    decidedOn: isoDate,
  }),
  move: z.strictObject({ id, beforeId: id.nullable() }),
  goto: z.strictObject({ evaluationId: id, index: z.number().int().min(0).max(500) }),
  unlock: z.strictObject({ evaluationId: id, reason: z.string().trim().min(1).max(500) }),
};
