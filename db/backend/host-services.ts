// What only the hosting shell can do: native file dialogs, showing a file in the file manager,
// printing a report with its Chromium.
// The Electron main process provides them; the web host has none (file commands then ask for a
// path). When the backend runs in a worker thread, the worker asks the host for them by message.

import type { PrintRequest } from '../../shared/report/print.ts';

export type PathPurpose =
  | 'open'
  | 'new'
  | 'saveCopy'
  | 'exportCsv'
  | 'exportXlsx'
  | 'exportPdf'
  | 'exportDocx'
  | 'openPdf'
  | 'exportSvg';

export interface HostServices {
  choosePath?(purpose: PathPurpose, current: string, suggestedName?: string): Promise<string | null>;
  reveal?(file: string): void;
  /** Opens a file with the program the system uses for it (a report's PDF in the PDF reader). */
  openFile?(file: string): void;
  /** Opens another window of the app on the given fragment (e.g. "meeting=3"). */
  openWindow?(fragment: string): void;
  /**
   * Prints a report page to PDF with the app's own Chromium (a hidden window in the desktop app,
   * headless Chromium in the web host); answers the PDF's bytes (null for a `close`).
   */
  printReport?(request: PrintRequest): Promise<Uint8Array | null>;
}
