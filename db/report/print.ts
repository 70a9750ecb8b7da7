// Prints a report to PDF through the host's Chromium, with a table of contents whose page numbers
// are those the headings really land on. Chromium has no target-counter(), so the page is printed
// once with the contents' number slots empty (each slot reserves its width, so the numbers change
// no layout), where each heading landed is read from the bookmarks Chromium writes for the
// headings, where each slot is from the contents' links to the headings, and the numbers are
// written into the slots when the PDF is finished (pdf.ts). One print instead of a measuring pass
// and a full one: the print is most of a report's time. (A printer that writes no links gets a
// second print with the numbers in the page.)
import crypto from 'node:crypto';
import { ApiFailure } from '../../shared/contract/result.ts';
import {
  contentsEntries,
  headingText,
  type ReportModel,
  type Section,
  walkSections,
} from '../../shared/report/model.ts';
import { printPageModel } from '../../shared/report/print.ts';
import type { HostServices } from '../backend/host-services.ts';
import type { ContentsNumber, ContentsSlot, OutlineEntry } from './pdf.ts';

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

/**
 * The contents' page numbers for their slots: each entry's heading page, in the entry's face
 * (report.css: the first level semibold, the second regular). Null when an entry has no slot (a
 * printer that writes no links for the contents); throws when a heading has no page.
 */
export function contentsNumbers(
  model: ReportModel,
  pages: Readonly<Record<string, number>>,
  slots: readonly ContentsSlot[],
): ContentsNumber[] | null {
  // An entry's first slot (were an entry written as several links, the first is its first line).
  const bySection = new Map<string, ContentsSlot>();
  for (const slot of slots) if (!bySection.has(slot.section)) bySection.set(slot.section, slot);
  const entries = contentsEntries(model);
  for (const { section } of entries)
    if (pages[section.id] === undefined)
      throw new Error(`Where the heading “${headingText(section)}” landed could not be read.`);
  if (entries.some(({ section }) => !bySection.has(section.id))) return null;
  return entries.map(({ section, depth }) => {
    const slot = bySection.get(section.id)!;
    const page = pages[section.id]!;
    return {
      page: slot.page,
      right: slot.right,
      baseline: slot.baseline,
      size: slot.size,
      text: String(page),
      face: depth === 1 ? 'semibold' : 'regular',
    };
  });
}

export interface PrintedReport {
  /** The PDF as Chromium printed it: the contents' numbers are written when it is finished. */
  readonly pdf: Uint8Array;
  /** Where each section's heading landed (section id → page). */
  readonly pages: Record<string, number>;
  readonly contentsNumbers: ContentsNumber[];
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
    const pdf = await print({ kind: 'print', job, model: printPageModel(model), pages: null });
    if (!pdf) throw new Error('The printing host answered no PDF.');
    const { outline, pageCount, contents } = await pdfOutlineAndPages(pdf, { contents: true });
    const pages = headingPages(model, outline);
    const numbers = contentsNumbers(model, pages, contents);
    if (numbers) return { pdf, pages, contentsNumbers: numbers, pageCount };
    // No slots found (a printer that writes no links for the contents): the page prints again
    // with the numbers in it. The slots reserve their width, so no heading moves; checked.
    const again = await print({ kind: 'print', job, model: null, pages });
    if (!again) throw new Error('The printing host answered no PDF.');
    const check = await pdfOutlineAndPages(again);
    const landed = headingPages(model, check.outline);
    if (Object.entries(pages).some(([id, page]) => landed[id] !== page))
      throw new Error("The contents' page numbers moved the headings.");
    return { pdf: again, pages, contentsNumbers: [], pageCount: check.pageCount };
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
