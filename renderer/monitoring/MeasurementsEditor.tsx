// Recording measurements in a grid: the history of one indicator (with a row for new values),
// all of a cluster's measurements, or everything due for one period across the indicators.
// Each edit — one cell, a cleared range, a pasted block — is one save: one action in the
// Activity panel and one undo step. Numbers and dates are read in the UI language.
import { useMemo, useState } from 'react';
import type { EntityDto } from '../../shared/contract/entities.ts';
import type { MeasurementChange, MeasurementRow } from '../../shared/contract/monitoring.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  parseDateInput,
  parseNumber,
} from '../../shared/i18n/i18n.ts';
import { periodEndOf, periodStartOf, previousPeriodEnd } from '../../shared/status/periods.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import {
  type LocalText,
  localText,
  readDate,
  readNumber,
  shownDate,
  shownNumber,
} from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { runCommand } from '../commands/registry.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

type IndicatorInfo = EntityDto<'indicator'>;

/** The cluster's indicators, reloaded when indicators change. */
function useIndicators(clusterId: number): readonly IndicatorInfo[] {
  const version = useChanges((s) => s.versions.indicator ?? 0);
  return useCall('indicators.list', { clusterId }, { reload: version }).data ?? [];
}

function useMeasurements(clusterId: number, indicatorId: number | null) {
  const version = useChanges((s) => s.versions.measurement ?? 0);
  return useCall(
    'measurements.ofCluster',
    indicatorId === null ? { clusterId } : { clusterId, indicatorId },
    { reload: version },
  ).data;
}

type Edit = { readonly row: number; readonly col: string; readonly text: string };
/** The cells typed into a new row so far, each in the language it was typed in. */
type PendingRow = { date?: LocalText; value?: LocalText; note?: string };
type Messages = Map<string, string>;

