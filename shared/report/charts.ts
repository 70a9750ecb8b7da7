// The report's charts as complete SVG documents (strings): vector in the PDF, an image in the Word
// file, the same picture in the in-app preview. Readable in black and white: every series differs
// by line pattern, marker shape or fill pattern as well as by colour, values are labelled, axes
// carry ticks and units. Presentation attributes only (no style attributes: the page's Content
// Security Policy allows no inline styles). Axes and ticks come from d3-scale.
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import type { Language } from '../contract/schemas.ts';
import { formatNumber, localeOf } from '../i18n/i18n.ts';

/** The report's font (bundled with the app and embedded in the PDF). */
export const REPORT_FONT = 'Source Sans 3';
const FONT = `${REPORT_FONT}, sans-serif`;
const INK = '#1f2328';
const MUTED = '#57606a';
const GRID = '#d0d7de';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

const r = (value: number) => Math.round(value * 10) / 10;

interface TextOptions {
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly size?: number;
  readonly weight?: 400 | 600 | 700;
  readonly fill?: string;
  readonly baseline?: 'middle' | 'hanging' | 'auto';
}

function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  return `<text x="${r(x)}" y="${r(y)}" font-family="${FONT}" font-size="${o.size ?? 11}"${
    o.weight && o.weight !== 400 ? ` font-weight="${o.weight}"` : ''
  } fill="${o.fill ?? INK}" text-anchor="${o.anchor ?? 'start'}"${
    o.baseline && o.baseline !== 'auto' ? ` dominant-baseline="${o.baseline}"` : ''
  }>${escapeXml(content)}</text>`;
}

/**
 * A chart as a file of its own: an image named by its title. Its drawing is hidden from assistive
 * technology (the report names the image with its alt text, see labelledSvg): Chromium's tagged
 * PDF then holds one figure with that text, and the print does not walk thirty-odd axis labels a
 * chart for the accessibility tree (a quarter of a second in a 200-chart report).
 */
function document(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeXml(title)}</title><g aria-hidden="true">${body}</g></svg>`;
}

/**
 * A chart's SVG as the report shows it: an image whose accessible name (and, in the tagged PDF,
 * the figure's alternate text) is `label`, in place of any name the SVG gave itself.
 */
export function labelledSvg(svg: string, label: string): string {
  return svg.replace(
    /^<svg\b([^>]*)>/,
    (_, attributes: string) =>
      `<svg${attributes.replace(/\s(?:role|aria-label|aria-labelledby|aria-hidden)="[^"]*"/g, '')} role="img" aria-label="${escapeXml(label)}">`,
  );
}

