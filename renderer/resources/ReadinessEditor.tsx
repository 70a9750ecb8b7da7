// Readiness for cluster listings and labels. The listing checks (European Cluster Collaboration
// Platform, Baden-Württemberg cluster database) are computed from the workspace at a date, each
// criterion with its value, its threshold and what is missing. The ESCA/EUCLES label
// self-assessment keeps the user's indicators per area (the official list is not public;
// indicative examples may be added, marked as such), records dated assessments with values and
// evidence, scores them against the Gold rule (≥ 80 % of the excellence score) and shows the
// results between assessments.
import { useId, useState } from 'react';
import {
  type LabelArea,
  type LabelAssessment,
  type LabelComparator,
  type LabelIndicator,
  labelAreas,
  type ResourceFacts,
} from '../../shared/contract/resources.ts';
import { formatDate, formatNumber, type MessageKey, parseNumber } from '../../shared/i18n/i18n.ts';
import { assessmentHistory, indicatorMet, scoreAssessment } from '../../shared/resources/labels.ts';
import { formatShare } from '../../shared/resources/money.ts';
import { type Criterion, type ListingReadiness, listingReadiness } from '../../shared/resources/readiness.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { DateField } from '../base/DateField.tsx';
import { runCommand } from '../commands/registry.ts';
import { describeError } from '../i18n/errors.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { LabelScoreChart } from './charts.tsx';
import { GridBox, useResourceFacts } from './common.tsx';
import { type Refusal, refusalsFor, useGridState } from './grid-state.ts';
import { usePending } from './pending.ts';
import './resources.css';

export function ReadinessEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const facts = useResourceFacts(clusterId);
  const [asOf, setAsOf] = useState(localToday);
  const dateId = useId();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  return (
    <div
      className="monitoring-editor resources-editor readiness-editor"
      data-ready={facts ? 'true' : undefined}
    >
      <header className="monitoring-header">
        <h1>{t('resources.readiness.title')}</h1>
        <span className="inline-field">
          <label htmlFor={dateId}>{t('dashboard.asOf')}</label>
          <DateField
            id={dateId}
            label={t('dashboard.asOf')}
            value={asOf}
            min="1900-01-01"
            max="2200-12-31"
            onChange={setAsOf}
          />
        </span>
      </header>
      {!facts ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : (
        <>
          <section className="editor-section" aria-labelledby={`listings-${clusterId}`}>
            <h2 id={`listings-${clusterId}`}>{t('resources.readiness.listings')}</h2>
            <p className="muted">{t('resources.readiness.hint')}</p>
            <div className="listing-cards">
              {valid && listingReadiness(facts, asOf).map((l) => <ListingCard key={l.listing} listing={l} />)}
            </div>
          </section>
          <LabelSection facts={facts} />
        </>
      )}
    </div>
  );
}

function criterionValue(
  t: Translate,
  language: 'de' | 'en',
  c: Pick<Criterion, 'unit'>,
  value: number,
): string {
  if (c.unit === 'fte')
    return t('resources.readiness.fteValue', {
      value: formatNumber(language, value, { maximumFractionDigits: 2 }),
    });
  if (c.unit === 'shareBp') return formatShare(language, value, 0);
  return formatNumber(language, value);
}

