// An indicator's targets as an editable table, saved by the indicator editor's Save (Ctrl+S, or
// autosave when on) with its changed fields in one call: one transaction and one undo step; and
// the planned trajectory — baseline through the targets — drawn live from what is being typed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityDto } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { timeAxes } from '../base/charts.tsx';
import { DateField } from '../base/DateField.tsx';
import { type SectionProps, type SectionSaveOutcome, useSectionSave } from '../base/editor-registry.ts';
import { type LocalText, localText, numberText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { describeError, partRefusal, rowRefusal } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';

interface Row {
  /** Stable while the row is on screen (a new row keeps its key once saved: focus stays). */
  readonly key: string;
  readonly id: number | null;
  readonly date: string;
  /** The value's text in the language it was formatted or typed in. */
  readonly value: LocalText;
}

type Target = EntityDto<'target'>;

const rowOf = (target: Target, key = `t${target.id}`): Row => ({
  key,
  id: target.id,
  date: target.date,
  value: numberText(usePrefs.getState().language, target.value),
});

/** A row nobody has filled in yet: left out of the save. */
const blank = (row: Row) => row.id === null && row.date === '' && row.value.text.trim() === '';

/** A row as saved: the same date, and the value showing as the saved one does (no rounding noise). */
const unchanged = (row: Row, target: Target | undefined, language: Language) =>
  target !== undefined &&
  target.date === row.date &&
  shownNumber(row.value, language) === shownNumber(numberText(language, target.value), language);

export function Targets({ item: indicator, draft }: SectionProps<'indicator'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => s.versions.target ?? 0);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [saved, setSaved] = useState<readonly Target[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  /** Saved targets the user removed from the table (not to come back with a reload). */
  const removed = useRef(new Set<number>());
  /** Refusals by row key; a refusal about no row under ''. Kept apart from the rows: a refusal is no edit. */
  const [refusals, setRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  const latest = useRef(rows);
  latest.current = rows;

  const dirty = useMemo(() => {
    const kept = rows.filter((row) => !blank(row));
    if (kept.length !== saved.length) return true;
    return kept.some(
      (row) =>
        !unchanged(
          row,
          saved.find((target) => target.id === row.id),
          language,
        ),
    );
  }, [rows, saved, language]);

  // Loaded (and reloaded after a change, an undo included): shown as they are unless being edited;
  // while being edited, targets that appeared join the table and rows whose target went become new.
  const targets = useCall('targets.list', { indicatorId: indicator.id }, { reload: version }).data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the edits in progress are read, not followed.
  useEffect(() => {
    if (!targets) return;
    setSaved(targets);
    if (!dirty) {
      removed.current.clear();
      setRows((list) => targets.map((target) => rowOf(target, list.find((r) => r.id === target.id)?.key)));
      return;
    }
    const ids = new Set(targets.map((target) => target.id));
    setRows((list) => [
      ...list.map((row) => (row.id !== null && !ids.has(row.id) ? { ...row, id: null } : row)),
      ...targets
        .filter((target) => !list.some((r) => r.id === target.id) && !removed.current.has(target.id))
        .map((target) => rowOf(target)),
    ]);
  }, [targets]);

  const update = (key: string, patch: Partial<Row>) => {
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setRefusals((map) => (map.has(key) ? new Map([...map].filter(([k]) => k !== key)) : map));
  };

  const message = useCallback(
    (error: ApiError) => {
      const described = describeError(error, t, { date: 'field.date', value: 'field.value' });
      return [...described.fields.values(), described.general].filter(Boolean).join(' ');
    },
    [t],
  );

  const save = useCallback(
    async (fields: Readonly<Record<string, unknown>> | null): Promise<SectionSaveOutcome> => {
      const shown = rows;
      const sent = shown.filter((row) => !blank(row));
      // Each row's own refusals first: a date and a number in the language it was typed in.
      const refused = new Map<string, string>();
      for (const row of sent) {
        if (row.date === '') refused.set(row.key, t('error.validation.required', { field: t('field.date') }));
        else if (Number.isNaN(readNumber(row.value)))
          refused.set(row.key, t('error.validation.notANumber', { field: t('field.value') }));
      }
      setRefusals(refused);
      if (refused.size > 0) return { ok: false, fieldsError: null };
      const result = await client().call('targets.save', {
        indicatorId: indicator.id,
        ...(fields ? { indicator: fields } : {}),
        // A value nobody changed goes back as stored (not as the text shows it, rounded).
        targets: sent.map((row) => {
          const before = saved.find((target) => target.id === row.id);
          const value = unchanged(row, before, language) ? before!.value : readNumber(row.value);
          return { id: row.id, date: row.date, value };
        }),
      });
      if (!result.ok) {
        // About the indicator's fields: the editor shows it beside them.
        const fieldsError = partRefusal(result.error, 'indicator');
        if (fieldsError) return { ok: false, fieldsError };
        const { row, error } = rowRefusal(result.error);
        const key = row === null ? '' : (sent[row]?.key ?? '');
        setRefusals(new Map([[key, message(error)]]));
        return { ok: false, fieldsError: null };
      }
      const { indicator: item, targets: stored } = result.data;
      // Each sent row keeps its key: by id, a new one by the date it was sent with.
      const keyOf = (target: Target) =>
        sent.find((r) => r.id === target.id)?.key ??
        sent.find((r) => r.id === null && r.date === target.date)?.key;
      setSaved(stored);
      removed.current.clear();
      if (latest.current === shown) setRows(stored.map((target) => rowOf(target, keyOf(target))));
      else {
        // Typed on while the save was under way: those edits stay, on the saved rows' ids.
        const idOfKey = new Map(
          stored.flatMap((target) => {
            const key = keyOf(target);
            return key ? [[key, target.id] as const] : [];
          }),
        );
        setRows((list) =>
          list.map((r) => (r.id === null && idOfKey.has(r.key) ? { ...r, id: idOfKey.get(r.key)! } : r)),
        );
      }
      return { ok: true, item };
    },
    [rows, saved, language, indicator.id, t, message],
  );
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
                  onChange={(date) => update(row.key, { date })}
                />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  aria-label={`${t('field.value')} ${i + 1}`}
                  aria-invalid={refusals.has(row.key) ? true : undefined}
                  aria-describedby={refusals.has(row.key) ? `${row.key}-error` : undefined}
                  value={shownNumber(row.value, language)}
                  disabled={readOnly}
                  onChange={(e) => update(row.key, { value: localText(e.target.value, language) })}
                />
                {refusals.has(row.key) && (
                  <div id={`${row.key}-error`} role="alert" className="input-message error">
                    {refusals.get(row.key)}
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
                  onClick={() => {
                    if (row.id !== null) removed.current.add(row.id);
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
      {refusals.has('') && (
        <div role="alert" className="input-message error">
          {refusals.get('')}
        </div>
      )}
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
