// Prints a report to PDF through the host's Chromium, with a table of contents whose page numbers
// are those the headings really land on. Chromium has no target-counter(), so: print once, read
// where each heading landed from the bookmarks Chromium writes for the headings, print again with
// those numbers in the contents, and check that nothing moved (the contents reserve the numbers'
// width, so the second pass keeps the first's layout; a third pass settles any exception).
import crypto from 'node:crypto';
import { ApiFailure } from '../../shared/contract/result.ts';
import { headingText, type ReportModel, walkSections } from '../../shared/report/model.ts';
import type { HostServices } from '../backend/host-services.ts';
import { type OutlineEntry, pdfOutline } from './pdf.ts';

const MAX_PASSES = 4;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The page of every section's heading, from the PDF's bookmarks: the sections in document order
 * are matched to the bookmarks in order by their heading text (bookmarks that are no section's
 * heading, such as the contents' title, are passed over).
 */
export function headingPages(model: ReportModel, outline: readonly OutlineEntry[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let next = 0;
  for (const { section } of walkSections(model.sections)) {
    const wanted = normal(headingText(section));
    for (let i = next; i < outline.length; i++) {
      if (normal(outline[i]!.title) === wanted) {
        pages[section.id] = outline[i]!.page;
        next = i + 1;
        break;
      }
    }
  }
  return pages;
}

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

export interface PrintedReport {
  readonly pdf: Uint8Array;
  /** Where each section's heading landed (section id → page). */
  readonly pages: Record<string, number>;
  readonly passes: number;
}

export async function printReport(
  host: HostServices | undefined,
  model: ReportModel,
): Promise<PrintedReport> {
  if (!host?.printReport) throw new ApiFailure({ kind: 'conflict', code: 'report.noPrinter' });
  const print = host.printReport.bind(host);
  const job = crypto.randomUUID();
  try {
    let shown: Record<string, number> | null = null;
    let pdf = await print({ kind: 'print', job, model, pages: null });
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      if (!pdf) throw new Error('The printing host answered no PDF.');
      const landed = headingPages(model, await pdfOutline(pdf));
      if (shown && same(landed, shown)) return { pdf, pages: landed, passes: pass };
      if (pass === MAX_PASSES) break;
      shown = landed;
      pdf = await print({ kind: 'print', job, model: null, pages: landed });
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
