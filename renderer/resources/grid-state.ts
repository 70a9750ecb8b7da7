// The resource grids' cell state: messages next to refused cells, the refused text kept in the
// cell until fixed, and the backend's refusals (issues named ['rows', i, field]) mapped back onto
// the grid's rows and columns.
import { useCallback, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { cellKey } from '../base/DataGrid.tsx';
import { describeError } from '../i18n/errors.ts';
import type { Translate } from '../i18n/useT.ts';

export interface Refusal {
  readonly text: string;
  readonly message: string;
}

export function useGridState() {
  const [messages, setMessages] = useState<ReadonlyMap<string, string>>(new Map());
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  /** Clears the given cells' messages, then sets those refused. */
  const mark = useCallback((cleared: readonly string[], refused: ReadonlyMap<string, Refusal>) => {
    setMessages((m) => {
      const next = new Map(m);
      for (const key of cleared) next.delete(key);
      for (const [key, { message }] of refused) next.set(key, message);
      return next;
    });
    setDrafts((d) => {
      const next = new Map(d);
      for (const key of cleared) next.delete(key);
      for (const [key, { text }] of refused) next.set(key, text);
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    setMessages(new Map());
    setDrafts(new Map());
  }, []);
  return { messages, drafts, mark, reset };
}

/**
 * The backend's refusal as messages per cell. `place` maps an issue's path (e.g. ['rows', 2,
 * 'plannedCents'] or ['year']) to a grid cell, or null; issues that fit no cell land on
 * `fallback` (the cells that were edited).
 */
export function refusalsFor(
  error: ApiError,
  t: Translate,
  place: (path: readonly (string | number)[]) => { row: number; col: number; label: string } | null,
  fallback: readonly (readonly [row: number, col: number])[],
  text: (row: number, col: number) => string,
): Map<string, Refusal> {
  const refused = new Map<string, Refusal>();
  if (error.kind === 'validation') {
    for (const issue of error.issues) {
      const at = place(issue.path);
      if (!at) continue;
      const key = cellKey(at.row, at.col);
      refused.set(key, {
        text: text(at.row, at.col),
        message: t(`error.validation.${issue.code}` as MessageKey, { field: at.label, ...issue.params }),
      });
    }
  }
  if (refused.size === 0) {
    const described = describeError(error, t, {});
    const message =
      error.kind === 'conflict' && error.code === 'benchmarkBuiltIn'
        ? t('resources.error.benchmarkBuiltIn')
        : (described.general ?? [...described.fields.values()].join(' '));
    for (const [row, col] of fallback) refused.set(cellKey(row, col), { text: text(row, col), message });
  }
  return refused;
}
