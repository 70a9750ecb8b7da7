// The #report-print route: the page Chromium prints a report from (Electron's printToPDF in the
// app, playwright-core's page.pdf() in the web host, the command line and the tests). It makes
// no call to the backend: the printing host hands it the model, waits for its signal, prints,
// and may hand it the contents' page numbers to show.
import './report.css';
import './print.css';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import type { ReportModel } from '../../shared/report/model.ts';
import { loadReportFonts } from './fonts.ts';
import { ReportDocument } from './ReportDocument.tsx';

export interface ReportPrintApi {
  /**
   * Shows a report (or, with a null model, the last one again) with the contents' page numbers;
   * resolves when the page is ready to print (fonts loaded, images decoded, laid out).
   */
  render(
    model: ReportModel | null,
    pages: Readonly<Record<string, number>> | null,
  ): Promise<{ readonly ready: number }>;
  /**
   * As render, with the model fetched from this page's own host (the web host's printer hands
   * it over so: megabytes arrive faster than as an argument through the DevTools protocol).
   */
  renderFetched(
    url: string,
    pages: Readonly<Record<string, number>> | null,
  ): Promise<{ readonly ready: number }>;
}

declare global {
  interface Window {
    clusterPilotReport?: ReportPrintApi;
  }
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]+/g, ' ')}"`;
}

/** The running header and footer of a report, as an @page rule with margin boxes. */
export function furnitureRule(model: ReportModel): string {
  const small = `font-family: "Source Sans 3", sans-serif; font-size: 8pt; color: #57606a;`;
  return `@page {
  @top-left { content: ${cssString(model.furniture.header)}; ${small} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${cssString(model.design.footer)}; ${small} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${cssString(`${model.furniture.page} `)} counter(page) ${cssString(` ${model.furniture.of} `)} counter(pages); ${small} vertical-align: top; padding-top: 4mm; }
}`;
}

export async function startReportPrintPage(root: Root): Promise<void> {
  document.documentElement.dataset.reportPrint = 'true';
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  await loadReportFonts();
  let current: ReportModel | null = null;
  let renders = 0;
  const api: ReportPrintApi = {
    async render(model, pages) {
      if (model) current = model;
      if (!current) throw new Error('No report to show.');
      const shown = current;
      if (model) {
        sheet.replaceSync(furnitureRule(shown));
        document.title = shown.meta.title;
        document.documentElement.lang = shown.language;
      }
      // With the same model, React redraws only the contents (ReportDocument memoises the sections).
      flushSync(() => root.render(<ReportDocument model={shown} pages={pages} />));
      // The same model needs no new font or image (waiting for the fonts would restyle the whole
      // report once more before the print does it anyway).
      if (model) {
        await document.fonts.ready;
        await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
      }
      renders += 1;
      document.documentElement.dataset.reportReady = String(renders);
      return { ready: renders };
    },
    async renderFetched(url, pages) {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) throw new Error(`The report could not be handed over (${response.status}).`);
      return api.render((await response.json()) as ReportModel, pages);
    },
  };
  window.clusterPilotReport = api;
  document.documentElement.dataset.reportReady = '0';
}
