// The web host's printer of reports (also the command line's and the tests'): the report page of
// the built renderer (#report-print) in headless Chromium, driven by playwright-core, printed with
// page.pdf() and the options in shared/report/print.ts. Chromium starts on the first print and
// stays for the next; each print job keeps its page until it is closed, and a closed job leaves a
// freshly loaded report page ready for the next. The model travels as JSON text (playwright's
// argument serialisation of a large object tree takes seconds).
import type { Browser, Page } from 'playwright-core';
import type { ReportModel } from '../../shared/report/model.ts';
import { type PrintRequest, playwrightPdfOptions, REPORT_PRINT_FRAGMENT } from '../../shared/report/print.ts';

/** What the report page offers the printer (renderer/report/print-page.tsx), seen from Node. */
interface PrintPage {
  readonly document: { readonly documentElement: { readonly dataset: Record<string, string | undefined> } };
  readonly clusterPilotReport?: {
    render(model: ReportModel | null, pages: Readonly<Record<string, number>> | null): Promise<unknown>;
  };
}

export interface ReportPrinter {
  print(request: PrintRequest): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags on these machines: no sandbox in containers, no GPU, nothing on the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function createReportPrinter(options: {
  /** The web host's origin (the page is served from there); asked at the first print. */
  readonly origin: () => string;
  readonly executablePath?: string;
}): ReportPrinter {
  let browser: Promise<Browser> | null = null;
  const jobs = new Map<string, Page>();
  /** A report page loaded and waiting for its model (prepared when a job closes). */
  let spare: Promise<Page> | null = null;

  const launch = () => {
    // playwright-core takes about a second to import: loaded at the first print, not at host start.
    browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: options.executablePath ?? chromiumPath(),
        headless: true,
        args: chromiumArgs,
      }),
    );
    return browser;
  };

  async function load(): Promise<Page> {
    const page = await (await launch()).newPage({ viewport: { width: 1200, height: 1600 } });
    try {
      await page.goto(`${options.origin()}/#${REPORT_PRINT_FRAGMENT}`);
      // These functions run in the page (serialised by playwright): no references to this module.
      await page.waitForFunction(
        () => (globalThis as unknown as PrintPage).document.documentElement.dataset.reportReady !== undefined,
      );
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  function prepareSpare(): void {
    if (spare || !browser) return;
    const next = load();
    spare = next;
    // A spare that failed to load is dropped; the next job loads its own page.
    next.catch(() => {
      if (spare === next) spare = null;
    });
  }

  async function open(request: Extract<PrintRequest, { kind: 'print' }>, model: ReportModel): Promise<Page> {
    const waiting = spare;
    spare = null;
    const page = (await waiting?.catch(() => null)) ?? (await load());
    try {
      await page.evaluate(
        ([json, pages]) =>
          (globalThis as unknown as PrintPage).clusterPilotReport!.render(JSON.parse(json), pages),
        [JSON.stringify(model), request.pages] as const,
      );
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return page;
  }

  return {
    async print(request) {
      if (request.kind === 'close') {
        const page = jobs.get(request.job);
        jobs.delete(request.job);
        await page?.close();
        if (page) prepareSpare();
        return null;
      }
      let page = jobs.get(request.job);
      if (request.model) {
        await page?.close();
        jobs.delete(request.job);
        page = await open(request, request.model);
        jobs.set(request.job, page);
      } else if (!page) {
        throw new Error(`No print job ${request.job}.`);
      } else {
        await page.evaluate(
          (pages) => (globalThis as unknown as PrintPage).clusterPilotReport!.render(null, pages),
          request.pages,
        );
      }
      return new Uint8Array(await page.pdf(playwrightPdfOptions()));
    },
    async close() {
      for (const page of jobs.values()) await page.close().catch(() => undefined);
      jobs.clear();
      const waiting = spare;
      spare = null;
      await (await waiting?.catch(() => null))?.close().catch(() => undefined);
      if (browser) await (await browser).close().catch(() => undefined);
      browser = null;
    },
  };
}
