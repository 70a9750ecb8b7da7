// What a locked evaluation protects: once locked, nothing of it changes (its assessments,
// decision, agenda, participants, resolutions, follow-ups, adjustments, evidence) until it is
// unlocked by its explicit, audited command; and its status moves only through the meeting's
// commands (start, close, lock, unlock), never through a plain edit.
import type { EntityKind } from '../../shared/contract/entities.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

type Dto = Readonly<Record<string, unknown>>;

const children = new Set<EntityKind>([
  'evaluationParticipant',
  'agendaItem',
  'assessment',
  'decision',
  'resolution',
  'followUp',
  'adjustment',
]);

function evaluationOf(db: SqliteDatabase, kind: EntityKind, item: Dto): number | null {
  if (kind === 'evaluation') return item.id as number;
  if (children.has(kind)) return item.evaluationId as number;
  if (kind === 'evidence')
    return (
      (db.prepare('select evaluation_id from assessment where id = ?').pluck().get(item.assessmentId) as
        | number
        | undefined) ?? null
    );
  return null;
}

export function assertNotLocked(db: SqliteDatabase, evaluationId: number): void {
  const row = db.prepare('select title, status from evaluation where id = ?').get(evaluationId) as
    | { title: string; status: string }
    | undefined;
  if (row?.status === 'locked')
    throw new ApiFailure({ kind: 'conflict', code: 'evaluationLocked', params: { title: row.title } });
}

/** Refuses a plain create, update or delete that a locked evaluation forbids. */
export function guardEvaluationWrite(
  db: SqliteDatabase,
  kind: EntityKind,
  existing: Dto | null,
  next: Dto | null,
): void {
  const item = existing ?? next;
  if (!item) return;
  const evaluationId = evaluationOf(db, kind, item);
  if (evaluationId === null) return;
  if (kind === 'evaluation') {
    if (existing) assertNotLocked(db, evaluationId);
    const status = (existing ?? { status: 'draft', lockedAt: null }) as Dto;
    if (
      next &&
      ((next.status ?? 'draft') !== status.status || (next.lockedAt ?? null) !== (status.lockedAt ?? null))
    )
      throw new ApiFailure({ kind: 'validation', issues: [{ path: ['status'], code: 'inconsistent' }] });
    return;
  }
  assertNotLocked(db, evaluationId);
}
