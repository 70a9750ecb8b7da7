// SVG to PNG with resvg (WebAssembly, no native binary): the Word file's fallback images for its
// SVG charts and an SVG logo. Text is drawn with the report's own font buffers and nothing else
// (WebAssembly sees no system fonts), so a PNG looks the same on every machine.
import fs from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { REPORT_FONT_FAMILY, reportFontBuffers } from './fonts.ts';
import { packageFile } from './resolve.ts';

let wasmReady: Promise<void> | undefined;

/** Initialises resvg's WebAssembly once per process, from the file in node_modules. */
function resvgReady(): Promise<void> {
  wasmReady ??= initWasm(fs.readFileSync(packageFile('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

export interface RasterImage {
  readonly png: Uint8Array;
  /** The SVG's own size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The PNG's size in pixels (the SVG's size times the scale). */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

export async function rasterizeSvg(svg: string, scale = 2): Promise<RasterImage> {
  await resvgReady();
  const fonts = reportFontBuffers();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontBuffers: [fonts.regular, fonts.italic, fonts.semibold, fonts.bold],
      defaultFontFamily: REPORT_FONT_FAMILY,
      sansSerifFamily: REPORT_FONT_FAMILY,
      serifFamily: REPORT_FONT_FAMILY,
      monospaceFamily: REPORT_FONT_FAMILY,
      cursiveFamily: REPORT_FONT_FAMILY,
      fantasyFamily: REPORT_FONT_FAMILY,
    },
  });
  try {
    const { width, height } = resvg;
    const image = resvg.render();
    try {
      return { png: image.asPng(), width, height, pixelWidth: image.width, pixelHeight: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
