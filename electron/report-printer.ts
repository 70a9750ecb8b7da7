// The desktop app's printer of reports: the report page (#report-print) in a hidden window with the
// same hardened settings as every window, printed by webContents.printToPDF with the options in
// shared/report/print.ts. A print job keeps its window until the backend closes the job.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { electronPdfOptions, type PrintRequest, REPORT_PRINT_FRAGMENT } from '../shared/report/print.ts';

export interface ElectronPrinterDeps {
  /** Creates a window (electron's BrowserWindow constructor; a fake in tests). */
  readonly createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly windowOptions: BrowserWindowConstructorOptions;
  /** The app's entry URL (app://…/index.html). */
  readonly entry: string;
}

export function createElectronReportPrinter(deps: ElectronPrinterDeps) {
  const jobs = new Map<string, BrowserWindow>();

  async function open(request: Extract<PrintRequest, { kind: 'print' }>): Promise<BrowserWindow> {
    const window = deps.createWindow({
      ...deps.windowOptions,
      show: false,
      // A hidden window must not be throttled: it lays out and prints while unseen.
      webPreferences: { ...deps.windowOptions.webPreferences, backgroundThrottling: false },
    });
    await window.loadURL(`${deps.entry}#${REPORT_PRINT_FRAGMENT}`);
    for (let waited = 0; ; waited += 50) {
      const ready = await window.webContents.executeJavaScript(
        'document.documentElement.dataset.reportReady !== undefined',
      );
      if (ready === true) break;
      if (waited > 20_000) throw new Error('The report page did not start.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The model as JSON text: JSON.parse reads a large model faster than a script literal.
    await window.webContents.executeJavaScript(
      `window.clusterPilotReport.render(JSON.parse(${JSON.stringify(JSON.stringify(request.model))}), ${JSON.stringify(request.pages)})`,
    );
    return window;
  }

  return {
    async print(request: PrintRequest): Promise<Uint8Array | null> {
      if (request.kind === 'close') {
        jobs.get(request.job)?.destroy();
        jobs.delete(request.job);
        return null;
      }
      let window = jobs.get(request.job);
      if (request.model) {
        window?.destroy();
        window = await open(request);
        jobs.set(request.job, window);
      } else if (!window) {
        throw new Error(`No print job ${request.job}.`);
      } else {
        await window.webContents.executeJavaScript(
          `window.clusterPilotReport.render(null, ${JSON.stringify(request.pages)})`,
        );
      }
      return new Uint8Array(await window.webContents.printToPDF(electronPdfOptions()));
    },
    close(): void {
      for (const window of jobs.values()) window.destroy();
      jobs.clear();
    },
  };
}
