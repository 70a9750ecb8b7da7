// Chart geometry, pure and shared: "nice" axis ticks, linear and band scales, and the geometry of
// a radar chart. The app's SVG charts and the printed report draw with the same numbers, so a
// figure in the report has the same axes as on screen.

export interface Ticks {
  /** The axis' ends, widened to whole steps. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly values: readonly number[];
}

/**
 * About `count` ticks at 1, 2, 2.5 or 5 × 10^n covering [min, max] (widened to include 0 when
 * `zero`), as people read axes. An empty or zero-width domain gets one step around its value.
 */
export function niceTicks(min: number, max: number, count = 5, zero = true): Ticks {
  let lo = zero ? Math.min(0, min) : min;
  let hi = zero ? Math.max(0, max) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) lo = hi = 0;
  if (hi === lo) {
    hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.5;
    if (!zero) lo -= Math.abs(lo) * 0.5 || 1;
  }
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999) ?? 10 * power;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  for (let v = first; v <= last + step * 1e-9; v += step) values.push(round(v, step));
  return { min: round(first, step), max: round(last, step), step, values };
}

/** Removes float noise (0.30000000000000004 → 0.3) at the step's precision. */
function round(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(digits, 12)));
}

/** Maps [d0, d1] onto [r0, r1] linearly (r1 < r0 for a y axis growing upwards). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

export interface BandScale<K> {
  /** The left edge of a key's band. */
  readonly x: (key: K) => number;
  /** The middle of a key's band. */
  readonly center: (key: K) => number;
  readonly bandwidth: number;
}

/** Equal bands for `keys` across [r0, r1], `padding` (0–1) of each step left empty between them. */
export function bandScale<K>(
  keys: readonly K[],
  [r0, r1]: readonly [number, number],
  padding = 0.2,
): BandScale<K> {
  const step = (r1 - r0) / Math.max(1, keys.length);
  const bandwidth = step * (1 - padding);
  const index = new Map(keys.map((k, i) => [k, i]));
  const x = (key: K) => r0 + (index.get(key) ?? 0) * step + (step - bandwidth) / 2;
  return { x, center: (key) => x(key) + bandwidth / 2, bandwidth };
}

export interface RadarGeometry {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  /** One spoke per axis, clockwise from the top: its end and where its label goes. */
  readonly spokes: readonly {
    readonly angle: number;
    readonly x: number;
    readonly y: number;
    readonly labelX: number;
    readonly labelY: number;
    readonly anchor: 'start' | 'middle' | 'end';
  }[];
  /** The rings of the scale (one per level), as closed polygons of points. */
  readonly rings: readonly { readonly level: number; readonly points: readonly { x: number; y: number }[] }[];
  /** The point of `value` on axis `index`; values are clamped to [min, max]. */
  readonly point: (index: number, value: number) => { x: number; y: number };
}

/**
 * A radar chart with `axes` spokes and rings at `levels` (e.g. 1 … 5): value `min` sits at
 * `inner` × radius (so the lowest level is a visible ring, not the centre), `max` on the rim.
 */
export function radarGeometry(options: {
  readonly axes: number;
  readonly levels: readonly number[];
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly inner?: number;
  readonly labelOffset?: number;
}): RadarGeometry {
  const { axes, levels, cx, cy, radius } = options;
  const inner = options.inner ?? 0.15;
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, axes);
  const distance = (value: number) => {
    const v = Math.min(max, Math.max(min, value));
    return radius * (inner + ((1 - inner) * (v - min)) / (max - min || 1));
  };
  const at = (i: number, r: number) => ({
    x: cx + r * Math.cos(angle(i)),
    y: cy + r * Math.sin(angle(i)),
  });
  const labelR = radius + (options.labelOffset ?? 12);
  return {
    cx,
    cy,
    radius,
    spokes: Array.from({ length: axes }, (_, i) => {
      const end = at(i, radius);
      const label = at(i, labelR);
      const cos = Math.cos(angle(i));
      return {
        angle: angle(i),
        ...end,
        labelX: label.x,
        labelY: label.y,
        anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
      };
    }),
    rings: levels.map((level) => ({
      level,
      points: Array.from({ length: axes }, (_, i) => at(i, distance(level))),
    })),
    point: (index, value) => at(index, distance(value)),
  };
}

/** SVG points attribute of a polygon or polyline. */
export const pointsAttribute = (points: readonly { x: number; y: number }[]) =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
