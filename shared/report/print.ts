// How a report is printed, one definition for both printing engines: Electron's
// webContents.printToPDF in the app and playwright-core's page.pdf() in the web host, the command
// line and the tests. Both send DevTools' Page.printToPDF but with different defaults (Electron
// adds 1 cm margins, Playwright none), so every option is explicit here: A4, the page's own
// @page size and margins, backgrounds, bookmarks from the headings and a tagged PDF.
import type { Block, ReportModel, Section } from './model.ts';

export const REPORT_PRINT = {
  paper: 'A4',
  widthInches: 210 / 25.4,
  heightInches: 297 / 25.4,
  /** The page's CSS (@page) sets the margins; the engines add none. */
  marginInches: 0,
  printBackground: true,
  preferCSSPageSize: true,
  outline: true,
  tagged: true,
  displayHeaderFooter: false,
} as const;

/** playwright-core's page.pdf() options. */
export function playwrightPdfOptions() {
  const margin = `${REPORT_PRINT.marginInches}in`;
  return {
    format: REPORT_PRINT.paper,
    printBackground: REPORT_PRINT.printBackground,
    preferCSSPageSize: REPORT_PRINT.preferCSSPageSize,
    outline: REPORT_PRINT.outline,
    tagged: REPORT_PRINT.tagged,
    displayHeaderFooter: REPORT_PRINT.displayHeaderFooter,
    margin: { top: margin, right: margin, bottom: margin, left: margin },
  };
}

/** Electron's webContents.printToPDF() options. */
export function electronPdfOptions() {
  const m = REPORT_PRINT.marginInches;
  return {
    pageSize: REPORT_PRINT.paper,
    printBackground: REPORT_PRINT.printBackground,
    preferCSSPageSize: REPORT_PRINT.preferCSSPageSize,
    generateDocumentOutline: REPORT_PRINT.outline,
    generateTaggedPDF: REPORT_PRINT.tagged,
    displayHeaderFooter: REPORT_PRINT.displayHeaderFooter,
    margins: { top: m, right: m, bottom: m, left: m },
  };
}

/**
 * What the backend asks the printing host: print a report (a new job with its model, or the
 * job's page again with the contents' page numbers), or close a job's page.
 */
export type PrintRequest =
  | {
      readonly kind: 'print';
      readonly job: string;
      /** The report to show; null: the job's page as it is (only the page numbers change). */
      readonly model: ReportModel | null;
      /** The contents' page numbers to show (the in-app preview); null for a print. */
      readonly pages: Readonly<Record<string, number>> | null;
    }
  | { readonly kind: 'close'; readonly job: string };

/**
 * The model as the print page needs it: tables that are only in the data annex (not printed)
 * travel without their rows (every measurement of a cluster can be megabytes).
 */
export function printPageModel(model: ReportModel): ReportModel {
  const block = (b: Block): Block => (b.kind === 'table' && b.printed === false ? { ...b, rows: [] } : b);
  const section = (s: Section): Section => ({
    ...s,
    blocks: s.blocks.map(block),
    sections: s.sections.map(section),
  });
  return { ...model, sections: model.sections.map(section) };
}

/** The route of the page a report is printed from (renderer/report/print-page.tsx). */
export const REPORT_PRINT_FRAGMENT = 'report-print';
