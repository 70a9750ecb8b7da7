// An indicator's targets as an editable table (each row saved when left, as in a grid), and the
// planned trajectory — baseline through the targets — drawn live from what is being typed.
import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { timeAxes } from '../base/charts.tsx';
import { DateField } from '../base/DateField.tsx';
import type { SectionProps } from '../base/editor-registry.ts';
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

export function Targets({ item: indicator, draft }: SectionProps<'indicator'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => s.versions.target ?? 0);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [rows, setRows] = useState<Row[]>([]);

  const targets = useCall('targets.list', { indicatorId: indicator.id }, { reload: version }).data;
  useEffect(() => {
    if (!targets) return;
    const now = usePrefs.getState().language;
    setRows((previous) => [
      ...targets.map((target) => ({
        key: `t${target.id}`,
        id: target.id,
        date: target.date,
        value: numberText(now, target.value),
      })),
      ...previous.filter((row) => row.id === null),
    ]);
  }, [targets]);

  const update = (key: string, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const commit = async (row: Row) => {
    const value = readNumber(row.value);
    if (row.date === '' || row.value.text.trim() === '') return;
    if (Number.isNaN(value)) {
      update(row.key, { error: t('error.validation.notANumber', { field: t('field.value') }) });
      return;
    }
    const result =
      row.id === null
        ? await client().call('targets.create', { indicatorId: indicator.id, date: row.date, value })
        : await client().call('targets.update', { id: row.id, date: row.date, value });
    if (!result.ok) {
      update(row.key, { error: message(result.error) });
      return;
    }
    update(row.key, { id: result.data.id, error: undefined });
    if (row.id === null) setRows((list) => list.filter((r) => r.key !== row.key));
  };
  const message = (error: ApiError) => {
    const described = describeError(error, t, { date: 'field.date', value: 'field.value' });
    return [...described.fields.values(), described.general].filter(Boolean).join(' ');
  };

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
                  onBlur={(accepted) => accepted && void commit(rows.find((r) => r.key === row.key)!)}
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
                  onBlur={() => void commit(rows.find((r) => r.key === row.key)!)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void commit(rows.find((r) => r.key === row.key)!);
                    }
                  }}
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
                  onClick={async () => {
                    if (row.id !== null) await client().call('targets.delete', { id: row.id });
                    setRows((list) => list.filter((r) => r.key !== row.key));
                  }}
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
