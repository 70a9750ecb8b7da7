import { describe, expect, it } from 'vitest';
import { bandScale, linearScale, niceTicks, pointsAttribute, radarGeometry } from './scale.ts';

describe('nice ticks', () => {
  it.each([
    [0, 100, 5, [0, 20, 40, 60, 80, 100]],
    [0, 1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0, 387_500, 5, [0, 100_000, 200_000, 300_000, 400_000]],
    [0, 2.25, 5, [0, 0.5, 1, 1.5, 2, 2.5]],
    [0, 0, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [12, 17, 5, [0, 5, 10, 15, 20]],
    [-3, 4, 5, [-4, -2, 0, 2, 4]],
  ])('from %d to %d in about %d steps: %j', (min, max, count, values) => {
    expect(niceTicks(min, max, count).values).toEqual(values);
  });

  it('leaves out zero when asked', () => {
    expect(niceTicks(62, 81, 4, false).values).toEqual([60, 65, 70, 75, 80, 85]);
  });

  it('always covers the data', () => {
    for (const [min, max] of [
      [0, 9_999],
      [0.001, 0.0173],
      [-12_345, 678],
      [3, 3],
    ] as const) {
      const ticks = niceTicks(min, max);
      expect(ticks.min).toBeLessThanOrEqual(min);
      expect(ticks.max).toBeGreaterThanOrEqual(max);
      expect(ticks.values.length).toBeGreaterThanOrEqual(2);
      expect(ticks.values.length).toBeLessThanOrEqual(12);
    }
  });
});

describe('scales', () => {
  it('maps linearly, also onto an inverted range (a y axis)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });

  it('cuts equal bands with padding', () => {
    const band = bandScale([2024, 2025, 2026, 2027], [0, 400], 0.5);
    expect([band.x(2024), band.center(2024), band.bandwidth, band.x(2027)]).toEqual([25, 50, 50, 325]);
  });
});

describe('radar geometry', () => {
  const radar = radarGeometry({ axes: 4, levels: [1, 2, 3, 4, 5], cx: 100, cy: 100, radius: 80, inner: 0 });
  const round = (p: { x: number; y: number }) => [Math.round(p.x), Math.round(p.y)];

  it('starts at the top and goes clockwise', () => {
    expect(radar.spokes.map((s) => round(s))).toEqual([
      [100, 20],
      [180, 100],
      [100, 180],
      [20, 100],
    ]);
    expect(radar.spokes.map((s) => s.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('puts the lowest level in the middle and the highest on the rim; clamps outside values', () => {
    expect(round(radar.point(0, 1))).toEqual([100, 100]);
    expect(round(radar.point(0, 3))).toEqual([100, 60]);
    expect(round(radar.point(1, 5))).toEqual([180, 100]);
    expect(round(radar.point(1, 9))).toEqual([180, 100]);
    expect(radar.rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the lowest ring visible with an inner radius', () => {
    const inset = radarGeometry({ axes: 3, levels: [1, 5], cx: 0, cy: 0, radius: 100, inner: 0.2 });
    expect(round(inset.point(0, 1))).toEqual([0, -20]);
  });

  it('writes SVG points', () => {
    expect(
      pointsAttribute([
        { x: 1, y: 2.25 },
        { x: 3.333, y: 4 },
      ]),
    ).toBe('1.0,2.3 3.3,4.0');
  });
});
