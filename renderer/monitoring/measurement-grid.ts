// What the measurement grids share: the cluster's indicators and measurements (reloaded on
// change), the grid's per-cell messages and refused texts, and the backend's refusal of a save
// turned into messages on the cells that caused it.
import { useState } from 'react';
import type { EntityDto } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { cellKey } from '../base/DataGrid.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import type { Translate } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';

export type IndicatorInfo = EntityDto<'indicator'>;

/** The cluster's indicators, reloaded when indicators change. */
export function useIndicators(clusterId: number): readonly IndicatorInfo[] {
  const version = useChanges((s) => s.versions.indicator ?? 0);
  return useCall('indicators.list', { clusterId }, { reload: version }).data ?? [];
}

export function useMeasurements(clusterId: number, indicatorId: number | null) {
  const version = useChanges((s) => s.versions.measurement ?? 0);
  return useCall(
    'measurements.ofCluster',
    indicatorId === null ? { clusterId } : { clusterId, indicatorId },
    { reload: version },
  ).data;
}

type Messages = Map<string, string>;

/** Turns the backend's refusal of a save into messages on the cells that caused it. */
export function backendMessages(
  error: ApiError,
  cells: readonly (readonly [row: number, col: number])[],
  t: Translate,
): Messages {
  const messages: Messages = new Map();
  if (error.kind === 'validation') {
    for (const issue of error.issues) {
      const at = cells[Number(issue.path[1])];
      if (!at) continue;
      messages.set(
        cellKey(at[0], at[1]),
        issue.params?.reason === 'derived'
          ? t('measurements.error.derived')
          : t(`error.validation.${issue.code}`, { field: t('field.value'), ...issue.params }),
      );
    }
  }
  if (messages.size === 0) {
    const described = describeError(error, t, {});
    const text = described.general ?? [...described.fields.values()].join(' ');
    for (const [row, col] of cells) messages.set(cellKey(row, col), text);
  }
  return messages;
}

export function useGridState() {
  const [messages, setMessages] = useState<Messages>(new Map());
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  return {
    messages,
    drafts,
    /** Sets or clears the message and refused text of the given cells. */
    mark(cleared: readonly string[], refused: ReadonlyMap<string, { text: string; message: string }>) {
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
    },
  };
}
