// The PNG fallback of charts: a PNG at twice the SVG's size, with its text drawn in the report's
// font buffers. resvg draws no text at all without fonts, so a render that differs from the same
// chart without its text elements proves the buffers are used.
import { Resvg } from '@resvg/resvg-wasm';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CHART, fixtureChartSvg } from './fixture-model.ts';
import { reportFontBuffers, reportFontFiles } from './fonts.ts';
import { rasterizeSvg } from './raster.ts';

function pngHeader(png: Uint8Array) {
  const data = Buffer.from(png);
  return {
    signature: data.subarray(0, 8).toString('hex'),
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
  };
}

describe('rasterizeSvg', () => {
  it('renders a PNG at twice the SVG size', async () => {
    const image = await rasterizeSvg(fixtureChartSvg('de'));
    expect(image).toMatchObject({
      width: FIXTURE_CHART.width,
      height: FIXTURE_CHART.height,
      pixelWidth: FIXTURE_CHART.width * 2,
      pixelHeight: FIXTURE_CHART.height * 2,
    });
    expect(pngHeader(image.png)).toEqual({
      signature: '89504e470d0a1a0a',
      width: FIXTURE_CHART.width * 2,
      height: FIXTURE_CHART.height * 2,
    });
  });

  it('draws the chart’s text with the report font (and resvg without fonts draws none)', async () => {
    const withText = await rasterizeSvg(fixtureChartSvg('en'));
    const withoutText = await rasterizeSvg(fixtureChartSvg('en', { withText: false }));
    expect(Buffer.from(withText.png).equals(Buffer.from(withoutText.png))).toBe(false);
    // The premise: the same SVG rendered with no font at all equals the render without text.
    const bare = new Resvg(fixtureChartSvg('en'), {
      fitTo: { mode: 'zoom', value: 2 },
      font: { fontBuffers: [] },
    });
    const image = bare.render();
    expect(Buffer.from(image.asPng()).equals(Buffer.from(withoutText.png))).toBe(true);
    image.free();
    bare.free();
  });

  it('draws semibold text with the semibold face (font-weight 600 differs from 400)', async () => {
    const svg = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="Source Sans 3" font-size="20" font-weight="${weight}">Mitglieder</text></svg>`;
    const [regular, semibold, bold] = await Promise.all([400, 600, 700].map((w) => rasterizeSvg(svg(w))));
    const bytes = [regular, semibold, bold].map((image) => Buffer.from(image!.png).toString('base64'));
    expect(new Set(bytes).size).toBe(3);
  });
});

describe('report fonts', () => {
  it('finds the four TTF files of Source Sans 3 and reads them once', () => {
    const files = reportFontFiles();
    expect(Object.values(files).map((file) => file.split(/[/\\]/).pop())).toEqual([
      'SourceSans3_400Regular.ttf',
      'SourceSans3_400Regular_Italic.ttf',
      'SourceSans3_600SemiBold.ttf',
      'SourceSans3_700Bold.ttf',
    ]);
    const buffers = reportFontBuffers();
    // TrueType files start with the version 1.0 tag.
    for (const buffer of Object.values(buffers)) expect(buffer.readUInt32BE(0)).toBe(0x00010000);
    expect(reportFontBuffers()).toBe(buffers);
  });
});
