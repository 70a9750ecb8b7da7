// Reading and finishing the PDFs Chromium prints. Reading (pdfjs-dist, Mozilla's PDF engine): the
// bookmarks Chromium makes from the headings tell on which page each heading landed (the contents'
// page numbers come from there), and each page's text is what a reproduction is compared by.
// Finishing (@cantoo/pdf-lib, the maintained fork of pdf-lib): the document information, the
// language, opening with the bookmarks shown, and the data annex embedded as a file. Read and
// written in one go (pdf-lib's default yields to the event loop every 50 objects, which makes a
// report of a hundred pages take seconds; the backend has its own thread).
import {
  AFRelationship,
  ParseSpeeds,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
} from '@cantoo/pdf-lib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReportModel } from '../../shared/report/model.ts';

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

/** The PDF's bookmarks in document order with the page each points to, and its number of pages. */
export async function pdfOutlineAndPages(
  pdf: Uint8Array,
): Promise<{ readonly outline: OutlineEntry[]; readonly pageCount: number }> {
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
    return { outline: entries, pageCount: doc.numPages };
  } finally {
    await close();
  }
}

/** The PDF's bookmarks in document order with the page each points to. */
export async function pdfOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  return (await pdfOutlineAndPages(pdf)).outline;
}

/** Each page's text, lines joined by line breaks (for comparing two renderings of a report). */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const { doc, close } = await open(pdf);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
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

export interface EmbeddedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly description: string;
  readonly content: Uint8Array;
}

/**
 * Sets the document information from the report (title, author, subject, keywords, language,
 * creator, dates), makes viewers show the title and the bookmarks, and embeds the data annex.
 */
export async function finishPdf(
  pdf: Uint8Array,
  model: ReportModel,
  annex: EmbeddedFile | null,
  /** The bookmarks' texts as they should read (Chromium doubles some: see print.ts). */
  bookmarkTitle: (found: string) => string | null = () => null,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
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
