// The resource charts as SVG with axes, ticks, units and formatted values, drawn from the pure
// results of shared/resources with the shared geometry (shared/charts/scale.ts). They take the
// language and a translate function as props, so the funder report can draw them in its own
// language, and they print as vectors. Meaning never rests on colour alone: series differ in
// line style and marker shape, and every chart has a text summary (its accessible name).
import { useId } from 'react';
import {
  bandScale,
  linearScale,
  niceTicks,
  pointsAttribute,
  radarGeometry,
} from '../../shared/charts/scale.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import type { ProfileRow } from '../../shared/resources/activity.ts';
import type { PlanComparison, YearIncome } from '../../shared/resources/finance.ts';
import type { AssessmentScore } from '../../shared/resources/labels.ts';
import {
  formatCompactCents,
  formatCompactEuros,
  formatPoints,
  formatShare,
} from '../../shared/resources/money.ts';
import type { YearFte } from '../../shared/resources/staff.ts';
import type { Translate } from '../i18n/useT.ts';

interface ChartProps {
  readonly language: Language;
  readonly t: Translate;
}

const margin = { top: 16, right: 24, bottom: 44, left: 64 };

/** The y axis with grid lines, tick labels and a title along it. */
function YAxis({
  ticks,
  y,
  width,
  format,
  title,
}: {
  ticks: readonly number[];
  y: (v: number) => number;
  width: number;
  format: (v: number) => string;
  title: string;
}) {
  const top = y(ticks.at(-1) ?? 0);
  const bottom = y(ticks[0] ?? 0);
  return (
    <g className="rc-axis rc-axis-y">
      {ticks.map((v) => (
        <g key={v}>
          <line className="rc-grid" x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} />
          <text className="rc-tick" x={margin.left - 6} y={y(v)} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text
        className="rc-axis-title"
        transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {title}
      </text>
    </g>
  );
}

function XAxis({
  years,
  x,
  y0,
  width,
  title,
}: {
  years: readonly number[];
  x: (year: number) => number;
  y0: number;
  width: number;
  title: string;
}) {
  return (
    <g className="rc-axis rc-axis-x">
      <line className="rc-baseline" x1={margin.left} x2={width - margin.right} y1={y0} y2={y0} />
      {years.map((year) => (
        <g key={year}>
          <line className="rc-baseline" x1={x(year)} x2={x(year)} y1={y0} y2={y0 + 4} />
          <text className="rc-tick" x={x(year)} y={y0 + 16} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
      <text
        className="rc-axis-title"
        x={(margin.left + width - margin.right) / 2}
        y={y0 + 36}
        textAnchor="middle"
      >
        {title}
      </text>
    </g>
  );
}

/** A marker shape per series, so series differ without colour. */
function Marker({
  shape,
  x,
  y,
  className,
}: {
  shape: 'circle' | 'square' | 'diamond' | 'triangle';
  x: number;
  y: number;
  className: string;
}) {
  switch (shape) {
    case 'circle':
      return <circle className={className} cx={x} cy={y} r={4} />;
    case 'square':
      return <rect className={className} x={x - 3.5} y={y - 3.5} width={7} height={7} />;
    case 'diamond':
      return (
        <polygon className={className} points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} />
      );
    case 'triangle':
      return <polygon className={className} points={`${x},${y - 6} ${x + 6},${y + 4} ${x - 6},${y + 4}`} />;
  }
}

function Legend({ items }: { items: readonly { key: string; swatch: string; label: string }[] }) {
  return (
    <ul className="rc-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`rc-swatch ${item.swatch}`} aria-hidden="true" /> {item.label}
        </li>
      ))}
    </ul>
  );
}

function Frame({
  width,
  height,
  summary,
  className,
  children,
  legend,
  showSummary = true,
}: {
  /** The summary is always the chart's accessible name; shown below it unless the view has a table. */
  showSummary?: boolean;
  width: number;
  height: number;
  summary: string;
  className: string;
  children: React.ReactNode;
  legend: React.ReactNode;
}) {
  const id = useId();
  return (
    <figure className={`rc-chart ${className}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={summary}
        aria-describedby={`${id}-caption`}
        xmlns="http://www.w3.org/2000/svg"
      >
        {children}
      </svg>
      <figcaption id={`${id}-caption`}>
        {legend}
        {showSummary && <p className="rc-summary">{summary}</p>}
      </figcaption>
    </figure>
  );
}

// ---- The degressive plan against the actual public share -----------------------------------

/** Planned (financing plan), budgeted and actual public share per year; years above plan marked. */
export function PublicShareChart({ rows, language, t }: ChartProps & { rows: readonly PlanComparison[] }) {
  const width = 640;
  const height = 300;
  const years = rows.map((r) => r.year);
  const band = bandScale(years, [margin.left, width - margin.right], 0.2);
  const y = linearScale([0, 10_000], [height - margin.bottom, margin.top]);
  const ticks = niceTicks(0, 10_000, 5).values;
  const line = (pick: (r: PlanComparison) => number | null) =>
    rows.filter((r) => pick(r) !== null).map((r) => ({ x: band.center(r.year), y: y(pick(r)!) }));
  const plan = line((r) => r.planPublicShareBp);
  const budget = line((r) => r.budgetPublicShareBp);
  const actual = line((r) => r.actualPublicShareBp);
  const above = rows.filter((r) => r.aboveplan);
  const summary = [
    t('resources.chart.share.summary', {
      from: String(years[0] ?? ''),
      to: String(years.at(-1) ?? ''),
    }),
    ...rows
      .filter((r) => r.actualPublicShareBp !== null)
      .map((r) =>
        t(r.aboveplan ? 'resources.chart.share.yearAbove' : 'resources.chart.share.year', {
          year: String(r.year),
          actual: formatShare(language, r.actualPublicShareBp!),
          planned: r.planPublicShareBp === null ? '–' : formatShare(language, r.planPublicShareBp),
        }),
      ),
  ].join(' ');
  return (
    <Frame
      width={width}
      height={height}
      summary={summary}
      className="rc-share-chart"
      legend={
        <Legend
          items={[
            { key: 'plan', swatch: 'rc-sw-plan', label: t('resources.chart.share.plan') },
            { key: 'budget', swatch: 'rc-sw-budget', label: t('resources.chart.share.budget') },
            { key: 'actual', swatch: 'rc-sw-actual', label: t('resources.chart.share.actual') },
            { key: 'above', swatch: 'rc-sw-above', label: t('resources.chart.share.above') },
          ]}
        />
      }
    >
      <YAxis
        ticks={ticks}
        y={y}
        width={width}
        format={(v) => formatShare(language, v, 0)}
        title={t('resources.chart.share.axis')}
      />
      <XAxis
        years={years}
        x={band.center}
        y0={height - margin.bottom}
        width={width}
        title={t('resources.chart.year')}
      />
      {plan.length > 1 && <polyline className="rc-line rc-plan" points={pointsAttribute(plan)} />}
      {budget.length > 1 && <polyline className="rc-line rc-budget" points={pointsAttribute(budget)} />}
      {actual.length > 1 && <polyline className="rc-line rc-actual" points={pointsAttribute(actual)} />}
      {plan.map((p) => (
        <Marker key={`p${p.x}`} shape="square" x={p.x} y={p.y} className="rc-marker rc-plan-marker" />
      ))}
      {budget.map((p) => (
        <Marker key={`b${p.x}`} shape="diamond" x={p.x} y={p.y} className="rc-marker rc-budget-marker" />
      ))}
      {rows
        .filter((r) => r.actualPublicShareBp !== null)
        .map((r) => (
          <Marker
            key={`a${r.year}`}
            shape={r.aboveplan ? 'triangle' : 'circle'}
            x={band.center(r.year)}
            y={y(r.actualPublicShareBp!)}
            className={`rc-marker ${r.aboveplan ? 'rc-above-marker' : 'rc-actual-marker'}`}
          />
        ))}
      {above.map((r) => (
        <text
          key={`l${r.year}`}
          className="rc-value rc-above-label"
          x={band.center(r.year)}
          y={y(Math.max(r.actualPublicShareBp!, r.planPublicShareBp!)) - 10}
          textAnchor="middle"
        >
          {formatPoints(language, r.deviationBp!)}
        </text>
      ))}
    </Frame>
  );
}

// ---- Income by year: public and private, planned and actual, against expenditure -----------

export interface IncomeYear extends YearIncome {
  readonly expenditurePlannedCents: number | null;
  readonly expenditureActualCents: number | null;
}

/** Two stacked bars per year (plan, actual: public and private) with expenditure marked on each. */
export function IncomeChart({ years, language, t }: ChartProps & { years: readonly IncomeYear[] }) {
  const width = 640;
  const height = 300;
  const keys = years.map((y) => y.year);
  const band = bandScale(keys, [margin.left, width - margin.right], 0.25);
  const max = Math.max(
    1,
    ...years.flatMap((y) => [
      y.planned.totalCents,
      y.actual.totalCents,
      y.expenditurePlannedCents ?? 0,
      y.expenditureActualCents ?? 0,
    ]),
  );
  const ticks = niceTicks(0, max / 100_000, 5);
  const y = linearScale([0, ticks.max * 100_000], [height - margin.bottom, margin.top]);
  const barWidth = band.bandwidth / 2 - 2;
  const short = (cents: number) => formatCompactCents(language, cents);
  const bars = years.flatMap((yr) =>
    (['planned', 'actual'] as const).flatMap((kind, i) => {
      const split = yr[kind];
      if (kind === 'actual' && yr.linesWithActual === 0) return [];
      const x = band.x(yr.year) + i * (barWidth + 4);
      const spending = kind === 'planned' ? yr.expenditurePlannedCents : yr.expenditureActualCents;
      return [{ key: `${yr.year}-${kind}`, kind, x, split, spending }];
    }),
  );
  const summary = [
    t('resources.chart.income.summary'),
    ...years.map((yr) =>
      t('resources.chart.income.year', {
        year: String(yr.year),
        planned: short(yr.planned.totalCents),
        actual: yr.linesWithActual > 0 ? short(yr.actual.totalCents) : '–',
        spending:
          yr.expenditureActualCents !== null
            ? short(yr.expenditureActualCents)
            : yr.expenditurePlannedCents !== null
              ? short(yr.expenditurePlannedCents)
              : '–',
      }),
    ),
  ].join(' ');
  return (
    <Frame
      width={width}
      height={height}
      summary={summary}
      className="rc-income-chart"
      legend={
        <Legend
          items={[
            { key: 'public', swatch: 'rc-sw-public', label: t('resources.public') },
            { key: 'private', swatch: 'rc-sw-private', label: t('resources.private') },
            { key: 'planned', swatch: 'rc-sw-planned-bar', label: t('resources.chart.income.plannedBar') },
            { key: 'actual', swatch: 'rc-sw-actual-bar', label: t('resources.chart.income.actualBar') },
            { key: 'spending', swatch: 'rc-sw-spending', label: t('resources.chart.income.spending') },
          ]}
        />
      }
    >
      <YAxis
        ticks={ticks.values.map((v) => v)}
        y={(v) => y(v * 100_000)}
        width={width}
        format={(v) => formatCompactEuros(language, v * 1000, { exact: true })}
        title={t('resources.chart.income.axis')}
      />
      <XAxis
        years={keys}
        x={band.center}
        y0={height - margin.bottom}
        width={width}
        title={t('resources.chart.year')}
      />
      {bars.map((bar) => {
        const base = y(0);
        const pub = y(bar.split.publicCents);
        const all = y(bar.split.totalCents);
        return (
          <g key={bar.key} className={`rc-bar rc-bar-${bar.kind}`}>
            <rect className="rc-public" x={bar.x} width={barWidth} y={pub} height={Math.max(0, base - pub)} />
            <rect className="rc-private" x={bar.x} width={barWidth} y={all} height={Math.max(0, pub - all)} />
            {bar.spending !== null && (
              <Marker
                shape="diamond"
                x={bar.x + barWidth / 2}
                y={y(bar.spending)}
                className="rc-marker rc-spending-marker"
              />
            )}
          </g>
        );
      })}
    </Frame>
  );
}

// ---- Staff: FTE by role per year -----------------------------------------------------------

const roleClasses = 6;

/** Stacked bars of the average FTE per year by role, with the survey's averages as reference lines. */
export function FteChart({
  years,
  references,
  language,
  t,
}: ChartProps & { years: readonly YearFte[]; references: readonly { value: number; label: string }[] }) {
  const width = 640;
  const height = 300;
  const keys = years.map((y) => y.year);
  const band = bandScale(keys, [margin.left, width - margin.right - 90], 0.35);
  const max = Math.max(...years.map((y) => y.fte), ...references.map((r) => r.value));
  const ticks = niceTicks(0, max, 5);
  const y = linearScale([0, ticks.max], [height - margin.bottom, margin.top]);
  const roles = [...new Set(years.flatMap((yr) => yr.byRole.map((r) => r.role.toLocaleLowerCase())))];
  const roleLabel = new Map(
    years.flatMap((yr) => yr.byRole.map((r) => [r.role.toLocaleLowerCase(), r.role])),
  );
  const roleClass = (role: string) =>
    `rc-role-${Math.min(roles.indexOf(role.toLocaleLowerCase()), roleClasses - 1)}`;
  const fte = (v: number) => formatNumber(language, v, { maximumFractionDigits: 2 });
  const summary = [
    t('resources.chart.fte.summary'),
    ...years.map((yr) => t('resources.chart.fte.year', { year: String(yr.year), fte: fte(yr.fte) })),
  ].join(' ');
  return (
    <Frame
      width={width}
      height={height}
      summary={summary}
      className="rc-fte-chart"
      legend={
        <Legend
          items={[
            ...roles
              .slice(0, roleClasses - 1)
              .map((role) => ({ key: role, swatch: roleClass(role), label: roleLabel.get(role)! })),
            ...(roles.length >= roleClasses
              ? [
                  {
                    key: 'other',
                    swatch: `rc-role-${roleClasses - 1}`,
                    label: t('resources.chart.fte.otherRoles'),
                  },
                ]
              : []),
            { key: 'ref', swatch: 'rc-sw-reference', label: t('resources.chart.fte.reference') },
          ]}
        />
      }
    >
      <YAxis
        ticks={ticks.values}
        y={y}
        width={width - 90}
        format={(v) => fte(v)}
        title={t('resources.chart.fte.axis')}
      />
      <XAxis
        years={keys}
        x={band.center}
        y0={height - margin.bottom}
        width={width - 90}
        title={t('resources.chart.year')}
      />
      {years.map((yr) => {
        let acc = 0;
        return (
          <g key={yr.year}>
            {yr.byRole.map((r) => {
              const from = acc;
              acc += r.fte;
              return (
                <rect
                  key={r.role}
                  className={`rc-stack ${roleClass(r.role)}`}
                  x={band.x(yr.year)}
                  width={band.bandwidth}
                  y={y(acc)}
                  height={Math.max(0, y(from) - y(acc))}
                >
                  <title>{`${r.role}: ${fte(r.fte)}`}</title>
                </rect>
              );
            })}
            <text className="rc-value" x={band.center(yr.year)} y={y(yr.fte) - 5} textAnchor="middle">
              {fte(yr.fte)}
            </text>
          </g>
        );
      })}
      {references.map((r) => (
        <g key={r.label} className="rc-reference">
          <line x1={margin.left} x2={width - margin.right - 90} y1={y(r.value)} y2={y(r.value)} />
          <text className="rc-tick" x={width - margin.right - 86} y={y(r.value)} dy="0.32em">
            {r.label}
          </text>
        </g>
      ))}
    </Frame>
  );
}

// ---- Activity profile: radar of planned, actual and benchmark ------------------------------

/** Splits a label into lines of at most `max` characters at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 3);
}

export function ActivityRadar({
  rows,
  fieldNames,
  benchmarkName,
  indicative,
  language,
  t,
}: ChartProps & {
  rows: readonly ProfileRow[];
  fieldNames: ReadonlyMap<number, string>;
  benchmarkName: string | null;
  indicative: boolean;
}) {
  const width = 620;
  const height = 500;
  const radar = radarGeometry({
    axes: rows.length,
    levels: [1, 2, 3, 4, 5],
    cx: width / 2,
    cy: height / 2 + 4,
    radius: 170,
    labelOffset: 14,
  });
  const polygon = (pick: (r: ProfileRow) => number | null) =>
    rows.every((r) => pick(r) === null) ? null : rows.map((r, i) => radar.point(i, pick(r) ?? 1));
  const benchmark = polygon((r) => r.benchmark);
  const planned = polygon((r) => r.planned);
  const actual = polygon((r) => r.actual);
  const level = (v: number) => formatNumber(language, v, { maximumFractionDigits: 1 });
  const summary = [
    t('resources.chart.radar.summary', { benchmark: benchmarkName ?? '–' }),
    ...rows.map((r) =>
      t('resources.chart.radar.field', {
        field: fieldNames.get(r.fieldOfActionId) ?? '',
        planned: r.planned === null ? '–' : level(r.planned),
        actual: r.actual === null ? '–' : level(r.actual),
        benchmark: r.benchmark === null ? '–' : level(r.benchmark),
      }),
    ),
  ].join(' ');
  return (
    <Frame
      width={width}
      height={height}
      summary={summary}
      showSummary={false}
      className="rc-radar"
      legend={
        <Legend
          items={[
            { key: 'planned', swatch: 'rc-sw-plan', label: t('resources.chart.radar.planned') },
            { key: 'actual', swatch: 'rc-sw-actual', label: t('resources.chart.radar.actual') },
            {
              key: 'benchmark',
              swatch: 'rc-sw-benchmark',
              label: `${t('resources.chart.radar.benchmark')}: ${benchmarkName ?? '–'}${indicative ? ` (${t('resources.benchmark.indicative')})` : ''}`,
            },
          ]}
        />
      }
    >
      {radar.rings.map((ring) => (
        <polygon key={ring.level} className="rc-ring" points={pointsAttribute(ring.points)} />
      ))}
      {radar.spokes.map((s, i) => (
        <line
          key={rows[i]!.fieldOfActionId}
          className="rc-spoke"
          x1={radar.cx}
          y1={radar.cy}
          x2={s.x}
          y2={s.y}
        />
      ))}
      {radar.rings.map((ring) => (
        <text
          key={`l${ring.level}`}
          className="rc-tick rc-ring-label"
          x={ring.points[0]!.x + 4}
          y={ring.points[0]!.y}
          dy="0.32em"
        >
          {ring.level}
        </text>
      ))}
      {benchmark && <polygon className="rc-area rc-benchmark" points={pointsAttribute(benchmark)} />}
      {planned && <polygon className="rc-area rc-plan" points={pointsAttribute(planned)} />}
      {actual && <polygon className="rc-area rc-actual" points={pointsAttribute(actual)} />}
      {rows.map((r, i) => (
        <g key={r.fieldOfActionId}>
          {r.planned !== null && (
            <Marker shape="square" {...radar.point(i, r.planned)} className="rc-marker rc-plan-marker" />
          )}
          {r.actual !== null && (
            <Marker shape="circle" {...radar.point(i, r.actual)} className="rc-marker rc-actual-marker" />
          )}
          {r.benchmark !== null && (
            <Marker
              shape="diamond"
              {...radar.point(i, r.benchmark)}
              className="rc-marker rc-benchmark-marker"
            />
          )}
        </g>
      ))}
      {radar.spokes.map((s, i) => {
        const lines = wrap(fieldNames.get(rows[i]!.fieldOfActionId) ?? '', 18);
        const shift =
          s.labelY < radar.cy - 10
            ? -(lines.length - 1) * 12
            : s.labelY > radar.cy + 10
              ? 0
              : (-(lines.length - 1) * 12) / 2;
        return (
          <text
            key={`t${rows[i]!.fieldOfActionId}`}
            className="rc-tick rc-spoke-label"
            x={s.labelX}
            y={s.labelY + shift}
            textAnchor={s.anchor}
            dy="0.32em"
          >
            {lines.map((line, k) => (
              <tspan key={line} x={s.labelX} dy={k === 0 ? '0.32em' : '12'}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </Frame>
  );
}

// ---- Label self-assessments: score per assessment against the Gold rule --------------------

export function LabelScoreChart({
  scores,
  language,
  t,
}: ChartProps & { scores: readonly AssessmentScore[] }) {
  const width = 560;
  const height = 260;
  const keys = scores.map((s) => s.assessmentId);
  const band = bandScale(keys, [margin.left, width - margin.right - 70], 0.4);
  const y = linearScale([0, 10_000], [height - margin.bottom, margin.top]);
  const ticks = niceTicks(0, 10_000, 5).values;
  const summary = [
    t('resources.chart.label.summary'),
    ...scores.map((s) =>
      t(s.goldReady ? 'resources.chart.label.gold' : 'resources.chart.label.score', {
        date: formatDate(language, s.assessedOn),
        score: formatShare(language, s.scoreBp),
      }),
    ),
  ].join(' ');
  return (
    <Frame
      width={width}
      height={height}
      summary={summary}
      className="rc-label-chart"
      legend={
        <Legend
          items={[
            { key: 'score', swatch: 'rc-sw-score', label: t('resources.chart.label.bar') },
            { key: 'gold', swatch: 'rc-sw-gold', label: t('resources.chart.label.rule') },
          ]}
        />
      }
    >
      <YAxis
        ticks={ticks}
        y={y}
        width={width - 70}
        format={(v) => formatShare(language, v, 0)}
        title={t('resources.chart.label.axis')}
      />
      <g className="rc-axis rc-axis-x">
        <line className="rc-baseline" x1={margin.left} x2={width - margin.right - 70} y1={y(0)} y2={y(0)} />
        {scores.map((s) => (
          <text
            key={s.assessmentId}
            className="rc-tick"
            x={band.center(s.assessmentId)}
            y={y(0) + 16}
            textAnchor="middle"
          >
            {formatDate(language, s.assessedOn)}
          </text>
        ))}
      </g>
      {scores.map((s) => (
        <g key={s.assessmentId}>
          <rect
            className={`rc-score${s.goldReady ? ' rc-score-gold' : ''}`}
            x={band.x(s.assessmentId)}
            width={band.bandwidth}
            y={y(s.scoreBp)}
            height={y(0) - y(s.scoreBp)}
          />
          <text className="rc-value" x={band.center(s.assessmentId)} y={y(s.scoreBp) - 5} textAnchor="middle">
            {formatShare(language, s.scoreBp, 0)}
          </text>
        </g>
      ))}
      <g className="rc-reference rc-gold-line">
        <line x1={margin.left} x2={width - margin.right - 70} y1={y(8000)} y2={y(8000)} />
        <text className="rc-tick" x={width - margin.right - 66} y={y(8000)} dy="0.32em">
          {t('resources.chart.label.goldLine')}
        </text>
      </g>
    </Frame>
  );
}
