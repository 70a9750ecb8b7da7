// Importing a member list or relationships from CSV or XLSX: choose the file, check what was
// detected (separator, encoding, date format) and the columns, map the words the app did not
// recognise (a group and subtype, a size, a relationship type), see every bad row with its row
// number and column, then import all rows or none. Names already in the register are updated,
// never added twice. The backend takes a backup first; the import is one action (one undo).
import './network.css';
import { useMemo, useState } from 'react';
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import type {
  ActorImportColumns,
  ActorImportPreview,
  NetworkImportIssue,
  RelationshipImportColumns,
  RelationshipImportPreview,
  UnknownWord,
  WordMapping,
} from '../../shared/contract/network.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { actorGroups } from '../../shared/network/palette.ts';
import { normaliseWord, relationshipTypeKeys } from '../../shared/network/words.ts';
import { Codicon } from '../base/Codicon.tsx';
import { DateField } from '../base/DateField.tsx';
import { toBase64 } from '../base/files.ts';
import { ScrollRegion } from '../base/ScrollRegion.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { subtypeLabel } from './shared-ui.tsx';

type What = 'actors' | 'relationships';
interface Loaded {
  readonly fileName: string;
  readonly content: string;
}
interface Options {
  delimiter?: ';' | ',' | '\t';
  encoding?: 'utf-8' | 'windows-1252';
  dateFormat?: 'iso' | 'dmy.' | 'dmy/' | 'mdy/';
  columns?: ActorImportColumns | RelationshipImportColumns;
  words?: WordMapping[];
  memberSince?: string | null;
}

const actorFields = [
  'name',
  'group',
  'kind',
  'size',
  'memberSince',
  'memberUntil',
  'location',
  'note',
] as const;
const relationshipFields = ['from', 'to', 'type', 'startedOn', 'endedOn', 'note'] as const;
const required = new Set(['name', 'from', 'to', 'type']);

