// One way to print a report in both engines: Electron's printToPDF and playwright's page.pdf()
// have different defaults (Electron adds 1 cm margins), so both option objects must say the same
// explicitly: A4, no margins of their own (the page's @page rules set them), backgrounds, the
// page's CSS size, bookmarks from the headings, a tagged PDF, no header or footer of their own.
// The print page gets the model without the rows of the tables it does not print.
import { describe, expect, it } from 'vitest';
import type { ReportModel, Section, TableBlock } from './model.ts';
import { electronPdfOptions, playwrightPdfOptions, printPageModel } from './print.ts';

describe('the print options', () => {
  it('say the same to both engines', () => {
    const playwright = playwrightPdfOptions();
    const electron = electronPdfOptions();
    expect(playwright).toEqual({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: false,
      margin: { top: '0in', right: '0in', bottom: '0in', left: '0in' },
    });
    expect(electron).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
    });
  });
});

describe('the print page’s model', () => {
  const table = (id: string, printed?: boolean): TableBlock => ({
    kind: 'table',
    id,
    caption: id,
    columns: [{ label: 'Value', kind: 'number' }],
    rows: [{ cells: [{ text: '1', value: 1 }] }, { cells: [{ text: '2', value: 2 }] }],
    data: true,
    ...(printed === undefined ? {} : { printed }),
  });
  const section = (id: string, blocks: TableBlock[], sections: Section[] = []): Section => ({
    id,
    number: '1',
    title: id,
    blocks,
    sections,
  });
  const model = {
    language: 'en',
    sections: [
      section(
        'a',
        [table('shown')],
        [section('a-1', [table('annex-only', false), table('also-shown', true)])],
      ),
    ],
  } as unknown as ReportModel;

  it('keeps every block and the printed tables’ rows, and drops the rows of the annex-only tables', () => {
    const before = JSON.stringify(model);
    const page = printPageModel(model);
    const [outer] = page.sections;
    const [inner] = outer!.sections;
    expect(outer!.blocks).toEqual(model.sections[0]!.blocks);
    expect(inner!.blocks.map((b) => b.kind === 'table' && [b.id, b.rows.length, b.printed])).toEqual([
      ['annex-only', 0, false],
      ['also-shown', 2, true],
    ]);
    expect(JSON.stringify(model)).toBe(before);
  });
});
