// The period lock: a decided evaluation, once locked, freezes the measurements dated in its
// period. Changing one then needs a reason, which the audit trail keeps and the Activity panel
// shows. The schema enforces the same (migration 3's triggers); this check names the evaluation.
import { ApiFailure } from '../../shared/contract/result.ts';
import type { CallContext } from '../backend/context.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface LockedPeriod {
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

/** The locked evaluation whose period holds one of the dates, for the cluster; null if none. */
export function lockedPeriod(
  db: SqliteDatabase,
  clusterId: number,
  dates: Iterable<string>,
): LockedPeriod | null {
  const periods = db
    .prepare(
      "select title, period_start as periodStart, period_end as periodEnd from evaluation where cluster_id = ? and status = 'locked' order by period_start",
    )
    .all(clusterId) as LockedPeriod[];
  if (periods.length === 0) return null;
  for (const date of dates) {
    const hit = periods.find((p) => date >= p.periodStart && date <= p.periodEnd);
    if (hit) return hit;
  }
  return null;
}

/**
 * Lets a write to values at these dates through: with a reason when a date lies in a locked
 * period (the reason goes into the audit trail), refused with a message naming the evaluation
 * when there is none.
 */
export function requireReasonForLockedPeriod(
  ctx: CallContext,
  clusterId: number,
  dates: Iterable<string>,
  reason: string | undefined,
): void {
  const locked = lockedPeriod(ctx.db, clusterId, dates);
  if (!locked) return;
  if (!reason?.trim())
    throw new ApiFailure({
      kind: 'conflict',
      code: 'lockedPeriod',
      path: ['reason'],
      params: { title: locked.title, from: locked.periodStart, to: locked.periodEnd },
    });
  ctx.setReason(reason.trim());
}
