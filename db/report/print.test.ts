// Where the headings landed, read from Chromium's bookmarks: matched to the sections in document
// order by their text, including the doubled text Chromium 156 writes for a heading pushed to the
// next page; bookmarks that are no section (the contents' title) are passed over.
import { describe, expect, it } from 'vitest';
import type { ReportModel, Section } from '../../shared/report/model.ts';
import { bookmarkTitles, headingPages } from './print.ts';

const section = (id: string, number: string, title: string, sections: Section[] = []): Section => ({
  id,
  number,
  title,
  blocks: [],
  sections,
});
const model = {
  sections: [
    section('summary', '1', 'Summary'),
    section('indicators', '2', 'Indicators', [
      section('i-1', '2.1', 'Members'),
      section('i-2', '2.2', 'Members'),
    ]),
    section('annex', 'A', 'Annex'),
  ],
} as unknown as ReportModel;

describe('the headings’ pages', () => {
  it('come from the bookmarks in document order, doubled texts included', () => {
    const outline = [
      { title: 'Contents', page: 2, depth: 1 },
      { title: '11  SummarySummary', page: 3, depth: 1 },
      { title: '2 Indicators', page: 4, depth: 1 },
      { title: '2.1 Members', page: 4, depth: 2 },
      { title: '2.22.2  MembersMembers', page: 5, depth: 2 },
      { title: 'AA  AnnexAnnex', page: 9, depth: 1 },
    ];
    expect(headingPages(model, outline)).toEqual({ summary: 3, indicators: 4, 'i-1': 4, 'i-2': 5, annex: 9 });
    const retitle = bookmarkTitles(model);
    expect(outline.map((o) => retitle(o.title))).toEqual([
      null,
      '1 Summary',
      '2 Indicators',
      '2.1 Members',
      '2.2 Members',
      'A Annex',
    ]);
  });

  it('leave out a section whose heading has no bookmark', () => {
    expect(headingPages(model, [{ title: '1 Summary', page: 3, depth: 1 }])).toEqual({ summary: 3 });
  });
});

describe('a page’s text for comparing two prints', () => {
  it('reads by position, not in the order the PDF draws: a number written after the print reads on its line', async () => {
    const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib');
    const { pdfPageTexts } = await import('./pdf.ts');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('1 Summary', { x: 57, y: 700, size: 10, font });
    page.drawText('2 Indicators', { x: 57, y: 680, size: 10, font });
    // Written last, as the contents' numbers are: each on its entry's baseline, at the right.
    page.drawText('7', { x: 540, y: 680, size: 10, font });
    page.drawText('3', { x: 540, y: 700.3, size: 10, font });
    const [text] = await pdfPageTexts(await doc.save());
    expect(text).toBe('1 Summary 3\n2 Indicators 7');
  });
});
