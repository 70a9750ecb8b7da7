// The report's font, Source Sans 3, shipped with the app (the TTF files of the npm package, bundled
// by Vite) and loaded before a report is shown or printed, so the PDF embeds exactly these files
// and looks the same on every machine. The Word writer and the chart rasteriser use the same files.

import regular from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url';
import italic from '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf?url';
import semibold from '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf?url';
import bold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url';
import { REPORT_FONT } from '../../shared/report/charts.ts';

let loading: Promise<void> | null = null;

export function loadReportFonts(): Promise<void> {
  loading ??= (async () => {
    const faces = [
      new FontFace(REPORT_FONT, `url(${regular})`, { weight: '400', style: 'normal' }),
      new FontFace(REPORT_FONT, `url(${italic})`, { weight: '400', style: 'italic' }),
      new FontFace(REPORT_FONT, `url(${semibold})`, { weight: '600', style: 'normal' }),
      new FontFace(REPORT_FONT, `url(${bold})`, { weight: '700', style: 'normal' }),
    ];
    for (const face of faces) document.fonts.add(face);
    await Promise.all(faces.map((face) => face.load()));
  })();
  return loading;
}
