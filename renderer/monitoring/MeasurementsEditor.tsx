// Recording measurements in a grid: the history of one indicator (with a row for new values) or
// all of a cluster's measurements. Each edit — one cell, a cleared range, a pasted block — is one
// save: one action in the Activity panel and one undo step. Numbers and dates are read in the
// language they were typed in. The rows come in blocks (measurement-pages.ts): the grid asks for
// the rows in view, so 100,000 measurements open as fast as 200.
import './monitoring.css';
import { useMemo, useState } from 'react';
import type { MeasurementChange } from '../../shared/contract/monitoring.ts';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  parseDateInput,
  parseNumber,
} from '../../shared/i18n/i18n.ts';
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
import { saveMeasurementsAskingReason } from '../base/locked-period.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { backendMessages, useGridState, useIndicators } from './measurement-grid.ts';
import { useMeasurementBlocks } from './measurement-pages.ts';

type Edit = { readonly row: number; readonly col: string; readonly text: string };
/** The cells typed into a new row so far, each in the language it was typed in. */
type PendingRow = { date?: LocalText; value?: LocalText; note?: string };

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
  const blocks = useMeasurementBlocks(clusterId, indicatorId);
  const grid = useGridState();
  /** Typed cells of new rows (per-indicator grid), by row offset past the stored ones. */
  const [pending, setPending] = useState<Map<number, PendingRow>>(new Map());
  const indicator = indicators.find((i) => i.id === indicatorId);
  const names = useMemo(() => new Map(indicators.map((i) => [i.id, i.name])), [indicators]);
  const derived = indicator?.derived != null;
  /** The stored rows (a row past them is a new one). */
  const stored = blocks.total ?? 0;
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
    const m = blocks.row(row);
    if (!m) {
      if (row < stored) return ''; // still loading
      const typed = pending.get(row - stored);
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
  const editText = (row: number, col: number) => {
    const m = blocks.row(row);
    return columns[col]!.key === 'value' && m ? number(m.value, false) : cell(row, col);
  };

  const onEdit = async (edits: readonly CellEdit[]) => {
    // The grid loads a pasted or cleared range before it edits; an edit never reaches a row
    // whose values are not here (the row's block may have been forgotten since: read it again).
    const unloaded = edits.filter((e) => !blocks.loaded(e.row)).map((e) => e.row);
    if (unloaded.length > 0) {
      // A loop, not Math.min(...rows): a pasted column of 100,000 cells is too many arguments.
      const [top, bottom] = unloaded.reduce(
        ([lo, hi], r) => [Math.min(lo, r), Math.max(hi, r)],
        [Infinity, -1],
      );
      await blocks.ensure(top, bottom);
    }
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
      const m = blocks.row(row);
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
        const offset = row - stored;
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
    const result = await saveMeasurementsAskingReason({ clusterId, changes });
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
        {derived ? t('measurements.derivedHint') : t('measurements.hint', { count: stored })}
      </p>
      {blocks.total === null ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : (
        <DataGrid
          id={`grid-${clusterId}-${indicatorId ?? 'all'}`}
          label={`${t('measurements.title')}: ${title}`}
          columns={columns}
          rowCount={stored + newRows}
          cell={cell}
          editText={editText}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly || derived}
          rowClass={(row) => (row >= stored ? 'new-row' : undefined)}
          rowLoaded={(row) => blocks.loaded(row)}
          onRowsShown={(first, last) => blocks.show(first, last)}
          loadRows={(top, bottom) => blocks.ensure(top, bottom)}
        />
      )}
    </div>
  );
}
