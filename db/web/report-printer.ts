// The web host's printer of reports (also the command line's and the tests'): the report page of
// the built renderer (#report-print) in headless Chromium, driven by playwright-core, printed with
// page.pdf() and the options in shared/report/print.ts. Chromium starts on the first print and
// stays for the next; each print job keeps its page until it is closed, and a closed job's page is
// loaded again (a new document in the same renderer) and waits for the next job: a large report
// renders there in less time than in a new page's cold renderer. The model is handed to the page
// through the web host (WebHostOptions.handoff: the page fetches it once by an unguessable id):
// as an argument through playwright, 3 MB of JSON text take 150 ms, as an object tree seconds.
import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { ReportModel } from '../../shared/report/model.ts';
import {
  type PrintRequest,
  playwrightPdfOptions,
  REPORT_PRINT,
  REPORT_PRINT_FRAGMENT,
} from '../../shared/report/print.ts';
import { HANDOFF_PATH } from './host.ts';

/** What the report page offers the printer (renderer/report/print-page.tsx), seen from Node. */
interface PrintPage {
  readonly document: { readonly documentElement: { readonly dataset: Record<string, string | undefined> } };
  readonly clusterPilotReport?: {
    render(model: ReportModel | null, pages: Readonly<Record<string, number>> | null): Promise<unknown>;
    renderFetched(url: string, pages: Readonly<Record<string, number>> | null): Promise<unknown>;
  };
}

export interface ReportPrinter {
  print(request: PrintRequest): Promise<Uint8Array | null>;
  /** How many pages Chromium opened for reports (a closed job's page is used again, not replaced). */
  pagesOpened(): number;
  /** The web host's handoff (WebHostOptions.handoff): a model being handed to a page, taken once. */
  handoff(id: string): string | undefined;
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

/**
 * A page for the report: as wide as an A4 sheet and styled for print from the start, so the
 * print finds the report laid out nearly as it prints it (from a 1,200 px screen layout, the print
 * of a 172-page report took 0.4 s longer: every style computed again and everything laid out).
 */
export async function openReportPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({
    viewport: {
      width: Math.round(REPORT_PRINT.widthInches * 96),
      height: Math.round(REPORT_PRINT.heightInches * 96),
    },
  });
  try {
    await page.emulateMedia({ media: 'print' });
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

export function createReportPrinter(options: {
  /** The web host's origin (the page is served from there); asked at the first print. */
  readonly origin: () => string;
  readonly executablePath?: string;
}): ReportPrinter {
  let browser: Promise<Browser> | null = null;
  const jobs = new Map<string, Page>();
  /** Models on their way to a page, by id (JSON text). */
  const handoffs = new Map<string, string>();
  /** A report page loaded and waiting for its model (a closed job's page, loaded again). */
  let spare: Promise<Page> | null = null;
  let opened = 0;

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

  /** Loads the report page into a page (a new one, or a closed job's again) until it is ready. */
  async function load(reused?: Page): Promise<Page> {
    const page = reused ?? (await openReportPage(await launch()));
    if (!reused) opened += 1;
    try {
      if (reused) await page.reload();
      else await page.goto(`${options.origin()}/#${REPORT_PRINT_FRAGMENT}`);
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

  /** A closed job's page becomes the spare (or is closed when there is one already). */
  function recycle(page: Page): Promise<void> | undefined {
    if (spare) return page.close();
    const next = load(page);
    spare = next;
    // A spare that failed to load is dropped (and closed); the next job loads its own page.
    next.catch(() => {
      if (spare === next) spare = null;
    });
  }

  async function open(request: Extract<PrintRequest, { kind: 'print' }>, model: ReportModel): Promise<Page> {
    const waiting = spare;
    spare = null;
    const page = (await waiting?.catch(() => null)) ?? (await load());
    const id = crypto.randomBytes(24).toString('base64url');
    try {
      handoffs.set(id, JSON.stringify(model));
      await page.evaluate(
        ([url, pages]) => (globalThis as unknown as PrintPage).clusterPilotReport!.renderFetched(url, pages),
        [`${HANDOFF_PATH}${id}`, request.pages] as const,
      );
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    } finally {
      handoffs.delete(id);
    }
    return page;
  }

  return {
    async print(request) {
      if (request.kind === 'close') {
        const page = jobs.get(request.job);
        jobs.delete(request.job);
        if (page) await recycle(page);
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
    pagesOpened: () => opened,
    handoff(id) {
      const text = handoffs.get(id);
      handoffs.delete(id);
      return text;
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
