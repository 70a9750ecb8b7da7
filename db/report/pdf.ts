// Reading and finishing the PDFs Chromium prints. Reading (pdfjs-dist, Mozilla's PDF engine): the
// bookmarks Chromium makes from the headings tell on which page each heading landed (the contents'
// page numbers come from there), and each page's text is what a reproduction is compared by.
// Finishing (@cantoo/pdf-lib, the maintained fork of pdf-lib): the document information, the
// language, opening with the bookmarks shown, and the data annex embedded as a file. Read and
// written in one go (pdf-lib's default yields to the event loop every 50 objects, which makes a
// report of a hundred pages take seconds; the backend has its own thread).
import fontkit from '@cantoo/fontkit';
import {
  AFRelationship,
  beginMarkedContent,
  endMarkedContent,
  ParseSpeeds,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFString,
  rgb,
} from '@cantoo/pdf-lib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReportModel } from '../../shared/report/model.ts';
import { reportFontBuffers } from './fonts.ts';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
// Loaded on first use (a large module; most calls never need it).
const loadPdfJs = () => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

async function open(pdf: Uint8Array) {
  const { getDocument } = await loadPdfJs();
  // pdfjs may take the buffer over: give it a copy.
  const task = getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  return { doc: await task.promise, close: () => task.destroy() };
}

export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number. */
  readonly page: number;
  readonly depth: number;
}

/**
 * Where a contents entry's page number goes: the entry is a link to its heading (Chromium writes
 * it as a link annotation covering the entry), the number stands right-aligned at the link's right
 * edge, on the baseline of the entry's first line, in the entry's font size.
 */
export interface ContentsSlot {
  /** The section the entry links to (its heading's id without "heading-"). */
  readonly section: string;
  /** 1-based page the entry is on. */
  readonly page: number;
  /** PDF points from the page's lower left corner. */
  readonly right: number;
  readonly baseline: number;
  readonly size: number;
}

export interface PrintLayout {
  readonly outline: OutlineEntry[];
  readonly pageCount: number;
  /** The contents' number slots in document order (empty unless asked for). */
  readonly contents: ContentsSlot[];
}

const HEADING_LINK = 'heading-';
/** Contents longer than this many pages are not looked for (a report has one or a few). */
const MAX_CONTENTS_PAGES = 40;

/**
 * The PDF's bookmarks in document order with the page each points to, its number of pages, and
 * (with `contents`) the slots of the contents' page numbers: the links to headings on the first
 * pages, each with the baseline and size of its entry's first line of text.
 */
export async function pdfOutlineAndPages(
  pdf: Uint8Array,
  options: { readonly contents?: boolean } = {},
): Promise<PrintLayout> {
  const { doc, close } = await open(pdf);
  try {
    const entries: OutlineEntry[] = [];
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const walk = async (items: readonly Item[] | null, depth: number) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? dest[0] : null;
        if (ref && typeof ref === 'object')
          entries.push({
            title: item.title,
            page: (await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0])) + 1,
            depth,
          });
        await walk(item.items, depth + 1);
      }
    };
    await walk((await doc.getOutline()) as Item[] | null, 1);
    const contents: ContentsSlot[] = [];
    if (options.contents) {
      let seen = false;
      for (let n = 1; n <= Math.min(doc.numPages, MAX_CONTENTS_PAGES); n++) {
        const page = await doc.getPage(n);
        type Link = { subtype: string; rect: number[]; dest?: unknown };
        const links = ((await page.getAnnotations()) as Link[]).filter(
          (a) => a.subtype === 'Link' && typeof a.dest === 'string' && a.dest.startsWith(HEADING_LINK),
        );
        if (links.length === 0) {
          page.cleanup();
          if (seen) break;
          continue;
        }
        seen = true;
        const text = (await page.getTextContent()).items.flatMap((item) =>
          'str' in item && item.str.trim() ? [item.transform as number[]] : [],
        );
        for (const link of links) {
          const [x1, y1, x2, y2] = link.rect as [number, number, number, number];
          // The entry's first line: the highest baseline of the text inside the link.
          let first: number[] | null = null;
          for (const t of text) {
            const [x, y] = [t[4]!, t[5]!];
            if (x >= x1 - 0.5 && x <= x2 && y >= y1 && y <= y2 && (!first || y > first[5]!)) first = t;
          }
          if (!first) continue;
          contents.push({
            section: (link.dest as string).slice(HEADING_LINK.length),
            page: n,
            right: x2,
            baseline: first[5]!,
            size: Math.hypot(first[0]!, first[1]!),
          });
        }
        page.cleanup();
      }
    }
    return { outline: entries, pageCount: doc.numPages, contents };
  } finally {
    await close();
  }
}

/** The PDF's bookmarks in document order with the page each points to. */
export async function pdfOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  return (await pdfOutlineAndPages(pdf)).outline;
}

