// The report's charts: well-formed SVG with escaped text, axes with ticks and the unit, labelled
// values, and series told apart without colour (line patterns, marker shapes, fill patterns).
import { describe, expect, it } from 'vitest';
import { barChart, indicatorChart, labelledSvg, lineChart } from './charts.ts';

const wellFormed = (svg: string) => {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/style=/); // the page's CSP allows no inline styles
  const opened = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
};

/** A subpath `M x y` and four relative `c` segments that lie on a circle of radius r, closed. */
const expectCircle = (subpath: string, radius: number) => {
  const [start, ...segments] = subpath.replace(/Z$/, '').split('c');
  expect(segments).toHaveLength(4);
  const [sx, sy] = start!.slice(1).split(' ').map(Number) as [number, number];
  const centre = { x: sx + radius, y: sy };
  let at = { x: sx, y: sy };
  for (const segment of segments) {
    const [c1x, c1y, c2x, c2y, ex, ey] = segment.trim().split(' ').map(Number) as number[];
    const p = [
      at,
      { x: at.x + c1x!, y: at.y + c1y! },
      { x: at.x + c2x!, y: at.y + c2y! },
      { x: at.x + ex!, y: at.y + ey! },
    ];
    // The curve at t = 0, 0.25, 0.5, 0.75 and 1 keeps its distance from the centre within 0.5 %.
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      const x = w.reduce((sum, wi, i) => sum + wi * p[i]!.x, 0);
      const y = w.reduce((sum, wi, i) => sum + wi * p[i]!.y, 0);
      expect(Math.abs(Math.hypot(x - centre.x, y - centre.y) - radius)).toBeLessThan(radius * 0.005);
    }
    at = p[3]!;
  }
  expect(at.x).toBeCloseTo(sx, 6);
  expect(at.y).toBeCloseTo(sy, 6);
};

describe('the report charts', () => {
  it('draw an indicator with plan, targets, trend and the cut-off, labelled in the language', () => {
    const chart = indicatorChart({
      language: 'de',
      title: 'Mitglieder <„Netz“> & Partner',
      unit: 'Mitglieder',
      decimals: 1,
      accent: '#1d5b8f',
      series: [
        { date: '2025-03-31', value: 40.5 },
        { date: '2025-12-31', value: 1234.5 },
      ],
      plan: [
        { date: '2025-01-01', value: 40 },
        { date: '2026-12-31', value: 1500 },
      ],
      targets: [{ date: '2026-12-31', value: 1500 }],
      trend: { from: { date: '2025-12-31', value: 1234.5 }, to: { date: '2026-12-31', value: 1400 } },
      band: null,
      cutoff: '2025-12-31',
      labels: {
        actual: 'Ist',
        plan: 'Plan',
        target: 'Zielwert',
        trend: 'Trend',
        cutoff: 'Stichtag',
        band: 'Korridor',
      },
    });
    wellFormed(chart.svg);
    expect(chart.svg).toContain('<title>Mitglieder &lt;„Netz“&gt; &amp; Partner</title>');
    expect(chart.svg).toContain('>1.234,5<'); // the last actual value, German format
    expect(chart.svg).toContain('>1.500<'); // the target
    expect(chart.svg).toContain('>Stichtag<');
    expect(chart.svg).toContain('>Mitglieder<'); // the unit over the axis
    expect(chart.svg).toContain('stroke-dasharray="6 4"'); // plan dashed
    expect(chart.svg).toContain('stroke-dasharray="2 2.5"'); // trend in short dashes
    expect(chart.svg).not.toContain('stroke-linecap="round"'); // a round dot prints as curves
    // Actual: filled circles, one path for the series, each circle four cubic Béziers (arcs print
    // as sixteen curves each).
    const actual = chart.svg.match(/<path d="([^"]+)" fill="#1d5b8f"/)?.[1] ?? '';
    const circles = actual.match(/M[^M]+/g) ?? [];
    expect(circles).toHaveLength(2);
    for (const circle of circles) expectCircle(circle, 3.2);
    // An image named by its title, its drawing hidden from assistive technology; the report names
    // it with the alt text in place of the title.
    expect(chart.svg).toMatch(/^<svg [^>]*role="img"><title>[^<]*<\/title><g aria-hidden="true">/);
    const labelled = labelledSvg(chart.svg, 'Mitglieder: 2 Werte, "zuletzt" 1.234,5');
    expect(labelled).toMatch(
      /^<svg [^>]*role="img" aria-label="Mitglieder: 2 Werte, &quot;zuletzt&quot; 1\.234,5">/,
    );
    expect(labelled.match(/role=/g)).toHaveLength(1);
    expect(labelled.slice(labelled.indexOf('>'))).toBe(chart.svg.slice(chart.svg.indexOf('>')));
    expect(chart.svg).toMatch(/<path d="M[^"]+Z" fill="#ffffff"/); // target: open diamond
  });

  it('name an SVG by the label given, in place of the name it gave itself', () => {
    const network = `<svg xmlns="http://www.w3.org/2000/svg" width="640" role="img" aria-labelledby="t d" font-family="system-ui, 'Segoe UI'"><title id="t">Netz</title><desc id="d">5 Akteure</desc></svg>`;
    expect(labelledSvg(network, 'Das Netzwerk <5 Akteure>')).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" width="640" font-family="system-ui, 'Segoe UI'" role="img" aria-label="Das Netzwerk &lt;5 Akteure&gt;"><title id="t">Netz</title><desc id="d">5 Akteure</desc></svg>`,
    );
  });

  it('tell bars apart by fill pattern and stack them with totals', () => {
    const chart = barChart({
      id: 'members',
      language: 'en',
      title: 'Members',
      accent: '#1d5b8f',
      categories: ['2024', '2025'],
      series: [
        { label: 'Business', values: [10, 12], style: 'solid' },
        { label: 'Research', values: [3, 4], style: 'hatched' },
        { label: 'Culture', values: [1, 2], style: 'dotted' },
      ],
      format: (v) => String(v),
      unit: 'Members',
      stacked: true,
      totalLabel: (v) => `${v} in all`,
    });
    wellFormed(chart.svg);
    expect(chart.svg).toContain('fill="url(#members-hatch)"');
    expect(chart.svg).toContain('fill="url(#members-dots)"');
    expect(chart.svg).toContain('>14 in all<');
    expect(chart.svg).toContain('>18 in all<');
  });

  it('label the higher of two close values above and the lower below', () => {
    const chart = lineChart({
      language: 'en',
      title: 'Shares',
      accent: '#1d5b8f',
      categories: ['2024'],
      series: [
        { label: 'Actual', values: [69.5], style: 'solid', marker: 'circle' },
        { label: 'Plan', values: [75], style: 'dashed', marker: 'square' },
      ],
      format: (v) => `${v} %`,
      unit: '%',
      domain: [0, 100],
    });
    wellFormed(chart.svg);
    const y = (label: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}<`).exec(chart.svg)![1]);
    const markerY = (value: number) => 22 + 160 - (value / 100) * 160;
    expect(y('69.5 %')).toBeGreaterThan(markerY(69.5)); // below its mark
    expect(y('75 %')).toBeLessThan(markerY(75)); // above its mark
  });
});
