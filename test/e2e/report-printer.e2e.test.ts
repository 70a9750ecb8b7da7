// The web host's report printer in Debian's Chromium, on the hand-built report of the writers'
// tests: the measuring pass paints only the headings yet places them on the same pages as the full
// print, so a report is printed in two passes (measure, then the full print with the contents'
// page numbers); a closed job leaves a loaded page that the next job takes; closing the printer
// ends everything.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../db/backend/backend.ts';
import { fixtureModel } from '../../db/report/fixture-model.ts';
import { pdfOutlineAndPages } from '../../db/report/pdf.ts';
import { headingPages, printReport } from '../../db/report/print.ts';
import { startWebHost, type WebHost } from '../../db/web/host.ts';
import { createReportPrinter, type ReportPrinter } from '../../db/web/report-printer.ts';
import { printPageModel } from '../../shared/report/print.ts';
import { tempDataDir } from './support/host.ts';

const root = path.resolve(import.meta.dirname, '../..');
const text = (pdf: Uint8Array, dir: string) => {
  const file = path.join(dir, `print-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

describe('the web host’s report printer', () => {
  let dir: string;
  let backend: Backend;
  let host: WebHost;
  let printer: ReportPrinter;
  const printed: { measure: boolean; model: boolean }[] = [];

  beforeAll(async () => {
    dir = tempDataDir('clusterpilot-printer-');
    printer = createReportPrinter({ origin: () => host.origin });
    backend = await createBackend({
      workspacePath: path.join(dir, 'w.clusterpilot'),
      dataDir: dir,
      demoForNewWorkspace: null,
      log: () => undefined,
    });
    host = await startWebHost({ backend, rendererDir: path.join(root, 'dist/renderer') });
  });
  afterAll(async () => {
    await host?.close();
    await printer?.close();
    backend?.close();
  });

  it('measures with the headings alone and lands them where the full print does', async () => {
    const model = fixtureModel('de');
    const job = 'measure';
    const measured = await printer.print({
      kind: 'print',
      job,
      model: printPageModel(model),
      pages: null,
      measure: true,
    });
    const pages = headingPages(model, (await pdfOutlineAndPages(measured!)).outline);
    expect(Object.keys(pages).length).toBeGreaterThan(3);
    const full = await printer.print({ kind: 'print', job, model: null, pages, measure: false });
    const final = await pdfOutlineAndPages(full!);
    expect(headingPages(model, final.outline)).toEqual(pages);
    // The measuring print has the headings but none of the text around them.
    const narrative = model.sections[0]!.blocks.find((b) => b.kind === 'narrative');
    const sample = narrative?.kind === 'narrative' ? narrative.text.split(/\s+/).slice(0, 4).join(' ') : '';
    expect(sample).not.toBe('');
    expect(text(measured!, dir)).toContain(model.sections[0]!.title);
    expect(text(measured!, dir)).not.toContain(sample);
    expect(text(full!, dir)).toContain(sample);
    await printer.print({ kind: 'close', job });
  });

  it('prints a report in two passes after a closed job: measuring, then the full print', async () => {
    const host = {
      printReport: async (request: Parameters<ReportPrinter['print']>[0]) => {
        if (request.kind === 'print')
          printed.push({ measure: request.measure, model: request.model !== null });
        return printer.print(request);
      },
    };
    const model = fixtureModel('en');
    const result = await printReport(host, model);
    expect(result.passes).toBe(2);
    expect(printed).toEqual([
      { measure: true, model: true },
      { measure: false, model: false },
    ]);
    expect(result.pageCount).toBe((await pdfOutlineAndPages(result.pdf)).pageCount);
    // The contents carry the pages the headings landed on.
    const contents = text(result.pdf, dir);
    const first = model.sections[0]!;
    expect(contents).toContain(`${first.number} ${first.title} ${result.pages[first.id]}`);
  });
});