export function NetworkImportEditor({ clusterId, what }: { clusterId: number; what: What }) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === clusterId));
  const [file, setFile] = useState<Loaded | null>(null);
  const [options, setOptions] = useState<Options>({});
  const [runError, setRunError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const request = useMemo(() => (file ? { clusterId, ...file, options } : null), [clusterId, file, options]);
  const actorCheck = useCall('actors.importPreview', what === 'actors' ? (request as never) : null);
  const relationshipCheck = useCall(
    'relationships.importPreview',
    what === 'relationships' ? (request as never) : null,
  );
  const checked = what === 'actors' ? actorCheck : relationshipCheck;
  const preview: ActorImportPreview | RelationshipImportPreview | null = checked.error ? null : checked.data;
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
    setFile({ fileName: chosen.name, content: toBase64(await chosen.arrayBuffer()) });
    setOptions({});
    setDone(null);
    setRunError(null);
  };
  const change = (patch: Options) => {
    setOptions({ ...options, ...patch });
    setRunError(null);
  };
  const run = async () => {
    if (!file) return;
    setRunning(true);
    const input = { clusterId, ...file, options } as never;
    const result =
      what === 'actors'
        ? await client().call('actors.import', input)
        : await client().call('relationships.import', input);
    setRunning(false);
    if (!result.ok) {
      setRunError(errorText(result.error));
      return;
    }
    const message = t(`network.import.done.${what}`, {
      created: result.data.created,
      updated: result.data.updated,
    });
    setDone(message);
    useWorkbench.getState().notify(message);
    setFile(null);
  };

  const fields = what === 'actors' ? actorFields : relationshipFields;
  const columns = (preview?.columns ?? null) as Record<string, number | null> | null;
  const canImport =
    !!preview && !readOnly && !busy && preview.issues.length === 0 && columns !== null && preview.valid > 0;
  const setColumn = (field: string, value: number | null) => {
    const current: Record<string, number | null> =
      columns ?? Object.fromEntries(fields.map((f) => [f, required.has(f) ? 0 : null]));
    change({
      columns: { ...current, [field]: required.has(field) ? (value ?? 0) : value } as Options['columns'],
    });
  };
  const mapWord = (word: UnknownWord, value: string) => {
    const others = (options.words ?? []).filter(
      (w) => !(w.field === word.field && normaliseWord(w.word) === normaliseWord(word.word)),
    );
    change({ words: value === '' ? others : [...others, { field: word.field, word: word.word, value }] });
  };

  return (
    <div className="network-editor import-editor">
      <header className="network-header">
        <h1>
          {t(`network.import.${what}`)} – {cluster?.name ?? ''}
        </h1>
      </header>
      <p className="muted">{t(`network.import.hint.${what}`)}</p>
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
        <div className="input-message success" role="status">
          <Codicon name="pass" /> {done}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'actors', clusterId })}
          >
            {t('network.actors.title')}
          </button>{' '}
          ·{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'network', clusterId })}
          >
            {t('network.title')}
          </button>
        </div>
      )}
      {error && (
        <p className="input-message error" role="alert">
          <Codicon name="error" /> {error}
        </p>
      )}
      {preview && (
        <>
          <section className="editor-section" aria-labelledby="network-import-format">
            <h2 id="network-import-format">{t('import.format')}</h2>
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
                <span>{t('import.dateFormat')}</span>
                <select
                  value={preview.dateFormat}
                  onChange={(e) => change({ dateFormat: e.target.value as Options['dateFormat'] })}
                >
                  <option value="dmy.">31.12.2026</option>
                  <option value="iso">2026-12-31</option>
                  <option value="mdy/">12/31/2026</option>
                  <option value="dmy/">31/12/2026</option>
                </select>
              </label>
              {what === 'actors' && (
                <label className="inline-field">
                  <span>{t('network.import.defaultSince')}</span>
                  <DateField
                    label={t('network.import.defaultSince')}
                    value={options.memberSince ?? ''}
                    onChange={(since) => change({ memberSince: since === '' ? null : since })}
                  />
                </label>
              )}
            </div>
            <h3>{t('import.columns')}</h3>
            {columns === null && (
              <p className="input-message warning" role="alert">
                {t(`network.import.columnsMissing.${what}`)}
              </p>
            )}
            <div className="import-options">
              {fields.map((field) => (
                <label className="inline-field" key={field}>
                  <span>{t(`network.import.column.${field}` as MessageKey)}</span>
                  <select
                    value={columns?.[field] ?? ''}
                    onChange={(e) => setColumn(field, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    {(!required.has(field) || columns === null) && (
                      <option value="">{t('import.column.none')}</option>
                    )}
                    {preview.header.map((h, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </section>
          {(preview.unknownWords.length > 0 || (options.words ?? []).length > 0) && (
            <WordMappings unknown={preview.unknownWords} mapped={options.words ?? []} onMap={mapWord} />
          )}
          <section className="editor-section" aria-labelledby="network-import-check">
            <h2 id="network-import-check">{t('import.check')}</h2>
            <p role="status">
              {t('network.import.summary', {
                rows: preview.rows,
                valid: preview.valid,
                creates: preview.creates,
                updates: preview.updates,
                unchanged: preview.unchanged,
              })}
            </p>
            {preview.issues.length > 0 && <Issues issues={preview.issues} more={preview.moreIssues} />}
            <Sample preview={preview} />
          </section>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={!canImport} onClick={() => void run()}>
              {t(`network.import.run.${what}`, { count: preview.valid })}
            </button>
            {preview.issues.length > 0 && <span className="muted">{t('network.import.fixFirst')}</span>}
          </div>
        </>
      )}
    </div>
  );
}

function WordMappings({
  unknown,
  mapped,
  onMap,
}: {
  unknown: readonly UnknownWord[];
  mapped: readonly WordMapping[];
  onMap: (word: UnknownWord, value: string) => void;
}) {
  const t = useT();
  // Words the user mapped stay listed (the preview no longer reports them as unknown).
  const rows: UnknownWord[] = [
    ...unknown,
    ...mapped
      .filter(
        (m) => !unknown.some((u) => u.field === m.field && normaliseWord(u.word) === normaliseWord(m.word)),
      )
      .map((m) => ({ field: m.field, word: m.word, rows: 0, firstRow: 0 })),
  ];
  const mappedValue = (word: UnknownWord) =>
    mapped.find((m) => m.field === word.field && normaliseWord(m.word) === normaliseWord(word.word))?.value ??
    '';
  const choices = (field: UnknownWord['field']) => {
    if (field === 'kind')
      return actorGroups.flatMap((g: ActorGroup) =>
        actorSubtypes[g].map(
          (s) => [`${g}:${s}`, `${t(`option.actorGroup.${g}`)}: ${subtypeLabel(g, s, t)}`] as const,
        ),
      );
    if (field === 'group') return actorGroups.map((g) => [g, t(`option.actorGroup.${g}`)] as const);
    if (field === 'size')
      return [
        ['sme', t('option.actorSize.sme')],
        ['large', t('option.actorSize.large')],
        ['none', t('network.actors.size.none')],
      ] as const;
    return relationshipTypeKeys.map((k) => [k, t(`option.relationshipType.${k}`)] as const);
  };
  return (
    <section className="editor-section" aria-labelledby="network-import-words">
      <h2 id="network-import-words">{t('network.import.words')}</h2>
      <p className="muted">{t('network.import.wordsHint')}</p>
      <table className="grid word-table">
        <thead>
          <tr>
            <th scope="col">{t('network.import.word')}</th>
            <th scope="col">{t('network.import.wordField')}</th>
            <th scope="col">{t('network.import.wordRows')}</th>
            <th scope="col">{t('network.import.wordMeans')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((word) => (
            <tr key={`${word.field}:${word.word}`}>
              <td>„{word.word}“</td>
              <td>{t(`network.import.wordField.${word.field}`)}</td>
              <td>
                {word.rows > 0
                  ? t('network.import.wordRowsText', { count: word.rows, first: word.firstRow })
                  : '–'}
              </td>
              <td>
                <select
                  aria-label={t('network.import.wordMeansNamed', { word: word.word })}
                  value={mappedValue(word)}
                  onChange={(e) => onMap(word, e.target.value)}
                >
                  <option value="">{t('network.import.wordChoose')}</option>
                  {choices(word.field).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Issues({ issues, more }: { issues: readonly NetworkImportIssue[]; more: number }) {
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
              <td>{t(`network.import.issue.${issue.code}`, { value: issue.value })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="muted">{t('import.moreIssues', { count: more })}</p>}
    </>
  );
}

function Sample({ preview }: { preview: ActorImportPreview | RelationshipImportPreview }) {
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
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
