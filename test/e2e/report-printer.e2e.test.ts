// The web host's report printer in Debian's Chromium, on the hand-built report of the writers'
// tests: a report is printed once, with the contents' number slots empty; the slots are found from
// the contents' links, and the numbers written into them land on each entry's line, right-aligned,
// saying the page its heading is on. A closed job's page is loaded again and the next job takes
// it (one page for every job here); every chart is a figure with its alt text in the tagged PDF;
// closing the printer ends everything.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../db/backend/backend.ts';
import { fixtureModel } from '../../db/report/fixture-model.ts';
import { finishPdf, pdfOutlineAndPages } from '../../db/report/pdf.ts';
import { bookmarkTitles, contentsNumbers, headingPages, printReport } from '../../db/report/print.ts';
import { startWebHost, type WebHost } from '../../db/web/host.ts';
import { createReportPrinter, type ReportPrinter } from '../../db/web/report-printer.ts';
import { contentsEntries, headingText, type Section } from '../../shared/report/model.ts';
import { printPageModel } from '../../shared/report/print.ts';
import { tempDataDir } from './support/host.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pdfFile = (pdf: Uint8Array, dir: string) => {
  const file = path.join(dir, `print-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
};
/** Each page's text as pdftotext lays it out, whitespace collapsed. */
const pageTexts = (pdf: Uint8Array, dir: string) =>
  execFileSync('pdftotext', ['-layout', pdfFile(pdf, dir), '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' ').trim());
/** The words of a page with their boxes (pdftotext -bbox). */
function words(pdf: Uint8Array, dir: string, page: number) {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), pdfFile(pdf, dir), '-'],
    {
      encoding: 'utf8',
    },
  );
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

describe('the web host’s report printer', () => {
  let dir: string;
  let backend: Backend;
  let host: WebHost;
  let printer: ReportPrinter;
  const printed: { model: boolean }[] = [];

  beforeAll(async () => {
    dir = tempDataDir('clusterpilot-printer-');
    printer = createReportPrinter({ origin: () => host.origin });
    backend = await createBackend({
      workspacePath: path.join(dir, 'w.clusterpilot'),
      dataDir: dir,
      demoForNewWorkspace: null,
      log: () => undefined,
    });
    host = await startWebHost({
      backend,
      rendererDir: path.join(root, 'dist/renderer'),
      handoff: printer.handoff,
    });
  });
  afterAll(async () => {
    await host?.close();
    await printer?.close();
    backend?.close();
  });

  it('prints once with empty number slots, finds every slot, and writes each number on its entry’s line', async () => {
    const model = fixtureModel('de');
    const job = 'slots';
    const pdf = (await printer.print({ kind: 'print', job, model: printPageModel(model), pages: null }))!;
    await printer.print({ kind: 'close', job });
    const layout = await pdfOutlineAndPages(pdf, { contents: true });
    const pages = headingPages(model, layout.outline);
    const entries = contentsEntries(model);
    expect(layout.contents.map((slot) => slot.section)).toEqual(entries.map(({ section }) => section.id));
    const numbers = contentsNumbers(model, pages, layout.contents)!;
    expect(numbers).not.toBeNull();
    const finished = await finishPdf(pdf, model, null, bookmarkTitles(model), numbers);
    // Printed: no number after the entries; finished: each entry's number is its heading's page.
    const before = pageTexts(pdf, dir);
    const after = pageTexts(finished, dir);
    const first = entries[0]!.section;
    expect(before[layout.contents[0]!.page - 1]).not.toContain(`${headingText(first)} ${pages[first.id]}`);
    for (const [i, { section }] of entries.entries()) {
      expect(after[numbers[i]!.page - 1]).toContain(`${headingText(section)} ${pages[section.id]}`);
      expect(after[pages[section.id]! - 1]).toContain(section.title);
    }
    // On the entry's baseline (the same line box as its text) and right-aligned at the slot's edge.
    const page = numbers[0]!.page;
    const placed = words(finished, dir, page);
    const pageHeight = 841.92;
    for (const [i, n] of numbers.entries()) {
      if (n.page !== page) continue;
      const number = placed.find(
        (w) =>
          w.text === n.text &&
          Math.abs(w.xMax - n.right) < 0.6 &&
          Math.abs(pageHeight - w.yMax - n.baseline) < 6,
      );
      expect(number, `number of entry ${i + 1}`).toBeDefined();
      const title = placed.find((w) => w.text === headingText(entries[i]!.section).split(' ')[0]);
      if (i === 0) expect(Math.abs(title!.yMax - number!.yMax)).toBeLessThan(0.6);
    }
  });

  it('prints a second time with the numbers in the page when the printer writes no links', async () => {
    const { PDFDocument, PDFName } = await import('@cantoo/pdf-lib');
    const requests: { model: boolean; pages: boolean }[] = [];
    const host = {
      printReport: async (request: Parameters<ReportPrinter['print']>[0]) => {
        if (request.kind === 'print')
          requests.push({ model: request.model !== null, pages: request.pages !== null });
        const pdf = await printer.print(request);
        if (!pdf) return pdf;
        // A printer without links: every annotation taken off.
        const doc = await PDFDocument.load(pdf);
        for (const page of doc.getPages()) page.node.delete(PDFName.of('Annots'));
        return doc.save();
      },
    };
    const model = fixtureModel('de');
    const result = await printReport(host, model);
    expect(requests).toEqual([
      { model: true, pages: false },
      { model: false, pages: true },
    ]);
    expect(result.contentsNumbers).toEqual([]);
    const first = model.sections[0]!;
    expect(pageTexts(result.pdf, dir).join(' ')).toContain(`${headingText(first)} ${result.pages[first.id]}`);
  });

  it('tags every chart as a figure whose alternate text is the chart’s alt text', async () => {
    const { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } = await import('@cantoo/pdf-lib');
    const model = fixtureModel('en');
    const job = 'figures';
    const pdf = (await printer.print({ kind: 'print', job, model: printPageModel(model), pages: null }))!;
    await printer.print({ kind: 'close', job });
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const alts: string[] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('S')) !== PDFName.of('Figure')) continue;
      const alt = object.lookupMaybe(PDFName.of('Alt'), PDFString, PDFHexString);
      if (alt) alts.push(alt.decodeText());
    }
    const chartAlts = (sections: readonly Section[]): string[] =>
      sections.flatMap((section) => [
        ...section.blocks.flatMap((block) => (block.kind === 'chart' ? [block.alt] : [])),
        ...chartAlts(section.sections),
      ]);
    const charts = chartAlts(model.sections);
    expect(charts.length).toBeGreaterThan(0);
    expect(alts.sort()).toEqual([...charts].sort());
  });

  it('prints a report after a closed job in one print: the contents’ numbers written when finished', async () => {
    const host = {
      printReport: async (request: Parameters<ReportPrinter['print']>[0]) => {
        if (request.kind === 'print') printed.push({ model: request.model !== null });
        return printer.print(request);
      },
    };
    const model = fixtureModel('en');
    const result = await printReport(host, model);
    expect(printed).toEqual([{ model: true }]);
    expect(result.pageCount).toBe((await pdfOutlineAndPages(result.pdf)).pageCount);
    expect(result.contentsNumbers).toHaveLength(contentsEntries(model).length);
    const first = model.sections[0]!;
    const finished = await finishPdf(result.pdf, model, null, bookmarkTitles(model), result.contentsNumbers);
    expect(pageTexts(finished, dir).join(' ')).toContain(
      `${first.number} ${first.title} ${result.pages[first.id]}`,
    );
    // Every job of this file ran on the first job's page, loaded again after each.
    expect(printer.pagesOpened()).toBe(1);
  });
});
