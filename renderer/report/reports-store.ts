// The report feature's shared state: a counter the archive's lists reload on (a production added
// files) and whether a report is being produced (the buttons wait).
import { create } from 'zustand';

interface ReportsState {
  readonly version: number;
  readonly busy: boolean;
  changed(): void;
  setBusy(busy: boolean): void;
}

export const useReports = create<ReportsState>()((set) => ({
  version: 0,
  busy: false,
  changed: () => set((s) => ({ version: s.version + 1 })),
  setBusy: (busy) => set({ busy }),
}));