function ListingCard({ listing }: { listing: ListingReadiness }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const id = useId();
  return (
    <article className={`listing-card ${listing.ready ? 'ready' : 'not-ready'}`} aria-labelledby={id}>
      <h3 id={id}>
        {t(`resources.readiness.listing.${listing.listing}` as MessageKey)}{' '}
        <span className={`status-badge tone-${listing.ready ? 'good' : 'warn'}`}>
          <Codicon name={listing.ready ? 'pass' : 'warning'} />{' '}
          {t(listing.ready ? 'resources.readiness.ready' : 'resources.readiness.notReady')}
        </span>
      </h3>
      <table className="grid resources-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t('resources.readiness.criterion')}</th>
            <th scope="col" className="num">
              {t('resources.readiness.found')}
            </th>
            <th scope="col">{t('resources.readiness.required')}</th>
            <th scope="col">{t('resources.readiness.status')}</th>
          </tr>
        </thead>
        <tbody>
          {listing.criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{t(`resources.readiness.criterion.${c.key}` as MessageKey)}</th>
              <td className="num">{criterionValue(t, language, c, c.value)}</td>
              <td>
                {t(`resources.readiness.threshold.${c.key}` as MessageKey, {
                  value: criterionValue(t, language, c, c.threshold),
                })}
              </td>
              <td>
                {c.met ? (
                  <span className="criterion met">
                    <Codicon name="pass" /> {t('resources.readiness.met')}
                  </span>
                ) : (
                  <span className="criterion missing">
                    <Codicon name="error" />{' '}
                    {t(`resources.readiness.missing.${c.key}` as MessageKey, {
                      value:
                        c.unit === 'fte'
                          ? formatNumber(language, c.missing, { maximumFractionDigits: 2 })
                          : c.missing,
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t(`resources.readiness.note.${listing.listing}` as MessageKey)}</p>
    </article>
  );
}

// ---- Label self-assessment ------------------------------------------------------------------

const comparatorWords: Record<string, LabelComparator> = {
  '≥': 'ge',
  '>=': 'ge',
  ge: 'ge',
  min: 'ge',
  '≤': 'le',
  '<=': 'le',
  le: 'le',
  max: 'le',
  yes: 'yes',
  ja: 'yes',
};

function readComparator(t: Translate, text: string): LabelComparator | null {
  const s = text.trim().toLocaleLowerCase();
  if (comparatorWords[s]) return comparatorWords[s];
  for (const c of ['ge', 'le', 'yes'] as const)
    if (t(`resources.comparator.${c}`).toLocaleLowerCase() === s) return c;
  for (const c of ['ge', 'le', 'yes'] as const)
    if (t(`resources.comparator.${c}`).toLocaleLowerCase().startsWith(s) && s.length >= 2) return c;
  return null;
}

function readArea(t: Translate, text: string): LabelArea | null {
  const s = text.trim().toLocaleLowerCase();
  if (s === '') return null;
  const exact = labelAreas.find((a) => a === s || t(`resources.labelArea.${a}`).toLocaleLowerCase() === s);
  if (exact) return exact;
  const prefix = labelAreas.filter((a) => t(`resources.labelArea.${a}`).toLocaleLowerCase().startsWith(s));
  return prefix.length === 1 ? prefix[0]! : null;
}

/** "≥ 30 actors", "≤ 5 days", "yes" */
function requirement(
  t: Translate,
  language: 'de' | 'en',
  i: Pick<LabelIndicator, 'comparator' | 'threshold' | 'unit'>,
): string {
  if (i.comparator === 'yes') return t('resources.label.requirementYes');
  return `${i.comparator === 'ge' ? '≥' : '≤'} ${formatNumber(language, i.threshold ?? 0, { maximumFractionDigits: 4 })}${i.unit ? ` ${i.unit}` : ''}`;
}

function LabelSection({ facts }: { facts: ResourceFacts }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [selected, setSelected] = useState<number | null>(null);
  const history = assessmentHistory(facts.labelIndicators, facts.labelAssessments);
  const assessment =
    facts.labelAssessments.find((a) => a.id === selected) ?? facts.labelAssessments.at(-1) ?? null;
  const addExamples = async () => {
    const result = await client().call('labels.addExamples', { clusterId: facts.clusterId, language });
    if (result.ok)
      useWorkbench.getState().notify(t('resources.label.examplesAdded', { count: result.data.added }));
  };
  const id = `label-${facts.clusterId}`;
  return (
    <section className="editor-section" aria-labelledby={id}>
      <h2 id={id}>{t('resources.label.title')}</h2>
      <p className="muted">{t('resources.label.hint')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button secondary"
          disabled={readOnly}
          onClick={() => void addExamples()}
        >
          <Codicon name="lightbulb" /> {t('resources.label.addExamples')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void runCommand('clusterpilot.importLabelIndicators', facts.clusterId)}
        >
          <Codicon name="cloud-upload" /> {t('resources.label.import')}
        </button>
      </div>
      <IndicatorGrid facts={facts} />
      <h3>{t('resources.label.assessments')}</h3>
      <AssessmentPicker facts={facts} assessment={assessment} onSelect={setSelected} />
      {assessment && (
        <>
          <ResultGrid facts={facts} assessment={assessment} />
          <ScorePanel facts={facts} assessment={assessment} />
        </>
      )}
      {history.scores.length > 0 && (
        <>
          <h3>{t('resources.label.historyTitle')}</h3>
          <LabelScoreChart scores={history.scores} language={language} t={t} />
          {history.changeBp !== null && (
            <p className="resources-summary">
              {t(history.improved ? 'resources.label.improved' : 'resources.label.notImproved', {
                change: formatNumber(language, history.changeBp / 100, {
                  maximumFractionDigits: 1,
                  signDisplay: 'exceptZero',
                }),
              })}
            </p>
          )}
          {history.changes.length > 0 && (
            <ul className="label-changes" aria-label={t('resources.label.changes')}>
              {history.changes.map((c) => {
                const indicator = facts.labelIndicators.find((i) => i.id === c.labelIndicatorId);
                return (
                  <li key={c.labelIndicatorId}>
                    <Codicon name={c.after ? 'arrow-up' : 'arrow-down'} />{' '}
                    {t(c.after ? 'resources.label.nowMet' : 'resources.label.noLongerMet', {
                      name: indicator?.title ?? '',
                    })}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

type IndicatorTexts = Record<
  'area' | 'code' | 'title' | 'comparator' | 'threshold' | 'unit' | 'weight',
  string
>;
const indicatorKeys: readonly (keyof IndicatorTexts)[] = [
  'area',
  'code',
  'title',
  'comparator',
  'threshold',
  'unit',
  'weight',
];

function IndicatorGrid({ facts }: { facts: ResourceFacts }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const [pending, setPending] = useState<readonly Partial<IndicatorTexts>[]>([]);
  const indicators = facts.labelIndicators;
  const columns: GridColumn[] = [
    { key: 'area', label: t('resources.label.area'), width: 210, editable: () => !readOnly },
    { key: 'code', label: t('resources.label.code'), width: 60, editable: () => !readOnly },
    { key: 'title', label: t('resources.label.indicator'), width: 290, editable: () => !readOnly },
    { key: 'comparator', label: t('resources.label.comparator'), width: 100, editable: () => !readOnly },
    {
      key: 'threshold',
      label: t('resources.label.threshold'),
      width: 90,
      align: 'end',
      editable: () => !readOnly,
    },
    { key: 'unit', label: t('resources.label.unit'), width: 80, editable: () => !readOnly },
    { key: 'weight', label: t('resources.label.weight'), width: 70, align: 'end', editable: () => !readOnly },
    { key: 'origin', label: t('resources.label.origin'), width: 140, editable: () => false },
  ];
  type Stored = Pick<
    LabelIndicator,
    'area' | 'code' | 'title' | 'comparator' | 'threshold' | 'unit' | 'weight'
  >;
  const written = usePending<Stored>((id) => indicators.find((i) => String(i.id) === id), facts);
  const textsOf = (row: number): IndicatorTexts => {
    const i = indicators[row] && {
      ...indicators[row],
      ...written.merged(String(indicators[row].id), indicators[row]),
    };
    if (!i)
      return {
        area: '',
        code: '',
        title: '',
        comparator: '',
        threshold: '',
        unit: '',
        weight: '',
        ...pending[row - indicators.length],
      };
    return {
      area: t(`resources.labelArea.${i.area}`),
      code: i.code,
      title: i.title,
      comparator: t(`resources.comparator.${i.comparator}`),
      threshold:
        i.threshold === null
          ? ''
          : formatNumber(language, i.threshold, { maximumFractionDigits: 4, useGrouping: false }),
      unit: i.unit,
      weight: formatNumber(language, i.weight, { maximumFractionDigits: 2 }),
    };
  };
  const cell = (row: number, c: number) => {
    const key = columns[c]!.key;
    if (key === 'origin') {
      const i = indicators[row];
      return i ? t(i.indicative ? 'resources.label.indicative' : 'resources.label.own') : '';
    }
    return textsOf(row)[key as keyof IndicatorTexts];
  };
  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const byRow = new Map<number, CellEdit[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rows: {
      id: number | null;
      area: LabelArea;
      code: string;
      title: string;
      description: string;
      unit: string;
      comparator: LabelComparator;
      threshold: number | null;
      weight: number;
    }[] = [];
    const gridRows: number[] = [];
    const remove: number[] = [];
    const nextPending = [...pending];
    const saved = new Set<number>();
    for (const [row, rowEdits] of byRow) {
      const texts = textsOf(row);
      for (const e of rowEdits) {
        texts[columns[e.col]!.key as keyof IndicatorTexts] = e.text;
        cleared.push(cellKey(row, e.col));
      }
      const existing = indicators[row];
      if (!existing) nextPending[row - indicators.length] = texts;
      if (indicatorKeys.every((k) => texts[k].trim() === '')) {
        if (existing) remove.push(existing.id);
        continue;
      }
      if (!existing && (texts.area.trim() === '' || texts.title.trim() === '')) continue;
      const refuse = (key: keyof IndicatorTexts, message: string) =>
        refused.set(cellKey(row, indicatorKeys.indexOf(key)), { text: texts[key], message });
      const area = readArea(t, texts.area);
      if (!area)
        refuse(
          'area',
          t('resources.label.areaUnknown', {
            areas: labelAreas.map((a) => t(`resources.labelArea.${a}`)).join(', '),
          }),
        );
      if (texts.title.trim() === '')
        refuse('title', t('error.validation.required', { field: columns[2]!.label }));
      const threshold = texts.threshold.trim() === '' ? null : parseNumber(language, texts.threshold);
      const comparator =
        texts.comparator.trim() === ''
          ? threshold === null
            ? 'yes'
            : 'ge'
          : readComparator(t, texts.comparator);
      if (!comparator) refuse('comparator', t('resources.label.comparatorUnknown'));
      if (threshold !== null && Number.isNaN(threshold))
        refuse('threshold', t('error.validation.notANumber', { field: columns[4]!.label }));
      else if (comparator && comparator !== 'yes' && threshold === null)
        refuse('threshold', t('resources.label.thresholdRequired'));
      else if (comparator === 'yes' && threshold !== null)
        refuse('threshold', t('resources.label.thresholdYesNo'));
      const weight = texts.weight.trim() === '' ? 1 : parseNumber(language, texts.weight);
      if (Number.isNaN(weight) || weight <= 0 || weight > 100)
        refuse('weight', t('resources.label.weightRange'));
      if ([...refused.keys()].some((k) => k.startsWith(`${row}:`)) || !area || !comparator) continue;
      rows.push({
        id: existing?.id ?? null,
        area,
        code: texts.code.trim(),
        title: texts.title.trim(),
        description: existing?.description ?? '',
        unit: texts.unit.trim(),
        comparator,
        threshold: comparator === 'yes' ? null : threshold,
        weight,
      });
      gridRows.push(row);
      if (!existing) saved.add(row - indicators.length);
    }
    grid.mark(cleared, refused);
    const compact = (drop: ReadonlySet<number>) =>
      nextPending.filter(
        (p, i) => p !== undefined && !drop.has(i) && indicatorKeys.some((k) => (p[k] ?? '').trim() !== ''),
      );
    if (rows.length === 0 && remove.length === 0) {
      setPending(compact(new Set()));
      return;
    }
    const overlay = rows.flatMap((r) => {
      const { id, description: _d, ...values } = r;
      return id === null ? [] : [[String(id), values] as const];
    });
    written.add(overlay);
    const result = await client().call('labels.saveIndicators', { clusterId: facts.clusterId, rows, remove });
    if (!result.ok) written.drop(overlay.map(([key]) => key));
    setPending(compact(result.ok ? saved : new Set()));
    if (!result.ok)
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          (path) => {
            const row = gridRows[Number(path[1])];
            const c = indicatorKeys.indexOf(String(path[2]) as keyof IndicatorTexts);
            return path[0] === 'rows' && row !== undefined && c >= 0
              ? { row, col: c, label: columns[c]!.label }
              : null;
          },
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
  };
  return (
    <GridBox rows={indicators.length + pending.length + 1}>
      <DataGrid
        id={`label-indicators-${facts.clusterId}`}
        label={t('resources.label.indicators')}
        columns={columns}
        rowCount={indicators.length + pending.length + 1}
        cell={cell}
        messages={grid.messages}
        drafts={grid.drafts}
        onEdit={(edits) => void onEdit(edits)}
        readOnly={readOnly}
        rowClass={(row) => (row >= indicators.length ? 'new-row' : undefined)}
      />
    </GridBox>
  );
}

function AssessmentPicker({
  facts,
  assessment,
  onSelect,
}: {
  facts: ResourceFacts;
  assessment: LabelAssessment | null;
  onSelect: (id: number) => void;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [form, setForm] = useState<{
    id: number | null;
    assessedOn: string;
    title: string;
    note: string;
  } | null>(null);
  const [error, setError] = useState<Map<string, string>>(new Map());
  const formId = useId();
  const save = async () => {
    if (!form) return;
    const result = await client().call('labels.saveAssessment', {
      clusterId: facts.clusterId,
      id: form.id,
      assessedOn: form.assessedOn,
      title: form.title,
      note: form.note,
      results: form.id === null ? [] : (assessment?.results ?? []).map((r) => ({ ...r })),
    });
    if (result.ok) {
      setForm(null);
      setError(new Map());
      onSelect(result.data.id);
    } else {
      const described = describeError(result.error, t, {
        assessedOn: 'resources.label.date',
        title: 'resources.label.assessmentTitle',
      });
      setError(
        new Map([...described.fields, ...(described.general ? [['', described.general] as const] : [])]),
      );
    }
  };
  const remove = async () => {
    if (!assessment) return;
    if (
      await confirmDialog({
        title: t('resources.label.deleteTitle', { name: assessment.title }),
        detail: t('resources.label.deleteDetail'),
        confirm: t('dialog.delete'),
        cancel: t('dialog.cancel'),
      })
    )
      await client().call('labels.deleteAssessment', { id: assessment.id });
  };
  const pickerId = `${formId}-pick`;
  return (
    <div className="assessment-picker">
      {facts.labelAssessments.length > 0 && (
        <span className="inline-field">
          <label htmlFor={pickerId}>{t('resources.label.assessment')}</label>
          <select
            id={pickerId}
            value={assessment?.id ?? ''}
            onChange={(e) => onSelect(Number(e.target.value))}
          >
            {facts.labelAssessments.map((a) => (
              <option key={a.id} value={a.id}>
                {formatDate(language, a.assessedOn)} – {a.title}
              </option>
            ))}
          </select>
        </span>
      )}
      <button
        type="button"
        className="button secondary"
        disabled={readOnly}
        onClick={() =>
          setForm({
            id: null,
            assessedOn: localToday(),
            title: t('resources.label.newTitle', { year: localToday().slice(0, 4) }),
            note: '',
          })
        }
      >
        <Codicon name="add" /> {t('resources.label.newAssessment')}
      </button>
      {assessment && (
        <>
          <button
            type="button"
            className="button secondary"
            disabled={readOnly}
            onClick={() =>
              setForm({
                id: assessment.id,
                assessedOn: assessment.assessedOn,
                title: assessment.title,
                note: assessment.note,
              })
            }
          >
            <Codicon name="edit" /> {t('resources.label.editAssessment')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={readOnly}
            onClick={() => void remove()}
          >
            <Codicon name="trash" /> {t('resources.label.delete')}
          </button>
        </>
      )}
      {form && (
        <form
          className="assessment-form"
          aria-label={
            form.id === null ? t('resources.label.newAssessment') : t('resources.label.editAssessment')
          }
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-field">
            <label htmlFor={`${formId}-date`}>{t('resources.label.date')}</label>
            <DateField
              id={`${formId}-date`}
              label={t('resources.label.date')}
              value={form.assessedOn}
              message={error.get('assessedOn')}
              onChange={(assessedOn) => setForm({ ...form, assessedOn })}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${formId}-title`}>{t('resources.label.assessmentTitle')}</label>
            <input
              id={`${formId}-title`}
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              aria-invalid={error.has('title') || undefined}
              aria-describedby={error.has('title') ? `${formId}-title-error` : undefined}
            />
            {error.has('title') && (
              <span id={`${formId}-title-error`} className="input-message error">
                {error.get('title')}
              </span>
            )}
          </div>
          <div className="form-field">
            <label htmlFor={`${formId}-note`}>{t('resources.label.note')}</label>
            <textarea
              id={`${formId}-note`}
              rows={2}
              value={form.note}
              onChange={(e) => setForm({ ...form, note: e.target.value })}
            />
          </div>
          {error.has('') && <p className="input-message error">{error.get('')}</p>}
          <div className="form-actions">
            <button type="submit" className="button primary">
              {t('resources.label.saveAssessment')}
            </button>
            <button type="button" className="button secondary" onClick={() => setForm(null)}>
              {t('resources.benchmark.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function ResultGrid({ facts, assessment }: { facts: ResourceFacts; assessment: LabelAssessment }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const indicators = facts.labelIndicators;
  const stored = new Map(assessment.results.map((r) => [r.labelIndicatorId, r]));
  type Stored = { value: number | null; evidence: string };
  const storedOf = (id: string): Stored => {
    const r = stored.get(Number(id));
    return { value: r?.value ?? null, evidence: r?.evidence ?? '' };
  };
  const written = usePending<Stored>(storedOf, assessment);
  const results = new Map(
    indicators.map((i) => [
      i.id,
      { labelIndicatorId: i.id, ...written.merged(String(i.id), storedOf(String(i.id))) },
    ]),
  );
  const columns: GridColumn[] = [
    { key: 'code', label: t('resources.label.code'), width: 70, editable: () => false },
    { key: 'title', label: t('resources.label.indicator'), width: 320, editable: () => false },
    { key: 'requirement', label: t('resources.label.requirement'), width: 150, editable: () => false },
    { key: 'value', label: t('resources.label.value'), width: 110, align: 'end', editable: () => !readOnly },
    { key: 'met', label: t('resources.label.met'), width: 110, editable: () => false },
    { key: 'evidence', label: t('resources.label.evidence'), width: 320, editable: () => !readOnly },
  ];
  const valueText = (i: LabelIndicator, v: number | null | undefined) =>
    v === null || v === undefined
      ? ''
      : i.comparator === 'yes'
        ? t(v === 1 ? 'resources.label.yes' : 'resources.label.no')
        : formatNumber(language, v, { maximumFractionDigits: 4 });
  const cell = (row: number, c: number) => {
    const i = indicators[row]!;
    const r = results.get(i.id);
    switch (columns[c]!.key) {
      case 'code':
        return i.code;
      case 'title':
        return i.title;
      case 'requirement':
        return requirement(t, language, i);
      case 'value':
        return valueText(i, r?.value);
      case 'met': {
        const met = indicatorMet(i, r?.value ?? null);
        return met === null
          ? '–'
          : met
            ? `✓ ${t('resources.label.isMet')}`
            : `✗ ${t('resources.label.notMet')}`;
      }
      default:
        return r?.evidence ?? '';
    }
  };
  const readValue = (i: LabelIndicator, text: string): number | null | 'invalid' => {
    const s = text.trim().toLocaleLowerCase();
    if (s === '') return null;
    if (i.comparator === 'yes') {
      if (['1', 'yes', 'ja', 'y', 'j', t('resources.label.yes').toLocaleLowerCase()].includes(s)) return 1;
      if (['0', 'no', 'nein', 'n', t('resources.label.no').toLocaleLowerCase()].includes(s)) return 0;
      return 'invalid';
    }
    const v = parseNumber(language, text);
    return Number.isNaN(v) ? 'invalid' : v;
  };
  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const next = new Map([...results].map(([k, r]) => [k, { ...r }]));
    for (const e of edits) {
      const i = indicators[e.row]!;
      const key = cellKey(e.row, e.col);
      cleared.push(key);
      const current = next.get(i.id) ?? { labelIndicatorId: i.id, value: null, evidence: '' };
      if (columns[e.col]!.key === 'evidence') current.evidence = e.text;
      else {
        const v = readValue(i, e.text);
        if (v === 'invalid') {
          refused.set(key, {
            text: e.text,
            message: t(i.comparator === 'yes' ? 'resources.label.yesNoValue' : 'resources.label.numberValue'),
          });
          continue;
        }
        current.value = v;
      }
      next.set(i.id, current);
    }
    grid.mark(cleared, refused);
    if (refused.size === edits.length) return;
    const overlay = [...next.values()].map(
      (r) => [String(r.labelIndicatorId), { value: r.value, evidence: r.evidence.trim() }] as const,
    );
    written.add(overlay);
    const result = await client().call('labels.saveAssessment', {
      clusterId: facts.clusterId,
      id: assessment.id,
      assessedOn: assessment.assessedOn,
      title: assessment.title,
      note: assessment.note,
      results: [...next.values()],
    });
    if (!result.ok) written.drop(overlay.map(([key]) => key));
    if (!result.ok)
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          () => null,
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
  };
  if (indicators.length === 0) return <p className="muted">{t('resources.label.noIndicators')}</p>;
  return (
    <GridBox rows={indicators.length}>
      <DataGrid
        id={`label-results-${facts.clusterId}`}
        label={t('resources.label.resultsTitle', { name: assessment.title })}
        columns={columns}
        rowCount={indicators.length}
        cell={cell}
        messages={grid.messages}
        drafts={grid.drafts}
        onEdit={(edits) => void onEdit(edits)}
        readOnly={readOnly}
      />
    </GridBox>
  );
}

function ScorePanel({ facts, assessment }: { facts: ResourceFacts; assessment: LabelAssessment }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const score = scoreAssessment(facts.labelIndicators, assessment);
  const number = (v: number) => formatNumber(language, v, { maximumFractionDigits: 2 });
  const indicative = facts.labelIndicators.some((i) => i.indicative);
  return (
    <div className="score-panel" role="status">
      <p className="resources-summary">
        <span className={`status-badge tone-${score.goldReady ? 'good' : 'warn'}`}>
          <Codicon name={score.goldReady ? 'pass' : 'warning'} />{' '}
          {t(score.goldReady ? 'resources.label.goldReady' : 'resources.label.goldNotYet')}
        </span>{' '}
        {t('resources.label.scoreLine', {
          score: formatShare(language, score.scoreBp),
          met: score.met,
          total: score.indicators,
          weight: number(score.metWeight),
          totalWeight: number(score.totalWeight),
        })}{' '}
        {!score.goldReady &&
          score.indicators > 0 &&
          t('resources.label.toGold', { weight: number(score.weightToGold) })}
      </p>
      {(score.assessed < score.indicators || score.metWithoutEvidence > 0) && (
        <p className="muted">
          {t('resources.label.gaps', {
            unassessed: score.indicators - score.assessed,
            noEvidence: score.metWithoutEvidence,
          })}
        </p>
      )}
      {indicative && <p className="muted">{t('resources.label.indicativeNote')}</p>}
      <table className="grid resources-table" aria-label={t('resources.label.byArea')}>
        <caption>{t('resources.label.byArea')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resources.label.area')}</th>
            <th scope="col" className="num">
              {t('resources.label.indicatorsCount')}
            </th>
            <th scope="col" className="num">
              {t('resources.label.metCount')}
            </th>
            <th scope="col" className="num">
              {t('resources.label.areaScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.byArea.map((a) => (
            <tr key={a.area}>
              <th scope="row">{t(`resources.labelArea.${a.area}`)}</th>
              <td className="num">{a.indicators}</td>
              <td className="num">{a.met}</td>
              <td className="num">{a.scoreBp === null ? '–' : formatShare(language, a.scoreBp, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
