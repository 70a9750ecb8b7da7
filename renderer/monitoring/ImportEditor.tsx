// Importing measurements from a CSV or XLSX file: choose the file, check what was detected
// (separator, decimal separator, encoding, date format) and the column mapping, see every bad
// row with its row number and column, then import all rows or none. The backend takes a backup
// first and records the import as one action (one undo).
import './monitoring.css';
import { useMemo, useState } from 'react';
import type { ImportIssue, ImportOptions, ImportPreview } from '../../shared/contract/monitoring.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate, formatNumber, type MessageKey } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { toBase64 } from '../base/files.ts';
import { ScrollRegion } from '../base/ScrollRegion.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

interface Loaded {
  readonly fileName: string;
  readonly content: string;
}

export function ImportEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [file, setFile] = useState<Loaded | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [runError, setRunError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  // The file is checked again whenever an option changes; only the newest check is shown.
  const request = useMemo(() => (file ? { clusterId, ...file, options } : null), [clusterId, file, options]);
  const checked = useCall('measurements.importPreview', request);
  const preview = checked.error ? null : checked.data;
  const busy = running || checked.loading;

  const errorText = (e: ApiError) => {
    if (e.kind === 'conflict' && e.code.startsWith('import.'))
      return t(`import.error.${e.code.slice(7)}` as MessageKey, { value: '', ...e.params });
    const described = describeError(e, t, {});
    return described.general ?? [...described.fields.values()].join(' ');
  };

  const error = checked.error ? errorText(checked.error) : runError;

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const loaded = { fileName: chosen.name, content: toBase64(await chosen.arrayBuffer()) };
    setFile(loaded);
    setOptions({});
    setDone(null);
    setRunError(null);
  };

  const change = (patch: ImportOptions) => {
    setOptions({ ...options, ...patch });
    setRunError(null);
  };

  const run = async () => {
    if (!file) return;
    setRunning(true);
    const result = await client().call('measurements.import', { clusterId, ...file, options });
    setRunning(false);
    if (!result.ok) {
      setRunError(errorText(result.error));
      return;
    }
    const message = t('import.done', { count: result.data.imported + result.data.replaced });
    setDone(message);
    useWorkbench.getState().notify(message);
    setFile(null);
  };

  const columns = preview?.columns ?? null;
  const canImport =
    !!preview && !readOnly && !busy && preview.issues.length === 0 && columns !== null && preview.valid > 0;
  const columnField = (field: 'indicator' | 'date' | 'value' | 'note') => (
    <label className="inline-field" key={field}>
      <span>{t(`import.column.${field}`)}</span>
      <select
        value={columns?.[field] ?? ''}
        onChange={(e) => {
          const value = e.target.value === '' ? null : Number(e.target.value);
          const current = columns ?? { indicator: 0, date: 1, value: 2, note: null };
          change({
            columns: {
              ...current,
              [field]: field === 'note' ? value : (value ?? 0),
            } as NonNullable<ImportOptions['columns']>,
          });
        }}
      >
        {(field === 'note' || columns === null) && <option value="">{t('import.column.none')}</option>}
        {preview?.header.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
          <option key={i} value={i}>
            {h || `#${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="monitoring-editor import-editor">
      <header className="monitoring-header">
        <h1>{t('import.title')}</h1>
      </header>
      <p className="muted">{t('import.hint')}</p>
      <label className="file-field">
        <span className="button secondary">
          <Codicon name="folder-opened" /> {t('import.choose')}
        </span>
        <input
          type="file"
          className="visually-hidden-file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('import.choose')}
          disabled={readOnly}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {file && <span className="file-name">{file.fileName}</span>}
      </label>
      {done && (
        <p className="input-message success" role="status">
          <Codicon name="pass" /> {done}
        </p>
      )}
      {error && (
        <p className="input-message error" role="alert">
          <Codicon name="error" /> {error}
        </p>
      )}
      {preview && (
        <>
          <section className="editor-section" aria-labelledby="import-format">
            <h2 id="import-format">{t('import.format')}</h2>
            <div className="import-options">
              {preview.format === 'csv' && (
                <>
                  <label className="inline-field">
                    <span>{t('import.delimiter')}</span>
                    <select
                      value={preview.delimiter ?? ','}
                      onChange={(e) => change({ delimiter: e.target.value as ';' | ',' | '\t' })}
                    >
                      <option value=";">{t('import.delimiter.semicolon')}</option>
                      <option value=",">{t('import.delimiter.comma')}</option>
                      <option value={'\t'}>{t('import.delimiter.tab')}</option>
                    </select>
                  </label>
                  <label className="inline-field">
                    <span>{t('import.encoding')}</span>
                    <select
                      value={preview.encoding ?? 'utf-8'}
                      onChange={(e) => change({ encoding: e.target.value as 'utf-8' | 'windows-1252' })}
                    >
                      <option value="utf-8">UTF-8</option>
                      <option value="windows-1252">Windows-1252</option>
                    </select>
                  </label>
                </>
              )}
              <label className="inline-field">
                <span>{t('import.decimal')}</span>
                <select
                  value={preview.decimal}
                  onChange={(e) => change({ decimal: e.target.value as 'comma' | 'point' })}
                >
                  <option value="comma">{t('import.decimal.comma')}</option>
                  <option value="point">{t('import.decimal.point')}</option>
                </select>
              </label>
              <label className="inline-field">
                <span>{t('import.dateFormat')}</span>
                <select
                  value={preview.dateFormat}
                  onChange={(e) => change({ dateFormat: e.target.value as ImportPreview['dateFormat'] })}
                >
                  <option value="dmy.">31.12.2026</option>
                  <option value="iso">2026-12-31</option>
                  <option value="mdy/">12/31/2026</option>
                  <option value="dmy/">31/12/2026</option>
                </select>
              </label>
            </div>
            <h3>{t('import.columns')}</h3>
            {columns === null && (
              <p className="input-message warning" role="alert">
                {t('import.error.columns')}
              </p>
            )}
            <div className="import-options">
              {(['indicator', 'date', 'value', 'note'] as const).map(columnField)}
            </div>
          </section>
          <section className="editor-section" aria-labelledby="import-check">
            <h2 id="import-check">{t('import.check')}</h2>
            <p role="status">
              {t('import.summary', { rows: preview.rows, valid: preview.valid, replaces: preview.replaces })}
            </p>
            {preview.issues.length > 0 && <IssueTable issues={preview.issues} more={preview.moreIssues} />}
            <SampleTable preview={preview} />
          </section>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={!canImport} onClick={() => void run()}>
              {t('import.run', { count: preview.valid })}
            </button>
            {preview.issues.length > 0 && <span className="muted">{t('import.fixFirst')}</span>}
          </div>
        </>
      )}
    </div>
  );
}

function IssueTable({ issues, more }: { issues: readonly ImportIssue[]; more: number }) {
  const t = useT();
  return (
    <>
      <h3 className="error-title">
        <Codicon name="error" /> {t('import.issues', { count: issues.length + more })}
      </h3>
      <table className="grid import-issues" aria-label={t('import.issues', { count: issues.length + more })}>
        <thead>
          <tr>
            <th scope="col">{t('import.issue.row')}</th>
            <th scope="col">{t('import.issue.column')}</th>
            <th scope="col">{t('import.issue.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={`${issue.row}-${issue.column}-${issue.code}`}>
              <td>{issue.row}</td>
              <td>{issue.column}</td>
              <td>{t(`import.issue.${issue.code}`, { value: issue.value })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="muted">{t('import.moreIssues', { count: more })}</p>}
    </>
  );
}

function SampleTable({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const bad = new Set(preview.issues.map((i) => i.row));
  return (
    <>
      <h3>{t('import.sample')}</h3>
      <ScrollRegion className="table-scroll" label={t('import.sample')}>
        <table className="grid import-sample" aria-label={t('import.sample')}>
          <thead>
            <tr>
              <th scope="col">{t('import.issue.row')}</th>
              {preview.header.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((r) => (
              <tr key={r.row} className={bad.has(r.row) ? 'bad-row' : undefined}>
                <td>
                  {bad.has(r.row) && <Codicon name="error" />} {r.row}
                </td>
                {r.cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row have no identity but their column
                  <td key={i}>
                    {c}
                    <ParsedValue preview={preview} parsed={r.parsed} column={i} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** What the import reads from a date or value cell, in the UI's format, beside the raw text. */
function ParsedValue({
  preview,
  parsed,
  column,
}: {
  preview: ImportPreview;
  parsed: ImportPreview['sample'][number]['parsed'];
  column: number;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  if (!parsed || !preview.columns) return null;
  const shown =
    column === preview.columns.date && parsed.date !== null
      ? formatDate(language, parsed.date)
      : column === preview.columns.value && parsed.value !== null
        ? formatNumber(language, parsed.value, { maximumFractionDigits: 10 })
        : null;
  if (shown === null) return null;
  return (
    <span className="import-parsed" title={t('import.parsed')}>
      {' '}
      → {shown}
    </span>
  );
}