/**
 * Each page's text as it reads on the page (for comparing two renderings of a report): lines top
 * to bottom, each left to right, words apart where the page leaves a gap. By position, not by the
 * order the PDF draws in: the contents' page numbers are written after the print.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const { doc, close } = await open(pdf);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items
        .flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []))
        .map((item) => ({
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          str: item.str,
        }))
        .sort((a, b) => b.y - a.y || a.x - b.x);
      // A line: items whose baselines lie within 2 pt of the line's first.
      const lines: (typeof items)[] = [];
      for (const item of items) {
        const line = lines.at(-1);
        if (line && Math.abs(line[0]!.y - item.y) <= 2) line.push(item);
        else lines.push([item]);
      }
      const text = lines.map((line) => {
        let out = '';
        let end = Number.NEGATIVE_INFINITY;
        for (const item of line.sort((a, b) => a.x - b.x)) {
          out += (out && item.x - end > 1 ? ' ' : '') + item.str;
          end = item.x + item.width;
        }
        return out.replace(/\s+/g, ' ').trim();
      });
      pages.push(text.join('\n'));
      page.cleanup();
    }
    return pages;
  } finally {
    await close();
  }
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPageCount();
}

/**
 * Rewrites the bookmarks' titles: `title` gets each bookmark's text in document order and answers
 * the text it should have (or null to keep it).
 */
function retitleOutline(doc: PDFDocument, title: (found: string) => string | null): void {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (first: PDFDict | undefined) => {
    for (let item = first, guard = 0; item && guard < 100_000; guard++) {
      const current = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      const wanted = current ? title(current.decodeText()) : null;
      if (wanted !== null) item.set(PDFName.of('Title'), PDFHexString.fromText(wanted));
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** A page number to write into the contents (see ContentsSlot), in the entry's face. */
export interface ContentsNumber {
  readonly page: number;
  readonly right: number;
  readonly baseline: number;
  readonly size: number;
  readonly text: string;
  readonly face: 'regular' | 'semibold';
}

/** The report's ink (report.css, --report-ink #1f2328). */
const INK = rgb(0x1f / 255, 0x23 / 255, 0x28 / 255);

/**
 * Writes the contents' page numbers: right-aligned on each entry's baseline, in the report's
 * typeface (its digits only, embedded as a subset, tabular as the page sets them), marked as an
 * artifact so the tagged structure stays as Chromium wrote it.
 */
async function writeContentsNumbers(doc: PDFDocument, numbers: readonly ContentsNumber[]): Promise<void> {
  if (numbers.length === 0) return;
  doc.registerFontkit(fontkit);
  const fonts = new Map<ContentsNumber['face'], PDFFont>();
  for (const n of numbers) {
    let font = fonts.get(n.face);
    if (!font) {
      font = await doc.embedFont(reportFontBuffers()[n.face], {
        subset: true,
        features: { tnum: true },
        // A subset's name carries a six-letter tag (and pdf-lib's default adds a random suffix).
        customName: n.face === 'semibold' ? 'CPNUMA+SourceSans3-SemiBold' : 'CPNUMB+SourceSans3-Regular',
      });
      fonts.set(n.face, font);
    }
    const page = doc.getPage(n.page - 1);
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawText(n.text, {
      x: n.right - font.widthOfTextAtSize(n.text, n.size),
      y: n.baseline,
      size: n.size,
      font,
      color: INK,
    });
    page.pushOperators(endMarkedContent());
  }
}

export interface EmbeddedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly description: string;
  readonly content: Uint8Array;
}

/**
 * Writes the contents' page numbers, sets the document information from the report (title,
 * author, subject, keywords, language, creator, dates), makes viewers show the title and the
 * bookmarks, and embeds the data annex.
 */
export async function finishPdf(
  pdf: Uint8Array,
  model: ReportModel,
  annex: EmbeddedFile | null,
  /** The bookmarks' texts as they should read (Chromium doubles some: see print.ts). */
  bookmarkTitle: (found: string) => string | null = () => null,
  contentsNumbers: readonly ContentsNumber[] = [],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  await writeContentsNumbers(doc, contentsNumbers);
  retitleOutline(doc, bookmarkTitle);
  const produced = new Date(model.meta.producedAt);
  doc.setTitle(model.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.meta.author);
  doc.setSubject(model.meta.subject);
  doc.setKeywords([...model.meta.keywords]);
  doc.setCreator('ClusterPilot');
  doc.setProducer('ClusterPilot (Chromium, pdf-lib)');
  doc.setLanguage(model.language === 'de' ? 'de-DE' : 'en-US');
  doc.setCreationDate(produced);
  doc.setModificationDate(produced);
  // Open with the bookmarks panel (Chromium writes them from the headings).
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  if (annex) {
    await doc.attach(annex.content, annex.name, {
      mimeType: annex.mimeType,
      description: annex.description,
      creationDate: produced,
      modificationDate: produced,
      afRelationship: AFRelationship.Data,
    });
  }
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** The names and sizes of the files embedded in a PDF (to check the annex travels inside). */
export async function pdfAttachments(pdf: Uint8Array): Promise<{ name: string; bytes: number }[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getAttachments().map((a) => ({ name: a.name, bytes: a.data.length }));
}
