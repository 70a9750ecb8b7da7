// An indicator's targets as an editable table, saved with the indicator's fields (the editor's
// Save, Ctrl+S, or autosave when on) in one step, and the planned trajectory — baseline through
// the targets — drawn live from what is being typed.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntityDto } from '../../shared/contract/entities.ts';
import { type ApiError, issuesByField } from '../../shared/contract/result.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { timeAxes } from '../base/charts.tsx';
import { DateField } from '../base/DateField.tsx';
import { type SectionProps, useSectionSave } from '../base/editor-registry.ts';
import { type LocalText, localText, numberText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';

interface Row {
  readonly key: string;
  readonly id: number | null;
  readonly date: string;
  /** The value's text in the language it was formatted or typed in. */
  readonly value: LocalText;
  readonly error?: string;
}

type Target = EntityDto<'target'>;

const rowsOf = (targets: readonly Target[]): Row[] => {
  const now = usePrefs.getState().language;
  return targets.map((target) => ({
    key: `t${target.id}`,
    id: target.id,
    date: target.date,
    value: numberText(now, target.value),
  }));
};

/** A row nobody has filled in yet: left out of the save. */
const blank = (row: Row) => row.id === null && row.date === '' && row.value.text.trim() === '';

export function Targets({ item: indicator, draft }: SectionProps<'indicator'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => s.versions.target ?? 0);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [saved, setSaved] = useState<readonly Target[]>([]);
  const [rows, setRows] = useState<Row[]>([]);

  const dirty = useMemo(() => {
    const kept = rows.filter((row) => !blank(row));
    if (kept.length !== saved.length) return true;
    return kept.some((row) => {
      const before = saved.find((target) => target.id === row.id);
      return !before || before.date !== row.date || readNumber(row.value) !== before.value;
    });
  }, [rows, saved]);

  // Loaded (and reloaded after a change, an undo included): shown as they are unless being edited.
  const targets = useCall('targets.list', { indicatorId: indicator.id }, { reload: version }).data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the edits in progress are read, not followed.
  useEffect(() => {
    if (!targets) return;
    setSaved(targets);
    if (!dirty) setRows(rowsOf(targets));
  }, [targets]);

  const update = (key: string, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const message = useCallback(
    (error: ApiError) => {
      const described = describeError(error, t, { date: 'field.date', value: 'field.value' });
      return [...described.fields.values(), described.general].filter(Boolean).join(' ');
    },
    [t],
  );

  const save = useCallback(async () => {
    const sent = rows.filter((row) => !blank(row));
    // Each row's own refusals first: a date and a number in the language it was typed in.
    const refusals = new Map<string, string>();
    for (const row of sent) {
      if (row.date === '') refusals.set(row.key, t('error.validation.required', { field: t('field.date') }));
      else if (Number.isNaN(readNumber(row.value)))
        refusals.set(row.key, t('error.validation.notANumber', { field: t('field.value') }));
    }
    if (refusals.size > 0) {
      setRows((list) => list.map((r) => ({ ...r, error: refusals.get(r.key) })));
      return false;
    }
    const result = await client().call('targets.save', {
      indicatorId: indicator.id,
      targets: sent.map((row) => ({ id: row.id, date: row.date, value: readNumber(row.value) })),
    });
    if (!result.ok) {
      // The refusal names the row it is about (['targets', i, field]).
      const failed = [...issuesByField(result.error).keys()]
        .map((path) => Number(path.split('.')[1]))
        .find((i) => Number.isInteger(i));
      const path = result.error.kind === 'conflict' ? result.error.path : undefined;
      const index = typeof path?.[1] === 'number' ? path[1] : failed;
      const inner: ApiError =
        result.error.kind === 'conflict'
          ? { ...result.error, path: path?.slice(2) }
          : result.error.kind === 'validation'
            ? { ...result.error, issues: result.error.issues.map((x) => ({ ...x, path: x.path.slice(2) })) }
            : result.error;
      const key = index === undefined ? sent[0]?.key : sent[index]?.key;
      setRows((list) => list.map((r) => ({ ...r, error: r.key === key ? message(inner) : undefined })));
      return false;
    }
    setSaved(result.data);
    setRows(rowsOf(result.data));
    return true;
  }, [rows, indicator.id, t, message]);
  useSectionSave('targets', dirty, save);

  const points = [
    ...(typeof draft.baselineValue === 'number' &&
    !Number.isNaN(draft.baselineValue) &&
    typeof draft.baselineDate === 'string' &&
    draft.baselineDate
      ? [{ date: draft.baselineDate, value: draft.baselineValue }]
      : []),
    ...rows
      .map((r) => ({ date: r.date, value: readNumber(r.value) }))
      .filter((p) => p.date !== '' && !Number.isNaN(p.value)),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section className="editor-section" aria-labelledby={`targets-${indicator.id}`}>
      <h2 id={`targets-${indicator.id}`}>{t('field.targets')}</h2>
      {rows.length === 0 && <p className="muted">{t('editor.targets.empty')}</p>}
      <table className="grid">
        {rows.length > 0 && (
          <thead>
            <tr>
              <th scope="col">{t('field.date')}</th>
              <th scope="col">{t('field.value')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('editor.delete')}</span>
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td>
                <DateField
                  label={`${t('field.date')} ${i + 1}`}
                  value={row.date}
                  disabled={readOnly}
                  onChange={(date) => update(row.key, { date, error: undefined })}
                />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  aria-label={`${t('field.value')} ${i + 1}`}
                  aria-invalid={row.error ? true : undefined}
                  aria-describedby={row.error ? `${row.key}-error` : undefined}
                  value={shownNumber(row.value, language)}
                  disabled={readOnly}
                  onChange={(e) =>
                    update(row.key, { value: localText(e.target.value, language), error: undefined })
                  }
                />
                {row.error && (
                  <div id={`${row.key}-error`} role="alert" className="input-message error">
                    {row.error}
                  </div>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  disabled={readOnly}
                  aria-label={t('editor.targets.remove', {
                    date: row.date ? formatDate(language, row.date) : String(i + 1),
                  })}
                  onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                >
                  <span className="codicon codicon-trash" aria-hidden="true" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button secondary"
        disabled={readOnly}
        onClick={() =>
          setRows((list) => [
            ...list,
            { key: `new${Date.now()}`, id: null, date: '', value: localText('', language) },
          ])
        }
      >
        {t('editor.targets.add')}
      </button>
      <h2>{t('editor.chart')}</h2>
      <TrajectoryChart
        points={points}
        band={draft.direction === 'band' ? [draft.bandLow, draft.bandHigh] : null}
        unit={typeof draft.unit === 'string' ? draft.unit : ''}
      />
    </section>
  );
}

/** The planned trajectory as SVG (it will be printed into reports): piecewise linear. */
export function TrajectoryChart({
  points,
  band,
  unit,
}: {
  points: readonly { date: string; value: number }[];
  band: readonly unknown[] | null;
  unit: string;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  if (points.length < 2) return <p className="muted">{t('editor.chart.empty')}</p>;
  const width = 600;
  const height = 210;
  const frame = { width, height, left: 64, right: 16, top: 12, bottom: 28 };
  const times = points.map((p) => Date.parse(p.date));
  const bandValues = band?.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v)) ?? [];
  const values = [...points.map((p) => p.value), ...bandValues];
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const { x, y, axes } = timeAxes({ frame, language, t0, t1, values, unit });
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const describe = (p: { date: string; value: number }) =>
    `${formatNumber(language, p.value)} (${formatDate(language, p.date)})`;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('editor.chart.label', { from: describe(first), to: describe(last) })}
    >
      {bandValues.length === 2 && (
        <rect
          className="chart-band"
          x={frame.left}
          width={width - frame.left - frame.right}
          y={y(Math.max(...bandValues))}
          height={Math.abs(y(bandValues[0]!) - y(bandValues[1]!))}
        />
      )}
      {axes}
      <polyline
        className="chart-line"
        points={points.map((p, i) => `${x(times[i]!)},${y(p.value)}`).join(' ')}
      />
      {points.map((p, i) => (
        <circle key={p.date} className="chart-point" cx={x(times[i]!)} cy={y(p.value)} r={4} />
      ))}
    </svg>
  );
}
