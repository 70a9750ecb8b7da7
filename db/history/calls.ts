// The audit trail and undo/redo: every user action is one batch; undo and redo are batches too.
import type { RowHandlers } from '../backend/calls.ts';
import type { CallContext } from '../backend/context.ts';
import { historyState, listAudit, step } from '../backend/history.ts';

function historyStep(ctx: CallContext, kind: 'undo' | 'redo') {
  const done = step(ctx.db, ctx.batchId, kind);
  return done ? { batchId: done.target.id, label: done.target.label, kind } : null;
}

export const historyRowCalls = {
  'history.state': (_input, ctx) => historyState(ctx.db),
  'history.undo': (_input, ctx) => historyStep(ctx, 'undo'),
  'history.redo': (_input, ctx) => historyStep(ctx, 'redo'),
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
} satisfies Partial<RowHandlers>;
