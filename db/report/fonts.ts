// The report's typeface, Source Sans 3, as the TTF files of @expo-google-fonts/source-sans-3: the
// chart rasteriser (resvg, which gets exactly these buffers and no system fonts), the Word file's
// embedded fonts and the PDF side all use these four faces.
import fs from 'node:fs';
import { packageFile } from './resolve.ts';

/** The family name the report's SVGs and documents use. */
export const REPORT_FONT_FAMILY = 'Source Sans 3';

export interface ReportFontFiles {
  readonly regular: string;
  readonly italic: string;
  readonly semibold: string;
  readonly bold: string;
}

export type ReportFontBuffers = { readonly [Face in keyof ReportFontFiles]: Buffer };

const faces: Record<keyof ReportFontFiles, string> = {
  regular: '400Regular',
  italic: '400Regular_Italic',
  semibold: '600SemiBold',
  bold: '700Bold',
};

/** Absolute paths of the four TTF files (in node_modules, or app.asar when packaged). */
export function reportFontFiles(): ReportFontFiles {
  // The package has no "exports" map, so its files resolve by their paths.
  const file = (face: string) =>
    packageFile(`@expo-google-fonts/source-sans-3/${face}/SourceSans3_${face}.ttf`);
  return {
    regular: file(faces.regular),
    italic: file(faces.italic),
    semibold: file(faces.semibold),
    bold: file(faces.bold),
  };
}

let buffers: ReportFontBuffers | undefined;

/** The four faces' bytes, read once per process. */
export function reportFontBuffers(): ReportFontBuffers {
  if (!buffers) {
    const files = reportFontFiles();
    buffers = {
      regular: fs.readFileSync(files.regular),
      italic: fs.readFileSync(files.italic),
      semibold: fs.readFileSync(files.semibold),
      bold: fs.readFileSync(files.bold),
    };
  }
  return buffers;
}
