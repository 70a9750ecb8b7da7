// A counter per table, bumped by every backend change event, so an open editor reloads exactly
// when something it shows was changed (by itself, another editor, undo, or another window).
import { create } from 'zustand';

interface ChangesState {
  readonly versions: Readonly<Record<string, number>>;
  /** Counts the switches to another workspace file: every query asks again (renderer/base/use-call.ts). */
  readonly workspace: number;
  bump(tables: readonly string[]): void;
  /** Another file is open (a switch, a restore): every table counts as changed. */
  switched(): void;
}

export const useChanges = create<ChangesState>()((set, get) => ({
  versions: {},
  workspace: 0,
  switched: () => {
    get().bump(Object.keys(get().versions));
    set((s) => ({ workspace: s.workspace + 1 }));
  },
  bump: (tables) =>
    set((s) => ({
      versions: { ...s.versions, ...Object.fromEntries(tables.map((t) => [t, (s.versions[t] ?? 0) + 1])) },
    })),
}));

/** A table's counter now, as components read it (`useChanges((s) => s.versions[table] ?? 0)`). */
export function changeVersion(table: string): number {
  return useChanges.getState().versions[table] ?? 0;
}
