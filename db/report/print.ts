// Prints a report to PDF through the host's Chromium, with a table of contents whose page numbers
// are those the headings really land on. Chromium has no target-counter(), so: print once, read
// where each heading landed from the bookmarks Chromium writes for the headings, print again with
// those numbers in the contents, and check that nothing moved (the contents reserve the numbers'
// width, so the second pass keeps the first's layout; a third pass settles any exception). The
// first pass only measures: the page paints its headings alone (same layout, a fraction of the
// printing), and the page gets the model without the rows of tables it does not print.
import crypto from 'node:crypto';
import { ApiFailure } from '../../shared/contract/result.ts';
import { headingText, type ReportModel, type Section, walkSections } from '../../shared/report/model.ts';
import { printPageModel } from '../../shared/report/print.ts';
import type { HostServices } from '../backend/host-services.ts';
import type { OutlineEntry } from './pdf.ts';

const MAX_PASSES = 4;

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * Whether a bookmark is a section's heading. Chromium (156) writes the text of a heading that a
 * page break pushed to the next page twice into its bookmark ("11  SummarySummary" for
 * "1 Summary"): that form counts too.
 */
export function isHeading(title: string, section: Section): boolean {
  const found = compact(title);
  return (
    found === compact(headingText(section)) ||
    found === compact(`${section.number}${section.number}${section.title}${section.title}`)
  );
}

/**
 * The page of every section's heading, from the PDF's bookmarks: the sections in document order
 * are matched to the bookmarks in order by their heading text (bookmarks that are no section's
 * heading, such as the contents' title, are passed over).
 */
export function headingPages(model: ReportModel, outline: readonly OutlineEntry[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let next = 0;
  for (const { section } of walkSections(model.sections)) {
    for (let i = next; i < outline.length; i++) {
      if (isHeading(outline[i]!.title, section)) {
        pages[section.id] = outline[i]!.page;
        next = i + 1;
        break;
      }
    }
  }
  return pages;
}

/**
 * The bookmark texts as they should read, in document order: a function that takes each found
 * bookmark text in turn and answers its section's heading.
 */
export function bookmarkTitles(model: ReportModel): (found: string) => string | null {
  const sections = [...walkSections(model.sections)].map(({ section }) => section);
  let next = 0;
  return (found) => {
    for (let i = next; i < sections.length; i++) {
      if (isHeading(found, sections[i]!)) {
        next = i + 1;
        return headingText(sections[i]!);
      }
    }
    return null;
  };
}

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

export interface PrintedReport {
  readonly pdf: Uint8Array;
  /** Where each section's heading landed (section id → page). */
  readonly pages: Record<string, number>;
  readonly passes: number;
  readonly pageCount: number;
}

export async function printReport(
  host: HostServices | undefined,
  model: ReportModel,
): Promise<PrintedReport> {
  if (!host?.printReport) throw new ApiFailure({ kind: 'conflict', code: 'report.noPrinter' });
  const print = host.printReport.bind(host);
  const job = crypto.randomUUID();
  // pdf-lib and pdf.js load with the first report, not at the backend's start.
  const { pdfOutlineAndPages } = await import('./pdf.ts');
  try {
    let shown: Record<string, number> | null = null;
    let pdf = await print({ kind: 'print', job, model: printPageModel(model), pages: null, measure: true });
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      if (!pdf) throw new Error('The printing host answered no PDF.');
      const { outline, pageCount } = await pdfOutlineAndPages(pdf);
      const landed = headingPages(model, outline);
      if (shown && same(landed, shown)) return { pdf, pages: landed, passes: pass, pageCount };
      if (pass === MAX_PASSES) break;
      shown = landed;
      pdf = await print({ kind: 'print', job, model: null, pages: landed, measure: false });
    }
    throw new Error(`The contents' page numbers did not settle in ${MAX_PASSES} passes.`);
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure({
      kind: 'conflict',
      code: 'report.printFailed',
      params: { value: error instanceof Error ? error.message : String(error) },
    });
  } finally {
    await print({ kind: 'close', job }).catch(() => null);
  }
}
