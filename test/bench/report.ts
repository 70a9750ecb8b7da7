// Bench section `report` (BENCH=report, issue 12): the funder report of the largest cluster of the
// large workspace, evaluated for the last full year of its strategy and frozen at the year's end,
// with the real backend, web host, report page and Chromium wired in one process as `npm run web`
// does (the backend in its worker thread, the printer on the host's thread). Figures: the model
// call; reports.produce as PDF end to end (cold: the first, which starts Chromium; warm: the rest)
// with the time of each request to the printer; the printer's steps replayed on a page of their
// own (page load, HTML ready, the print, reading the bookmarks and the contents' slots) against a
// plain page.pdf() of the same finished page; the finishing steps alone (annex, pdf-lib with the
// contents' numbers, archive). Budget (issue 12): HTML ready and PDF written < 3 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { startBackendWorker } from '../../db/backend/worker-backend.ts';
import { workerSource } from '../../db/backend/worker-source.ts';
import { generateLarge } from '../../db/generate/large.ts';
import { archive, mimeTypes } from '../../db/report/archive.ts';
import { reportFileName } from '../../db/report/calls.ts';
import { finishPdf, pdfOutlineAndPages } from '../../db/report/pdf.ts';
import { bookmarkTitles, contentsNumbers, headingPages } from '../../db/report/print.ts';
import { reportXlsx } from '../../db/report/xlsx.ts';
import { openWorkspace } from '../../db/sqlite/connection.ts';
import { HANDOFF_PATH, startWebHost } from '../../db/web/host.ts';
import {
  chromiumArgs,
  chromiumPath,
  createReportPrinter,
  openReportPage,
} from '../../db/web/report-printer.ts';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import { REPORT_MODEL_VERSION, type ReportModel } from '../../shared/report/model.ts';
import {
  type PrintRequest,
  playwrightPdfOptions,
  printPageModel,
  REPORT_PRINT_FRAGMENT,
} from '../../shared/report/print.ts';

const root = path.resolve(import.meta.dirname, '../..');
const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const figures = (samples: number[]) => ({
  p50: round(percentile(samples, 50)),
  max: round(Math.max(...samples)),
});

async function ok<T>(result: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data as T;
}

/** What the report page offers (renderer/report/print-page.tsx), seen from Node. */
interface PrintPage {
  readonly document: { readonly documentElement: { readonly dataset: Record<string, string | undefined> } };
  readonly clusterPilotReport: {
    renderFetched(url: string, pages: Readonly<Record<string, number>> | null): Promise<unknown>;
  };
}

type Pages = Record<string, number>;

/**
 * The printer's steps on a page of its own, each timed, then a plain page.pdf() of the result. As
 * in the printer, the page is loaded again for each report after the first (the same renderer).
 */
async function replay(page: Page, origin: string, model: ReportModel, handoff: string, again: boolean) {
  const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const out = await fn();
    return [out, performance.now() - start];
  };
  const [, loadMs] = await timed(async () => {
    if (again) await page.reload();
    else await page.goto(`${origin}/#${REPORT_PRINT_FRAGMENT}`);
    await page.waitForFunction(
      () => (globalThis as unknown as PrintPage).document.documentElement.dataset.reportReady !== undefined,
    );
  });
  // HTML ready: the model handed over (fetched from the host, as the printer does) until the
  // page's signal.
  const [, readyMs] = await timed(() =>
    page.evaluate(
      (url) => (globalThis as unknown as PrintPage).clusterPilotReport.renderFetched(url, null),
      handoff,
    ),
  );
  const [full, printMs] = await timed(async () => new Uint8Array(await page.pdf(playwrightPdfOptions())));
  const [layout, layoutMs] = await timed(() => pdfOutlineAndPages(full, { contents: true }));
  const pages: Pages = headingPages(model, layout.outline);
  const numbers = contentsNumbers(model, pages, layout.contents) ?? [];
  // The baseline: a plain page.pdf() of the same finished page, with the same options.
  const [, plainMs] = await timed(() => page.pdf(playwrightPdfOptions()));
  return { loadMs, readyMs, printMs, layoutMs, plainMs, full, numbers, pageCount: layout.pageCount };
}

