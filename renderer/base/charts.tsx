// Status badges and SVG charts of the monitoring. Charts are SVG because the reports print them;
// colours come from theme variables (readable in light and dark), and status is never shown by
// colour alone: every badge has an icon and a word, every chart a text alternative.
import './charts.css';
import { niceTicks } from '../../shared/charts/scale.ts';
import type { breakPointStatus, indicatorStatus } from '../../shared/contract/monitoring.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { plannedValue, type StatusIndicator, type Trend } from '../../shared/status/status.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { Codicon } from './Codicon.tsx';

type IndicatorStatus = (typeof indicatorStatus)['options'][number];
type BreakPointStatus = (typeof breakPointStatus)['options'][number];

const indicatorIcons: Record<IndicatorStatus, string> = {
  on_track: 'pass',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'circle-slash',
  stale: 'history',
};
const breakPointIcons: Record<BreakPointStatus, string> = {
  not_yet_due: 'clock',
  on_course: 'pass',
  at_risk: 'warning',
  met: 'pass-filled',
  missed: 'error',
  missed_no_evidence: 'question',
  needs_assessment: 'comment-discussion',
};
/** The tone (colour) of a status; the icon and the word carry the same meaning. */
const tones: Record<string, 'good' | 'warn' | 'bad' | 'none'> = {
  on_track: 'good',
  on_course: 'good',
  met: 'good',
  at_risk: 'warn',
  stale: 'warn',
  needs_assessment: 'none',
  off_track: 'bad',
  missed: 'bad',
  missed_no_evidence: 'bad',
  no_data: 'none',
  not_yet_due: 'none',
};

/** Where a time chart draws: the plot area inside the SVG's box. */
export interface TimeFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const DAY = 86_400_000;
const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The axes of a chart over time, as the report draws them: a value axis with "nice" ticks, grid
 * lines and formatted labels, titled with the unit; a time axis with a tick at each 1 January
 * (every second or fifth year on long spans), labelled with the year in the middle of its span.
 * Answers the scales to draw the data with.
 */