/** Turns the backend's refusal of a save into messages on the cells that caused it. */
function backendMessages(
  error: ApiError,
  cells: readonly (readonly [row: number, col: number])[],
  t: ReturnType<typeof useT>,
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

function useGridState() {
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

export function MeasurementsEditor({
  clusterId,
  indicatorId,
}: {
  clusterId: number;
  indicatorId: number | null;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const indicators = useIndicators(clusterId);
  const rows = useMeasurements(clusterId, indicatorId);
  const grid = useGridState();
  /** Typed cells of new rows (per-indicator grid), by row offset past the stored ones. */
  const [pending, setPending] = useState<Map<number, PendingRow>>(new Map());
  const indicator = indicators.find((i) => i.id === indicatorId);
  const names = useMemo(() => new Map(indicators.map((i) => [i.id, i.name])), [indicators]);
  const derived = indicator?.derived != null;
  const list = rows ?? [];
  const single = indicatorId !== null;
  const newRows = single && !derived ? Math.max(1, pending.size + 1) : 0;

  const columns: GridColumn[] = [
    ...(single
      ? []
      : [{ key: 'indicator', label: t('export.column.indicator'), width: 260, editable: () => false }]),
    { key: 'date', label: t('export.column.date'), width: 110, editable: () => !derived && !readOnly },
    {
      key: 'value',
      label: t('export.column.value'),
      width: 120,
      align: 'end' as const,
      editable: () => !derived && !readOnly,
    },
    { key: 'note', label: t('export.column.note'), width: 260, editable: () => !derived && !readOnly },
    { key: 'enteredBy', label: t('export.column.enteredBy'), width: 140, editable: () => false },
    { key: 'enteredAt', label: t('export.column.enteredAt'), width: 150, editable: () => false },
  ];
  const colIndex = (key: string) => columns.findIndex((c) => c.key === key);

  const number = (v: number, grouping: boolean) =>
    formatNumber(language, v, { maximumFractionDigits: 10, useGrouping: grouping });
  const cell = (row: number, col: number): string => {
    const key = columns[col]!.key;
    const m = list[row];
    if (!m) {
      const typed = pending.get(row - list.length);
      if (key === 'date') return typed?.date ? shownDate(typed.date, language) : '';
      if (key === 'value') return typed?.value ? shownNumber(typed.value, language) : '';
      return key === 'note' ? (typed?.note ?? '') : '';
    }
    switch (key) {
      case 'indicator':
        return names.get(m.indicatorId) ?? String(m.indicatorId);
      case 'date':
        return formatDate(language, m.date);
      case 'value':
        return number(m.value, true);
      case 'note':
        return m.note;
      case 'enteredBy':
        return m.enteredBy;
      default:
        return formatDateTime(language, m.enteredAt);
    }
  };
  const editText = (row: number, col: number) =>
    columns[col]!.key === 'value' && list[row] ? number(list[row].value, false) : cell(row, col);

  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, { text: string; message: string }>();
    const cleared: string[] = [];
    const changes: MeasurementChange[] = [];
    const sources: [number, number][] = [];
    const byRow = new Map<number, Edit[]>();
    for (const e of edits) {
      const list = byRow.get(e.row) ?? [];
      list.push({ row: e.row, col: columns[e.col]!.key, text: e.text });
      byRow.set(e.row, list);
    }
    const nextPending = new Map(pending);
    for (const [row, rowEdits] of byRow) {
      const m = list[row];
      const parsed: { date?: string | null; value?: number | null; note?: string } = {};
      for (const e of rowEdits) {
        const key = cellKey(row, colIndex(e.col));
        cleared.push(key);
        if (e.col === 'date') {
          parsed.date = e.text === '' ? null : parseDateInput(language, e.text);
          if (e.text !== '' && parsed.date === null)
            refused.set(key, { text: e.text, message: t('measurements.error.date') });
        } else if (e.col === 'value') {
          const value = e.text === '' ? null : parseNumber(language, e.text);
          if (value !== null && Number.isNaN(value))
            refused.set(key, {
              text: e.text,
              message: t('error.validation.notANumber', { field: t('field.value') }),
            });
          else parsed.value = value;
        } else if (e.col === 'note') parsed.note = e.text;
      }
      if (m) {
        // A stored measurement: a new date moves it, an empty value removes it.
        const date = parsed.date === undefined ? m.date : parsed.date;
        if (date === null) {
          refused.set(cellKey(row, colIndex('date')), {
            text: '',
            message: t('measurements.error.dateRequired'),
          });
          continue;
        }
        if ([...refused.keys()].some((k) => k.startsWith(`${row}:`))) continue;
        const value = parsed.value === undefined ? m.value : parsed.value;
        const firstCol = colIndex(rowEdits[0]!.col);
        if (date !== m.date) {
          changes.push({ indicatorId: m.indicatorId, date: m.date, value: null });
          sources.push([row, firstCol]);
        }
        changes.push({ indicatorId: m.indicatorId, date, value, note: parsed.note ?? m.note });
        sources.push([row, firstCol]);
      } else if (indicatorId !== null) {
        // A new row: saved once it has a valid date and value.
        const offset = row - list.length;
        const typed: PendingRow = { ...nextPending.get(offset) };
        for (const e of rowEdits) {
          if (e.col === 'note') typed.note = e.text;
          else if (e.col === 'date' || e.col === 'value') typed[e.col] = localText(e.text, language);
        }
        nextPending.set(offset, typed);
        const date = typed.date ? readDate(typed.date) : null;
        const value = typed.value ? readNumber(typed.value) : Number.NaN;
        if (date && !Number.isNaN(value) && !refused.has(cellKey(row, colIndex('value')))) {
          changes.push({ indicatorId, date, value, note: typed.note ?? '' });
          sources.push([row, colIndex('value')]);
          nextPending.delete(offset);
        }
      }
    }
    // Typed-but-incomplete new rows stay; the saved ones go (the reload brings them back as rows).
    setPending(
      new Map(
        [...nextPending.entries()].sort(([a], [b]) => a - b).map(([_, typed], i) => [i, typed] as const),
      ),
    );
    grid.mark(cleared, refused);
    if (changes.length === 0) return;
    const result = await client().call('measurements.save', { clusterId, changes });
    if (!result.ok) {
      const messages = backendMessages(result.error, sources, t);
      grid.mark([], new Map([...messages].map(([key, message]) => [key, { text: '', message }])));
    }
  };

  const title = indicator ? indicator.name : t('measurements.all');
  return (
    <div className="monitoring-editor grid-editor">
      <header className="monitoring-header">
        <h1>
          {t('measurements.title')}: {title}
        </h1>
        <div className="toolbar">
          {derived && (
            <span className="derived-badge">
              <Codicon name="symbol-operator" /> {t('indicator.derived')}
            </span>
          )}
          <ExportButtons clusterId={clusterId} indicatorId={indicatorId} />
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.importMeasurements', clusterId)}
          >
            <Codicon name="cloud-upload" /> {t('import.open')}
          </button>
        </div>
      </header>
      <p className="muted">
        {derived ? t('measurements.derivedHint') : t('measurements.hint', { count: list.length })}
      </p>
      {rows === null ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : (
        <DataGrid
          id={`grid-${clusterId}-${indicatorId ?? 'all'}`}
          label={`${t('measurements.title')}: ${title}`}
          columns={columns}
          rowCount={list.length + newRows}
          cell={cell}
          editText={editText}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly || derived}
          rowClass={(row) => (row >= list.length ? 'new-row' : undefined)}
        />
      )}
    </div>
  );
}

function download(fileName: string, mimeType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButtons({ clusterId, indicatorId }: { clusterId: number; indicatorId: number | null }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const input = { clusterId, ...(indicatorId === null ? {} : { indicatorId }), format, language } as const;
    // The desktop app asks where to save (its window allows no downloads); a browser downloads.
    const chosen = await client().call('workspace.choosePath', {
      purpose: format === 'csv' ? 'exportCsv' : 'exportXlsx',
      suggestedName: `${t('export.sheet')}.${format}`,
    });
    if (chosen.ok && chosen.data.supported) {
      if (chosen.data.path === null) return;
      const written = await client().call('measurements.export', { ...input, path: chosen.data.path });
      useWorkbench
        .getState()
        .notify(written.ok ? t('export.done', { path: written.data.path ?? '' }) : t('export.failed'));
      return;
    }
    const result = await client().call('measurements.export', input);
    if (result.ok) download(result.data.fileName, result.data.mimeType, result.data.content);
    else useWorkbench.getState().notify(t('export.failed'));
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void exportAs('csv')}>
        <Codicon name="export" /> {t('export.csv')}
      </button>
      <button type="button" className="button secondary" onClick={() => void exportAs('xlsx')}>
        <Codicon name="export" /> {t('export.xlsx')}
      </button>
    </>
  );
}

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
