// One way to print a report in both engines: Electron's printToPDF and playwright's page.pdf()
// have different defaults (Electron adds 1 cm margins), so both option objects must say the same
// explicitly: A4, no margins of their own (the page's @page rules set them), backgrounds, the
// page's CSS size, bookmarks from the headings, a tagged PDF, no header or footer of their own.
import { describe, expect, it } from 'vitest';
import { electronPdfOptions, playwrightPdfOptions } from './print.ts';

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
