// Everything due for one period, across the cluster's indicators: one row per indicator whose
// period ends on the chosen date, with its previous value; a value typed there is saved for that
// period (one action, one undo step).
import './monitoring.css';
import { useMemo, useState } from 'react';
import type { MeasurementChange, MeasurementRow } from '../../shared/contract/monitoring.ts';
import { formatDate, formatNumber, parseNumber } from '../../shared/i18n/i18n.ts';
import { periodEndOf, periodStartOf, previousPeriodEnd } from '../../shared/status/periods.ts';
import { localToday } from '../../shared/time/today.ts';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import {
  backendMessages,
  type IndicatorInfo,
  useGridState,
  useIndicators,
  useMeasurements,
} from './measurement-grid.ts';

/** The period ends a user can pick: this period and the 23 months before it. */
function recentMonthEnds(today: string): string[] {
  const ends: string[] = [];
  let end = periodEndOf('monthly', today);
  for (let i = 0; i < 24; i++) {
    ends.push(end);
    end = previousPeriodEnd('monthly', end);
  }
  return ends;
}

export function DueEntryEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const today = localToday();
  const periods = useMemo(() => recentMonthEnds(today), [today]);
  const [period, setPeriod] = useState(() => previousPeriodEnd('monthly', today));
  const indicators = useIndicators(clusterId);
  const measurements = useMeasurements(clusterId, null);
  const grid = useGridState();

  // The indicators with a period ending on the chosen date (quarterly ones at quarter ends, …).
  const due = indicators.filter((i) => i.derived === null && periodEndOf(i.frequency, period) === period);
  const byIndicator = useMemo(() => {
    const map = new Map<number, MeasurementRow[]>();
    for (const m of measurements ?? []) {
      const list = map.get(m.indicatorId) ?? [];
      list.push(m);
      map.set(m.indicatorId, list);
    }
    return map;
  }, [measurements]);
  const inPeriod = (i: IndicatorInfo) => {
    const start = periodStartOf(i.frequency, period);
    return byIndicator.get(i.id)?.findLast((m) => m.date >= start && m.date <= period);
  };
  const previous = (i: IndicatorInfo) =>
    byIndicator.get(i.id)?.findLast((m) => m.date < periodStartOf(i.frequency, period));

  const columns: GridColumn[] = [
    { key: 'indicator', label: t('export.column.indicator'), width: 280, editable: () => false },
    { key: 'previous', label: t('due.previous'), width: 170, align: 'end', editable: () => false },
    {
      key: 'value',
      label: t('due.value', { date: formatDate(language, period) }),
      width: 150,
      align: 'end',
      editable: () => !readOnly,
    },
    { key: 'unit', label: t('field.unit'), width: 110, editable: () => false },
    { key: 'note', label: t('export.column.note'), width: 240, editable: () => !readOnly },
  ];
  const number = (v: number, grouping = true) =>
    formatNumber(language, v, { maximumFractionDigits: 10, useGrouping: grouping });
  const cell = (row: number, col: number) => {
    const i = due[row]!;
    switch (columns[col]!.key) {
      case 'indicator':
        return i.name;
      case 'previous': {
        const p = previous(i);
        return p ? `${number(p.value)} (${formatDate(language, p.date)})` : '–';
      }
      case 'value': {
        const m = inPeriod(i);
        return m ? number(m.value) : '';
      }
      case 'unit':
        return i.unit;
      default:
        return inPeriod(i)?.note ?? '';
    }
  };

  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, { text: string; message: string }>();
    const changes: MeasurementChange[] = [];
    const sources: [number, number][] = [];
    for (const e of edits) {
      const i = due[e.row];
      if (!i) continue;
      const existing = inPeriod(i);
      const date = existing?.date ?? period;
      const key = columns[e.col]!.key;
      if (key === 'value') {
        const value = e.text === '' ? null : parseNumber(language, e.text);
        if (value !== null && Number.isNaN(value)) {
          refused.set(cellKey(e.row, e.col), {
            text: e.text,
            message: t('error.validation.notANumber', { field: t('field.value') }),
          });
          continue;
        }
        changes.push({ indicatorId: i.id, date, value, ...(existing ? {} : { note: '' }) });
      } else if (key === 'note') {
        if (!existing) {
          refused.set(cellKey(e.row, e.col), { text: e.text, message: t('due.noteNeedsValue') });
          continue;
        }
        changes.push({ indicatorId: i.id, date, value: existing.value, note: e.text });
      }
      sources.push([e.row, e.col]);
    }
    grid.mark(
      edits.map((e) => cellKey(e.row, e.col)),
      refused,
    );
    if (changes.length === 0) return;
    const result = await client().call('measurements.save', { clusterId, changes });
    if (!result.ok) {
      const messages = backendMessages(result.error, sources, t);
      grid.mark([], new Map([...messages].map(([key, message]) => [key, { text: '', message }])));
    }
  };

  return (
    <div className="monitoring-editor grid-editor">
      <header className="monitoring-header">
        <h1>{t('due.title')}</h1>
        <label className="inline-field">
          <span>{t('due.period')}</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {formatDate(language, p)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted">{t('due.hint', { count: due.length })}</p>
      <DataGrid
        id={`due-${clusterId}`}
        label={t('due.title')}
        columns={columns}
        rowCount={due.length}
        cell={cell}
        editText={(row, col) => {
          const m = columns[col]!.key === 'value' ? inPeriod(due[row]!) : undefined;
          return m ? number(m.value, false) : cell(row, col);
        }}
        messages={grid.messages}
        drafts={grid.drafts}
        onEdit={(edits) => void onEdit(edits)}
        readOnly={readOnly}
      />
    </div>
  );
}
