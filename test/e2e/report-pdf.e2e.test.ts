// The PDF a funder receives, checked as a funder's tools see it (poppler's pdftotext, pdffonts,
// pdfimages, pdfinfo, pdfdetach): produced by the web host's Chromium from the demo, in German
// and in English. Every section is there with the verdicts, the decision and its rationale; the
// contents' page numbers are the pages the headings land on; no page ends with a heading; a table
// that runs over pages repeats its header; only the bundled font, embedded; no raster chart;
// metadata, language, bookmarks and the data annex inside; the same report twice gives the same
// text, and "reproduce" says so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfOutline } from '../../db/report/pdf.ts';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import { contentsEntries, headingText, type ReportModel, walkSections } from '../../shared/report/model.ts';
import { callHost } from './support/api.ts';
import { type RunningHost, startHost, tempDataDir } from './support/host.ts';

const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function call<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const result = (await callHost(host.url, name, input)) as { ok: boolean; data: T; error?: unknown };
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.data;
}

for (const language of ['de', 'en'] as const) {
  describe(`the funder report as a PDF (${language})`, () => {
    let host: RunningHost;
    let pdf: string;
    let pages: string[];
    let model: ReportModel;
    let entry: ArchivedReport;
    let evaluationId: number;
    const words =
      language === 'de'
        ? { page: 'Seite', of: 'von', decision: 'Beschluss vom 20.02.2026: Fortführung mit Anpassungen' }
        : { page: 'Page', of: 'of', decision: 'Decision of 02/20/2026: Continue with adjustments' };

    beforeAll(async () => {
      host = await startHost(tempDataDir(), { demo: language });
      const evaluations = await call<{ id: number; status: string }[]>(host, 'evaluations.list', {
        clusterId: 1,
      });
      evaluationId = evaluations.find((e) => e.status === 'locked')!.id;
      pdf = path.join(host.dataDir, `report-${language}.pdf`);
      const produced = await call<ArchivedReport[]>(host, 'reports.produce', {
        evaluationId,
        language,
        formats: ['pdf'],
        paths: { pdf },
      });
      entry = produced[0]!;
      model = await call<ReportModel>(host, 'reports.model', { evaluationId, language });
      pages = poppler('pdftotext', '-layout', pdf, '-').split('\f').slice(0, -1);
    }, 120_000);
    afterAll(() => host?.stop());

    it('has every section, the break-point verdicts, the decision and its rationale', () => {
      const text = squash(pages.join('\n'));
      for (const { section } of walkSections(model.sections))
        expect(text).toContain(squash(headingText(section)));
      const verdicts = language === 'de' ? ['Erfüllt', 'Nicht bewertbar'] : ['Met', 'Not assessable'];
      expect(verdicts.some((v) => text.includes(v))).toBe(true);
      expect(text).toContain(words.decision);
      expect(text).toContain(
        squash(
          language === 'de'
            ? 'Das Netzwerk wächst und die Verbundforschung kommt in Gang.'
            : 'The network grows and joint research is getting going.',
        ),
      );
      expect(entry.pages).toBe(pages.length);
    });

    it('numbers its pages “Page 3 of N” and formats numbers and money in its language', () => {
      pages.slice(1).forEach((page, i) => {
        expect(page).toContain(`${words.page} ${i + 2} ${words.of} ${pages.length}`);
      });
      const text = pages.join('\n');
      if (language === 'de') {
        expect(text).toMatch(/\d{1,3}(\.\d{3})+,\d{2} €/);
        expect(text).toContain('31.12.2025');
      } else {
        expect(text).toMatch(/€\d{1,3}(,\d{3})+\.\d{2}/);
        expect(text).toContain('12/31/2025');
      }
    });

    it('gives each contents entry the page its heading lands on', () => {
      const entries = contentsEntries(model);
      const lines = pages.map((p) => p.split('\n').map(squash));
      const contentsPages = lines.findIndex((page) =>
        page.some((l) => l === squash(model.furniture.contents)),
      );
      expect(contentsPages).toBe(1);
      let checked = 0;
      for (const { section } of entries) {
        const heading = squash(headingText(section));
        const listed = lines
          .slice(1, 4)
          .flat()
          .map((l) => new RegExp(`^${escapeRegExp(heading)} (\\d+)$`).exec(l))
          .find(Boolean);
        expect(listed, heading).toBeTruthy();
        const landed = lines.findIndex((page, i) => i > contentsPages && page.includes(heading));
        expect(Number(listed![1]), heading).toBe(landed + 1);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });

    it('never ends a page with a heading, and repeats a table’s header on every page it runs over', () => {
      const headings = new Set(
        [...walkSections(model.sections)].map(({ section }) => squash(headingText(section))),
      );
      for (const [i, page] of pages.entries()) {
        const lines = page
          .split('\n')
          .map(squash)
          .filter(Boolean)
          .filter((l) => !l.startsWith(`${words.page} `));
        expect(headings.has(lines.at(-1) ?? ''), `page ${i + 1} ends with “${lines.at(-1)}”`).toBe(false);
      }
      // A table that runs over: the page after its caption's page starts with its header (a page
      // that starts with one of its rows lost the header), and so on while it continues.
      let runsOver = 0;
      for (const { section } of walkSections(model.sections))
        for (const block of section.blocks) {
          if (block.kind !== 'table' || block.printed === false || block.rows.length === 0) continue;
          const header = new RegExp(
            `^\\s*${block.columns
              .slice(0, 2)
              .map((c) => escapeRegExp(c.label.split(' ')[0]!))
              .join('.*\\s{2,}')}`,
          );
          const rows = block.rows
            .map((r) => r.cells[0]!.text)
            .filter((t) => t.length >= 4)
            .map((t) => new RegExp(`^\\s*${escapeRegExp(t)}\\s{2,}\\S`));
          const start = pages.findIndex((p) => squash(p).includes(squash(block.caption)));
          for (let i = start + 1; start >= 0 && i < pages.length; i++) {
            // The first line under the running header.
            const first = pages[i]!.split('\n').filter((l) => l.trim())[1] ?? '';
            if (rows.some((row) => row.test(first))) {
              expect.fail(`${block.caption}: page ${i + 1} continues the table without its header`);
            }
            if (!header.test(first)) break;
            runsOver++;
          }
        }
      expect(runsOver).toBeGreaterThan(0);
    });

    it('embeds only the bundled font and draws its charts as vectors', () => {
      const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) {
        expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-/);
        expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes'); // emb
      }
      const images = poppler('pdfimages', '-list', pdf).trim().split('\n').slice(2);
      expect(images).toEqual([]);
    });

    it('carries its metadata, language, bookmarks and the data annex', async () => {
      const info = poppler('pdfinfo', pdf);
      expect(info).toContain(`Title:           ${model.meta.title}`);
      expect(info).toContain(`Author:          ${model.meta.author}`);
      expect(info).toContain('Tagged:          yes');
      const doc = await PDFDocument.load(fs.readFileSync(pdf));
      expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain(language === 'de' ? 'de-DE' : 'en-US');
      const outline = await pdfOutline(new Uint8Array(fs.readFileSync(pdf)));
      expect(outline.map((o) => o.title)).toEqual(
        [...walkSections(model.sections)].map(({ section }) => headingText(section)),
      );
      const attached = poppler('pdfdetach', '-list', pdf);
      expect(attached).toMatch(/1 embedded files/);
      expect(attached).toMatch(/\.xlsx/);
      const out = path.join(host.dataDir, 'annex.xlsx');
      poppler('pdfdetach', '-save', '1', '-o', out, pdf);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    });

    it('gives the same text when produced again, and “reproduce” compares it page by page', async () => {
      const again = path.join(host.dataDir, `again-${language}.pdf`);
      await call(host, 'reports.produce', {
        evaluationId,
        language,
        formats: ['pdf'],
        paths: { pdf: again },
      });
      expect(poppler('pdftotext', '-layout', again, '-')).toBe(`${pages.join('\f')}\f`);
      const reproduction = await call<{ same: boolean; pages: { archived: number; now: number } }>(
        host,
        'reports.reproduce',
        { id: entry.id },
      );
      expect(reproduction).toMatchObject({
        same: true,
        pages: { archived: pages.length, now: pages.length },
      });
    });
  });
}

