// What only the hosting shell can do: native file dialogs, showing a file in the file manager.
// The Electron main process provides them; the web host has none (file commands then ask for a
// path). When the backend runs in a worker thread, the worker asks the host for them by message.

export type PathPurpose = 'open' | 'new' | 'saveCopy' | 'exportCsv' | 'exportXlsx' | 'exportSvg';

export interface HostServices {
  choosePath?(purpose: PathPurpose, current: string, suggestedName?: string): Promise<string | null>;
  reveal?(file: string): void;
}
