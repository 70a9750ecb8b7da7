// The desktop app's report printer with a recording stand-in for Electron's BrowserWindow (the
// Electron binary cannot run on the build machines): a hidden, hardened window per print job on
// the report page, the model handed over (as JSON text), printed with the shared options, able to
// show the page again with the contents' page numbers, and destroyed when the job closes.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronPdfOptions } from '../shared/report/print.ts';
import { createElectronReportPrinter } from './report-printer.ts';
import { windowOptions } from './security.ts';

function recordingWindows() {
  const windows: {
    options: BrowserWindowConstructorOptions;
    urls: string[];
    scripts: string[];
    printed: unknown[];
    destroyed: boolean;
  }[] = [];
  const createWindow = (options: BrowserWindowConstructorOptions) => {
    const record = {
      options,
      urls: [] as string[],
      scripts: [] as string[],
      printed: [] as unknown[],
      destroyed: false,
    };
    windows.push(record);
    let checks = 0;
    return {
      loadURL: async (url: string) => void record.urls.push(url),
      destroy: () => {
        record.destroyed = true;
      },
      webContents: {
        executeJavaScript: async (script: string) => {
          record.scripts.push(script);
          // The page signals ready on the second look.
          if (script.includes('reportReady')) return ++checks > 1;
          return { ready: 1 };
        },
        printToPDF: async (options: unknown) => {
          record.printed.push(options);
          return Buffer.from('%PDF-1.7 stand-in');
        },
      },
    } as unknown as BrowserWindow;
  };
  return { windows, createWindow };
}

const model = { version: 1, language: 'de', title: 'Bericht „2025“ </script>' };

describe('the desktop app’s report printer', () => {
  it('prints a job in one hidden, hardened window on the report page, with the shared options', async () => {
    const { windows, createWindow } = recordingWindows();
    const base = windowOptions('/app/preload.cjs', '#ffffff');
    const printer = createElectronReportPrinter({
      createWindow,
      windowOptions: base,
      entry: 'app://clusterpilot/index.html',
    });
    const first = await printer.print({
      kind: 'print',
      job: 'a',
      model: model as never,
      pages: null,
    });
    expect(Buffer.from(first!).toString()).toBe('%PDF-1.7 stand-in');
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toEqual({ ...base.webPreferences, backgroundThrottling: false });
    expect(window!.urls).toEqual(['app://clusterpilot/index.html#report-print']);
    const script = window!.scripts.at(-1)!;
    expect(script).toBe(
      `window.clusterPilotReport.render(JSON.parse(${JSON.stringify(JSON.stringify(model))}), null)`,
    );
    // The script hands the page exactly the model (quotes and a closing script tag included).
    const render = (m: unknown, pages: unknown) => ({ m, pages });
    expect(new Function('window', `return ${script}`)({ clusterPilotReport: { render } })).toEqual({
      m: model,
      pages: null,
    });
    expect(window!.printed).toEqual([electronPdfOptions()]);

    await printer.print({ kind: 'print', job: 'a', model: null, pages: { summary: 3 } });
    expect(windows).toHaveLength(1);
    expect(window!.scripts.at(-1)).toBe('window.clusterPilotReport.render(null, {"summary":3})');
    expect(window!.printed).toHaveLength(2);

    await printer.print({ kind: 'close', job: 'a' });
    expect(window!.destroyed).toBe(true);
    await expect(printer.print({ kind: 'print', job: 'a', model: null, pages: null })).rejects.toThrow(
      /No print job/,
    );
  });
});
