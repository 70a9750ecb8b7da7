// Importing budgets, benchmark sets or label indicators from CSV or XLSX, with the rules of the
// measurement import: the format is detected (separator, decimal separator, encoding), the
// columns are guessed from the header and can be chosen, every bad row is listed by row number
// and column, and the file is imported all or nothing after a backup (one action, one undo).
import { useId, useState } from 'react';
import {
  type ResourceImportKind,
  type ResourceImportOptions,
  type ResourceImportPreview,
  requiredImportFields,
  resourceImportFields,
} from '../../shared/contract/resources.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import './resources.css';
import { toBase64 } from '../base/files.ts';
import { ScrollRegion } from '../base/ScrollRegion.tsx';

interface Loaded {
  readonly fileName: string;
  readonly content: string;
}

export function ResourceImportEditor({ clusterId, kind }: { clusterId: number; kind: ResourceImportKind }) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [file, setFile] = useState<Loaded | null>(null);
  const [options, setOptions] = useState<ResourceImportOptions>({});
  const [preview, setPreview] = useState<ResourceImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setName, setSetName] = useState('');
  const [setSource, setSetSource] = useState('');
  const id = useId();

  const errorText = (e: ApiError) => {
    if (e.kind === 'conflict' && e.code.startsWith('import.'))
      return t(`resources.error.${e.code}` as MessageKey, { value: '', ...e.params });
    const described = describeError(e, t, { setName: 'resources.import.setName' });
    return described.general ?? [...described.fields.values()].join(' ');
  };
  const check = async (loaded: Loaded, next: ResourceImportOptions) => {
    setBusy(true);
    setError(null);
    const result = await client().call('resources.importPreview', {
      kind,
      clusterId,
      ...loaded,
      options: next,
    });
    setBusy(false);
    if (result.ok) setPreview(result.data);
    else {
      setPreview(null);
      setError(errorText(result.error));
    }
  };
  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const loaded = { fileName: chosen.name, content: toBase64(await chosen.arrayBuffer()) };
    setFile(loaded);
    setOptions({});
    setDone(null);
    if (kind === 'benchmark' && setName.trim() === '') setSetName(chosen.name.replace(/\.[^.]*$/, ''));
    await check(loaded, {});
  };
  const change = (patch: ResourceImportOptions) => {
    const next = { ...options, ...patch };
    setOptions(next);
    if (file) void check(file, next);
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    const result = await client().call('resources.import', {
      kind,
      clusterId,
      ...file,
      options,
      ...(kind === 'benchmark' ? { setName, setSource } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    const message = t('resources.import.done', { count: result.data.imported + result.data.replaced });
    setDone(message);
    useWorkbench.getState().notify(message);
    setPreview(null);
    setFile(null);
  };

  const fields = resourceImportFields[kind];
  const columns = preview?.columns ?? null;
  const canImport =
    !!preview &&
    !readOnly &&
    !busy &&
    preview.issues.length === 0 &&
    columns !== null &&
    preview.valid > 0 &&
    (kind !== 'benchmark' || setName.trim() !== '');
  const chosenColumns = (): Record<string, number | null> =>
    options.columns ?? columns ?? Object.fromEntries(fields.map((f) => [f, null]));

  return (
    <div className="monitoring-editor import-editor resources-import">
      <header className="monitoring-header">
        <h1>{t(`resources.import.title.${kind}` as MessageKey)}</h1>
      </header>
      <p className="muted">{t(`resources.import.hint.${kind}` as MessageKey)}</p>
      {kind === 'benchmark' && (
        <div className="import-options">
          <span className="inline-field">
            <label htmlFor={`${id}-name`}>{t('resources.import.setName')}</label>
            <input id={`${id}-name`} value={setName} onChange={(e) => setSetName(e.target.value)} />
          </span>
          <span className="inline-field">
            <label htmlFor={`${id}-source`}>{t('resources.benchmark.source')}</label>
            <input
              id={`${id}-source`}
              value={setSource}
              size={40}
              onChange={(e) => setSetSource(e.target.value)}
            />
          </span>
        </div>
      )}
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
          <section className="editor-section" aria-labelledby={`${id}-format`}>
            <h2 id={`${id}-format`}>{t('import.format')}</h2>
            <div className="import-options">
              {preview.format === 'csv' && (
                <>
                  <span className="inline-field">
                    <label htmlFor={`${id}-delimiter`}>{t('import.delimiter')}</label>
                    <select
                      id={`${id}-delimiter`}
                      value={preview.delimiter ?? ','}
                      onChange={(e) => change({ delimiter: e.target.value as ';' | ',' | '\t' })}
                    >
                      <option value=";">{t('import.delimiter.semicolon')}</option>
                      <option value=",">{t('import.delimiter.comma')}</option>
                      <option value={'\t'}>{t('import.delimiter.tab')}</option>
                    </select>
                  </span>
                  <span className="inline-field">
                    <label htmlFor={`${id}-encoding`}>{t('import.encoding')}</label>
                    <select
                      id={`${id}-encoding`}
                      value={preview.encoding ?? 'utf-8'}
                      onChange={(e) => change({ encoding: e.target.value as 'utf-8' | 'windows-1252' })}
                    >
                      <option value="utf-8">UTF-8</option>
                      <option value="windows-1252">Windows-1252</option>
                    </select>
                  </span>
                </>
              )}
              <span className="inline-field">
                <label htmlFor={`${id}-decimal`}>{t('import.decimal')}</label>
                <select
                  id={`${id}-decimal`}
                  value={preview.decimal}
                  onChange={(e) => change({ decimal: e.target.value as 'comma' | 'point' })}
                >
                  <option value="comma">{t('import.decimal.comma')}</option>
                  <option value="point">{t('import.decimal.point')}</option>
                </select>
              </span>
            </div>
            <h3>{t('import.columns')}</h3>
            {columns === null && (
              <p className="input-message warning" role="alert">
                {t('resources.error.import.columns')}
              </p>
            )}
            <div className="import-options">
              {fields.map((field) => (
                <span className="inline-field" key={field}>
                  <label htmlFor={`${id}-col-${field}`}>
                    {t(`resources.import.field.${field}` as MessageKey)}
                    {requiredImportFields[kind].includes(field) ? ' *' : ''}
                  </label>
                  <select
                    id={`${id}-col-${field}`}
                    value={chosenColumns()[field] ?? ''}
                    onChange={(e) =>
                      change({
                        columns: {
                          ...chosenColumns(),
                          [field]: e.target.value === '' ? null : Number(e.target.value),
                        },
                      })
                    }
                  >
                    <option value="">{t('import.column.none')}</option>
                    {preview.header.map((h, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </span>
              ))}
            </div>
          </section>
          <section className="editor-section" aria-labelledby={`${id}-check`}>
            <h2 id={`${id}-check`}>{t('import.check')}</h2>
            <p role="status">
              {t('import.summary', { rows: preview.rows, valid: preview.valid, replaces: preview.replaces })}
            </p>
            {preview.issues.length > 0 && (
              <>
                <h3 className="error-title">
                  <Codicon name="error" />{' '}
                  {t('import.issues', { count: preview.issues.length + preview.moreIssues })}
                </h3>
                <table
                  className="grid import-issues"
                  aria-label={t('import.issues', { count: preview.issues.length + preview.moreIssues })}
                >
                  <thead>
                    <tr>
                      <th scope="col">{t('import.issue.row')}</th>
                      <th scope="col">{t('import.issue.column')}</th>
                      <th scope="col">{t('import.issue.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.issues.map((issue) => (
                      <tr key={`${issue.row}-${issue.column}-${issue.code}`}>
                        <td>{issue.row}</td>
                        <td>{issue.column}</td>
                        <td>
                          {t(`resources.import.issue.${issue.code}` as MessageKey, { value: issue.value })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {preview.moreIssues > 0 && (
                  <p className="muted">{t('import.moreIssues', { count: preview.moreIssues })}</p>
                )}
              </>
            )}
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
                  {preview.sample.map((r) => {
                    const bad = preview.issues.some((i) => i.row === r.row);
                    return (
                      <tr key={r.row} className={bad ? 'bad-row' : undefined}>
                        <td>
                          {bad && <Codicon name="error" />} {r.row}
                        </td>
                        {r.cells.map((c, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row have no identity but their column
                          <td key={i}>{c}</td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={!canImport} onClick={() => void run()}>
              {t('resources.import.run', { count: preview.valid })}
            </button>
            {preview.issues.length > 0 && <span className="muted">{t('import.fixFirst')}</span>}
          </div>
        </>
      )}
    </div>
  );
}