describe('the other documents and the design', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost(tempDataDir(), { demo: 'de' });
  }, 60_000);
  afterAll(() => host?.stop());

  it('prints the Verwendungsnachweis and the minutes, and the logo as the only picture', async () => {
    const evaluations = await call<{ id: number; status: string }[]>(host, 'evaluations.list', {
      clusterId: 1,
    });
    const evaluationId = evaluations.find((e) => e.status === 'locked')!.id;
    const logo = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await call(host, 'clusters.setLogo', {
      clusterId: 1,
      mimeType: 'image/png',
      content: logo.toString('base64'),
    });
    await call(host, 'clusters.update', { id: 1, reportFooter: 'Gefördert vom Land Brandenburg' });
    const vn = path.join(host.dataDir, 'vn.pdf');
    await call(host, 'reports.produce', {
      evaluationId,
      language: 'de',
      variant: 'verwendungsnachweis',
      formats: ['pdf'],
      paths: { pdf: vn },
    });
    const text = squash(poppler('pdftotext', '-layout', vn, '-'));
    for (const heading of [
      '1 Sachbericht',
      '2 Zahlenmäßiger Nachweis',
      '3 Bestätigung',
      'Rechtsverbindliche Unterschrift',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Gefördert vom Land Brandenburg');
    // The logo (its transparency travels as a soft mask, listed with it).
    const images = poppler('pdfimages', '-list', vn)
      .trim()
      .split('\n')
      .slice(2)
      .filter((row) => row.split(/\s+/)[3] === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s/); // on the cover

    const minutes = path.join(host.dataDir, 'minutes.pdf');
    await call(host, 'reports.produce', {
      evaluationId,
      language: 'en',
      variant: 'minutes',
      formats: ['pdf'],
      paths: { pdf: minutes },
    });
    const minutesText = squash(poppler('pdftotext', '-layout', minutes, '-'));
    for (const heading of ['1 Meeting', '2 Agenda', '3 Proceedings', 'Item 1:', 'Chair of the meeting'])
      expect(minutesText).toContain(heading);
  }, 120_000);
});