/** The rough width of a label in the report font (for legends and label collisions). */
export function textWidth(content: string, size = 11): number {
  let units = 0;
  for (const c of content)
    units += /[il.,:;'|!]/.test(c) ? 0.26 : /[mwMW]/.test(c) ? 0.78 : c === ' ' ? 0.22 : 0.5;
  return units * size;
}

type Marker = 'circle' | 'diamond' | 'square' | 'triangle' | 'none';

function marker(kind: Marker, x: number, y: number, colour: string, filled: boolean): string {
  const fill = filled ? colour : '#ffffff';
  switch (kind) {
    case 'circle':
      return `<path d="${markerPath('circle', x, y)}" fill="${fill}" stroke="${colour}" stroke-width="1.4"/>`;
    case 'diamond':
      return `<path d="M${r(x)} ${r(y - 4.6)}L${r(x + 4.6)} ${r(y)}L${r(x)} ${r(y + 4.6)}L${r(x - 4.6)} ${r(y)}Z" fill="${fill}" stroke="${colour}" stroke-width="1.4"/>`;
    case 'square':
      return `<rect x="${r(x - 3.2)}" y="${r(y - 3.2)}" width="6.4" height="6.4" fill="${fill}" stroke="${colour}" stroke-width="1.4"/>`;
    case 'triangle':
      return `<path d="M${r(x)} ${r(y - 4.2)}L${r(x + 4.2)} ${r(y + 3.4)}L${r(x - 4.2)} ${r(y + 3.4)}Z" fill="${fill}" stroke="${colour}" stroke-width="1.4"/>`;
    default:
      return '';
  }
}

/** A circle of radius 3.2 from its leftmost point, clockwise, in relative cubic Béziers. */
const CIRCLE =
  'c0 -1.767 1.433 -3.2 3.2 -3.2c1.767 0 3.2 1.433 3.2 3.2c0 1.767 -1.433 3.2 -3.2 3.2c-1.767 0 -3.2 -1.433 -3.2 -3.2Z';

/** The subpath of one marker's outline (circle, diamond, square, triangle) at (x, y). */
function markerPath(kind: Marker, x: number, y: number): string {
  switch (kind) {
    case 'circle':
      // Four cubic Béziers (k = 0.5523 r), as PDF draws circles: arcs reach the PDF as 16 curves
      // each, which made the markers of a 200-chart report a quarter of its print time.
      return `M${r(x - 3.2)} ${r(y)}${CIRCLE}`;
    case 'diamond':
      return `M${r(x)} ${r(y - 4.6)}L${r(x + 4.6)} ${r(y)}L${r(x)} ${r(y + 4.6)}L${r(x - 4.6)} ${r(y)}Z`;
    case 'square':
      return `M${r(x - 3.2)} ${r(y - 3.2)}h6.4v6.4h-6.4Z`;
    case 'triangle':
      return `M${r(x)} ${r(y - 4.2)}L${r(x + 4.2)} ${r(y + 3.4)}L${r(x - 4.2)} ${r(y + 3.4)}Z`;
    default:
      return '';
  }
}

/**
 * Many markers of one series as one path: the same picture as one element a point, but a
 * printed page of 200 charts is laid out and drawn several times faster.
 */
function markers(
  kind: Marker,
  points: readonly { readonly x: number; readonly y: number }[],
  colour: string,
  filled: boolean,
): string {
  if (points.length === 0 || kind === 'none') return '';
  return `<path d="${points.map((p) => markerPath(kind, p.x, p.y)).join('')}" fill="${filled ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.4"/>`;
}

interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly dash?: string;
  readonly marker?: Marker;
  readonly filled?: boolean;
  /** A swatch instead of a line: solid fill or a pattern id. */
  readonly fill?: string;
}

/** Legend items in one or more rows from (x, y); returns the SVG and the height used. */
function legend(items: readonly LegendItem[], x: number, y: number, width: number) {
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    const w = 28 + textWidth(item.label) + 16;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += 16;
    }
    if (item.fill) {
      parts.push(
        `<rect x="${r(cx)}" y="${r(cy - 5)}" width="18" height="10" fill="${item.fill}" stroke="${item.colour}" stroke-width="1"/>`,
      );
    } else {
      parts.push(
        `<line x1="${r(cx)}" y1="${r(cy)}" x2="${r(cx + 20)}" y2="${r(cy)}" stroke="${item.colour}" stroke-width="1.8"${
          item.dash ? ` stroke-dasharray="${item.dash}"` : ''
        }/>`,
      );
      if (item.marker) parts.push(marker(item.marker, cx + 10, cy, item.colour, item.filled ?? true));
    }
    parts.push(text(cx + 26, cy, item.label, { baseline: 'middle', fill: INK }));
    cx += w;
  }
  return { svg: parts.join(''), height: cy - y + 16 };
}