export function timeAxes(options: {
  frame: TimeFrame;
  language: Language;
  /** The time span (ms) and the values the chart must show. */
  t0: number;
  t1: number;
  values: readonly number[];
  unit: string;
  decimals?: number;
}) {
  const { frame, language, unit } = options;
  const lo = Math.min(...options.values);
  const hi = Math.max(...options.values);
  const ticks = niceTicks(lo, hi, 5, lo >= 0);
  const plotBottom = frame.height - frame.bottom;
  const plotRight = frame.width - frame.right;
  const t1 = Math.max(options.t1, options.t0 + DAY);
  const x = (time: number) =>
    frame.left + ((time - options.t0) / (t1 - options.t0)) * (plotRight - frame.left);
  const y = (value: number) =>
    plotBottom - ((value - ticks.min) / (ticks.max - ticks.min || 1)) * (plotBottom - frame.top);
  const first = new Date(options.t0).getUTCFullYear();
  const last = new Date(t1).getUTCFullYear();
  const years = last - first + 1;
  const every = years > 12 ? 5 : years > 6 ? 2 : 1;
  const yearTicks: number[] = [];
  for (let year = first; year <= last + 1; year++) {
    const at = yearStart(year);
    if (at >= options.t0 && at <= t1 && year % every === 0) yearTicks.push(at);
  }
  const labels = Array.from({ length: years }, (_, i) => first + i)
    .filter((year) => year % every === 0 || years <= 6)
    .map((year) => {
      const from = Math.max(yearStart(year), options.t0);
      const to = Math.min(yearStart(year + 1), t1);
      return { year, at: (x(from) + x(to)) / 2, wide: x(to) - x(from) };
    })
    .filter((l) => l.wide >= 26 || years > 6);
  const format = (v: number) =>
    formatNumber(language, v, {
      maximumFractionDigits: Math.max(options.decimals ?? 0, ticks.step < 1 ? 2 : 0),
    });
  const axes = (
    <g className="chart-axes">
      {ticks.values.map((v) => (
        <g key={v}>
          <line className="chart-grid" x1={frame.left} x2={plotRight} y1={y(v)} y2={y(v)} />
          <text className="chart-label" x={frame.left - 6} y={y(v)} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1={frame.left} y1={plotBottom} x2={plotRight} y2={plotBottom} />
      {yearTicks.map((at) => (
        <line key={at} className="chart-axis" x1={x(at)} x2={x(at)} y1={plotBottom} y2={plotBottom + 5} />
      ))}
      {labels.map((l) => (
        <text key={l.year} className="chart-label" x={l.at} y={plotBottom + 17} textAnchor="middle">
          {l.year}
        </text>
      ))}
      {unit && (
        <text
          className="chart-label chart-unit"
          transform={`translate(12 ${(frame.top + plotBottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {unit}
        </text>
      )}
    </g>
  );
  return { x, y, axes };
}

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useT();
  return (
    <span className={`status-badge tone-${tones[status]}`} data-status={status}>
      <Codicon name={indicatorIcons[status]} /> {t(`status.indicator.${status}`)}
    </span>
  );
}

export function BreakPointBadge({ status }: { status: BreakPointStatus }) {
  const t = useT();
  return (
    <span className={`status-badge tone-${tones[status]}`} data-status={status}>
      <Codicon name={breakPointIcons[status]} /> {t(`status.breakPoint.${status}`)}
    </span>
  );
}

type Point = { readonly date: string; readonly value: number };
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A card's sparkline: the actual series, the planned line dashed, the latest value marked. */
export function Sparkline({
  series,
  plan,
  label,
}: {
  series: readonly Point[];
  plan: readonly Point[];
  label: string;
}) {
  const width = 160;
  const height = 40;
  const pad = 4;
  if (series.length === 0)
    return <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} />;
  const t0 = time(series[0]!.date);
  const t1 = Math.max(time(series[series.length - 1]!.date), t0 + 1);
  const planInView = plan.filter((p) => time(p.date) >= t0 && time(p.date) <= t1);
  // The plan at the series' ends, so its line spans the same time.
  const values = [...series.map((p) => p.value), ...planInView.map((p) => p.value)];
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  const x = (d: string) => pad + ((time(d) - t0) / (t1 - t0)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - v0) / Math.max(1e-9, v1 - v0)) * (height - 2 * pad);
  const last = series[series.length - 1]!;
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {planInView.length >= 2 && (
        <polyline
          className="chart-plan"
          points={planInView.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
        />
      )}
      <polyline className="chart-line" points={series.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />
      <circle className="chart-point" cx={x(last.date)} cy={y(last.value)} r={3} />
    </svg>
  );
}

/**
 * An indicator's actual values against its plan: the planned trajectory with its tolerance bands
 * (on track, at risk), the actual series, the trend projected to the last target, and the
 * "as of" date.
 */
export function IndicatorChart({
  indicator,
  series,
  asOf,
  trend,
  unit,
}: {
  indicator: StatusIndicator;
  series: readonly Point[];
  asOf: string;
  trend: Trend | null;
  unit: string;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const plan = [
    ...(indicator.baselineDate !== null && indicator.baselineValue !== null
      ? [{ date: indicator.baselineDate, value: indicator.baselineValue }]
      : []),
    ...[...indicator.targets].sort((a, b) => a.date.localeCompare(b.date)),
  ];
  const horizon = plan.at(-1)?.date ?? asOf;
  const trendEnd =
    trend && horizon > (series.at(-1)?.date ?? '') ? { date: horizon, value: trend.value } : null;
  const dates = [...plan, ...series].map((p) => p.date).concat(asOf);
  if (plan.length + series.length < 2) return <p className="muted">{t('editor.chart.empty')}</p>;
  const width = 640;
  const height = 250;
  const frame = { width, height, left: 64, right: 16, top: 12, bottom: 28 };
  const t0 = Math.min(...dates.map(time));
  const t1 = Math.max(...dates.map(time), t0 + 1);
  const sampleDates = [...new Set([...plan.map((p) => p.date), asOf])].sort();
  const sign = indicator.direction === 'decrease' ? 1 : -1;
  const bandAt = (date: string, tolerance: number) => {
    const planned = plannedValue(indicator, date);
    return planned === null ? null : { date, value: planned + sign * Math.abs(planned) * tolerance };
  };
  const bands =
    indicator.direction === 'band'
      ? []
      : ([indicator.toleranceAtRisk, indicator.toleranceOffTrack] as const).map((tol) =>
          sampleDates
            .map((d) => ({ plan: plannedValue(indicator, d), edge: bandAt(d, tol), date: d }))
            .filter((p) => p.plan !== null && p.edge !== null),
        );
  const values = [
    ...plan.map((p) => p.value),
    ...series.map((p) => p.value),
    ...(trendEnd ? [trendEnd.value] : []),
    ...bands.flat().map((p) => p.edge!.value),
    ...(indicator.bandLow !== null ? [indicator.bandLow] : []),
    ...(indicator.bandHigh !== null ? [indicator.bandHigh] : []),
  ];
  const chart = timeAxes({ frame, language, t0, t1, values, unit });
  const x = (d: string) => chart.x(time(d));
  const y = chart.y;
  const polygon = (points: (typeof bands)[number]) =>
    [
      ...points.map((p) => `${x(p.date)},${y(p.plan!)}`),
      ...[...points].reverse().map((p) => `${x(p.date)},${y(p.edge!.value)}`),
    ].join(' ');
  const fmt = (v: number) => formatNumber(language, v, { maximumFractionDigits: 2 });
  const last = series.at(-1);
  const summary = [
    last
      ? t('chart.summary.actual', { value: fmt(last.value), unit, date: formatDate(language, last.date) })
      : t('status.indicator.no_data'),
    plan.length > 0
      ? t('chart.summary.plan', {
          value: fmt(plan.at(-1)!.value),
          unit,
          date: formatDate(language, plan.at(-1)!.date),
        })
      : '',
    trendEnd && trend
      ? t('chart.summary.trend', {
          value: fmt(trendEnd.value),
          date: formatDate(language, trendEnd.date),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure className="indicator-chart">
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {indicator.direction === 'band' && indicator.bandLow !== null && indicator.bandHigh !== null && (
          <rect
            className="chart-band"
            x={frame.left}
            width={width - frame.left - frame.right}
            y={y(indicator.bandHigh)}
            height={Math.abs(y(indicator.bandLow) - y(indicator.bandHigh))}
          />
        )}
        {bands[1] && bands[1].length >= 2 && (
          <polygon className="chart-band-risk" points={polygon(bands[1])} />
        )}
        {bands[0] && bands[0].length >= 2 && <polygon className="chart-band" points={polygon(bands[0])} />}
        {chart.axes}
        <line className="chart-today" x1={x(asOf)} y1={frame.top} x2={x(asOf)} y2={height - frame.bottom} />
        {plan.length >= 2 && (
          <polyline className="chart-plan" points={plan.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />
        )}
        {series.length >= 1 && (
          <polyline
            className="chart-line"
            points={series.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
          />
        )}
        {series.map((p) => (
          <circle key={p.date} className="chart-point" cx={x(p.date)} cy={y(p.value)} r={3} />
        ))}
        {trendEnd && last && (
          <line
            className="chart-trend"
            x1={x(last.date)}
            y1={y(last.value)}
            x2={x(trendEnd.date)}
            y2={y(trendEnd.value)}
          />
        )}
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-swatch line" aria-hidden="true" /> {t('chart.legend.actual')}
        </span>
        <span>
          <span className="legend-swatch plan" aria-hidden="true" /> {t('chart.legend.plan')}
        </span>
        <span>
          <span className="legend-swatch band" aria-hidden="true" /> {t('chart.legend.tolerance')}
        </span>
        <span>
          <span className="legend-swatch trend" aria-hidden="true" /> {t('chart.legend.trend')}
        </span>
        <p>{summary}</p>
      </figcaption>
    </figure>
  );
}
