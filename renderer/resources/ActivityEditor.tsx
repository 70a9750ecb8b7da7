// The activity profile of a year: planned and actual intensity per field of action on the
// survey's scale (1 = not at all … 5 = daily), the actual intensity suggested from the events
// log, and a radar of planned against actual beside the chosen benchmark set. The default set
// comes from the survey and is marked as indicative; users keep their own sets (entered or
// imported, e.g. a national programme's) and choose the comparison per cluster.
import { useId, useState } from 'react';
import type { BenchmarkSet, ResourceFacts } from '../../shared/contract/resources.ts';
import { formatNumber, parseNumber } from '../../shared/i18n/i18n.ts';
import {
  activityProfile,
  chosenBenchmark,
  defaultBenchmarkKey,
  suggestIntensities,
} from '../../shared/resources/activity.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { runCommand } from '../commands/registry.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ActivityRadar } from './charts.tsx';
import {
  benchmarkName,
  defaultYear,
  fieldName,
  GridBox,
  intensityText,
  readIntensity,
  strategyYears,
  useResourceFacts,
  YearSelect,
} from './common.tsx';
import { type Refusal, refusalsFor, useGridState } from './grid-state.ts';
import { usePending } from './pending.ts';
import './resources.css';

export function ActivityEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const facts = useResourceFacts(clusterId);
  const years = facts ? strategyYears(facts) : [];
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : defaultYear(years);
  const choiceId = useId();

  if (!facts)
    return (
      <div className="monitoring-editor resources-editor">
        <p className="muted">{t('editor.loading')}</p>
      </div>
    );
  const benchmark = chosenBenchmark(facts.benchmarkSets, facts.benchmarkChoice, facts.sectorGroup);
  const fields = [...facts.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder);
  const names = new Map(fields.map((f) => [f.id, fieldName(t, f)]));
  const today = localToday();
  const profile =
    year === null
      ? null
      : activityProfile({
          fields,
          plan: facts.activityPlan,
          year,
          benchmark,
          events: facts.events,
          asOf: today,
        });
  const defaultKey = defaultBenchmarkKey(facts.sectorGroup);
  const defaultSet = facts.benchmarkSets.find((s) => s.key === defaultKey);
  const suggestions =
    profile?.rows.filter((r) => r.suggested !== null && r.planned !== null && r.actual !== r.suggested) ?? [];

  const choose = (value: string) =>
    void client().call('benchmarks.choose', {
      clusterId,
      benchmarkSetId: value === 'default' ? null : Number(value),
    });
  const applySuggestions = async () => {
    if (year === null || suggestions.length === 0) return;
    const result = await client().call('resources.saveActivity', {
      clusterId,
      year,
      rows: suggestions.map((r) => ({
        fieldOfActionId: r.fieldOfActionId,
        plannedIntensity: r.planned,
        actualIntensity: r.suggested,
      })),
    });
    if (result.ok)
      useWorkbench.getState().notify(t('resources.activity.applied', { count: suggestions.length }));
  };

  return (
    <div className="monitoring-editor resources-editor activity-editor" data-ready="true">
      <header className="monitoring-header">
        <h1>{t('resources.activity.title')}</h1>
        {years.length > 0 && (
          <YearSelect years={years} value={year} onChange={setChosen} label={t('resources.year')} />
        )}
        <span className="inline-field">
          <label htmlFor={choiceId}>{t('resources.activity.compareWith')}</label>
          <select
            id={choiceId}
            value={
              facts.benchmarkChoice !== null &&
              facts.benchmarkSets.some((s) => s.id === facts.benchmarkChoice)
                ? facts.benchmarkChoice
                : 'default'
            }
            disabled={readOnly}
            onChange={(e) => choose(e.target.value)}
          >
            <option value="default">
              {t('resources.activity.defaultSet', { name: defaultSet ? benchmarkName(t, defaultSet) : '–' })}
            </option>
            {facts.benchmarkSets.map((s) => (
              <option key={s.id} value={s.id}>
                {benchmarkName(t, s)}
              </option>
            ))}
          </select>
        </span>
        <div className="toolbar">
          <button
            type="button"
            className="button secondary"
            disabled={readOnly || suggestions.length === 0}
            onClick={() => void applySuggestions()}
          >
            <Codicon name="wand" /> {t('resources.activity.apply', { count: suggestions.length })}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.importBenchmark', clusterId)}
          >
            <Codicon name="cloud-upload" /> {t('resources.activity.importSet')}
          </button>
        </div>
      </header>
      {year === null || !profile ? (
        <p className="input-message warning">{t('resources.error.noStrategy')}</p>
      ) : (
        <>
          <p className="muted">{t('resources.activity.hint')}</p>
          <ProfileGrid facts={facts} year={year} profile={profile} names={names} />
          <section className="editor-section" aria-labelledby={`radar-${clusterId}`}>
            <h2 id={`radar-${clusterId}`}>{t('resources.activity.radarTitle', { year: String(year) })}</h2>
            {benchmark?.indicative && (
              <p className="input-message info indicative-note">
                <Codicon name="info" /> {t('resources.benchmark.indicativeNote')}{' '}
                {benchmark.key ? t('resources.benchmark.builtinSource') : benchmark.source}
              </p>
            )}
            <ActivityRadar
              rows={profile.rows}
              fieldNames={names}
              benchmarkName={benchmark ? benchmarkName(t, benchmark) : null}
              indicative={benchmark?.indicative ?? false}
              language={language}
              t={t}
            />
            {(profile.belowPlan.length > 0 || profile.belowBenchmark.length > 0) && (
              <ul className="resources-alerts">
                {profile.belowPlan.length > 0 && (
                  <li className="input-message info">
                    {t('resources.activity.belowPlan', {
                      fields: profile.belowPlan.map((id) => names.get(id)).join(', '),
                    })}
                  </li>
                )}
                {profile.belowBenchmark.length > 0 && (
                  <li className="input-message info">
                    {t('resources.activity.belowBenchmark', {
                      fields: profile.belowBenchmark.map((id) => names.get(id)).join(', '),
                    })}
                  </li>
                )}
              </ul>
            )}
          </section>
          <BenchmarkSets facts={facts} names={names} />
        </>
      )}
    </div>
  );
}