function numberLabel(language: Language, value: number, decimals: number): string {
  return formatNumber(language, value, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** Horizontal grid lines with their values at the left, and the unit above the axis. */
function valueAxis(
  y: { (value: number): number; ticks(count: number): number[] },
  box: { readonly left: number; readonly right: number; readonly top: number },
  format: (value: number) => string,
  unit: string,
  unitOffset = 10,
): string {
  const ticks = y.ticks(5);
  const parts: string[] = [
    `<path d="${ticks.map((tick) => `M${box.left} ${r(y(tick))}H${box.right}`).join('')}" stroke="${GRID}" stroke-width="0.8"/>`,
  ];
  for (const tick of ticks)
    parts.push(text(box.left - 6, y(tick), format(tick), { anchor: 'end', baseline: 'middle', fill: MUTED }));
  if (unit) parts.push(text(box.left - 6, box.top - unitOffset, unit, { anchor: 'end', fill: MUTED }));
  return parts.join('');
}

const DAY = 86_400_000;
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

// ——— Indicator over time ———————————————————————————————————————————————————————————————

export interface IndicatorChartInput {
  readonly language: Language;
  readonly title: string;
  readonly unit: string;
  readonly decimals: number;
  readonly accent: string;
  /** Actual values (running totals for cumulative indicators). */
  readonly series: readonly { readonly date: string; readonly value: number }[];
  /** The planned trajectory: baseline and targets, joined by straight lines. */
  readonly plan: readonly { readonly date: string; readonly value: number }[];
  readonly targets: readonly { readonly date: string; readonly value: number }[];
  readonly trend: {
    readonly from: { date: string; value: number };
    readonly to: { date: string; value: number };
  } | null;
  readonly band: { readonly low: number | null; readonly high: number | null } | null;
  readonly cutoff: string;
  readonly labels: {
    readonly actual: string;
    readonly plan: string;
    readonly target: string;
    readonly trend: string;
    readonly cutoff: string;
    readonly band: string;
  };
}

export interface Chart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function indicatorChart(input: IndicatorChartInput, width = 640): Chart {
  const { language, labels, accent } = input;
  const margin = { top: 18, right: 64, bottom: 30, left: 56 };
  const plotHeight = 125;
  const dates = [
    ...input.series.map((p) => p.date),
    ...input.plan.map((p) => p.date),
    ...(input.trend ? [input.trend.to.date] : []),
    input.cutoff,
  ].sort();
  const first = asDate(dates[0]!);
  let last = asDate(dates[dates.length - 1]!);
  if (last.getTime() - first.getTime() < 90 * DAY) last = new Date(first.getTime() + 365 * DAY);
  const values = [
    ...input.series.map((p) => p.value),
    ...input.plan.map((p) => p.value),
    ...(input.trend ? [input.trend.from.value, input.trend.to.value] : []),
    ...(input.band?.low != null ? [input.band.low] : []),
    ...(input.band?.high != null ? [input.band.high] : []),
  ];
  // Zero is shown when the values lie near it; otherwise the axis starts near the values, so a
  // change from 78 to 82 is visible (a line chart, not bars).
  const low = Math.min(...values);
  const high = Math.max(...values);
  const min = low >= 0 && low <= high * 0.4 ? 0 : low - (high - low) * 0.15 || low - 1;
  const max = high > min ? high + (high - min) * 0.05 : min + 1;
  const x = scaleUtc()
    .domain([first, last])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([min, max])
    .nice(5)
    .range([margin.top + plotHeight, margin.top]);
  const px = (iso: string) => x(asDate(iso));
  const parts: string[] = [];

  // Grid and axes.
  parts.push(
    valueAxis(
      y,
      { left: margin.left, right: width - margin.right, top: margin.top },
      (tick) => numberLabel(language, tick, 6),
      input.unit,
      8,
    ),
  );
  const spanYears = (last.getTime() - first.getTime()) / (365 * DAY);
  const xTicks = spanYears > 2.5 ? x.ticks(Math.min(8, Math.ceil(spanYears))) : x.ticks(6);
  const yearOnly = xTicks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const monthFormat = new Intl.DateTimeFormat(localeOf[language], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const baseY = margin.top + plotHeight;
  parts.push(
    `<line x1="${margin.left}" y1="${baseY}" x2="${width - margin.right}" y2="${baseY}" stroke="${MUTED}" stroke-width="1"/>`,
  );
  parts.push(
    `<path d="${xTicks.map((tick) => `M${r(x(tick))} ${baseY}v4`).join('')}" stroke="${MUTED}" stroke-width="1"/>`,
  );
  if (yearOnly) {
    // Years are spans: each name stands in the middle of its year, between the ticks at 1 January
    // (so a cut-off on 31 December sits at the end of its year, not under the next year's name).
    const [from, to] = x.domain() as [Date, Date];
    for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
      const start = Math.max(from.getTime(), Date.UTC(year, 0, 1));
      const end = Math.min(to.getTime(), Date.UTC(year + 1, 0, 1));
      if (end - start < 100 * DAY) continue;
      parts.push(
        text(x(new Date((start + end) / 2)), baseY + 16, String(year), { anchor: 'middle', fill: MUTED }),
      );
    }
  } else {
    for (const tick of xTicks)
      parts.push(text(x(tick), baseY + 16, monthFormat.format(tick), { anchor: 'middle', fill: MUTED }));
  }

  // Tolerance band (direction "band"): a light area between its limits.
  if (input.band && (input.band.low !== null || input.band.high !== null)) {
    const top = y(input.band.high ?? y.domain()[1]!);
    const bottom = y(input.band.low ?? y.domain()[0]!);
    parts.push(
      `<rect x="${margin.left}" y="${r(top)}" width="${width - margin.left - margin.right}" height="${r(bottom - top)}" fill="${accent}" fill-opacity="0.08" stroke="${accent}" stroke-opacity="0.5" stroke-width="0.8" stroke-dasharray="2 2"/>`,
    );
  }

  // The cut-off date.
  const cx = px(input.cutoff);
  parts.push(
    `<line x1="${r(cx)}" y1="${margin.top - 4}" x2="${r(cx)}" y2="${baseY}" stroke="${MUTED}" stroke-width="0.8" stroke-dasharray="1 2"/>`,
  );
  parts.push(text(cx + 3, margin.top - 6, labels.cutoff, { size: 9.5, fill: MUTED }));

  // Plan: dashed grey line through baseline and targets.
  if (input.plan.length > 1) {
    parts.push(
      `<polyline points="${input.plan.map((p) => `${r(px(p.date))},${r(y(p.value))}`).join(' ')}" fill="none" stroke="${MUTED}" stroke-width="1.6" stroke-dasharray="6 4"/>`,
    );
  }
  // Targets: open diamonds with their values (under the actual values, which are drawn last).
  // A label is left out where the same value is already labelled at the same place: the last
  // actual value on its target, or the trend ending on a target.
  const lastActual = input.series[input.series.length - 1] ?? null;
  const near = (a: { date: string; value: number }, b: { date: string; value: number }) =>
    Math.abs(px(a.date) - px(b.date)) < 14 && Math.abs(y(a.value) - y(b.value)) < 10;
  parts.push(
    markers(
      'diamond',
      input.targets.map((t) => ({ x: px(t.date), y: y(t.value) })),
      INK,
      false,
    ),
  );
  for (const target of input.targets) {
    if (lastActual && near(target, lastActual)) continue;
    parts.push(
      text(px(target.date) + 7, y(target.value) + 12, numberLabel(language, target.value, input.decimals), {
        size: 10,
        fill: INK,
      }),
    );
  }
  // Trend: dotted line from the last actual value to its projection.
  if (input.trend) {
    parts.push(
      `<line x1="${r(px(input.trend.from.date))}" y1="${r(y(input.trend.from.value))}" x2="${r(px(input.trend.to.date))}" y2="${r(y(input.trend.to.value))}" stroke="${accent}" stroke-width="1.6" stroke-dasharray="2 2.5"/>`,
    );
    const end = input.trend.to;
    if (!input.targets.some((t) => near(t, end)))
      parts.push(
        text(px(end.date) + 6, y(end.value) - 8, numberLabel(language, end.value, input.decimals), {
          baseline: 'middle',
          fill: accent,
          size: 10,
        }),
      );
  }
  // Actual: solid line with filled circles.
  if (input.series.length > 0) {
    if (input.series.length > 1) {
      parts.push(
        `<polyline points="${input.series.map((p) => `${r(px(p.date))},${r(y(p.value))}`).join(' ')}" fill="none" stroke="${accent}" stroke-width="2"/>`,
      );
    }
    const step = Math.max(1, Math.ceil(input.series.length / 40));
    parts.push(
      markers(
        'circle',
        input.series
          .filter((_, i) => i % step === 0 || i === input.series.length - 1)
          .map((p) => ({ x: px(p.date), y: y(p.value) })),
        accent,
        true,
      ),
    );
    const lastPoint = input.series[input.series.length - 1]!;
    parts.push(
      text(
        px(lastPoint.date),
        y(lastPoint.value) - 9,
        numberLabel(language, lastPoint.value, input.decimals),
        {
          anchor: 'middle',
          weight: 700,
          size: 10.5,
        },
      ),
    );
  }
  const items: LegendItem[] = [
    { label: labels.actual, colour: accent, marker: 'circle' },
    ...(input.plan.length > 1 ? [{ label: labels.plan, colour: MUTED, dash: '6 4' }] : []),
    ...(input.targets.length > 0
      ? [{ label: labels.target, colour: INK, dash: '0 40', marker: 'diamond' as const, filled: false }]
      : []),
    ...(input.trend ? [{ label: labels.trend, colour: accent, dash: '2 2.5' }] : []),
    ...(input.band ? [{ label: labels.band, colour: accent, fill: '#e8eef5' }] : []),
  ];
  const key = legend(items, margin.left, baseY + margin.bottom + 4, width - margin.left - margin.right);
  const height = baseY + margin.bottom + key.height + 4;
  return { svg: document(width, height, input.title, parts.join('') + key.svg), width, height };
}

// ——— Bars by category (years) —————————————————————————————————————————————————————————

export interface BarSeries {
  readonly label: string;
  /** One value per category (null: none). */
  readonly values: readonly (number | null)[];
  /** solid: filled in the accent colour; outline: white with a dark edge; hatched: diagonal lines. */
  readonly style: 'solid' | 'outline' | 'hatched' | 'dotted';
}

export interface BarChartInput {
  /** Unique in the report: the chart's fill patterns are named after it. */
  readonly id: string;
  readonly language: Language;
  readonly title: string;
  readonly accent: string;
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** Formats an axis tick and a bar's value label. */
  readonly format: (value: number) => string;
  readonly unit: string;
  /** Stack the series (members by group) instead of placing them side by side. */
  readonly stacked?: boolean;
  /** Label the stacks with their totals (stacked charts). */
  readonly totalLabel?: (value: number) => string;
}

function patterns(id: string): string {
  return `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="1.6"/></pattern><pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.1" fill="${INK}"/></pattern></defs>`;
}

function barFill(style: BarSeries['style'], accent: string, id: string): { fill: string; stroke: string } {
  switch (style) {
    case 'solid':
      return { fill: accent, stroke: accent };
    case 'outline':
      return { fill: '#ffffff', stroke: INK };
    case 'hatched':
      return { fill: `url(#${id}-hatch)`, stroke: INK };
    default:
      return { fill: `url(#${id}-dots)`, stroke: INK };
  }
}

export function barChart(input: BarChartInput, width = 640): Chart {
  const margin = { top: 22, right: 16, bottom: 26, left: 72 };
  const plotHeight = 180;
  const baseY = margin.top + plotHeight;
  const totals = input.categories.map((_, i) =>
    input.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0),
  );
  const all = input.stacked
    ? totals
    : input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...all);
  const y = scaleLinear().domain([0, max]).nice(5).range([baseY, margin.top]);
  const x = scaleBand<string>()
    .domain(input.categories as string[])
    .range([margin.left, width - margin.right])
    .paddingInner(0.28)
    .paddingOuter(0.14);
  const parts: string[] = [patterns(input.id)];
  parts.push(
    valueAxis(
      y,
      { left: margin.left, right: width - margin.right, top: margin.top },
      input.format,
      input.unit,
    ),
  );
  const band = x.bandwidth();
  const inner = input.stacked ? band : band / Math.max(1, input.series.length);
  input.categories.forEach((category, i) => {
    const left = x(category) ?? 0;
    let stackTop = baseY;
    input.series.forEach((series, j) => {
      const value = series.values[i];
      if (value === null || value === undefined) return;
      const { fill, stroke } = barFill(series.style, input.accent, input.id);
      if (input.stacked) {
        const h = baseY - y(Math.max(0, value));
        if (h <= 0) return;
        stackTop -= h;
        parts.push(
          `<rect x="${r(left)}" y="${r(stackTop)}" width="${r(band)}" height="${r(h)}" fill="${fill}" stroke="${stroke}" stroke-width="0.8"/>`,
        );
        if (h >= 13 && series.style === 'solid')
          parts.push(
            text(left + band / 2, stackTop + h / 2, input.format(value), {
              anchor: 'middle',
              baseline: 'middle',
              fill: '#ffffff',
              size: 10,
            }),
          );
        else if (h >= 13)
          parts.push(
            `<rect x="${r(left + band / 2 - textWidth(input.format(value), 10) / 2 - 2)}" y="${r(stackTop + h / 2 - 6)}" width="${r(textWidth(input.format(value), 10) + 4)}" height="12" fill="#ffffff"/>` +
              text(left + band / 2, stackTop + h / 2, input.format(value), {
                anchor: 'middle',
                baseline: 'middle',
                size: 10,
              }),
          );
      } else {
        const bx = left + j * inner;
        const top = y(Math.max(0, value));
        parts.push(
          `<rect x="${r(bx + 1)}" y="${r(top)}" width="${r(Math.max(1, inner - 2))}" height="${r(baseY - top)}" fill="${fill}" stroke="${stroke}" stroke-width="0.8"/>`,
        );
        parts.push(
          text(bx + inner / 2, top - 4, input.format(value), {
            anchor: 'middle',
            size: inner < 34 ? 8.5 : 10,
          }),
        );
      }
    });
    if (input.stacked && input.totalLabel && totals[i]! > 0)
      parts.push(
        text(left + band / 2, stackTop - 5, input.totalLabel(totals[i]!), {
          anchor: 'middle',
          weight: 700,
          size: 10.5,
        }),
      );
    parts.push(text(left + band / 2, baseY + 16, category, { anchor: 'middle', fill: MUTED }));
  });
  parts.push(
    `<line x1="${margin.left}" y1="${baseY}" x2="${width - margin.right}" y2="${baseY}" stroke="${MUTED}" stroke-width="1"/>`,
  );
  const items = input.series.map((s) => {
    const { fill, stroke } = barFill(s.style, input.accent, input.id);
    return { label: s.label, colour: stroke, fill };
  });
  const key = legend(items, margin.left, baseY + margin.bottom + 4, width - margin.left - margin.right);
  const height = baseY + margin.bottom + key.height + 4;
  return { svg: document(width, height, input.title, parts.join('') + key.svg), width, height };
}