export async function reportBench(runs: number) {
  const load = os.loadavg()[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-report-'));
  const file = path.join(dir, 'workspace.clusterpilot');
  try {
    const created = await openWorkspace(file);
    generateLarge(created.db);
    created.db.pragma('wal_checkpoint(TRUNCATE)');
    // The largest cluster: most indicators, then most measurements.
    const cluster = created.db
      .prepare(
        `select c.id, c.name,
           (select count(*) from indicator i where i.cluster_id = c.id) as indicators,
           (select count(*) from measurement m join indicator i on i.id = m.indicator_id
             where i.cluster_id = c.id) as measurements
         from cluster c order by indicators desc, measurements desc, c.id limit 1`,
      )
      .get() as { id: number; name: string; indicators: number; measurements: number };
    const strategyEnd = created.db
      .prepare('select period_end from strategy where cluster_id = ? order by period_end desc limit 1')
      .pluck()
      .get(cluster.id) as string;
    created.db.close();
    // The last calendar year the strategy covers in full, decided with the data at its end.
    const endYear = Number(strategyEnd.slice(0, 4));
    const year = strategyEnd.endsWith('-12-31') ? endYear : endYear - 1;

    let origin = '';
    const printer = createReportPrinter({ origin: () => origin });
    const REPLAY = 'bench-replay';
    let replayModel: string | undefined;
    // Each request of the backend to the printer, timed.
    const requests: { step: string; ms: number }[] = [];
    const backend = await startBackendWorker({
      workerEntry: workerSource,
      workspacePath: file,
      dataDir: dir,
      demoForNewWorkspace: null,
      log: () => undefined,
      host: {
        async printReport(request: PrintRequest) {
          const start = performance.now();
          const out = await printer.print(request);
          const step = request.kind === 'close' ? 'close' : 'openAndPrint';
          requests.push({ step, ms: performance.now() - start });
          return out;
        },
      },
    });
    const host = await startWebHost({
      backend,
      rendererDir: path.join(root, 'dist/renderer'),
      // The replay's model (below) is handed over the same way as the printer's.
      handoff: (id) => {
        if (id !== REPLAY) return printer.handoff(id);
        const text = replayModel;
        replayModel = undefined;
        return text;
      },
    });
    origin = host.origin;
    // A connection of its own for timing the archive step alone.
    const raw = new Database(file);
    raw.pragma('busy_timeout = 5000');
    try {
      const evaluation = await ok<{ id: number }>(
        backend.call('evaluations.create', {
          clusterId: cluster.id,
          title: `Evaluierung ${year}`,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          cutoffDate: `${year}-12-31`,
        }),
      );
      await ok(backend.call('evaluation.freeze', { evaluationId: evaluation.id }));
      const which = { evaluationId: evaluation.id, language: 'de', variant: 'standard' } as const;

      // (a) The model (the first call also loads modules: left out).
      const modelMs: number[] = [];
      let model: ReportModel | null = null;
      for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        model = await ok<ReportModel>(backend.call('reports.model', which));
        if (i > 0) modelMs.push(performance.now() - start);
      }
      const m = model!;

      // (c) reports.produce, PDF end to end: the first starts Chromium (cold), then warm runs.
      const produce = async () => {
        requests.length = 0;
        const start = performance.now();
        const [entry] = await ok<ArchivedReport[]>(
          backend.call('reports.produce', { ...which, formats: ['pdf'] }),
        );
        const ms = performance.now() - start;
        const steps: Record<string, number> = {};
        for (const r of requests) steps[r.step] = round((steps[r.step] ?? 0) + r.ms);
        return { ms, entry: entry!, steps, passes: requests.filter((r) => r.step !== 'close').length };
      };
      const cold = await produce();
      const warm: Awaited<ReturnType<typeof produce>>[] = [];
      for (let i = 0; i < runs; i++) warm.push(await produce());
      const producePdf = warm.map((w) => w.ms);

      // (b) and (d): the printer's steps replayed on a page of their own (warm-up first).
      const json = JSON.stringify(printPageModel(m));
      const launched = performance.now();
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: chromiumArgs,
      });
      const chromiumLaunchMs = performance.now() - launched;
      const replays: Awaited<ReturnType<typeof replay>>[] = [];
      try {
        const page = await openReportPage(browser);
        for (let i = 0; i <= runs; i++) {
          replayModel = json;
          const result = await replay(page, origin, m, `${HANDOFF_PATH}${REPLAY}`, i > 0);
          if (i > 0) replays.push(result);
        }
      } finally {
        await browser.close();
      }
      const series = (key: 'loadMs' | 'readyMs' | 'printMs' | 'layoutMs' | 'plainMs') =>
        replays.map((r) => r[key]);
      const plain = series('plainMs');
      const htmlAndPrint = replays.map((r) => r.readyMs + r.printMs);

      // The finishing steps alone, on the replayed full print.
      const printed = replays[0]!.full;
      const finishing: Record<string, number[]> = { xlsxAnnex: [], finishPdf: [], archive: [] };
      for (let i = 0; i <= runs; i++) {
        const timed = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
          const start = performance.now();
          const out = await fn();
          if (i > 0) finishing[name]!.push(performance.now() - start);
          return out;
        };
        const annex = await timed('xlsxAnnex', () => reportXlsx(m));
        const finished = await timed('finishPdf', () =>
          finishPdf(
            printed,
            m,
            { name: reportFileName(m, 'xlsx'), mimeType: mimeTypes.xlsx, description: '', content: annex },
            bookmarkTitles(m),
            replays[0]!.numbers,
          ),
        );
        await timed('archive', () =>
          archive(raw, [
            {
              ...which,
              format: 'pdf',
              fileName: reportFileName(m, 'pdf'),
              content: finished,
              pages: replays[0]!.pageCount,
              producedAt: m.meta.producedAt,
              producedBy: m.meta.producedBy,
              modelVersion: REPORT_MODEL_VERSION,
              design: { accent: '', footer: '', logo: null, logoType: '' },
            },
          ]),
        );
      }

      const pages = warm[0]!.entry.pages ?? 0;
      const stepP50 = (name: string) =>
        round(
          percentile(
            warm.map((w) => w.steps[name] ?? 0),
            50,
          ),
        );
      return {
        cluster: {
          name: cluster.name,
          indicators: cluster.indicators,
          measurements: cluster.measurements,
          evaluation: `${year}-01-01 – ${year}-12-31, cut-off ${year}-12-31`,
        },
        pages,
        ...(pages < 30 ? { note: `The report has ${pages} pages, fewer than the 30 asked for.` } : {}),
        bytes: warm[0]!.entry.bytes,
        passes: warm[0]!.passes,
        modelKB: Math.round(JSON.stringify(m).length / 1024),
        printPageModelKB: Math.round(json.length / 1024),
        runs,
        modelMs: figures(modelMs),
        producePdfMs: { ...figures(producePdf), samples: producePdf.map(round) },
        producePdfColdMs: round(cold.ms),
        producePdfStepsP50Ms: {
          openAndPrint: stepP50('openAndPrint'),
          close: stepP50('close'),
          // The model, reading the bookmarks and slots, the annex (beside the printing), finishing
          // with the contents' numbers, archive.
          aroundPrinter: round(
            percentile(
              warm.map((w) => w.ms - Object.values(w.steps).reduce((a, b) => a + b, 0)),
              50,
            ),
          ),
        },
        producePdfColdStepsMs: cold.steps,
        chromiumLaunchMs: round(chromiumLaunchMs),
        printerStepsMs: {
          pageLoad: figures(series('loadMs')),
          htmlReady: figures(series('readyMs')),
          print: figures(series('printMs')),
          bookmarksAndContentsSlots: figures(series('layoutMs')),
        },
        plainPagePdfMs: figures(plain),
        finishingMs: Object.fromEntries(Object.entries(finishing).map(([k, v]) => [k, figures(v)])),
        // The budgeted figure: from the model handed to the report page until Chromium has written
        // the PDF (HTML ready + print), and its ratio to a plain page.pdf() of the finished page.
        htmlReadyAndPdfWrittenMs: figures(htmlAndPrint),
        // Beyond the budget's steps, to the finished file: the median of HTML ready + print +
        // reading the bookmarks and the contents' slots, plus the median of finishing (writing the
        // numbers, the information and the annex, already made beside the print).
        toFinishedPdfMs: round(
          percentile(
            replays.map((r) => r.readyMs + r.printMs + r.layoutMs),
            50,
          ) + percentile(finishing.finishPdf!, 50),
        ),
        ratioProduceToPlain: round(percentile(producePdf, 50) / percentile(plain, 50)),
        ratioHtmlAndPrintToPlain: round(percentile(htmlAndPrint, 50) / percentile(plain, 50)),
        machine: { cpus: os.cpus().length, loadAverage1m: [round(load), round(os.loadavg()[0]!)] },
        budgets: { htmlReadyAndPdfWrittenMs: 3000 },
      };
    } finally {
      raw.close();
      await host.close();
      await printer.close();
      await backend.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
