// The Activity panel's log of changes made while the app is open, fed by backend events.
import { create } from 'zustand';
import type { BackendEvent } from '../../shared/contract/events.ts';

export type ChangeEvent = Extract<BackendEvent, { type: 'changed' }>;

interface ActivityState {
  readonly entries: readonly ChangeEvent[];
  record(event: ChangeEvent): void;
}

export const useActivity = create<ActivityState>()((set) => ({
  entries: [],
  record: (event) => set((s) => ({ entries: [event, ...s.entries].slice(0, 500) })),
}));