// ——— Lines by category (shares per year) —————————————————————————————————————————————————

export interface LineSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly style: 'solid' | 'dashed';
  readonly marker: Marker;
}

export interface LineChartInput {
  readonly language: Language;
  readonly title: string;
  readonly accent: string;
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
  readonly format: (value: number) => string;
  readonly unit: string;
  readonly domain?: readonly [number, number];
}

export function lineChart(input: LineChartInput, width = 640): Chart {
  const margin = { top: 22, right: 24, bottom: 26, left: 56 };
  const plotHeight = 160;
  const baseY = margin.top + plotHeight;
  const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain(input.domain ? [...input.domain] : [0, Math.max(1, ...values)])
    .nice(5)
    .range([baseY, margin.top]);
  const x = scaleBand<string>()
    .domain(input.categories as string[])
    .range([margin.left, width - margin.right])
    .paddingOuter(0.3);
  const parts: string[] = [];
  parts.push(
    valueAxis(
      y,
      { left: margin.left, right: width - margin.right, top: margin.top },
      input.format,
      input.unit,
    ),
  );
  const cx = (i: number) => (x(input.categories[i]!) ?? 0) + x.bandwidth() / 2;
  input.series.forEach((series, j) => {
    const colour = j === 0 ? input.accent : INK;
    const points = series.values
      .map((v, i) => (v === null ? null : `${r(cx(i))},${r(y(v))}`))
      .filter((p): p is string => p !== null);
    if (points.length > 1)
      parts.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.8"${
          series.style === 'dashed' ? ' stroke-dasharray="6 4"' : ''
        }/>`,
      );
    series.values.forEach((v, i) => {
      if (v === null) return;
      parts.push(marker(series.marker, cx(i), y(v), colour, j === 0));
      // The highest value of a category is labelled above its mark, the others below, so the
      // labels of close values do not overlap.
      const others = input.series.map((s) => s.values[i]).filter((o, k): o is number => k !== j && o != null);
      const above = others.every((o) => v > o || (v === o && j === 0));
      parts.push(
        text(cx(i), y(v) + (above ? -9 : 17), input.format(v), { anchor: 'middle', size: 10, fill: colour }),
      );
    });
  });
  input.categories.forEach((category, i) => {
    parts.push(text(cx(i), baseY + 16, category, { anchor: 'middle', fill: MUTED }));
  });
  parts.push(
    `<line x1="${margin.left}" y1="${baseY}" x2="${width - margin.right}" y2="${baseY}" stroke="${MUTED}" stroke-width="1"/>`,
  );
  const items = input.series.map((s, j) => ({
    label: s.label,
    colour: j === 0 ? input.accent : INK,
    marker: s.marker,
    filled: j === 0,
    ...(s.style === 'dashed' ? { dash: '6 4' } : {}),
  }));
  const key = legend(items, margin.left, baseY + margin.bottom + 4, width - margin.left - margin.right);
  const height = baseY + margin.bottom + key.height + 4;
  return { svg: document(width, height, input.title, parts.join('') + key.svg), width, height };
}