function ProfileGrid({
  facts,
  year,
  profile,
  names,
}: {
  facts: ResourceFacts;
  year: number;
  profile: ReturnType<typeof activityProfile>;
  names: ReadonlyMap<number, string>;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const events = new Map(
    suggestIntensities(
      facts.events,
      profile.rows.map((r) => r.fieldOfActionId),
      year,
      localToday(),
    ).map((s) => [s.fieldOfActionId, s]),
  );
  const columns: GridColumn[] = [
    { key: 'field', label: t('resources.activity.field'), width: 270, editable: () => false },
    { key: 'planned', label: t('resources.activity.planned'), width: 135, editable: () => !readOnly },
    { key: 'actual', label: t('resources.activity.actual'), width: 135, editable: () => !readOnly },
    { key: 'suggested', label: t('resources.activity.suggested'), width: 220, editable: () => false },
    {
      key: 'benchmark',
      label: t('resources.activity.benchmark'),
      width: 110,
      align: 'end',
      editable: () => false,
    },
    { key: 'gap', label: t('resources.activity.gap'), width: 130, align: 'end', editable: () => false },
  ];
  const level = (v: number | null) =>
    v === null ? '' : formatNumber(language, v, { maximumFractionDigits: 1 });
  type Stored = { planned: number | null; actual: number | null };
  const saved = usePending<Stored>((id) => {
    const r = profile.rows.find((p) => String(p.fieldOfActionId) === id);
    return r ? { planned: r.planned, actual: r.actual } : undefined;
  }, profile);
  /** A row with what was saved since the last reload. */
  const rowOf = (row: number) => {
    const r = profile.rows[row]!;
    return { ...r, ...saved.merged(String(r.fieldOfActionId), { planned: r.planned, actual: r.actual }) };
  };
  const cell = (row: number, c: number): string => {
    const r = rowOf(row);
    switch (columns[c]!.key) {
      case 'field':
        return names.get(r.fieldOfActionId) ?? '';
      case 'planned':
        return r.planned === null ? '' : intensityText(t, r.planned);
      case 'actual':
        return r.actual === null ? '' : intensityText(t, r.actual);
      case 'suggested': {
        const s = events.get(r.fieldOfActionId);
        return s
          ? t('resources.activity.suggestedCell', { level: intensityText(t, s.suggested), count: s.events })
          : '';
      }
      case 'benchmark':
        return level(r.benchmark);
      default:
        return r.vsBenchmark === null
          ? ''
          : formatNumber(language, r.vsBenchmark, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    }
  };
  const editText = (row: number, c: number) => {
    const r = rowOf(row);
    const v = columns[c]!.key === 'planned' ? r.planned : columns[c]!.key === 'actual' ? r.actual : null;
    return v === null ? cell(row, c) : String(v);
  };
  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const byRow = new Map<number, CellEdit[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rows: {
      fieldOfActionId: number;
      plannedIntensity: number | null;
      actualIntensity: number | null;
    }[] = [];
    const gridRows: number[] = [];
    for (const [row, rowEdits] of byRow) {
      const r = rowOf(row);
      const values: Record<'planned' | 'actual', number | null> = { planned: r.planned, actual: r.actual };
      let ok = true;
      for (const e of rowEdits) {
        const key = columns[e.col]!.key as 'planned' | 'actual';
        cleared.push(cellKey(row, e.col));
        if (e.text.trim() === '') {
          values[key] = null;
          continue;
        }
        const v = readIntensity(e.text);
        if (Number.isNaN(v)) {
          refused.set(cellKey(row, e.col), {
            text: e.text,
            message: t('resources.activity.intensityRange', { field: columns[e.col]!.label }),
          });
          ok = false;
        } else values[key] = v;
      }
      if (ok && values.planned === null && values.actual !== null) {
        refused.set(cellKey(row, 1), { text: '', message: t('resources.activity.plannedFirst') });
        ok = false;
      }
      if (!ok) continue;
      rows.push({
        fieldOfActionId: r.fieldOfActionId,
        plannedIntensity: values.planned,
        actualIntensity: values.actual,
      });
      gridRows.push(row);
    }
    grid.mark(cleared, refused);
    if (rows.length === 0) return;
    const overlay = rows.map(
      (r) => [String(r.fieldOfActionId), { planned: r.plannedIntensity, actual: r.actualIntensity }] as const,
    );
    saved.add(overlay);
    const result = await client().call('resources.saveActivity', { clusterId: facts.clusterId, year, rows });
    if (!result.ok) saved.drop(overlay.map(([key]) => key));
    if (!result.ok) {
      const fields: Record<string, number> = { plannedIntensity: 1, actualIntensity: 2 };
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          (path) => {
            const row = gridRows[Number(path[1])];
            const c = fields[String(path[2])];
            return path[0] === 'rows' && row !== undefined && c !== undefined
              ? { row, col: c, label: columns[c]!.label }
              : null;
          },
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
    }
  };
  return (
    <section className="editor-section" aria-labelledby={`profile-${facts.clusterId}`}>
      <h2 id={`profile-${facts.clusterId}`}>{t('resources.activity.gridTitle', { year: String(year) })}</h2>
      <GridBox rows={profile.rows.length}>
        <DataGrid
          id={`profile-grid-${facts.clusterId}`}
          label={t('resources.activity.gridTitle', { year: String(year) })}
          columns={columns}
          rowCount={profile.rows.length}
          cell={cell}
          editText={editText}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
        />
      </GridBox>
    </section>
  );
}

/** The benchmark sets: built-in ones to read and copy, the user's own to edit and delete. */
function BenchmarkSets({ facts, names }: { facts: ResourceFacts; names: ReadonlyMap<number, string> }) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [editing, setEditing] = useState<{
    id: number | null;
    name: string;
    source: string;
    values: Map<number, number>;
  } | null>(null);
  const startCopy = (set: BenchmarkSet | null) =>
    setEditing({
      id: null,
      name: set
        ? t('resources.benchmark.copyName', { name: benchmarkName(t, set) })
        : t('resources.benchmark.newName'),
      source: set ? (set.key ? t('resources.benchmark.builtinSource') : set.source) : '',
      values: new Map(set?.values.map((v) => [v.fieldOfActionId, v.intensity]) ?? []),
    });
  const startEdit = (set: BenchmarkSet) =>
    setEditing({
      id: set.id,
      name: set.name,
      source: set.source,
      values: new Map(set.values.map((v) => [v.fieldOfActionId, v.intensity])),
    });
  const remove = async (set: BenchmarkSet) => {
    if (
      await confirmDialog({
        title: t('resources.benchmark.deleteTitle', { name: set.name }),
        detail: t('resources.benchmark.deleteDetail'),
        confirm: t('dialog.delete'),
        cancel: t('dialog.cancel'),
      })
    )
      await client().call('benchmarks.delete', { id: set.id });
  };
  const id = `benchmarks-${facts.clusterId}`;
  return (
    <section className="editor-section" aria-labelledby={id}>
      <h2 id={id}>{t('resources.benchmark.title')}</h2>
      <p className="muted">{t('resources.benchmark.hint')}</p>
      <table className="grid resources-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t('resources.benchmark.name')}</th>
            <th scope="col">{t('resources.benchmark.source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('resources.sources.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {facts.benchmarkSets.map((set) => (
            <tr key={set.id}>
              <th scope="row">
                {benchmarkName(t, set)}
                {set.indicative && <span className="tag">{t('resources.benchmark.indicative')}</span>}
              </th>
              <td className="wrap">{set.key ? t('resources.benchmark.builtinShort') : set.source}</td>
              <td className="actions">
                <button
                  type="button"
                  className="button secondary small"
                  disabled={readOnly}
                  onClick={() => startCopy(set)}
                  aria-label={t('resources.benchmark.copyNamed', { name: benchmarkName(t, set) })}
                >
                  <Codicon name="copy" /> {t('resources.benchmark.copy')}
                </button>
                {set.key === null && (
                  <>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={readOnly}
                      onClick={() => startEdit(set)}
                      aria-label={t('resources.benchmark.editNamed', { name: set.name })}
                    >
                      <Codicon name="edit" /> {t('resources.benchmark.edit')}
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={readOnly}
                      onClick={() => void remove(set)}
                      aria-label={t('resources.benchmark.deleteNamed', { name: set.name })}
                    >
                      <Codicon name="trash" /> {t('resources.benchmark.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button
          type="button"
          className="button secondary"
          disabled={readOnly}
          onClick={() => startCopy(null)}
        >
          <Codicon name="add" /> {t('resources.benchmark.new')}
        </button>
      </div>
      {editing && (
        <BenchmarkForm
          key={`${editing.id}-${editing.name}`}
          initial={editing}
          fields={[...facts.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder).map((f) => f.id)}
          names={names}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function BenchmarkForm({
  initial,
  fields,
  names,
  onDone,
}: {
  initial: { id: number | null; name: string; source: string; values: Map<number, number> };
  fields: readonly number[];
  names: ReadonlyMap<number, string>;
  onDone: () => void;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const [name, setName] = useState(initial.name);
  const [source, setSource] = useState(initial.source);
  const [values, setValues] = useState<Map<number, string>>(
    new Map(
      fields.map((f) => [
        f,
        initial.values.has(f)
          ? formatNumber(language, initial.values.get(f)!, { maximumFractionDigits: 2 })
          : '',
      ]),
    ),
  );
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const formId = useId();
  const save = async () => {
    const problems = new Map<string, string>();
    const parsed: { fieldOfActionId: number; intensity: number }[] = [];
    for (const f of fields) {
      const text = values.get(f)?.trim() ?? '';
      if (text === '') continue;
      const v = parseNumber(language, text);
      if (Number.isNaN(v) || v < 1 || v > 5) problems.set(`field-${f}`, t('resources.benchmark.valueRange'));
      else parsed.push({ fieldOfActionId: f, intensity: Math.round(v * 100) / 100 });
    }
    if (name.trim() === '')
      problems.set('name', t('error.validation.required', { field: t('resources.benchmark.name') }));
    setErrors(problems);
    if (problems.size > 0) return;
    const result = await client().call('benchmarks.save', {
      id: initial.id,
      name: name.trim(),
      source,
      values: parsed,
    });
    if (result.ok) onDone();
    else {
      const described = describeError(result.error, t, { name: 'resources.benchmark.name' });
      setErrors(new Map([['name', described.fields.get('name') ?? described.general ?? '']]));
    }
  };
  return (
    <form
      className="benchmark-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${formId}-title`}>
        {initial.id === null ? t('resources.benchmark.newTitle') : t('resources.benchmark.editTitle')}
      </h3>
      <div className="form-field">
        <label htmlFor={`${formId}-name`}>{t('resources.benchmark.name')}</label>
        <input
          id={`${formId}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errors.has('name') || undefined}
          aria-describedby={errors.has('name') ? `${formId}-name-error` : undefined}
        />
        {errors.has('name') && (
          <span id={`${formId}-name-error`} className="input-message error">
            {errors.get('name')}
          </span>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${formId}-source`}>{t('resources.benchmark.source')}</label>
        <input id={`${formId}-source`} value={source} onChange={(e) => setSource(e.target.value)} />
      </div>
      <fieldset className="benchmark-values">
        <legend>{t('resources.benchmark.values')}</legend>
        {fields.map((f) => (
          <div className="form-field inline" key={f}>
            <label htmlFor={`${formId}-f${f}`}>{names.get(f)}</label>
            <input
              id={`${formId}-f${f}`}
              inputMode="decimal"
              size={5}
              value={values.get(f) ?? ''}
              aria-invalid={errors.has(`field-${f}`) || undefined}
              aria-describedby={errors.has(`field-${f}`) ? `${formId}-f${f}-error` : undefined}
              onChange={(e) => setValues(new Map(values).set(f, e.target.value))}
            />
            {errors.has(`field-${f}`) && (
              <span id={`${formId}-f${f}-error`} className="input-message error">
                {errors.get(`field-${f}`)}
              </span>
            )}
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('resources.benchmark.save')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('resources.benchmark.cancel')}
        </button>
      </div>
    </form>
  );
}
